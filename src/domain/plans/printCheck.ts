import { wrappedLineCount } from "./rowHeights";
import { ROW_LINES } from "./rowFit";
import type { SheetPlan } from "./sheetPlan";
import { columnTextPx, textPx } from "./textWidth";

/** A4 landscape less the plans' 0.4-inch side margins, in pixels at 96 dpi and 100 %. */
export const PRINTABLE_PX = ((297 - 2 * 10.16) / 25.4) * 96;
/** Body text is 11 pt; fit-to-width may shrink it to no less than 8 pt. */
export const MIN_SCALE = 8 / 11;

/** Excel's own conversion: a width of w characters is 7w + 5 pixels wide. */
export const columnPx = (width: number) => Math.trunc(7 * width + 5);

export type PrintProblem =
  | { readonly kind: "tooWide"; readonly sheet: string; readonly scale: number }
  | { readonly kind: "headerWordBreaks"; readonly sheet: string; readonly header: string; readonly word: string; readonly width: number }
  | { readonly kind: "rowCutOff"; readonly sheet: string; readonly row: number; readonly column: string; readonly lines: number }
  | { readonly kind: "lineTooWide"; readonly sheet: string; readonly row: number; readonly text: string };

/**
 * What would print badly on A4: a sheet that fit-to-width would shrink below 8 pt, or a header word
 * longer than its column (spreadsheet apps then break it mid-word, «Виконуєть / ся»).
 */
export function printProblems(plan: SheetPlan): PrintProblem[] {
  if (plan.visibility === "veryHidden") return [];
  const problems: PrintProblem[] = [];
  const right = plan.tables.reduce((max, t) => Math.max(max, t.startColumn + t.columns.length), 0);
  const widths: number[] = Array.from({ length: right }, () => 9);
  for (const t of plan.tables) t.columns.forEach((c, i) => (widths[t.startColumn + i] = c.width));
  const total = widths.reduce((s, w) => s + columnPx(w), 0);
  const scale = Math.min(1, PRINTABLE_PX / total);
  if (plan.print.fitToPagesWide > 0 && scale < MIN_SCALE) problems.push({ kind: "tooWide", sheet: plan.name, scale: Math.round(scale * 100) / 100 });
  // A line of text above the table that runs past its right edge widens what fit-to-width must hold.
  for (const b of plan.blocks ?? []) {
    // A sheet of lines only prints them on the page's width.
    const room = widths.length === 0 ? PRINTABLE_PX : widths.slice(b.column).reduce((sum, w) => sum + columnPx(w), 0);
    if (b.value.split("\n").some((line) => textPx(line, b.bold === true ? "bold" : "regular") > room)) problems.push({ kind: "lineTooWide", sheet: plan.name, row: b.row, text: b.value.slice(0, 60) });
  }
  for (const t of plan.tables) {
    for (const c of t.columns) {
      const longest = c.header.split(/[\s/]+/u).reduce((a, w) => (textPx(w, "bold") > textPx(a, "bold") ? w : a), "");
      if (textPx(longest, "bold") > columnTextPx(c.width)) problems.push({ kind: "headerWordBreaks", sheet: plan.name, header: c.header, word: longest, width: c.width });
    }
  }
  return problems;
}

/**
 * Rows whose text wraps onto more lines than a row can be tall (409 pt, on screen and in print): the rest of
 * the text would be cut off. `row` is the table's data row, from 0.
 */
export function rowsCutOff(plan: SheetPlan): PrintProblem[] {
  const problems: PrintProblem[] = [];
  for (const t of plan.tables) {
    t.rows.forEach((row, r) => {
      t.columns.forEach((c, i) => {
        // A repeat hidden by its format takes no room.
        if (!c.wrap || (c.hideRepeats === true && r > 0 && row[i] === t.rows[r - 1]?.[i])) return;
        const lines = wrappedLineCount(String(row[i] ?? ""), c.width);
        if (lines > ROW_LINES) problems.push({ kind: "rowCutOff", sheet: plan.name, row: r, column: c.key, lines });
      });
    });
  }
  return problems;
}
