import type { DataRow } from "../../src/domain/consolidation/consolidate";
import { summarise } from "../../src/domain/consolidation/summaries";
import { summarySheetPlans } from "../../src/domain/consolidation/summarySheets";
import { printProblems } from "../../src/domain/plans/printCheck";
import { programmeSheetPlans } from "../../src/domain/plans/programmeSheets";
import { parseEmbeddedProgramme } from "../../src/domain/programme/embeddedProgramme";
import { reportingPeriods } from "../../src/domain/programme/referenceLists";
import { templatePlans } from "../../src/domain/reports/templatePlan";
import { parseMatrixGrid } from "../../src/domain/programme/parseMatrixGrid";
import type { SheetGrid } from "../../src/domain/sheetGrid";
import { readFixture } from "../support/fixtures";
import { units } from "../../src/domain/reports/units";

describe("every sheet the add-in writes prints legibly on A4", () => {
  const programme = parseEmbeddedProgramme().programme;
  const all = units(programme, [{ name: "Смілянська міська територіальна громада", district: "Р04" }]);
  const period = reportingPeriods(programme.years).find((p) => p.code === "2025-H1");
  const row = (period: string): DataRow => ({ unitCode: all[0]?.code ?? "", period, measureCode: "1.1", status: "Виконано", events: 1, people: 1, funds: 0, source: "", info: "", reasons: "", submitted: null, firstSubmitted: null, file: "a.xlsx", sheet: "Звіт", row: 8, sha256: period, importedAt: "t" });
  // The first half of two years, so that «Динаміка» prints its table (a year beside a half-year is only a line saying so).
  const twoYears = [row("2024-H1"), row("2024-Y"), row("2025-H1")];
  const plans = (["uk", "en"] as const).flatMap((locale) => [
    ...programmeSheetPlans(programme, locale),
    ...all.flatMap((u) => templatePlans(programme, u, period as NonNullable<typeof period>, locale)),
    // Two years of data, so that «Динаміка» is among the sheets.
    ...summarySheetPlans(programme, all, twoYears, [], summarise(programme, all, twoYears, "2025-H1"), { locale, builtOn: "2026-11-28" }).plans,
  ]);

  it("never shrinks body text below 8 pt to fit the width, and never breaks a header word", () => {
    expect(plans.length).toBeGreaterThan(40);
    expect(plans.filter((p) => p.name === "Динаміка").map((p) => p.tables[0]?.rows.length)).toEqual([14, 14]);
    expect(plans.flatMap(printProblems)).toEqual([]);
  });

  it("prints «Програма» with planned funding by year and expected results legibly too, in every layout read", () => {
    const layouts = ["second-standard", "second-groups", "second-variants", "second-amendment", "embedded-standard", "embedded-variants"];
    const funded = layouts.flatMap((name) => {
      const p = parseMatrixGrid(JSON.parse(readFixture("matrix-layouts", `${name}-paste.grid.json`)) as SheetGrid).programme;
      return (["uk", "en"] as const).map((locale) => programmeSheetPlans(p, locale)[0]);
    });
    expect(funded.map((plan) => plan?.tables[0]?.columns.some((c) => c.key === "fundingSources"))).toEqual(funded.map(() => true));
    expect(funded.flatMap((plan) => (plan ? printProblems(plan) : [{ kind: "missing" }]))).toEqual([]);
  });

  it("finds the faults it is meant to find", () => {
    const [sheet] = programmeSheetPlans(programme);
    const narrow = { ...sheet, tables: sheet?.tables.map((t) => ({ ...t, columns: t.columns.map((c) => ({ ...c, width: c.key === "executorCount" ? 8 : c.width })) })) ?? [] };
    const wide = { ...sheet, tables: sheet?.tables.map((t) => ({ ...t, columns: t.columns.map((c) => ({ ...c, width: c.width * 2 })) })) ?? [] };
    expect(printProblems(narrow as typeof sheet & object).map((p) => p.kind)).toEqual(["headerWordBreaks"]);
    expect(printProblems(wide as typeof sheet & object).map((p) => p.kind)).toEqual(["tooWide"]);
  });
});
