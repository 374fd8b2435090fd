import type { PlainValue } from "../../src/domain/cell";
import type { DataRow } from "../../src/domain/consolidation/consolidate";
import { fundsShare, plannedForYear, sumPlanned } from "../../src/domain/consolidation/plannedFunds";
import { summarise } from "../../src/domain/consolidation/summaries";
import { summarySheetPlans } from "../../src/domain/consolidation/summarySheets";
import type { Locale } from "../../src/domain/messages";
import type { SheetPlan } from "../../src/domain/plans/sheetPlan";
import { parseEmbeddedProgramme } from "../../src/domain/programme/embeddedProgramme";
import { allMeasures, type Programme } from "../../src/domain/programme/model";
import { parseMatrixGrid } from "../../src/domain/programme/parseMatrixGrid";
import { reportingPeriods } from "../../src/domain/programme/referenceLists";
import type { SheetGrid } from "../../src/domain/sheetGrid";
import { units, type Unit } from "../../src/domain/reports/units";
import { templatePlans } from "../../src/domain/reports/templatePlan";
import { readFixture } from "../support/fixtures";

const seed = parseEmbeddedProgramme().programme;
/** The standard form «Напрями діяльності та заходи» of the second programme: sources and amounts per year, 2024–2027. */
const funded = parseMatrixGrid(JSON.parse(readFixture("matrix-layouts", "second-standard-paste.grid.json")) as SheetGrid).programme;
const periodOf = (p: Programme, code: string) => reportingPeriods(p.years).find((x) => x.code === code) ?? (undefined as never);
const unitOf = (p: Programme, code: string) => units(p).find((u) => u.code === code) as Unit;

/** A data row of «Дані»: unit, measure, funds used, events and people, for the period. */
function row(unit: string, measure: string, funds: number, period = "2025-Y", source = "Обласний бюджет"): DataRow {
  return { unitCode: unit, period, measureCode: measure, status: "Виконано", events: 2, people: 30, funds, source, info: "Проведено.", reasons: "", submitted: "2026-01-15", firstSubmitted: "2026-01-15", file: `${unit}.xlsx`, sheet: "Звіт", row: 8, sha256: unit, importedAt: "t" };
}

const table = (plans: readonly SheetPlan[], name: string) => plans.find((p) => p.name === name)?.tables[0] ?? (undefined as never);
const column = (t: ReturnType<typeof table>, key: string) => t.rows.map((r) => r[t.columns.findIndex((c) => c.key === key)]);

describe("the template shows the measure's plan for the report's year beside «Використано коштів»", () => {
  const [report] = templatePlans(funded, unitOf(funded, "В01"), periodOf(funded, "2025-H1"));
  const t = report?.tables[0] ?? (undefined as never);

  it("as a locked column just before the funds used, headed with the year, with no check of its own", () => {
    expect(t.columns.map((c) => c.key)).toEqual(["code", "measure", "status", "events", "people", "planned", "funds", "source", "info", "reasons"]);
    const planned = t.columns[5];
    expect(planned).toMatchObject({ header: "Заплановано на 2025 рік, тис. грн", kind: "number", numberFormat: "#,##0.0" });
    expect(planned?.editable).toBeFalsy();
    expect(planned?.validation).toBeUndefined();
  });

  it("sums the sources of the year in тис. грн, and says «не визначено» where the programme has no amount", () => {
    // 3.1: 520,0 from the oblast budget and 200,0 from local budgets in 2025; 3.4 has an unreadable term, so the whole period applies.
    expect(t.rows.map((r) => [r[0], r[5]])).toEqual([["1.1", 55], ["3.1", 720], ["3.2", 30], ["3.4", 12]]);
    const [other] = templatePlans(funded, unitOf(funded, "В06"), periodOf(funded, "2025-H1"), "en");
    // 3.3 is funded «в межах кошторисних призначень»: no amount.
    expect(other?.tables[0]?.rows.map((r) => [r[0], r[5]])).toEqual([["3.3", "not defined"]]);
  });

  it("says «не визначено» in every row for a programme without funding columns, never 0", () => {
    const [plan] = templatePlans(seed, unitOf(seed, "Р03"), periodOf(seed, "2025-H1"));
    const cells = plan?.tables[0]?.rows.map((r) => r[5]) ?? [];
    expect(cells.length).toBeGreaterThan(20);
    expect(new Set(cells)).toEqual(new Set(["не визначено"]));
  });
});

describe("planned funds in the summaries", () => {
  const all = units(funded);
  const rows = [row("В01", "1.1", 27.5), row("В07", "1.1", 0, "2025-Y", "Не потребує фінансування"), row("В01", "3.1", 500), row("Г01", "3.1", 100.25), row("В01", "3.4", 0), row("В03", "2.2", 3.5, "2025-Y", "Місцеві бюджети"), row("В01", "1.1", 9, "2025-H1")];
  const s = summarise(funded, all, rows, "2025-Y");
  const measure = (code: string) => s.byMeasure.find((m) => m.measure === code);

  it("takes each measure's plan for the period's year, and each total as the sum of the plans shown", () => {
    expect(s.byMeasure.map((m) => [m.measure, m.planned])).toEqual([["1.1", 55], ["1.2", 80], ["2.2", null], ["2.4", 15], ["3.1", 720], ["3.2", 30], ["3.3", null], ["3.4", 12]]);
    expect(s.byTask.map((x) => [x.task, x.planned, x.funds])).toEqual([["1", 135, 27.5], ["2", 15, 3.5], ["3", 762, 600.3]]);
    expect(s.total.planned).toBe(912);
    // The first half of the year is compared with the year's plan.
    expect(summarise(funded, all, rows, "2025-H1").byMeasure.find((m) => m.measure === "1.1")).toMatchObject({ planned: 55, funds: 9 });
  });

  it("gives the programme's sources, or those the reports name where it has none", () => {
    expect(measure("3.1")?.sources).toEqual(["Обласний бюджет", "Місцеві бюджети"]);
    const seedRows = [row("Р01", "1.1", 4, "2025-H1", "Місцеві бюджети"), row("Р02", "1.1", 0, "2025-H1", "Не потребує фінансування"), row("Р03", "2.1", 0, "2025-H1", "Не потребує фінансування")];
    const bySeed = summarise(seed, units(seed), seedRows, "2025-H1").byMeasure;
    // «Не потребує фінансування» beside a source that paid is left out; a measure nobody reported on has none.
    expect(bySeed.filter((m) => ["1.1", "2.1", "2.2"].includes(m.measure)).map((m) => [m.measure, m.sources, m.planned])).toEqual([
      ["1.1", ["Місцеві бюджети"], null],
      ["2.1", ["Не потребує фінансування"], null],
      ["2.2", [], null],
    ]);
  });

  it("keeps a plan as shown, to 0,1 тис. грн, so that a total is the sum of the parts printed", () => {
    const tweak = (code: string, amounts: readonly number[]) => (p: Programme): Programme => ({
      ...p,
      tasks: p.tasks.map((x) => ({ ...x, measures: x.measures.map((m) => (m.code === code ? { ...m, plannedFunding: amounts.map((amount, i) => ({ source: `s${i}`, year: 2025, amount })) } : m)) })),
    });
    const p = tweak("1.2", [0.03, 0.03])(tweak("1.1", [0.06])(funded));
    const find = (code: string) => allMeasures(p).find((m) => m.code === code) ?? (undefined as never);
    expect([plannedForYear(p, find("1.1"), 2025), plannedForYear(p, find("1.2"), 2025)]).toEqual([0.1, 0.1]);
    expect(summarise(p, all, [], "2025-Y").byTask[0]?.planned).toBe(0.2);
    expect(sumPlanned([null, null])).toBeNull();
  });

  it("shows the share used only against a plan that is there and not 0", () => {
    expect([fundsShare(27.5, 55), fundsShare(3, 0), fundsShare(3, null), fundsShare(600.3, 762)]).toEqual([0.5, null, null, 0.788]);
  });
});

describe("«Зведення» and «Звіт про виконання» compare the plan with the funds used", () => {
  const sheets = (p: Programme, rows: readonly DataRow[], period: string, locale: Locale = "uk") => summarySheetPlans(p, units(p), rows, [], summarise(p, units(p), rows, period), { locale, builtOn: "2026-11-28" }).plans;
  const rows = [row("В01", "1.1", 27.5), row("В01", "3.1", 500), row("Г01", "3.1", 100.25), row("В03", "2.2", 3.5)];

  it("«Зведення»: planned before the funds used and the share used after them, per task and in total", () => {
    const t = table(sheets(funded, rows, "2025-Y"), "Зведення");
    const keys = t.columns.map((c) => c.key);
    expect(keys.slice(keys.indexOf("funds") - 1, keys.indexOf("funds") + 2)).toEqual(["planned", "funds", "fundsShare"]);
    expect(t.columns.find((c) => c.key === "planned")?.header).toBe("Заплановано на 2025 рік, тис. грн");
    expect(t.rows.map((r) => [r[0], ...(["planned", "funds", "fundsShare"] as const).map((k) => r[keys.indexOf(k)])])).toEqual([
      ["1", 135, 27.5, 0.204],
      ["2", 15, 3.5, 0.233],
      ["3", 762, 600.3, 0.788],
      ["", 912, 631.3, 0.692],
    ]);
  });

  it("«Зведення» of a programme without funding columns says «не визначено» for every plan and shows no share", () => {
    for (const [locale, text] of [["uk", "не визначено"], ["en", "not defined"]] as const) {
      const t = table(sheets(seed, [row("Р01", "1.1", 4, "2025-H1")], "2025-H1", locale), "Зведення");
      expect({ locale, planned: new Set(column(t, "planned")), share: new Set(column(t, "fundsShare")) }).toEqual({ locale, planned: new Set([text]), share: new Set([null]) });
      expect(column(t, "funds").at(-1)).toBe(4);
    }
  });

  it("«Звіт про виконання»: per measure the sources, the plan and the funds used, events and people, and the executors with their «(за згодою)» marks", () => {
    const t = table(sheets(funded, rows, "2025-Y"), "Звіт про виконання");
    expect(t.columns.map((c) => c.key)).toEqual(["number", "taskName", "measureText", "executors", "term", "sources", "planned", "funds", "events", "people", "narrativeStatus"]);
    const of = (code: string) => t.rows.find((r) => String(r[2]).startsWith(`${code}. `)) ?? [];
    const pick = (r: readonly PlainValue[]) => [r[3], r[5], r[6], r[7], r[8], r[9]];
    expect(pick(of("1.1"))).toEqual(["Департамент соціального захисту населення облдержадміністрації; ГУНП в області (за згодою); ГУ ДМС в області (за згодою)", "Обласний бюджет", 55, 27.5, 2, 30]);
    expect(pick(of("3.1"))).toEqual(["Департамент соціального захисту населення облдержадміністрації; виконавчий комітет Полтавської міської ради (за згодою)", "Обласний бюджет\nМісцеві бюджети", 720, 600.3, 4, 60]);
    expect(pick(of("3.3"))).toEqual(["ГУНП в області (за згодою); Полтавський регіональний центр з надання безоплатної правничої допомоги (за згодою)", "Державний бюджет", "не визначено", 0, 0, 0]);
    const en = table(sheets(funded, rows, "2025-Y", "en"), "Звіт про виконання");
    const en3 = en.rows.find((r) => String(r[2]).startsWith("3.3. ")) ?? [];
    expect([en3[3], en3[6]]).toEqual(["ГУНП в області (by consent); Полтавський регіональний центр з надання безоплатної правничої допомоги (by consent)", "not defined"]);
  });

  it("«Звіт про виконання» of the seed: «не визначено» for every plan, never 0, and the marks the annex gives", () => {
    const t = table(sheets(seed, [row("Р01", "1.1", 4, "2025-H1", "Місцеві бюджети")], "2025-H1"), "Звіт про виконання");
    // A measure continued in rows under it (too long for one printed row) has its figures in its first row only.
    const continuing = (i: number) => / \(продовження\)$/u.test(String(t.rows[i]?.[2]));
    expect(t.rows.some((_, i) => continuing(i))).toBe(true);
    expect(new Set(column(t, "planned").filter((_, i) => !continuing(i)))).toEqual(new Set(["не визначено"]));
    expect(new Set(column(t, "planned").filter((_, i) => continuing(i)))).toEqual(new Set([null]));
    const first = t.rows[0] ?? [];
    expect([first[5], first[7]]).toEqual(["Місцеві бюджети", 4]);
    expect(String(first[3])).toContain("органи місцевого самоврядування (за згодою)");
  });
});
