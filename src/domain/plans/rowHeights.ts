import type { SheetPlan } from "./sheetPlan";
import { columnTextPx, textPx } from "./textWidth";

const LINE_HEIGHT_PT = 15;
/** Excel's largest row height. */
export const MAX_ROW_HEIGHT_PT = 409;
const PADDING_PT = 3;
/** Lines a paragraph takes when words wrap whole onto the next line, as spreadsheet apps wrap them. */
function wrappedLines(paragraph: string, linePx: number, bold: boolean): number {
  const space = textPx(" ", bold);
  let lines = 1;
  let used = 0;
  for (const word of paragraph.split(/\s+/u).filter((w) => w !== "")) {
    const width = textPx(word, bold);
    const needed = used === 0 ? width : used + space + width;
    if (needed <= linePx) {
      used = needed;
      continue;
    }
    if (used > 0) lines++;
    // A word longer than the line is broken across as many lines as it needs.
    lines += Math.max(0, Math.ceil(width / linePx) - 1);
    used = width % linePx;
  }
  return lines;
}

/** How many lines a text takes in a wrapping column `width` characters wide, as spreadsheet apps wrap it. */
export function wrappedLineCount(text: string, width: number): number {
  return linesIn(text, width, true, false);
}

function linesIn(text: string, width: number, wrap: boolean, bold: boolean): number {
  if (!wrap) return 1;
  return text.split("\n").reduce((sum, paragraph) => sum + wrappedLines(paragraph, columnTextPx(width), bold), 0);
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
        return Math.max(most, linesIn(row[i] === null || row[i] === undefined ? "" : String(row[i]), c.width, r === 0 ? true : c.wrap, r === 0));
      }, 1);
      const at = (table.startRow ?? 0) + r;
      heights[at] = Math.min(MAX_ROW_HEIGHT_PT, Math.max(heights[at] ?? 0, lines * LINE_HEIGHT_PT + PADDING_PT));
    });
  }
  return heights;
}
