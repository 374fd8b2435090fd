import type { DataRow } from "../../src/domain/consolidation/consolidate";
import { summarise } from "../../src/domain/consolidation/summaries";
import { summarySheetPlans } from "../../src/domain/consolidation/summarySheets";
import { printProblems, rowsCutOff } from "../../src/domain/plans/printCheck";
import { columnTextPx, LIBREOFFICE_TEXT, textPx } from "../../src/domain/plans/textWidth";
import { programmeSheetPlans } from "../../src/domain/plans/programmeSheets";
import { parseEmbeddedProgramme } from "../../src/domain/programme/embeddedProgramme";
import { reportingPeriods } from "../../src/domain/programme/referenceLists";
import { templatePlans } from "../../src/domain/reports/templatePlan";
import { parseMatrixGrid } from "../../src/domain/programme/parseMatrixGrid";
import type { SheetGrid } from "../../src/domain/sheetGrid";
import { readFixture } from "../support/fixtures";
import { units } from "../../src/domain/reports/units";
import type { SheetPlan } from "../../src/domain/plans/sheetPlan";
import { demoSummaryPlans } from "../support/demoSummaries";

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
    // Lists of every district and community (29 to 40 lines one a line) run on in the line instead of being cut at 409 pt.
    expect(funded.flatMap((plan) => (plan ? rowsCutOff(plan) : [{ kind: "missing" }]))).toEqual([]);
  });

  it("prints «Зведення», «Звіт про виконання» and the templates with the planned funds legibly, for a programme with funding and one without", () => {
    const funded = parseMatrixGrid(JSON.parse(readFixture("matrix-layouts", "second-standard-paste.grid.json")) as SheetGrid).programme;
    const fundedUnits = units(funded);
    const year = reportingPeriods(funded.years).find((p) => p.code === "2025-Y") as NonNullable<typeof period>;
    const data = [{ ...row("2025-Y"), unitCode: "В01", funds: 1234.5 }];
    const checked = (["uk", "en"] as const).flatMap((locale) => [
      ...summarySheetPlans(funded, fundedUnits, data, [], summarise(funded, fundedUnits, data, "2025-Y"), { locale, builtOn: "2026-11-28" }).plans,
      ...fundedUnits.flatMap((u) => templatePlans(funded, u, year, locale)),
    ]);
    const withPlan = [...plans, ...checked].filter((p) => p.name === "Зведення" || p.name === "Звіт про виконання" || p.name.startsWith("Звіт "));
    expect(withPlan.filter((p) => p.tables[0]?.columns.some((c) => c.key === "planned")).length).toBe(withPlan.length);
    expect(withPlan.length).toBeGreaterThan(40);
    expect(withPlan.flatMap(printProblems)).toEqual([]);
    expect(withPlan.flatMap(rowsCutOff)).toEqual([]);
  });

  it("cuts off no row of «Звіт про виконання»: a measure of every district and community goes on in rows under it", () => {
    const many = units(programme, Array.from({ length: 10 }, (_, i) => ({ name: `Громада ${i + 1} територіальна громада`, district: null })));
    const long = (unit: string) => Array.from({ length: 12 }, (_, i) => `${unit}: проведено захід ${i + 1} з інформування молоді про ризики`).join(". ") + ".";
    const data = many.filter((u) => u.type !== "oblastExecutor").map((u) => ({ ...row("2025-H1"), unitCode: u.code, info: long(u.shortName) }));
    const sheets = summarySheetPlans(programme, many, data, [], summarise(programme, many, data, "2025-H1"), { locale: "uk", builtOn: "2026-11-28" }).plans;
    const report = sheets.find((p) => p.name === "Звіт про виконання") as NonNullable<(typeof sheets)[number]>;
    expect(report.tables[0]?.rows.filter((r) => r[2] === "1.1 (продовження)").length).toBeGreaterThan(3);
    expect(sheets.filter((p) => p.name === "Звіт про виконання" || p.name === "Зведення").flatMap(rowsCutOff)).toEqual([]);
    expect(printProblems(report)).toEqual([]);
  });

  it("sets the lines above «Зведення» and «За виконавцями» within the table's width, however many executors did not report", () => {
    const many = units(programme, [{ name: "Монастирищенська міська територіальна громада", district: null }, ...Array.from({ length: 30 }, (_, i) => ({ name: `Новоселицька ${i + 1} сільська територіальна громада`, district: null }))]);
    const sheets = summarySheetPlans(programme, many, [], [], summarise(programme, many, [], "2025-H1"), { locale: "uk", builtOn: "2026-11-28" }).plans;
    const tasks = sheets.find((p) => p.name === "Зведення") as SheetPlan;
    // Who did not report, and the rule, take more lines than they are sentences: each long one goes on under itself.
    expect((tasks.blocks ?? []).length).toBeGreaterThan(5);
    expect((tasks.blocks ?? []).map((b) => b.value).join(" ")).toContain("Новоселицька 7 сільська ТГ і ще 23");
    expect(sheets.flatMap(printProblems)).toEqual([]);
    // «За заходами» lists who did not report a measure to the tallest row, then says how many there are in all.
    const measures = sheets.find((p) => p.name === "За заходами") as SheetPlan;
    const table = measures.tables[0] as NonNullable<SheetPlan["tables"][number]>;
    const missing = table.rows.map((r) => String(r[table.columns.findIndex((c) => c.key === "notReported")] ?? ""));
    expect(missing.filter((m) => /\[усього не звітували: \d+\]$/u.test(m)).length).toBeGreaterThan(0);
    // No name is wider than the column, in Excel or in LibreOffice: none breaks mid-word («Монастирищенськ / а»).
    const width = table.columns.find((c) => c.key === "notReported")?.width ?? 0;
    const words = [...new Set(missing.flatMap((m) => m.split(/\s+/u)))];
    expect(words).toContain("Монастирищенська");
    expect(words.filter((w) => textPx(w) > columnTextPx(width) || textPx(w, "regular", LIBREOFFICE_TEXT.glyphPx) > LIBREOFFICE_TEXT.columnTextPx(width))).toEqual([]);
    expect(sheets.flatMap(rowsCutOff)).toEqual([]);
  });

  it("finds the faults it is meant to find", () => {
    const [sheet] = programmeSheetPlans(programme);
    const narrow = { ...sheet, tables: sheet?.tables.map((t) => ({ ...t, columns: t.columns.map((c) => ({ ...c, width: c.key === "executorCount" ? 8 : c.width })) })) ?? [] };
    const wide = { ...sheet, tables: sheet?.tables.map((t) => ({ ...t, columns: t.columns.map((c) => ({ ...c, width: c.width * 2 })) })) ?? [] };
    expect(printProblems(narrow as typeof sheet & object).map((p) => p.kind)).toEqual(["headerWordBreaks"]);
    expect(printProblems(wide as typeof sheet & object).map((p) => p.kind)).toEqual(["tooWide"]);
    const long = { ...sheet, blocks: [{ row: 0, column: 0, value: "Не звітували: ".concat("Департамент соціального захисту населення ОДА, ".repeat(12)) }] };
    expect(printProblems(long as typeof sheet & object).map((p) => p.kind)).toEqual(["lineTooWide"]);
    const tall = { ...sheet, tables: sheet?.tables.map((t) => ({ ...t, rows: t.rows.map((r, i) => (i === 2 ? r.map((v, k) => (t.columns[k]?.key === "measure" ? "Проведено захід. ".repeat(200) : v)) : r)) })) ?? [] };
    expect(rowsCutOff(tall as typeof sheet & object)).toEqual([expect.objectContaining({ kind: "rowCutOff", row: 2, column: "measure" })]);
    expect(sheet ? rowsCutOff(sheet) : null).toEqual([]);
  });
});

describe("a page that begins within a task still says which task it is", () => {
  /** Each printed sheet's code column: filled on every data row, never hidden as a repeat (the total row of «Зведення» excepted). */
  const CODE: Readonly<Record<string, string>> = {
    Програма: "measureCode",
    Зведення: "task",
    "За заходами": "measure",
    "За виконавцями": "unitCode",
    "За територіями": "territory",
    "Звіт про виконання": "measureText",
    Динаміка: "task",
  };
  const measureCodes = new Set(parseEmbeddedProgramme().programme.tasks.flatMap((t) => t.measures.map((m) => m.code)));

  function uncoded(plan: SheetPlan): string[] {
    const table = plan.tables[0];
    const key = CODE[plan.name];
    const at = table?.columns.findIndex((c) => c.key === key) ?? -1;
    const column = table?.columns[at];
    if (table === undefined || column === undefined) return [`${plan.name}: no column ${key ?? "?"}`];
    if (column.hideRepeats === true) return [`${plan.name}: ${column.key} hides repeats`];
    const total = plan.name === "Зведення" ? table.rows.length - 1 : -1;
    return table.rows.flatMap((row, r) => {
      const value = String(row[at] ?? "");
      if (r === total) return [];
      // The measure code carries the task's number: «2.3» is task 2.
      const code = key === "measureText" ? (/^\d+\.\d+/u.exec(value)?.[0] ?? "") : value;
      const ok = code !== "" && (key !== "measureText" && key !== "measureCode" && key !== "measure" ? true : measureCodes.has(code));
      return ok ? [] : [`${plan.name} row ${r + 2}: «${value.slice(0, 30)}»`];
    });
  }

  it("prints the measure's (or task's, unit's, territory's) code on every row of every summary and of «Програма»", async () => {
    const summaries = (await demoSummaryPlans()).filter((p) => CODE[p.name] !== undefined);
    expect(summaries.map((p) => p.name)).toEqual(["Зведення", "За заходами", "За виконавцями", "За територіями", "Звіт про виконання", "Динаміка"]);
    // The demo's longest narratives go on in rows under their measure: those rows are checked too.
    const report = summaries.find((p) => p.name === "Звіт про виконання")?.tables[0];
    expect(report?.rows.length).toBeGreaterThan(28);
    const programme = parseEmbeddedProgramme().programme;
    const all = [...summaries, ...programmeSheetPlans(programme).filter((p) => p.name === "Програма")];
    expect(all.flatMap(uncoded)).toEqual([]);
    // «Динаміка» sets each task's years side by side, the code on each.
    const dynamics = summaries.find((p) => p.name === "Динаміка")?.tables[0]?.rows ?? [];
    expect(dynamics.map((r) => `${String(r[0])} ${String(r[3])}`).slice(0, 4)).toEqual(["1 2024-H1", "1 2025-H1", "2 2024-H1", "2 2025-H1"]);
  });

  it("finds a code left blank or hidden as a repeat", () => {
    const [sheet] = programmeSheetPlans(parseEmbeddedProgramme().programme);
    const table = sheet?.tables[0];
    if (sheet === undefined || table === undefined) throw new Error("no «Програма»");
    const at = table.columns.findIndex((c) => c.key === "measureCode");
    const blank = { ...sheet, tables: [{ ...table, rows: table.rows.map((row, r) => (r === 3 ? row.map((v, i) => (i === at ? "" : v)) : row)) }] };
    const hidden = { ...sheet, tables: [{ ...table, columns: table.columns.map((c, i) => (i === at ? { ...c, hideRepeats: true } : c)) }] };
    expect(uncoded(blank)).toEqual(["Програма row 5: «»"]);
    expect(uncoded(hidden)).toEqual(["Програма: measureCode hides repeats"]);
  });
});
