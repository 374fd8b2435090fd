import fc from "fast-check";
import { consolidate, type ImportedFile } from "../../src/domain/consolidation/consolidate";
import { measureStatus, summarise } from "../../src/domain/consolidation/summaries";
import { parseEmbeddedProgramme } from "../../src/domain/programme/embeddedProgramme";
import { reportingPeriods, STATUSES } from "../../src/domain/programme/referenceLists";
import { assignmentsOf, units } from "../../src/domain/reports/units";
import type { ValidatedReport, ValidatedRow } from "../../src/domain/reports/validateReport";

const programme = parseEmbeddedProgramme().programme;
const all = units(programme, ["Смілянська міська територіальна громада"]);
const H1 = reportingPeriods(programme.years).find((p) => p.code === "2025-H1");
const NINE = reportingPeriods(programme.years).find((p) => p.code === "2025-9M");

function report(unitIndex: number, figures: readonly { status: number; events: number; people: number; funds: number; valid: boolean }[], period = H1): ValidatedReport {
  const unit = all[unitIndex % all.length] ?? null;
  const measures = unit ? assignmentsOf(programme, unit).map((a) => a.measure.code) : [];
  const rows: ValidatedRow[] = measures.map((code, i) => {
    const f = figures[i % Math.max(1, figures.length)] ?? { status: 0, events: 0, people: 0, funds: 0, valid: true };
    return { row: 8 + i, code, status: STATUSES[f.status % 4] ?? "Виконано", events: f.events, people: f.people, funds: f.funds, source: "Обласний бюджет", info: "так", reasons: "", valid: f.valid };
  });
  return { file: `u${unitIndex}.xlsx`, sheet: "Звіт", unit, period: period ?? null, submitted: "2025-07-10", rows, issues: rows.filter((r) => !r.valid).map(() => ({ code: "report.status.unknown", severity: "error", location: {}, params: {} })) };
}

describe("consolidation", () => {
  const figure = fc.record({ status: fc.nat(3), events: fc.nat(50), people: fc.nat(5000), funds: fc.nat(10000).map((n) => n / 10), valid: fc.boolean() });

  it("makes every summary figure the sum over the accepted rows, and completeness received ÷ expected", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.nat(all.length - 1), { maxLength: all.length }), fc.array(figure, { minLength: 1, maxLength: 6 }), (unitIndexes, figures) => {
        const files: ImportedFile[] = unitIndexes.map((u) => ({ file: `u${u}.xlsx`, size: 1, sha256: `h${u}`, reports: [report(u, figures)] }));
        const { rows } = consolidate(files, [], "now");
        expect(rows.every((r) => files.some((f) => f.reports.some((rep) => rep.rows.some((x) => x.valid && x.code === r.measureCode))))).toBe(true);
        const s = summarise(programme, all, rows, "2025-H1");
        for (const t of s.byTask) {
          const mine = rows.filter((r) => r.measureCode.split(".")[0] === t.task);
          expect({ task: t.task, received: t.received, events: t.events, people: t.people }).toEqual({ task: t.task, received: mine.length, events: mine.reduce((n, r) => n + r.events, 0), people: mine.reduce((n, r) => n + r.people, 0) });
          expect(t.funds).toBeCloseTo(mine.reduce((n, r) => n + r.funds, 0), 6);
          for (const st of STATUSES) expect(t.statuses[st]).toBe(mine.filter((r) => r.status === st).length);
          expect(t.received).toBeLessThanOrEqual(t.expected);
        }
        expect(s.total.received).toBe(rows.length);
        expect(s.total.expected).toBe(all.reduce((n, u) => n + assignmentsOf(programme, u).length, 0));
      }),
      { numRuns: 60 },
    );
  });

  it("takes the valid rows of a report with errors by default, and refuses the whole report when the user chose so", () => {
    const partly = [{ file: "p.xlsx", size: 1, sha256: "P", reports: [report(16, [{ status: 0, events: 1, people: 1, funds: 0, valid: true }, { status: 0, events: 1, people: 1, funds: 0, valid: false }])] }];
    const rowsOf = (r: ReturnType<typeof report>) => r.rows.length;
    const total = rowsOf(partly[0]?.reports[0] as ReturnType<typeof report>);
    const taken = consolidate(partly, [], "t");
    expect(taken.log.map((l) => [l.action, l.accepted, l.rejected])).toEqual([["imported", Math.ceil(total / 2), Math.floor(total / 2)]]);
    const refused = consolidate(partly, [], "t", { acceptValidRows: false });
    expect(refused.log.map((l) => [l.action, l.accepted, l.rejected])).toEqual([["rejected", 0, total]]);
    expect(refused.rows).toEqual([]);
  });

  it("replaces a unit's earlier report for the same period, skips the very same file, rejects a second claim", () => {
    const first = consolidate([{ file: "a.xlsx", size: 1, sha256: "A", reports: [report(16, [{ status: 0, events: 1, people: 1, funds: 0, valid: true }])] }], [], "t1");
    const again = consolidate(
      [
        { file: "a.xlsx", size: 1, sha256: "A", reports: [report(16, [{ status: 0, events: 1, people: 1, funds: 0, valid: true }])] },
        { file: "b.xlsx", size: 1, sha256: "B", reports: [report(16, [{ status: 1, events: 5, people: 9, funds: 0, valid: true }])] },
        { file: "c.xlsx", size: 1, sha256: "C", reports: [report(16, [{ status: 1, events: 7, people: 9, funds: 0, valid: true }])] },
      ],
      first.rows,
      "t2",
    );
    expect(again.log.map((l) => l.action)).toEqual(["skippedSameFile", "replaced", "rejected"]);
    expect(again.issues.map((i) => i.code)).toEqual(["consolidate.duplicateReport"]);
    expect(new Set(again.rows.map((r) => r.file))).toEqual(new Set(["b.xlsx"]));
  });

  it("warns when a cumulative figure goes down and when a report is late", () => {
    const h1 = { ...report(16, [{ status: 0, events: 10, people: 100, funds: 5, valid: true }]), submitted: "2025-07-25" };
    const nine = report(16, [{ status: 0, events: 4, people: 100, funds: 5, valid: true }], NINE);
    const { issues } = consolidate([{ file: "h1.xlsx", size: 1, sha256: "1", reports: [h1] }, { file: "9m.xlsx", size: 1, sha256: "2", reports: [nine] }], [], "t");
    expect(issues[0]).toMatchObject({ code: "consolidate.late", params: { submitted: "2025-07-25", deadline: "2025-07-20" } });
    expect(issues.filter((i) => i.code === "consolidate.decrease").length).toBeGreaterThan(0);
    expect(issues.find((i) => i.code === "consolidate.decrease")?.params).toMatchObject({ field: "events", before: 10, now: 4, periodBefore: "2025-H1", periodNow: "2025-9M" });
  });

  it("aggregates a measure's status by its documented rule", () => {
    const c = (done: number, ongoing: number, partly: number, notDone: number) => ({ Виконано: done, Виконується: ongoing, "Виконано частково": partly, "Не виконано": notDone });
    expect(measureStatus(c(0, 0, 0, 0), 3)).toBe("Немає звітів");
    expect(measureStatus(c(3, 0, 0, 0), 3)).toBe("Виконано");
    expect(measureStatus(c(2, 0, 0, 0), 3)).toBe("Виконано частково");
    expect(measureStatus(c(0, 0, 0, 2), 2)).toBe("Не виконано");
    expect(measureStatus(c(1, 0, 0, 1), 2)).toBe("Виконано частково");
    expect(measureStatus(c(0, 2, 0, 0), 2)).toBe("Виконується");
  });
});
