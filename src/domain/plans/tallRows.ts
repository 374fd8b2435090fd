import type { PlainValue } from "../cell";
import { ROW_LINES, splitToRows } from "./rowFit";
import { wrappedLineCount } from "./rowHeights";
import type { TablePlan } from "./sheetPlan";

/** What a continuation row shows in a column whose text was not split, given the first row's value. */
export type Carry = Readonly<Record<string, (value: PlainValue) => PlainValue>>;

/**
 * A row shows at most `ROW_LINES` lines (409 pt), so a row whose texts wrap onto more would be cut off in print
 * and on screen. Such a row goes on in rows under it: each text too long for one row continues there in parts,
 * split at sentence ends (`splitToRows`); every other value stays in the first row only (so a column's sum is
 * unchanged), except what `carry` gives a continuation row to show (the measure's number and code, its task).
 * `firstRows`: where each row given now starts.
 */
export function continueTallRows(table: TablePlan, carry: Carry = {}): { readonly table: TablePlan; readonly firstRows: readonly number[] } {
  const firstRows: number[] = [];
  const rows: PlainValue[][] = [];
  for (const row of table.rows) {
    firstRows.push(rows.length);
    const parts = table.columns.map((c, i) => {
      const value = row[i];
      return c.wrap && typeof value === "string" && wrappedLineCount(value, c.width) > ROW_LINES ? splitToRows(value, c.width) : null;
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
