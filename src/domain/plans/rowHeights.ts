import type { SheetPlan } from "./sheetPlan";

const LINE_HEIGHT_PT = 15;
/** Excel's largest row height. */
export const MAX_ROW_HEIGHT_PT = 409;
const PADDING_PT = 3;
/** Proportional Cyrillic text runs a little wider than the digit the column width unit is based on. */
const CHARS_PER_WIDTH_UNIT = 1.2;

function linesIn(text: string, width: number, wrap: boolean): number {
  if (!wrap) return 1;
  const perLine = Math.max(1, Math.floor(width * CHARS_PER_WIDTH_UNIT));
  return text.split("\n").reduce((sum, paragraph) => sum + Math.max(1, Math.ceil(paragraph.length / perLine)), 0);
}

/**
 * Row heights in points for every sheet row (index 0 = header). Spreadsheet apps do not grow
 * rows of generated files on open, so wrapped text would overlap in print without explicit heights.
 */
export function estimateRowHeights(plan: SheetPlan): number[] {
  const heights: number[] = [];
  for (const table of plan.tables) {
    const rows = [table.columns.map((c) => c.header), ...table.rows];
    rows.forEach((row, r) => {
      const lines = table.columns.reduce((most, c, i) => {
        // A repeat that is not shown takes no room.
        if (r > 1 && c.hideRepeats === true && row[i] === rows[r - 1]?.[i]) return most;
        return Math.max(most, linesIn(row[i] === null || row[i] === undefined ? "" : String(row[i]), c.width, r === 0 ? true : c.wrap));
      }, 1);
      const at = (table.startRow ?? 0) + r;
      heights[at] = Math.min(MAX_ROW_HEIGHT_PT, Math.max(heights[at] ?? 0, lines * LINE_HEIGHT_PT + PADDING_PT));
    });
  }
  return heights;
}
