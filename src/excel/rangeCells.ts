import { parseRangeAddress } from "../domain/a1";
import { isDateFormat, type CellValue, type GridCell } from "../domain/cell";
import type { Rect, SheetGrid, SheetVisibility } from "../domain/sheetGrid";

/** What one load of a range brings back: the four parallel arrays Excel reports for its cells. */
export interface LoadedArrays {
  readonly values: readonly (readonly unknown[])[];
  readonly valueTypes: readonly (readonly string[])[];
  readonly formulas: readonly (readonly unknown[])[];
  readonly numberFormat: readonly (readonly string[])[];
}

function valueOf(value: unknown, type: string | undefined, format: string): CellValue | null {
  switch (type) {
    case "Empty":
      return null;
    case "String":
      return { kind: "text", text: String(value) };
    case "Boolean":
      return { kind: "boolean", value: value === true };
    case "Error":
      return { kind: "error", error: String(value) };
    default:
      if (typeof value !== "number") return value === "" || value === null ? null : { kind: "text", text: String(value) };
      return isDateFormat(format) ? { kind: "date", serial: value } : { kind: "number", value };
  }
}

/** Office.js arrays → the cells that hold something, at their sheet positions. */
export function cellsFromArrays(arrays: LoadedArrays, origin: { row: number; column: number }): GridCell[] {
  const out: GridCell[] = [];
  arrays.values.forEach((row, r) =>
    row.forEach((value, c) => {
      const formula = arrays.formulas[r]?.[c];
      // A text cell that begins with "=" reports the same string in both arrays; a formula differs from its result.
      const isFormula = typeof formula === "string" && formula.startsWith("=") && formula !== value;
      const v = valueOf(value, arrays.valueTypes[r]?.[c], arrays.numberFormat[r]?.[c] ?? "General");
      if (v === null && !isFormula) return;
      out.push({ row: origin.row + r, column: origin.column + c, value: v ?? { kind: "noValue" }, ...(isFormula ? { formula } : {}) });
    }),
  );
  return out;
}

/** "'Звіт 1'!A1:B3,'Звіт 1'!D4" → rectangles (the sheet prefix is the range's own sheet). */
export function rectsFromAddress(address: string): Rect[] {
  return address
    .split(",")
    .map((part) => parseRangeAddress(part.slice(part.lastIndexOf("!") + 1)))
    .filter((r): r is Rect => r !== null);
}

const VISIBILITY: Record<string, SheetVisibility> = { Visible: "visible", Hidden: "hidden", VeryHidden: "veryHidden" };

/** Office.js reports "Visible", "Hidden" or "VeryHidden"; grids keep the domain's words. */
export function sheetVisibility(visibility: string): SheetVisibility {
  return VISIBILITY[visibility] ?? "visible";
}

/** A whole sheet read through its used range in one load: its cells, with no merges or tables known. */
export function gridFromUsedRange(sheet: { readonly name: string; readonly visibility: string }, used: LoadedArrays & { readonly isNullObject: boolean; readonly rowIndex: number; readonly columnIndex: number }): SheetGrid {
  return {
    sheet: sheet.name,
    visibility: sheetVisibility(sheet.visibility),
    cells: used.isNullObject ? [] : cellsFromArrays(used, { row: used.rowIndex, column: used.columnIndex }),
    merges: [],
    mergesKnown: false,
    tables: [],
  };
}
