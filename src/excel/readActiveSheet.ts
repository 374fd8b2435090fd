import type { CellValue, Grid } from "../domain/cell";

export interface ActiveSheetGrid {
  readonly sheet: string;
  readonly grid: Grid;
  /** Zero-based position of grid[0][0] on the sheet, so issues can name real cells. */
  readonly origin: { readonly row: number; readonly column: number };
}

/** Reads the used range of the active sheet in one round trip. Merged cells read as "" below their first cell. */
export async function readActiveSheet(): Promise<ActiveSheetGrid> {
  return Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    sheet.load("name");
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load("values,rowIndex,columnIndex");
    await context.sync();
    if (used.isNullObject) return { sheet: sheet.name, grid: [], origin: { row: 0, column: 0 } };
    const grid: CellValue[][] = used.values.map((row) => row.map((v: unknown) => (v === "" ? null : (v as CellValue))));
    return { sheet: sheet.name, grid, origin: { row: used.rowIndex, column: used.columnIndex } };
  });
}
