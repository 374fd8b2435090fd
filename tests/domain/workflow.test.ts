import { consolidate, type ImportedFile } from "../../src/domain/consolidation/consolidate";
import type { WorkflowStatus } from "../../src/domain/consolidation/operations";
import { compareUnitStatus, notReported, reminderText, reportingStatus, type UnitReportStatus } from "../../src/domain/consolidation/reportingStatus";
import { summarise } from "../../src/domain/consolidation/summaries";
import { EMPTY_MEMO, memoOf, memoRows, type WorkbookMemo } from "../../src/domain/consolidation/workbookMemo";
import { issue, type Issue } from "../../src/domain/issues";
import { formatIssue, remarkKind } from "../../src/domain/messages";
import { en } from "../../src/domain/messages/en";
import { uk } from "../../src/domain/messages/uk";
import { periodLabel } from "../../src/domain/programme/referenceLists";
import { filterRemarks, groupRemarks, unitsOf } from "../../src/domain/remarkGroups";
import { parseEmbeddedProgramme } from "../../src/domain/programme/embeddedProgramme";
import { units } from "../../src/domain/reports/units";
import type { ValidatedReport } from "../../src/domain/reports/validateReport";
import type { SheetGrid } from "../../src/domain/sheetGrid";
import { nextStep, stepLines } from "../../src/taskpane/workflow";

const programme = parseEmbeddedProgramme().programme;
const all = units(programme);

/** A report as validation leaves it: the unit, the period, its submission date and rows for every assigned measure. */
function report(code: string, submitted: string | null, errors = 0): ImportedFile {
  const unit = all.find((u) => u.code === code);
  const period = { code: "2025-H1", label: "I півріччя 2025 року" };
  const measures = summarise(programme, all, [], "2025-H1").byMeasure.map((m) => m.measure);
  const rows = measures.map((m, i) => ({ row: 8 + i, code: m, status: "Виконано", valid: true, events: 1, people: 1, funds: 0, source: "Не потребує фінансування", info: "Проведено", reasons: "" }));
  const issues = Array.from({ length: errors }, () => issue("report.count.invalid", "error", { file: `${code}.xlsx` }, { header: "x", value: "y" }));
  return { file: `${code}.xlsx`, size: 1, sha256: `h-${code}-${submitted}`, reports: [{ sheet: "Звіт", unit, period, submitted, rows, issues } as unknown as ValidatedReport] };
}

describe("the reporting status of a period", () => {
  const files = [report("Р01", "2025-07-15"), report("Р02", "2025-08-02"), report("Р03", "2025-07-10", 2), report("Р04", null)];
  const result = consolidate(files, [], "2026-11-28 10:00:00", { programme, units: all });
  // Р04's report has no date; a later import refuses the only report of an oblast body (no valid row).
  const oblastBody = all.find((x) => x.type === "oblastExecutor");
  const empty = { ...(report("Р01", "2025-07-15").reports[0] as ValidatedReport), unit: oblastBody, rows: [] } as unknown as ValidatedReport;
  const refused = consolidate([{ file: "bad.xlsx", size: 1, sha256: "bad", reports: [empty] }], result.rows, "2026-11-28 11:00:00", { programme, units: all });
  const status = reportingStatus(summarise(programme, all, result.rows, "2025-H1"), all, [...result.log, ...refused.log]);
  const byCode = new Map(status.units.map((u) => [u.code, u]));

  it("gives every unit expected to report its state: on time, late, with errors, received without a date, rejected, missing", () => {
    const oblast = all.find((u) => u.type === "oblastExecutor")?.code as string;
    expect([byCode.get("Р01")?.state, byCode.get("Р02")?.state, byCode.get("Р03")?.state, byCode.get("Р04")?.state, byCode.get(oblast)?.state]).toEqual(["onTime", "late", "withErrors", "received", "rejected"]);
    expect(status.units.filter((u) => u.state === "missing").length).toBe(status.units.length - 5);
    expect(status.counts).toEqual({ expected: status.units.length, received: 4, onTime: 1, late: 1, withErrors: 1, rejected: 1, missing: status.units.length - 5 });
    // Units without a single assigned measure are not expected to report at all.
    expect(status.units.every((u) => u.expected > 0)).toBe(true);
    expect(byCode.get("Р03")).toMatchObject({ errors: 2, submitted: "2025-07-10", received: u(byCode.get("Р03")).expected });
  });

  it("sorts worst first by state, and by name, rows and date as Fluent's table columns compare", () => {
    const byState = [...status.units].sort(compareUnitStatus.state).map((x) => x.state);
    expect(byState.indexOf("rejected")).toBeGreaterThan(byState.lastIndexOf("missing"));
    expect(byState.at(-1)).toBe("onTime");
    const names = [...status.units].sort(compareUnitStatus.unit).map((x) => x.shortName);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "uk")));
    expect([...status.units].sort(compareUnitStatus.rows).at(-1)?.received).toBeGreaterThan(0);
    expect([...status.units].sort(compareUnitStatus.submitted).at(-1)?.submitted).toBe("2025-08-02");
  });

  it("writes the units that have not reported as a reminder letter's list: full names, numbered, refused ones marked", () => {
    const text = reminderText("uk", status, "I півріччя 2025 року", "2026-11-28");
    const lines = text.split("\n");
    const missing = notReported(status);
    expect(lines[0]).toBe(`Станом на 28.11.2026 не надійшли звіти за I півріччя 2025 року від ${missing.length} виконавців:`);
    expect(lines).toHaveLength(missing.length + 1);
    expect(lines.slice(1).every((l, i) => l.startsWith(`${i + 1}. `))).toBe(true);
    expect(text).toContain("(надісланий звіт відхилено");
    expect(text).not.toContain("Уманська");
    expect(reminderText("en", status, "H1 2025", "2026-11-28").split("\n")[0]).toBe(`As of 28.11.2026, reports for H1 2025 have not arrived from ${missing.length} executors:`);
  });
});

const u = (x: UnitReportStatus | undefined): UnitReportStatus => x as UnitReportStatus;

describe("remarks grouped by file and kind", () => {
  const at = (file: string, code: Issue["code"], severity: Issue["severity"], cell: string) => issue(code, severity, { file, sheet: "Звіт", cell }, { code: "1.1", header: "h", value: "v" });
  const issues = [
    ...Array.from({ length: 22 }, (_, i) => at("a.xlsx", "report.measure.missing", "warning", `A${i + 8}`)),
    at("a.xlsx", "report.status.unknown", "error", "C8"),
    at("b.xlsx", "report.count.invalid", "error", "D9"),
    at("b.xlsx", "report.normalized.spaces", "info", "C9"),
  ];
  const unitOf = (i: Issue) => (i.location.file === "a.xlsx" ? "Уманська РДА" : "Черкаська РДА");

  it("counts each kind once per file, errors first: «Відсутні заходи: 22» opens to the 22", () => {
    const files = groupRemarks(issues);
    expect(files.map((f) => [f.file, f.count, f.groups.map((g) => [g.code, g.issues.length])])).toEqual([
      ["a.xlsx", 23, [["report.status.unknown", 1], ["report.measure.missing", 22]]],
      ["b.xlsx", 2, [["report.count.invalid", 1], ["report.normalized.spaces", 1]]],
    ]);
    const missing = files[0]?.groups[1];
    expect(remarkKind("uk", "report.measure.missing", missing?.issues[0] as Issue)).toBe("Відсутні заходи");
    expect(remarkKind("en", "report.measure.missing", missing?.issues[0] as Issue)).toBe("Missing measures");
    // A kind without a short name is named by its first remark.
    const other = issue("matrix.noRows", "error", { sheet: "x" });
    expect(remarkKind("uk", "matrix.noRows", other)).toBe(formatIssue("uk", other).message);
  });

  it("gives every kind of remark a report or an import can bring a short name of its own, in both languages", () => {
    const kinds = Object.keys(uk).filter((k) => /^issue\.(report|consolidate)\.[\w.]+$/u.test(k) && !k.endsWith(".fix")).map((k) => k.slice("issue.".length));
    expect(kinds.length).toBeGreaterThan(40);
    expect(kinds.filter((code) => !(`remark.${code}` in uk) || !(`remark.${code}` in en))).toEqual([]);
  });

  it("filters by severity and by unit", () => {
    expect(filterRemarks(issues, { severity: "error", unit: null }, unitOf).map((i) => i.code)).toEqual(["report.status.unknown", "report.count.invalid"]);
    expect(filterRemarks(issues, { severity: "all", unit: "Черкаська РДА" }, unitOf)).toHaveLength(2);
    expect(unitsOf(issues, unitOf)).toEqual(["Уманська РДА", "Черкаська РДА"]);
  });
});

describe("the memo the add-in keeps in the workbook", () => {
  const memo: WorkbookMemo = {
    built: { period: "2025-H1", at: "2026-11-28 10:00:00" },
    undo: {
      at: "2026-11-28 10:00:00",
      files: 4,
      active: "Зведення",
      memoExisted: true,
      built: { period: "2024-Y", at: "2026-01-20 09:00:00" },
      kept: [
        { name: "Дані", kept: "~undo~Дані", tables: [{ original: "pmData", aside: "pmData_pmOld_1" }], protection: '{"allowFormatColumns":true,"allowFormatRows":true}' },
        { name: "Зведення", kept: "~undo~Зведення~2", tables: [], protection: null },
      ],
    },
  };
  const grid = (rows: string[][]): SheetGrid => ({
    sheet: "pm_state",
    visibility: "veryHidden",
    cells: rows.flatMap((r, row) => r.flatMap((v, column) => (v === "" ? [] : [{ row, column, value: { kind: "text" as const, text: v } }]))),
    merges: [],
    mergesKnown: true,
    tables: [],
  });

  it("reads back what it wrote, and nothing from a sheet it did not write", () => {
    const rows = memoRows(memo);
    expect(new Set(rows.map((r) => r.length)).size).toBe(1);
    expect(memoOf(grid(rows))).toEqual(memo);
    expect(memoOf(grid(memoRows({ built: null, undo: null })))).toEqual(EMPTY_MEMO);
    expect(memoOf(grid([["Нотатки"], ["built", "2025-H1", "x"]]))).toEqual(EMPTY_MEMO);
    expect(memoOf(undefined)).toEqual(EMPTY_MEMO);
  });
});

describe("the workflow's next step and each step's line", () => {
  const status = (over: Partial<WorkflowStatus>): WorkflowStatus => ({
    programme: { title: "Програма", counts: { tasks: 7, measures: 28, agencies: 16 } },
    periods: [{ code: "2025-H1", label: "I півріччя 2025 року" }],
    period: { code: "2025-H1", label: "I півріччя 2025 року" },
    reporting: { period: "2025-H1", units: [], counts: { expected: 2, received: 2, onTime: 2, late: 0, withErrors: 0, rejected: 0, missing: 0 } },
    summaries: { present: true, built: { period: { code: "2025-H1", label: "I півріччя 2025 року" }, at: "2026-11-28 10:00:00" } },
    undo: null,
    ...over,
  });
  const missingUnit = { code: "Р01", name: "n", shortName: "n", type: "districtAdministration", state: "missing", expected: 3, received: 0, submitted: null, errors: 0, warnings: 0 } as const;

  it("suggests loading, importing, building, reminding, then reviewing", () => {
    expect(nextStep(null)).toBeNull();
    expect(nextStep(status({ programme: null }))).toEqual({ step: "programme", text: ["next.loadProgramme"] });
    expect(nextStep(status({ reporting: null, period: null }))).toEqual({ step: "consolidation", text: ["next.importReports"] });
    expect(nextStep(status({ summaries: { present: false, built: null } }))?.text[0]).toBe("next.build");
    expect(nextStep(status({ summaries: { present: true, built: { period: { code: "2024-Y", label: "2024" }, at: "x" } } }))?.text[0]).toBe("next.build");
    const reporting = { period: "2025-H1", units: [missingUnit], counts: { expected: 1, received: 0, onTime: 0, late: 0, withErrors: 0, rejected: 0, missing: 1 } };
    expect(nextStep(status({ reporting }))).toEqual({ step: "consolidation", text: ["next.remind", { period: "I півріччя 2025 року", count: 1 }] });
    expect(nextStep(status({}))?.text[0]).toBe("next.done");
  });

  it("says «I півріччя 2025 року» in Ukrainian and “H1 2025” in English, in the steps' lines and the next step", () => {
    expect(["2025-Q1", "2025-H1", "2025-9M", "2025-Y", "дивне"].map((c) => [periodLabel(c, "uk"), periodLabel(c, "en")])).toEqual([
      ["I квартал 2025 року", "Q1 2025"],
      ["I півріччя 2025 року", "H1 2025"],
      ["9 місяців 2025 року", "9 months of 2025"],
      ["2025 рік", "year 2025"],
      ["дивне", "дивне"],
    ]);
    const reporting = { period: "2025-H1", units: [missingUnit], counts: { expected: 1, received: 0, onTime: 0, late: 0, withErrors: 0, rejected: 0, missing: 1 } };
    const s = status({ reporting });
    expect(nextStep(s, "en")?.text).toEqual(["next.remind", { period: "H1 2025", count: 1 }]);
    expect(stepLines("consolidation", s, null, "en")[0]?.[1]).toMatchObject({ period: "H1 2025" });
  });

  it("shows the programme's counts and title, the reports of the period and the summaries' last build", () => {
    const s = status({});
    expect(stepLines("programme", s, null)).toEqual([["programme.loadedShort", { tasks: 7, measures: 28, agencies: 16 }], ["step.programme.title", { title: "Програма" }]]);
    expect(stepLines("consolidation", s, null)).toEqual([
      ["step.consolidation.reports", { period: "I півріччя 2025 року", expected: 2, received: 2, onTime: 2, late: 0, withErrors: 0, rejected: 0, missing: 0 }],
      ["step.consolidation.built", { at: "28.11.2026 10:00", period: "I півріччя 2025 року" }],
    ]);
    expect(stepLines("check", s, { reports: 2, errors: 1, warnings: 3 })).toEqual([["step.check.done", { reports: 2, errors: 1, warnings: 3 }]]);
    expect(stepLines("programme", null, null)).toEqual([["step.reading"]]);
  });
});

