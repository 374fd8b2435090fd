import type { SheetPlan } from "./sheetPlan";
import { columnTextPx, textPx } from "./textWidth";

const LINE_HEIGHT_PT = 15;
/** Excel's largest row height. */
export const MAX_ROW_HEIGHT_PT = 409;
const PADDING_PT = 3;
/** The most wrapped lines a row can show: more would be cut off, on screen and in print. */
export const MAX_ROW_LINES = Math.floor((MAX_ROW_HEIGHT_PT - PADDING_PT) / LINE_HEIGHT_PT);
/** Where wrapping stands: the lines begun, and the pixels used on the last. */
export interface WrapState {
  readonly lines: number;
  readonly used: number;
}

export const WRAP_START: WrapState = { lines: 1, used: 0 };

/** The wrap after one more word, which goes whole onto the next line when it does not fit, as spreadsheet apps wrap. */
export function wrapWord(state: WrapState, word: string, linePx: number, bold = false): WrapState {
  const width = textPx(word, bold);
  const needed = state.used === 0 ? width : state.used + textPx(" ", bold) + width;
  if (needed <= linePx) return { lines: state.lines, used: needed };
  // A word longer than the line is broken across as many lines as it needs.
  return { lines: state.lines + (state.used > 0 ? 1 : 0) + Math.max(0, Math.ceil(width / linePx) - 1), used: width % linePx };
}

/** Lines a paragraph takes when words wrap whole onto the next line. */
function wrappedLines(paragraph: string, linePx: number, bold: boolean): number {
  return paragraph
    .split(/\s+/u)
    .filter((w) => w !== "")
    .reduce((state, word) => wrapWord(state, word, linePx, bold), WRAP_START).lines;
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
