import type { PlainValue } from "../cell";
import { MAX_ROW_LINES, WRAP_START, wrappedLineCount, wrapWord, type WrapState } from "./rowHeights";
import type { TablePlan } from "./sheetPlan";
import { columnTextPx } from "./textWidth";

/** What a continuation row shows in a column whose text was not split, given the first row's value. */
export type Carry = Readonly<Record<string, (value: PlainValue) => PlainValue>>;

/** The wrap after more text: each line break begins a new line, as `wrappedLineCount` counts paragraphs. */
function wrapText(state: WrapState, text: string, linePx: number): WrapState {
  return text.split("\n").reduce((s, paragraph, i) => {
    const start = i === 0 ? s : { lines: s.lines + 1, used: 0 };
    return paragraph.split(/\s+/u).reduce((w, word) => (word === "" ? w : wrapWord(w, word, linePx)), start);
  }, state);
}

/**
 * A text in parts of at most `limit` wrapped lines, each ending where a list item or a sentence ends («; », «. »),
 * or between words where one item alone is longer. Wrapping goes on item by item, so a long text takes linear time.
 */
export function textInParts(text: string, width: number, limit = MAX_ROW_LINES): string[] {
  const linePx = columnTextPx(width);
  const items = text.split(/(?<=[;.] )/u).flatMap((item) => (wrapText(WRAP_START, item, linePx).lines > limit ? item.split(/(?<= )/u) : [item]));
  const parts: string[] = [];
  let current = "";
  let state = WRAP_START;
  for (const item of items) {
    const next = wrapText(current === "" ? WRAP_START : state, item, linePx);
    if (current === "" || next.lines <= limit) {
      current += item;
      state = next;
    } else {
      parts.push(current.trimEnd());
      current = item;
      state = wrapText(WRAP_START, item, linePx);
    }
  }
  if (current.trim() !== "") parts.push(current.trimEnd());
  return parts.length === 0 ? [text] : parts;
}

/**
 * A row is at most 409 pt tall, so a row whose texts wrap onto more lines would be cut off in print and on screen.
 * Such a row goes on in rows under it: each text too long for one row continues there in parts, split where an item
 * or a sentence ends; every other value stays in the first row only (so a column's sum is unchanged), except what
 * `carry` gives a continuation row to show (the measure it continues, a task name hidden as a repeat).
 * `firstRows`: where each row given now starts.
 */
export function continueTallRows(table: TablePlan, carry: Carry = {}): { readonly table: TablePlan; readonly firstRows: readonly number[] } {
  const firstRows: number[] = [];
  const rows: PlainValue[][] = [];
  for (const row of table.rows) {
    firstRows.push(rows.length);
    const parts = table.columns.map((c, i) => {
      const value = row[i];
      return c.wrap && typeof value === "string" && wrappedLineCount(value, c.width) > MAX_ROW_LINES ? textInParts(value, c.width) : null;
    });
    const count = Math.max(1, ...parts.map((p) => p?.length ?? 1));
    if (count === 1) rows.push([...row]);
    for (let k = 0; k < count && count > 1; k++) {
      rows.push(
        table.columns.map((c, i) => {
          const split = parts[i];
          if (split) return split[k] ?? "";
          const value = row[i] ?? null;
          return k === 0 ? value : (carry[c.key]?.(value) ?? null);
        }),
      );
    }
  }
  return { table: rows.length === table.rows.length ? table : { ...table, rows }, firstRows };
}
