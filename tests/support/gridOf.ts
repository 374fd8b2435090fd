import type { CellValue, GridCell } from "../../src/domain/cell";
import type { Rect, SheetGrid, TableArea } from "../../src/domain/sheetGrid";

type Plain = string | number | boolean | null | undefined | CellValue;

function valueOf(v: Plain): CellValue | null {
  if (v === null || v === undefined || v === "") return null;
  if (typeof v === "string") return { kind: "text", text: v };
  if (typeof v === "number") return { kind: "number", value: v };
  if (typeof v === "boolean") return { kind: "boolean", value: v };
  return v;
}

/** A sheet grid from rows as a user sees them; `at` shifts it on the sheet. */
export function gridOf(
  rows: readonly (readonly Plain[])[],
  options: { sheet?: string; at?: { row: number; column: number }; merges?: Rect[]; tables?: TableArea[] } = {},
): SheetGrid {
  const at = options.at ?? { row: 0, column: 0 };
  const cells: GridCell[] = [];
  rows.forEach((row, r) =>
    row.forEach((v, c) => {
      const value = valueOf(v);
      if (value) cells.push({ row: at.row + r, column: at.column + c, value });
    }),
  );
  return { sheet: options.sheet ?? "Аркуш1", visibility: "visible", cells, merges: options.merges ?? [], mergesKnown: true, tables: options.tables ?? [] };
}
