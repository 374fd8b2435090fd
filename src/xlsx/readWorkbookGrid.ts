import ExcelJS from "exceljs";
import type { CellValue, Grid } from "../domain/cell";

export interface SheetGrid {
  readonly sheet: string;
  readonly grid: Grid;
}

/** Reduces ExcelJS's many value shapes (rich text, formulas, errors, dates, links) to plain cell values. */
export function plainCellValue(cell: ExcelJS.Cell): CellValue {
  if (cell.type === ExcelJS.ValueType.Merge) return null;
  const v = cell.value;
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "object") {
    if ("richText" in v) return v.richText.map((r) => r.text).join("");
    if ("error" in v) return String(v.error);
    if ("result" in v) {
      const r = v.result;
      if (r === undefined || r === null) return null;
      if (r instanceof Date) return r.toISOString().slice(0, 10);
      if (typeof r === "object") return "error" in r ? String(r.error) : null;
      return r;
    }
    if ("text" in v) return typeof v.text === "string" ? v.text : (v.text as { richText: { text: string }[] }).richText.map((r) => r.text).join("");
  }
  return String(v);
}

function sheetGrid(ws: ExcelJS.Worksheet): Grid {
  const grid: CellValue[][] = [];
  const columns = ws.columnCount;
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const values: CellValue[] = [];
    for (let c = 1; c <= columns; c++) values.push(plainCellValue(row.getCell(c)));
    grid.push(values);
  }
  return grid;
}

/** Reads every worksheet of an .xlsx file as a plain grid; throws only when the bytes are not a workbook. */
export async function readWorkbookGrids(data: Buffer | ArrayBuffer): Promise<SheetGrid[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as ArrayBuffer);
  return workbook.worksheets.map((ws) => ({ sheet: ws.name, grid: sheetGrid(ws) }));
}
