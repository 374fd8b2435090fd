import fc from "fast-check";
import { consolidate, type ImportedFile } from "../../src/domain/consolidation/consolidate";
import { tenths } from "../../src/domain/consolidation/figures";
import { sumPlanned } from "../../src/domain/consolidation/plannedFunds";
import { measureStatus, summarise, type Figures, type Summaries } from "../../src/domain/consolidation/summaries";
import { formatIssue } from "../../src/domain/messages";
import { allMeasures } from "../../src/domain/programme/model";
import { parseEmbeddedProgramme } from "../../src/domain/programme/embeddedProgramme";
import { reportingPeriods, STATUSES } from "../../src/domain/programme/referenceLists";
import { assignmentsOf, units } from "../../src/domain/reports/units";
import type { ValidatedReport, ValidatedRow } from "../../src/domain/reports/validateReport";

const programme = parseEmbeddedProgramme().programme;
const all = units(programme, [{ name: "Смілянська міська територіальна громада", district: "Р04" }]);
const options = { programme, units: all };
const periodOf = (code: string) => reportingPeriods(programme.years).find((p) => p.code === code) ?? null;
const assigned = (u: number) => assignmentsOf(programme, all[u % all.length] as (typeof all)[number]).map((a) => a.measure.code);
const everyMeasure = allMeasures(programme).map((m) => m.code);

interface RowSpec {
  readonly status: number;
  readonly events: number;
  readonly people: number;
  readonly funds: number;
  readonly valid: boolean;
  /** Another measure than the unit's own in this row (any of the programme's). */
  readonly foreign: number | null;
}
interface ReportSpec {
  readonly sheet?: string;
  readonly period?: string;
  readonly submitted?: string | null;
}

function report(u: number, rows: readonly RowSpec[], spec: ReportSpec = {}): ValidatedReport {
  const unit = all[u % all.length] ?? null;
  const measures = assigned(u);
  const out: ValidatedRow[] = measures.map((own, i) => {
    const f = rows[i % Math.max(1, rows.length)] ?? { status: 0, events: 0, people: 0, funds: 0, valid: true, foreign: null };
    const code = f.foreign === null ? own : (everyMeasure[f.foreign % everyMeasure.length] as string);
    return { row: 8 + i, code, status: STATUSES[f.status % 4] ?? "Виконано", events: f.events, people: f.people, funds: f.funds, source: "Обласний бюджет", info: "так", reasons: "", valid: f.valid };
  });
  const sheet = spec.sheet ?? "Звіт";
  const issues = out.filter((r) => !r.valid).map((r) => ({ code: "report.status.unknown" as const, severity: "error" as const, location: { file: `u${u}.xlsx`, sheet, cell: `C${r.row}` }, params: {} }));
  return { sheet, unit, period: periodOf(spec.period ?? "2025-H1"), submitted: spec.submitted === undefined ? "2025-07-10" : spec.submitted, rows: out, issues };
}

const ok = (people = 1, funds = 0): RowSpec => ({ status: 0, events: 1, people, funds, valid: true, foreign: null });
const file = (name: string, sha256: string, ...reports: ValidatedReport[]): ImportedFile => ({ file: name, size: 1, sha256, reports });

/** Every summary's totals are «Зведення»'s: the measures, the tasks, the units and the territories. */
function expectAddsUp(s: Summaries): void {
  const total = s.total;
  const sums = (list: readonly Omit<Figures, "statuses" | "planned">[]) => ({ expected: list.reduce((n, x) => n + x.expected, 0), received: list.reduce((n, x) => n + x.received, 0), events: list.reduce((n, x) => n + x.events, 0), people: list.reduce((n, x) => n + x.people, 0), funds: tenths(list.reduce((n, x) => n + x.funds, 0)) });
  const want = { expected: total.expected, received: total.received, events: total.events, people: total.people, funds: total.funds };
  expect({ byMeasure: sums(s.byMeasure) }).toEqual({ byMeasure: want });
  expect({ byTask: sums(s.byTask) }).toEqual({ byTask: want });
  expect({ byTerritory: sums(s.byTerritory) }).toEqual({ byTerritory: want });
  expect({ byUnit: { expected: s.byUnit.reduce((n, u) => n + u.expected, 0), received: s.byUnit.reduce((n, u) => n + u.received, 0) } }).toEqual({ byUnit: { expected: total.expected, received: total.received } });
  for (const st of STATUSES) expect(s.byMeasure.reduce((n, m) => n + m.statuses[st], 0)).toBe(total.statuses[st]);
  // Funds are kept as shown, to one decimal, at every level, and so is the plan, whose total is the sum of the plans shown.
  for (const f of [total, ...s.byTask, ...s.byMeasure, ...s.byTerritory]) expect(f.funds).toBe(tenths(f.funds));
  expect({ planned: [sumPlanned(s.byMeasure.map((m) => m.planned)), sumPlanned(s.byTask.map((x) => x.planned))] }).toEqual({ planned: [total.planned, total.planned] });
}

describe("consolidation", () => {
  const rowSpec = fc.record({ status: fc.nat(3), events: fc.nat(50), people: fc.nat(5000), funds: fc.nat(100000).map((n) => n / 100), valid: fc.boolean(), foreign: fc.option(fc.nat(40), { freq: 4 }) });
  const reportSpec = fc.record({ unit: fc.nat(all.length - 1), rows: fc.array(rowSpec, { minLength: 1, maxLength: 6 }), sheet: fc.constantFrom("Звіт", "Звіт 2"), submitted: fc.constantFrom("2025-07-10", "2025-07-25", null), file: fc.nat(5) });

  it("makes every summary add up to «Зведення» for any set of reports, and takes or lists every row given", () => {
    fc.assert(
      fc.property(fc.array(reportSpec, { maxLength: 12 }), (specs) => {
        // Reports land in a few files, so that files hold several report sheets and units several versions.
        const files = [0, 1, 2, 3, 4, 5].map((n) => file(`f${n}.xlsx`, `h${n}`, ...specs.flatMap((s, i) => (s.file === n ? [report(s.unit, s.rows, { sheet: `${s.sheet} ${i}`, submitted: s.submitted })] : [])))).filter((f) => f.reports.length > 0);
        const result = consolidate(files, [], "now", options);
        const s = summarise(programme, all, result.rows, "2025-H1");
        expectAddsUp(s);
        expect(s.total.received).toBe(result.rows.length);
        // Nothing silent: each row given is in «Дані» or listed (itself, or its whole report) with a reason.
        for (const f of files) {
          for (const rep of f.reports) {
            for (const r of rep.rows) {
              const taken = result.rows.some((d) => d.file === f.file && d.sheet === rep.sheet && d.row === r.row);
              const listed = result.notTaken.some((x) => x.file === f.file && x.sheet === rep.sheet && (x.row === undefined || x.row === r.row) && x.reasons.length > 0);
              expect({ file: f.file, sheet: rep.sheet, row: r.row, accounted: taken !== listed }).toEqual({ file: f.file, sheet: rep.sheet, row: r.row, accounted: true });
            }
          }
        }
      }),
      { numRuns: 80 },
    );
  });

  it("counts two units' report sheets in one workbook, both by file and sheet", () => {
    const { rows, log, notTaken } = consolidate([file("two.xlsx", "H", report(16, [ok()], { sheet: "Р01" }), report(17, [ok()], { sheet: "Р02" }))], [], "t", options);
    expect(log.map((l) => [l.sheet, l.action])).toEqual([["Р01", "imported"], ["Р02", "imported"]]);
    expect(new Set(rows.map((r) => `${r.unitCode} ${r.sheet}`))).toEqual(new Set([`${all[16]?.code} Р01`, `${all[17]?.code} Р02`]));
    expect(notTaken).toEqual([]);
  });

  it("skips the very same file given twice and a report already in «Дані», listing each with the reason", () => {
    const first = consolidate([file("a.xlsx", "A", report(16, [ok()]))], [], "t1", options);
    const again = consolidate([file("a.xlsx", "A", report(16, [ok()])), file("copy of a.xlsx", "A", report(16, [ok()]))], first.rows, "t2", options);
    expect(again.log.map((l) => l.action)).toEqual(["skippedSameFile", "skippedSameFile"]);
    expect(again.notTaken.map((x) => [x.file, x.reasons.map((r) => r.code)])).toEqual([["a.xlsx", ["consolidate.alreadyImported"]], ["copy of a.xlsx", ["consolidate.sameFile"]]]);
    expect(again.rows).toEqual(first.rows);
  });

  it("takes the valid rows of a report with errors by default, and refuses the whole report when the user chose so", () => {
    const partly = [file("p.xlsx", "P", report(16, [ok(), { ...ok(), valid: false }]))];
    const total = partly[0]?.reports[0]?.rows.length ?? 0;
    const taken = consolidate(partly, [], "t", options);
    expect(taken.log.map((l) => [l.action, l.accepted, l.rejected])).toEqual([["imported", Math.ceil(total / 2), Math.floor(total / 2)]]);
    expect(taken.notTaken.map((x) => x.row)).toEqual(Array.from({ length: Math.floor(total / 2) }, (_, i) => 9 + 2 * i));
    const refused = consolidate(partly, [], "t", { ...options, acceptValidRows: false });
    expect(refused.log.map((l) => [l.action, l.accepted, l.rejected])).toEqual([["rejected", 0, total]]);
    expect(refused.notTaken[0]?.reasons.map((r) => r.code)).toEqual(["consolidate.refusedWithErrors"]);
    expect(refused.rows).toEqual([]);
  });

  it("does not take a row on a measure not assigned to the unit, and says so with the validation's own words", () => {
    const foreign = everyMeasure.findIndex((m) => !assigned(16).includes(m));
    const { rows, notTaken } = consolidate([file("f.xlsx", "F", report(16, [{ ...ok(500), foreign }, ok(), ok()]))], [], "t", options);
    expect(rows.some((r) => r.measureCode === everyMeasure[foreign])).toBe(false);
    expect(notTaken.map((x) => [x.row, x.reasons.map((r) => r.code)])).toContainEqual([8, ["report.code.notAssigned"]]);
    expect(formatIssue("uk", notTaken[0]?.reasons[0] as never).message).toContain("не зводиться");
    const s = summarise(programme, all, rows, "2025-H1");
    expectAddsUp(s);
    expect(s.total.people).toBe(rows.reduce((n, r) => n + r.people, 0));
  });

  describe("two versions of one report", () => {
    const original = (name = "original.xlsx") => file(name, `h-${name}`, report(16, [ok(10)], { submitted: "2025-07-15" }));
    const correction = (name = "correction.xlsx") => file(name, `h-${name}`, report(16, [ok(20)], { submitted: "2025-07-25" }));

    it("takes the later «Дата подання» whatever the order and the names, and judges timeliness by the first", () => {
      for (const files of [[original(), correction()], [correction(), original()], [original("z.xlsx"), correction("a.xlsx")]]) {
        const result = consolidate(files, [], "t", options);
        expect(new Set(result.rows.map((r) => r.people))).toEqual(new Set([20]));
        expect(result.rows.every((r) => r.submitted === "2025-07-25" && r.firstSubmitted === "2025-07-15")).toBe(true);
        expect(result.log.find((l) => l.action === "superseded")?.file).toBe(files.find((f) => f.reports[0]?.submitted === "2025-07-15")?.file);
        expect(result.issues.map((i) => i.code)).toEqual(["consolidate.superseded"]);
        // 25.07 is past the deadline of 20.07, but the first version was in time.
        const unit = summarise(programme, all, result.rows, "2025-H1").byUnit.find((u) => u.code === all[16]?.code);
        expect(unit).toMatchObject({ onTime: true, submitted: "2025-07-25", firstSubmitted: "2025-07-15" });
      }
    });

    it("takes none of two different versions with the same or a missing date, and one of two identical ones", () => {
      const same = consolidate([original("a.xlsx"), file("b.xlsx", "B", report(16, [ok(30)], { submitted: "2025-07-15" }))], [], "t", options);
      expect(same.rows).toEqual([]);
      expect(same.notTaken.map((x) => [x.file, x.reasons[0]?.code])).toEqual([["a.xlsx", "consolidate.versionsConflict"], ["b.xlsx", "consolidate.versionsConflict"]]);
      const undated = consolidate([original("a.xlsx"), file("b.xlsx", "B", report(16, [ok(30)], { submitted: null }))], [], "t", options);
      expect(undated.rows).toEqual([]);
      const twice = consolidate([original("a.xlsx"), original("b.xlsx")], [], "t", options);
      expect(twice.log.map((l) => l.action)).toEqual(["imported", "skippedSameFile"]);
      expect(twice.notTaken.map((x) => x.reasons[0]?.code)).toEqual(["consolidate.sameContent"]);
    });

    it("replaces a version in «Дані» only with one not dated earlier", () => {
      const later = consolidate([correction()], [], "t1", options);
      const older = consolidate([original()], later.rows, "t2", options);
      expect(older.log.map((l) => l.action)).toEqual(["superseded"]);
      expect(older.rows).toEqual(later.rows);
      expect(older.issues.map((i) => i.code)).toEqual(["consolidate.supersededByData"]);
      const first = consolidate([original()], [], "t1", options);
      const newer = consolidate([correction()], first.rows, "t2", options);
      expect(newer.log.map((l) => l.action)).toEqual(["replaced"]);
      expect(newer.replaced).toEqual([`${all[16]?.code}|2025-H1`]);
      expect(newer.rows.every((r) => r.firstSubmitted === "2025-07-15")).toBe(true);
    });
  });

  it("warns when a cumulative figure goes down and when a report was first submitted late, naming periods and dates as people write them", () => {
    const h1 = report(16, [{ ...ok(100), events: 10 }], { submitted: "2025-07-25" });
    const nine = report(16, [{ ...ok(100), events: 4 }], { period: "2025-9M", submitted: "2025-10-10" });
    const { issues } = consolidate([file("h1.xlsx", "1", h1), file("9m.xlsx", "2", nine)], [], "t", options);
    expect(issues[0]).toMatchObject({ code: "consolidate.late", params: { submitted: "25.07.2025", deadline: "20.07.2025" } });
    const decrease = issues.find((i) => i.code === "consolidate.decrease");
    expect(decrease?.params).toMatchObject({ field: "events", before: 10, now: 4, periodBefore: "I півріччя 2025 року", periodNow: "9 місяців 2025 року" });
    expect(formatIssue("uk", decrease as never).message).toContain("«Кількість проведених заходів»");
    expect(formatIssue("en", decrease as never).message).not.toMatch(/“events”|2025-9M/u);
  });

  it("keeps funds to one decimal, as shown, and says when it rounded", () => {
    expect([tenths(0.1 + 0.2), tenths(1.45), tenths(17.4 + 0.1 + 0.2), tenths(2.25)]).toEqual([0.3, 1.5, 17.7, 2.3]);
    const { rows, issues } = consolidate([file("f.xlsx", "F", report(16, [ok(1, 1.25), ok(1, 0.1), ok(1, 0.2)]))], [], "t", options);
    expect(rows.map((r) => r.funds).slice(0, 3)).toEqual([1.3, 0.1, 0.2]);
    expect(issues.filter((i) => i.code === "consolidate.fundsRounded")[0]?.params).toMatchObject({ row: 8, value: 1.25, rounded: 1.3 });
  });

  it("aggregates a measure's status by its documented rule: a single «Виконано частково» makes it «Виконано частково», a missing required report too", () => {
    const c = (done: number, ongoing: number, partly: number, notDone: number) => ({ Виконано: done, Виконується: ongoing, "Виконано частково": partly, "Не виконано": notDone });
    // The counts of the reports that arrived, and how many required executors sent none.
    const table: [ReturnType<typeof c>, number, string][] = [
      [c(0, 0, 0, 0), 3, "Немає звітів"],
      [c(3, 0, 0, 0), 0, "Виконано"],
      [c(2, 0, 0, 0), 1, "Виконано частково"],
      [c(0, 0, 0, 2), 0, "Не виконано"],
      [c(0, 0, 0, 2), 1, "Не виконано"],
      [c(1, 0, 0, 1), 0, "Виконано частково"],
      [c(0, 0, 1, 0), 0, "Виконано частково"],
      [c(0, 1, 1, 0), 0, "Виконано частково"],
      [c(2, 0, 1, 0), 0, "Виконано частково"],
      [c(1, 1, 0, 0), 0, "Виконується"],
      [c(0, 2, 0, 0), 1, "Виконується"],
      [c(0, 1, 0, 1), 0, "Виконується"],
    ];
    expect(table.map(([counts, missing]) => measureStatus(counts, missing))).toEqual(table.map(([, , status]) => status));
  });
});
