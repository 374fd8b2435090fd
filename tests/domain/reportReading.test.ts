import type { CellValue } from "../../src/domain/cell";
import { parseEmbeddedProgramme } from "../../src/domain/programme/embeddedProgramme";
import { META_SHEET, REPORT_COLUMNS } from "../../src/domain/reports/reportFormat";
import { assignmentsOf, units } from "../../src/domain/reports/units";
import { programmeId, validateWorkbook } from "../../src/domain/reports/validateReport";
import type { SheetGrid } from "../../src/domain/sheetGrid";
import { gridOf } from "../support/gridOf";

const programme = parseEmbeddedProgramme().programme;
const all = units(programme);
const ctx = { programme, units: all, asOf: "2026-11-28" };
const uman = all.find((u) => u.code === "Р03");
if (!uman) throw new Error("no Р03");
const measures = assignmentsOf(programme, uman).map((a) => a.measure);
const HEADER = REPORT_COLUMNS.map((c) => c.header);
type Cell = string | number | null | CellValue;

/** A report sheet as the template lays it out (header block in rows 1–5, table header in row 7), with `extra` rows under it. */
function report(options: { sheet?: string; unit?: Cell; period?: Cell; submitted?: Cell; header?: string[]; rows?: Cell[][]; visibility?: SheetGrid["visibility"] } = {}): SheetGrid {
  const rows = options.rows ?? measures.map((m, i) => [m.code, m.text, "Виконано", 2, 40 + i, 0, "Не потребує фінансування", "Проведено зустрічі.", null]);
  const grid = gridOf(
    [
      ["Інформація про виконання заходів програми"],
      [programme.title],
      ["Виконавець:", options.unit === undefined ? uman?.name ?? "" : options.unit],
      ["Звітний період:", options.period === undefined ? "I півріччя 2025 року" : options.period],
      ["Дата подання:", options.submitted === undefined ? "15.07.2025" : options.submitted],
      [],
      options.header ?? HEADER,
      ...rows,
    ],
    { sheet: options.sheet ?? "Звіт Р03 2025-H1" },
  );
  return { ...grid, visibility: options.visibility ?? "visible" };
}
const meta = (unit = "Р03", period = "2025-H1"): SheetGrid => ({
  ...gridOf([["format", "pm-report"], ["version", "1"], ["programme", programmeId(programme)], ["unit", unit], ["period", period]], { sheet: META_SHEET }),
  visibility: "veryHidden",
});
const shown = (grids: SheetGrid[]) =>
  validateWorkbook(grids, "r.xlsx", ctx).map((r) => ({ sheet: r.sheet, unit: r.unit?.code ?? null, valid: r.rows.filter((x) => x.valid).length, issues: r.issues.map((i) => `${i.code} ${i.location.sheet ?? ""}!${i.location.cell ?? ""}`) }));

describe("reading report workbooks: sheets, metadata and identity", () => {
  it("applies the metadata to the only report sheet, whatever its name, and never to a second unit's sheet", () => {
    expect(shown([report({ sheet: "Мій звіт", unit: null }), meta()])).toEqual([{ sheet: "Мій звіт", unit: "Р03", valid: measures.length, issues: [] }]);
    const zven = report({ sheet: "Звіт Р01 2025-H1", unit: "Звенигородська районна державна адміністрація" });
    expect(shown([report(), zven, meta()]).map((r) => [r.sheet, r.unit, r.issues])).toEqual([["Звіт Р03 2025-H1", "Р03", []], ["Звіт Р01 2025-H1", "Р01", []]]);
  });

  it("never reads a hidden or very hidden sheet as a report, and names it", () => {
    const draft = (visibility: SheetGrid["visibility"]) => report({ sheet: "Чернетка", visibility, rows: measures.map((m) => [m.code, m.text, "Не виконано", 0, 0, 0, null, null, "Ще не проведено"]) });
    for (const visibility of ["hidden", "veryHidden"] as const) {
      expect(shown([draft(visibility), report(), meta()])).toEqual([{ sheet: "Звіт Р03 2025-H1", unit: "Р03", valid: measures.length, issues: ["report.hiddenSheet Чернетка!"] }]);
    }
  });

  it("takes a header block that agrees with the metadata however it is written, and refuses one that names another unit or period", () => {
    expect(shown([report({ unit: "уманська рда" }), meta()])[0]?.issues).toEqual([]);
    // «Управління» matches several executors, one of them the metadata's: no disagreement.
    expect(shown([report({ unit: "Управління" }), meta("В01")])[0]?.unit).toBe("В01");
    expect(shown([report({ unit: "Відділ культури" }), meta()])[0]).toMatchObject({ unit: null, valid: 0, issues: ["report.identity.unit Звіт Р03 2025-H1!B3"] });
    const period = validateWorkbook([report({ period: "2024 рік" }), meta()], "r.xlsx", ctx)[0];
    expect(period?.issues.map((i) => [i.code, i.params])).toEqual([["report.identity.period", { meta: "I півріччя 2025 року", header: "2024 рік", cell: "B4", metaSheet: META_SHEET }]]);
    expect(period?.rows.every((r) => !r.valid)).toBe(true);
  });

  it("reports a formula saved without its value in the header block: an error for unit and period, a warning for the date", () => {
    const noValue: CellValue = { kind: "noValue" };
    const grid = report({ unit: noValue, submitted: noValue });
    expect(shown([grid])[0]?.issues).toEqual(["report.cell.noValue Звіт Р03 2025-H1!B3", "report.cell.noValue Звіт Р03 2025-H1!B5"]);
    expect(validateWorkbook([grid], "r.xlsx", ctx)[0]?.issues.map((i) => i.severity)).toEqual(["error", "warning"]);
  });

  it("refuses every row when a required column is missing, and reads codes alone when only «Захід» is", () => {
    const without = (key: string) => ({ header: REPORT_COLUMNS.filter((c) => c.key !== key).map((c) => c.header), rows: measures.map((m, i) => REPORT_COLUMNS.filter((c) => c.key !== key).map((c) => ({ code: m.code, measure: m.text, status: "Виконано", events: 2, people: 40 + i, funds: 0, source: "Не потребує фінансування", info: "Проведено.", reasons: null })[c.key] ?? null)) });
    for (const key of ["code", "status", "events", "people", "funds", "source", "info", "reasons"]) {
      const r = validateWorkbook([report(without(key))], "r.xlsx", ctx)[0];
      // Said once, at the header row, and not again in every row.
      expect([key, r?.issues.map((i) => [i.code, i.location.cell, i.params["row"]]), r?.rows.filter((x) => x.valid).length]).toEqual([key, [["report.missingColumn", "A7", 7]], 0]);
    }
    expect(shown([report(without("measure"))])[0]).toMatchObject({ valid: measures.length, issues: ["report.noMeasureColumn Звіт Р03 2025-H1!A7"] });
  });

  it("tells another programme's rows by their measure texts when there is no metadata", () => {
    const rows = measures.map((m) => [m.code, `Захід іншої програми ${m.code}`, "Виконано", 1, 1, 0, "Не потребує фінансування", "Проведено.", null]);
    expect(shown([report({ rows })])[0]).toMatchObject({ valid: 0, issues: ["report.unknownProgramme Звіт Р03 2025-H1!A2"] });
    // This programme's measures, shortened as people type them, are no other programme.
    const shortened = measures.map((m, i) => [m.code, m.text.split(" ").slice(0, 3).join(" "), "Виконано", 1, 40 + i, 0, "Не потребує фінансування", "Проведено.", null]);
    expect(shown([report({ rows: shortened })])[0]).toMatchObject({ valid: measures.length, issues: [] });
    const untitled = gridOf([["Виконавець:", "Р03"], ["Звітний період:", "2025-H1"], HEADER, ...rows]);
    expect(shown([untitled])[0]?.issues[0]).toBe("report.unknownProgrammeUntitled Аркуш1!");
  });
});

describe("rows that are not measures", () => {
  const [first, second] = measures;
  const row = (m: typeof first) => [m?.code ?? "", m?.text ?? "", "Виконано", 2, 40, 0, "Не потребує фінансування", "Проведено.", null];
  const kinds = (rows: Cell[][]) => validateWorkbook([report({ rows })], "r.xlsx", ctx)[0]?.issues.filter((i) => i.code.startsWith("report.row.") || i.severity === "error").map((i) => `${i.code} ${i.location.cell ?? ""}`);

  it("passes over column numbers, a header typed again, totals, signatures and dates with an info", () => {
    expect(kinds([[1, 2, 3, 4, 5, 6, 7, 8, 9], row(first), HEADER, row(second), ["Усього:", null, null, 4, 80, 0], [null, "Разом по району", null, 4]])).toEqual([
      "report.row.header A8", "report.row.header A10", "report.row.total A12", "report.row.total A13",
    ]);
    expect(kinds([row(first), ["Начальник відділу ____ І. Петренко"], [{ kind: "date", serial: 45853 }], ["15.07.2025"], [null, null, null, null, null, null, null, "Петренко І.", null]])).toEqual([
      "report.row.notMeasure A9", "report.row.notMeasure A10", "report.row.notMeasure A11", "report.row.notMeasure A12",
    ]);
  });

  it("keeps a row with a code and nothing else, or a status without a code, as the error it is", () => {
    expect(kinds([[first?.code ?? ""], [null, null, "Виконано", 1, 1, 0, "Не потребує фінансування", "Проведено."]])).toEqual(["report.status.missing C8", "report.code.missing A9"]);
  });
});
