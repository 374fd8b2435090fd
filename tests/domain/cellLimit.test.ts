import fc from "fast-check";
import { EXCEL_CELL_CHARS, fitToCell } from "../../src/domain/cellLimit";
import type { DataRow } from "../../src/domain/consolidation/consolidate";
import { summarise } from "../../src/domain/consolidation/summaries";
import { SUMMARY_SHEETS, summarySheetPlans } from "../../src/domain/consolidation/summarySheets";
import { t } from "../../src/domain/messages";
import { overlongCells } from "../../src/domain/plans/cellLimits";
import type { SheetPlan } from "../../src/domain/plans/sheetPlan";
import { parseEmbeddedProgramme } from "../../src/domain/programme/embeddedProgramme";
import { assignmentsOf, units } from "../../src/domain/reports/units";

const programme = parseEmbeddedProgramme().programme;
const communities = Array.from({ length: 30 }, (_, i) => `Громада ${i + 1} територіальна громада`);
const all = units(programme, communities.map((name) => ({ name, district: null })));
/** A measure of every district administration and every community. */
const shared = all.filter((u) => u.type !== "oblastExecutor").map((u) => assignmentsOf(programme, u).map((a) => a.measure.code));
const measure = shared[0]?.find((code) => shared.every((codes) => codes.includes(code))) ?? "";

/** About 1,500 characters of report text, in sentences, different for each unit. */
const longText = (unit: string) => Array.from({ length: 12 }, (_, i) => `${unit}: проведено захід ${i + 1} з інформування молоді про ризики торгівлі людьми у громаді`).join(". ") + ".";

const rows: DataRow[] = all
  .filter((u) => u.type !== "oblastExecutor")
  .map((u, i) => ({ unitCode: u.code, period: "2025-H1", measureCode: measure, status: "Виконано", events: 1, people: 10, funds: 0, source: "Не потребує фінансування", info: longText(u.shortName), reasons: "", submitted: "2025-07-10", firstSubmitted: "2025-07-10", file: `${u.code}.xlsx`, sheet: "Звіт", row: 8, sha256: `h${i}`, importedAt: "2026-11-28 10:00:00" }));

const cellOf = (plans: readonly SheetPlan[], sheet: string, key: string): string => {
  const table = plans.find((p) => p.name === sheet)?.tables[0];
  const column = table?.columns.findIndex((c) => c.key === key) ?? -1;
  // «Звіт про виконання» continues a measure too long for one printed row in rows under it («1.1. (продовження)»).
  const rows = table?.rows.filter((r) => r.some((v) => typeof v === "string" && (v === measure || v.startsWith(`${measure}. `)))) ?? [];
  return rows.map((r) => String(r[column] ?? "")).join(" ");
};

describe("a joined text never passes what one Excel cell holds", () => {
  it("cuts only a text over the limit, at the last sentence end that leaves room for the marker", () => {
    const sentence = fc.stringMatching(/^[А-Яа-яіїє ]{1,40}$/u).map((s) => `${s.trim() || "так"}.`);
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 40 }), fc.integer({ min: 60, max: 400 }), (sentences, limit) => {
        const text = sentences.join(" ");
        const marker = "[скорочено]";
        const fitted = fitToCell(text, marker, limit);
        if (text.length <= limit) return expect(fitted).toEqual({ text, cut: false });
        expect(fitted.cut).toBe(true);
        expect(fitted.text.length).toBeLessThanOrEqual(limit);
        expect(fitted.text.endsWith(` ${marker}`)).toBe(true);
        const kept = fitted.text.slice(0, -marker.length - 1);
        // Whole sentences, or (a first sentence longer than the room) whole words.
        expect(text.startsWith(kept)).toBe(true);
        if (kept.endsWith(".")) expect([" ", undefined]).toContain(text[kept.length]);
        else expect(text[kept.length]).toBe(" ");
      }),
      { numRuns: 300 },
    );
  });

  it.each(["uk", "en"] as const)("shortens «За заходами» and «Звіт про виконання» of a measure of every district and community (%s), says so, and keeps «Дані» whole", (locale) => {
    expect(measure).not.toBe("");
    const s = summarise(programme, all, rows, "2025-H1");
    const summary = s.byMeasure.find((m) => m.measure === measure);
    const full = summary?.narrative ?? "";
    const published = `${summary?.status ?? ""}. ${full}`;
    expect(full.length).toBeGreaterThan(EXCEL_CELL_CHARS);
    const { plans, issues } = summarySheetPlans(programme, all, rows, [], s, { locale, builtOn: "2026-11-28" });
    const marker = t(locale, "sum.textShortened");
    for (const [sheet, key] of [[SUMMARY_SHEETS.measures, "narrative"], [SUMMARY_SHEETS.report, "narrativeStatus"]] as const) {
      const cell = cellOf(plans, sheet, key);
      expect(cell.length).toBeLessThanOrEqual(EXCEL_CELL_CHARS);
      expect(cell.length).toBeGreaterThan(EXCEL_CELL_CHARS - marker.length - 200);
      expect(cell.endsWith(` ${marker}`)).toBe(true);
      // Cut after a whole unit's sentence: what is kept reads as the start of the joined text.
      const kept = cell.slice(0, -marker.length - 1);
      expect(kept).toMatch(/\.$/u);
      expect((sheet === SUMMARY_SHEETS.report ? published : full).startsWith(kept.slice(0, -1))).toBe(true);
    }
    expect(marker).toContain("«Дані»");
    expect(issues.map((i) => [i.code, i.severity, i.location.sheet, i.params["measure"], i.params["length"]])).toEqual([
      ["summary.textShortened", "info", SUMMARY_SHEETS.measures, measure, full.length],
      ["summary.textShortened", "info", SUMMARY_SHEETS.report, measure, published.length],
    ]);
    // The info names the cell where the measure's text begins, below any measure continued before it.
    const report = plans.find((p) => p.name === SUMMARY_SHEETS.report)?.tables[0];
    const first = report?.rows.findIndex((r) => String(r[2]).startsWith(`${measure}. `)) ?? -1;
    expect(issues[1]?.location.cell).toBe(`K${first + 2}`);
    expect(report?.rows.filter((r) => String(r[2]).startsWith(`${measure}. `)).length).toBeGreaterThan(20);
    expect(overlongCells(plans)).toEqual([]);
    const data = plans.find((p) => p.name === SUMMARY_SHEETS.data)?.tables[0]?.rows ?? [];
    expect(data.map((r) => r[9])).toEqual(rows.map((r) => r.info));
  });

  it("names every cell of a plan that no cell could hold, for the renderers to refuse", () => {
    const plan: SheetPlan = {
      name: "Аркуш",
      freezeRows: 1,
      tabColor: "000000",
      print: { paper: "A4", orientation: "landscape", fitToPagesWide: 1, repeatRows: { from: 1, to: 1 }, headerCenter: "", footerCenter: "" },
      blocks: [{ row: 0, column: 0, value: "x".repeat(EXCEL_CELL_CHARS + 1) }],
      tables: [{ name: "t", startRow: 2, startColumn: 1, columns: [{ key: "a", header: "A", width: 10, wrap: true, align: "left", kind: "text" }], rows: [["коротко"], ["y".repeat(EXCEL_CELL_CHARS)], ["z".repeat(EXCEL_CELL_CHARS + 5)]] }],
    };
    expect(overlongCells([plan]).map((i) => [i.code, i.location.sheet, i.location.cell, i.params["length"]])).toEqual([
      ["write.cellTooLong", "Аркуш", "A1", EXCEL_CELL_CHARS + 1],
      ["write.cellTooLong", "Аркуш", "B6", EXCEL_CELL_CHARS + 5],
    ]);
  });
});
