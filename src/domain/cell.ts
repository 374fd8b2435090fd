/** A cell as read from a worksheet by any adapter: Office.js values, ExcelJS values and CSV all reduce to this. */
export type CellValue = string | number | boolean | null;

/** A 2-D grid of cells, row-major; rows may differ in length. */
export type Grid = readonly (readonly CellValue[])[];

export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  return typeof value === "string" ? value : String(value);
}
