import { PLAN_STYLE } from "./planStyle";
import type { SheetPlan } from "./sheetPlan";
import { wrappedLines } from "./lineBreaks";
import { EXCEL_TEXT, type CellText, type TextStyle } from "./textWidth";

/** Excel's largest row height. */
export const MAX_ROW_HEIGHT_PT = 409;

/** How many lines a text takes in a wrapping column `width` characters wide, as spreadsheet apps wrap it. */
export function wrappedLineCount(text: string, width: number, cell: CellText = EXCEL_TEXT): number {
  return linesIn(text, width, true, "regular", cell);
}

function linesIn(text: string, width: number, wrap: boolean, style: TextStyle, cell: CellText): number {
  if (!wrap) return 1;
  return text.split("\n").reduce((sum, paragraph) => sum + wrappedLines(paragraph, cell.columnTextPx(width), style, cell.glyphPx), 0);
}

/** How many lines of text each sheet row holds (index 0 = header): its tallest cell's. */
export function rowLines(plan: SheetPlan, cell: CellText = EXCEL_TEXT): number[] {
  const lines: number[] = [];
  for (const table of plan.tables) {
    const rows = [table.columns.map((c) => c.header), ...table.rows];
    rows.forEach((row, r) => {
      const most = table.columns.reduce((m, c, i) => {
        // A repeat that is not shown takes no room.
        if (r > 1 && c.hideRepeats === true && row[i] === rows[r - 1]?.[i]) return m;
        return Math.max(m, linesIn(row[i] === null || row[i] === undefined ? "" : String(row[i]), c.width, r === 0 ? true : c.wrap, r === 0 ? "bold" : "regular", cell));
      }, 1);
      const at = (table.startRow ?? 0) + r;
      // The remark beside the header row wraps in its own column, in that row (in italics).
      const note = r === 0 && table.note !== undefined ? linesIn(table.note, PLAN_STYLE.noteWidth, true, "italic", cell) : 0;
      lines[at] = Math.max(lines[at] ?? 0, most, note);
    });
  }
  return lines;
}

/**
 * Row heights in points for every sheet row (index 0 = header), for the application that will lay the
 * text out (`cell`). Spreadsheet apps do not grow rows of generated files on open, so wrapped text would
 * overlap in print without explicit heights — and a height made for another application's line height
 * leaves either clipped text or an empty band under it on every page.
 */
export function estimateRowHeights(plan: SheetPlan, cell: CellText = EXCEL_TEXT): number[] {
  return rowLines(plan, cell).map((lines) => Math.min(MAX_ROW_HEIGHT_PT, Math.ceil((lines * cell.linePt + cell.paddingPt) * 4) / 4));
}
