import { consolidate } from "../../src/domain/consolidation/consolidate";
import { summarise } from "../../src/domain/consolidation/summaries";
import { formatIssue } from "../../src/domain/messages";
import { parseEmbeddedProgramme } from "../../src/domain/programme/embeddedProgramme";
import type { Programme } from "../../src/domain/programme/model";
import { reportingPeriods } from "../../src/domain/programme/referenceLists";
import { REPORT_COLUMNS } from "../../src/domain/reports/reportFormat";
import { templatePlans } from "../../src/domain/reports/templatePlan";
import { assignmentsOf, units, type Unit } from "../../src/domain/reports/units";
import { validateWorkbook } from "../../src/domain/reports/validateReport";
import { gridOf } from "../support/gridOf";

const seed = parseEmbeddedProgramme().programme;
const district = units(seed).find((u) => u.code === "Р01") as Unit;
// The first four measures of a district administration get terms unlike the seed's «2023–2025 роки».
const [ended, later, yearly, unreadable] = assignmentsOf(seed, district).map((a) => a.measure.code) as [string, string, string, string];
const TERMS: Readonly<Record<string, string>> = { [ended]: "2023 рік", [later]: "2024–2025 роки", [yearly]: "щороку", [unreadable]: "за окремим планом" };
const programme: Programme = { ...seed, tasks: seed.tasks.map((t) => ({ ...t, measures: t.measures.map((m) => ({ ...m, term: TERMS[m.code] ?? m.term })) })) };
const all = units(programme);
const unit = all.find((u) => u.code === "Р01") as Unit;
const period = (code: string) => reportingPeriods(programme.years).find((p) => p.code === code) ?? (undefined as never);
const templateCodes = (code: string) => (templatePlans(programme, unit, period(code))[0]?.tables[0]?.rows ?? []).map((r) => r[0]);
const seedCodes = assignmentsOf(seed, district).map((a) => a.measure.code);

/** What is expected of Р01, beside the programme: the seed's codes without the measures out of term in that year. */
const EXPECTED_OUT_OF_TERM: Readonly<Record<string, readonly string[]>> = { "2023-Y": [later], "2024-Y": [ended], "2025-H1": [ended] };

/** Р01's report for a period with a row on every measure it had in the seed (so also on the one out of term). */
function filledReport(code: string, rows: readonly string[]) {
  const header = REPORT_COLUMNS.map((c) => c.header);
  const grid = gridOf([["Виконавець:", "Р01"], ["Звітний період:", period(code).label], ["Дата подання:", `${code.slice(0, 4)}-07-10`], [], header, ...rows.map((m) => [m, "", "Виконано", 1, 2, 0, "Не потребує фінансування", "проведено", ""])], { sheet: "Звіт" });
  return validateWorkbook([grid], `${code}.xlsx`, { programme, units: all, asOf: "2026-11-28" })[0] ?? (undefined as never);
}

describe("a measure's term decides whether it is expected in a period", () => {
  it("lists in a period's template only the measures whose term covers its year; an unreadable term covers the whole programme", () => {
    for (const [code, out] of Object.entries(EXPECTED_OUT_OF_TERM)) {
      expect({ code, rows: templateCodes(code) }).toEqual({ code, rows: seedCodes.filter((c) => !out.includes(c)) });
    }
    expect(templateCodes("2025-H1")).toEqual(expect.arrayContaining([later, yearly, unreadable]));
    expect(assignmentsOf(programme, unit).map((a) => a.measure.code)).toEqual(seedCodes);
  });

  it("says a row on a measure out of its term is an info, and misses only measures in term", () => {
    for (const code of ["2024-Y", "2025-H1"]) {
      const report = filledReport(code, seedCodes.filter((c) => c !== later));
      const codes = (c: string) => report.issues.filter((i) => i.code === c).map((i) => i.params["value"] ?? i.params["code"]);
      expect({ code, outOfTerm: codes("report.code.outOfTerm"), missing: codes("report.measure.missing"), errors: report.issues.filter((i) => i.severity === "error") }).toEqual({ code, outOfTerm: [ended], missing: [later], errors: [] });
      const info = report.issues.find((i) => i.code === "report.code.outOfTerm");
      expect(info && formatIssue("uk", info).message).toContain(`«2023 рік» не охоплює ${code.slice(0, 4)} рік`);
      expect(info && formatIssue("en", info).message).toContain(`does not cover ${code.slice(0, 4)}`);
    }
    expect(filledReport("2023-Y", seedCodes).issues.filter((i) => i.code === "report.code.outOfTerm").map((i) => i.params["value"])).toEqual([later]);
  });

  it("warns of a row out of its term that carries figures, which no total will count, and only informs of one without", () => {
    const header = REPORT_COLUMNS.map((c) => c.header);
    const report = (events: number, funds: number) =>
      validateWorkbook([gridOf([["Виконавець:", "Р01"], ["Звітний період:", period("2025-H1").label], ["Дата подання:", "2025-07-10"], [], header, [ended, "", "Виконано", events, 0, funds, "Обласний бюджет", "проведено", ""]], { sheet: "Звіт" })], "a.xlsx", { programme, units: all, asOf: "2026-11-28" })[0] ?? (undefined as never);
    const severity = (r: ReturnType<typeof report>) => r.issues.filter((i) => i.code === "report.code.outOfTerm").map((i) => i.severity);
    expect(severity(report(0, 12))).toEqual(["warning"]);
    expect(severity(report(3, 0))).toEqual(["warning"]);
    expect(severity(report(0, 0))).toEqual(["info"]);
  });

  it("keeps a row out of its term out of the data and the summaries: the measure is neither expected nor printed as not reported", () => {
    for (const code of ["2024-Y", "2025-H1"]) {
      const report = filledReport(code, seedCodes);
      const result = consolidate([{ file: `${code}.xlsx`, size: 1, sha256: code, reports: [report] }], [], "2026-11-28T00:00:00Z", { programme, units: all });
      expect(result.rows.map((r) => r.measureCode)).toEqual(seedCodes.filter((c) => c !== ended));
      expect(result.notTaken.flatMap((n) => n.reasons.map((r) => r.code))).toEqual(["report.code.outOfTerm"]);
      const s = summarise(programme, all, result.rows, code);
      expect(s.byMeasure.map((m) => m.measure)).not.toContain(ended);
      const seedExpected = summarise(seed, all, [], code).byMeasure.filter((m) => m.measure !== ended).map((m) => [m.measure, m.expected]);
      expect(s.byMeasure.map((m) => [m.measure, m.expected])).toEqual(seedExpected);
      const mine = s.byUnit.find((u) => u.code === "Р01");
      expect(mine && { expected: mine.expected, received: mine.received }).toEqual({ expected: seedCodes.length - 1, received: seedCodes.length - 1 });
      expect(s.total.expected).toBe(s.byUnit.reduce((n, u) => n + u.expected, 0));
    }
    const before = summarise(programme, all, [], "2023-Y");
    expect(before.byMeasure.map((m) => m.measure)).toContain(ended);
    expect(before.byMeasure.map((m) => m.measure)).not.toContain(later);
  });
});
