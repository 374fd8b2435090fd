import type { DataRow } from "../../src/domain/consolidation/consolidate";
import { summarise } from "../../src/domain/consolidation/summaries";
import { summarySheetPlans } from "../../src/domain/consolidation/summarySheets";
import { formatIssue } from "../../src/domain/messages";
import { printProblems } from "../../src/domain/plans/printCheck";
import { parseEmbeddedProgramme } from "../../src/domain/programme/embeddedProgramme";
import { units } from "../../src/domain/reports/units";

const programme = parseEmbeddedProgramme().programme;
const all = units(programme);
const unit = all[0]?.code ?? "";
/** One report row per period; events tell the periods apart in the sheet. */
const row = (period: string, events: number): DataRow => ({ unitCode: unit, period, measureCode: "1.1", status: "Виконано", events, people: 1, funds: 0, source: "", info: "", reasons: "", submitted: null, firstSubmitted: null, file: "a.xlsx", sheet: "Звіт", row: 8, sha256: period, importedAt: "t" });

function dynamics(rows: readonly DataRow[], period: string, locale: "uk" | "en" = "uk") {
  const { plans, issues } = summarySheetPlans(programme, all, rows, [], summarise(programme, all, rows, period), { locale, builtOn: "2026-11-28" });
  const plan = plans.find((p) => p.name === "Динаміка");
  const table = plan?.tables[0];
  const col = (key: string) => table?.columns.findIndex((c) => c.key === key) ?? -1;
  const task1 = (table?.rows ?? []).filter((r) => r[col("task")] === "1").map((r) => [r[col("period")], r[col("events")]]);
  return { plan, lines: (plan?.blocks ?? []).map((b) => b.value), task1, issues: issues.filter((i) => i.code === "summary.dynamicsNotComparable") };
}

describe("«Динаміка» compares like with like", () => {
  it("sets the first half of each year side by side, not a full year beside a half, and says so", () => {
    const rows = [row("2024-H1", 3), row("2024-Y", 7), row("2025-H1", 4)];
    const uk = dynamics(rows, "2025-H1");
    expect(uk.task1).toEqual([["2024-H1", 3], ["2025-H1", 4]]);
    expect(uk.lines).toEqual(["Порівнюється I півріччя кожного року: I півріччя 2024 року, I півріччя 2025 року."]);
    expect(uk.plan?.print.headerCenter).toContain("Порівнюється I півріччя");
    expect(uk.issues).toEqual([]);
    expect(dynamics(rows, "2025-H1", "en").lines).toEqual(["The first half of each year is compared: H1 2024, H1 2025."]);
  });

  it("compares full years when the summary's own part is in one year only", () => {
    const rows = [row("2024-Y", 7), row("2025-H1", 4), row("2025-Y", 9)];
    expect(dynamics(rows, "2025-Y").task1).toEqual([["2024-Y", 7], ["2025-Y", 9]]);
    const fallback = dynamics(rows, "2025-H1");
    expect(fallback.task1).toEqual([["2024-Y", 7], ["2025-Y", 9]]);
    expect(fallback.lines).toEqual(["Порівнюються річні звіти кожного року: 2024 рік, 2025 рік."]);
  });

  it("says that no like-for-like comparison is possible when the years share no period, and prints none", () => {
    const rows = [row("2024-Y", 7), row("2025-H1", 4)];
    const uk = dynamics(rows, "2025-H1");
    expect(uk.plan?.tables).toEqual([]);
    expect(uk.lines).toEqual(["Порівняти однакові періоди різних років неможливо.", "Дані є лише за різні періоди: 2024 рік, I півріччя 2025 року.", "Динаміку буде показано, коли надійдуть звіти за той самий період двох років."]);
    expect(uk.issues.map((i) => [i.severity, i.location.sheet, formatIssue("uk", i).message])).toEqual([["info", "Динаміка", expect.stringContaining("дані є лише за 2024 рік (2024-Y), I півріччя 2025 року (2025-H1)")]]);
    expect(dynamics(rows, "2025-H1", "en").lines[0]).toBe("No like-for-like comparison is possible.");
  });

  it("has no «Динаміка» with one year of data, and prints every variant legibly", () => {
    expect(dynamics([row("2025-Q1", 1), row("2025-H1", 2)], "2025-H1").plan).toBeUndefined();
    const variants = [[row("2024-H1", 3), row("2025-H1", 4)], [row("2024-Y", 7), row("2025-H1", 4)]].flatMap((rows) => (["uk", "en"] as const).map((l) => dynamics(rows, "2025-H1", l).plan));
    expect(variants.every((p) => p !== undefined)).toBe(true);
    expect(variants.flatMap((p) => (p ? printProblems(p) : []))).toEqual([]);
  });
});
