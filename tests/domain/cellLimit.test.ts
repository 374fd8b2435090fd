import fc from "fast-check";
import { EXCEL_CELL_CHARS } from "../../src/domain/cellLimit";
import type { DataRow } from "../../src/domain/consolidation/consolidate";
import { summarise } from "../../src/domain/consolidation/summaries";
import { SUMMARY_SHEETS, summarySheetPlans } from "../../src/domain/consolidation/summarySheets";
import { t } from "../../src/domain/messages";
import { overlongCells } from "../../src/domain/plans/cellLimits";
import { fitToRow, ROW_LINES, splitToRows } from "../../src/domain/plans/rowFit";
import { wrappedLineCount } from "../../src/domain/plans/rowHeights";
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

describe("a joined text never passes what one row shows, nor what one Excel cell holds", () => {
  const sentence = fc.stringMatching(/^[А-Яа-яіїє ]{1,60}$/u).map((s) => `${s.trim() || "так"}.`);
  const lines = (text: string, width: number) => wrappedLineCount(text, width);

  it("cuts only a text longer than the row, at the last sentence end that leaves room for the marker", () => {
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 40 }), fc.integer({ min: 12, max: 50 }), fc.integer({ min: 2, max: 8 }), (sentences, width, most) => {
        const text = sentences.join(" ");
        const marker = "[скорочено]";
        const fitted = fitToRow(text, width, marker, most);
        if (lines(text, width) <= most) return expect(fitted).toEqual({ text, cut: false });
        expect(fitted.cut).toBe(true);
        expect(lines(fitted.text, width)).toBeLessThanOrEqual(most);
        expect(fitted.text.endsWith(` ${marker}`)).toBe(true);
        const kept = fitted.text.slice(0, -marker.length - 1);
        // Whole sentences, or (a first sentence longer than the room) whole words.
        expect(text.startsWith(kept)).toBe(true);
        if (kept.endsWith(".")) expect([" ", undefined]).toContain(text[kept.length]);
        else expect(text[kept.length]).toBe(" ");
        // No further sentence would have fitted beside the marker.
        const next = text.indexOf(". ", kept.length);
        if (kept.endsWith(".") && next > 0) expect(lines(`${text.slice(0, next + 1)} ${marker}`, width)).toBeGreaterThan(most);
      }),
      { numRuns: 300 },
    );
  });

  it("splits a text into rows that each fit, at sentence ends, losing nothing", () => {
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 40 }), fc.integer({ min: 12, max: 50 }), fc.integer({ min: 2, max: 8 }), (sentences, width, most) => {
        const text = sentences.join(" ");
        const parts = splitToRows(text, width, most);
        expect(parts.join(" ").replace(/\s+/gu, " ")).toBe(text.replace(/\s+/gu, " ").trim());
        for (const part of parts) expect(lines(part, width)).toBeLessThanOrEqual(most);
        // Every part but a sentence wider than a whole row ends a sentence.
        for (const part of parts.slice(0, -1)) if (lines(part.slice(0, part.indexOf(".") + 1), width) <= most) expect(part).toMatch(/\.$/u);
        if (lines(text, width) <= most) expect(parts).toEqual([text.trim()]);
      }),
      { numRuns: 300 },
    );
  });

  it("holds one row of Excel at most: 27 lines of 15 pt in 409 pt", () => {
    expect(ROW_LINES).toBe(27);
  });

  it.each(["uk", "en"] as const)("shortens «За заходами» of a measure of every district and community (%s) to its row, saying so in the cell; «Звіт про виконання» goes on in rows naming the measure; «Дані» stays whole", (locale) => {
    expect(measure).not.toBe("");
    const s = summarise(programme, all, rows, "2025-H1");
    const summary = s.byMeasure.find((m) => m.measure === measure);
    const full = summary?.narrative ?? "";
    expect(full.length).toBeGreaterThan(EXCEL_CELL_CHARS);
    const { plans, issues } = summarySheetPlans(programme, all, rows, [], s, { locale, builtOn: "2026-11-28" });
    const marker = t(locale, "sum.textShortened");
    const measures = plans.find((p) => p.name === SUMMARY_SHEETS.measures)?.tables[0];
    const narrative = measures?.columns.find((c) => c.key === "narrative");
    const cell = cellOf(plans, SUMMARY_SHEETS.measures, "narrative");
    expect(cell.endsWith(` ${marker}`)).toBe(true);
    // No taller than the measure's text, or 12 lines.
    const text = measures?.rows.find((r) => r[0] === measure)?.[1];
    const textWidth = measures?.columns.find((c) => c.key === "measureText")?.width ?? 0;
    expect(wrappedLineCount(cell, narrative?.width ?? 0)).toBeLessThanOrEqual(Math.max(12, wrappedLineCount(String(text), textWidth)));
    // Cut after a whole unit's sentence: what is kept reads as the start of the joined text.
    const kept = cell.slice(0, -marker.length - 1);
    expect(kept).toMatch(/\.$/u);
    expect(full.startsWith(kept.slice(0, -1))).toBe(true);
    expect(marker).toContain("«Дані»");
    expect(marker).toContain("«Звіт про виконання»");
    // A column of excerpts by design, each saying so in its cell: no info to tell it on every build.
    expect(issues).toEqual([]);
    // The published table keeps the whole text, in rows under the measure that each fit and each name it.
    const report = plans.find((p) => p.name === SUMMARY_SHEETS.report)?.tables[0];
    const at = (key: string) => report?.columns.findIndex((c) => c.key === key) ?? -1;
    const width = report?.columns[at("narrativeStatus")]?.width ?? 0;
    const own = (report?.rows ?? []).filter((r) => String(r[at("measureText")]).startsWith(`${measure}`));
    expect(own.length).toBeGreaterThan(10);
    expect(own.slice(1).map((r) => r[at("measureText")])).toEqual(own.slice(1).map(() => t(locale, "sum.continued", { measure })));
    expect(new Set(own.map((r) => r[at("number")])).size).toBe(1);
    expect(own.map((r) => r[at("narrativeStatus")]).join(" ")).toBe(`${summary?.status ?? ""}. ${full}`);
    for (const r of own) expect(wrappedLineCount(String(r[at("narrativeStatus")]), width)).toBeLessThanOrEqual(ROW_LINES);
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
