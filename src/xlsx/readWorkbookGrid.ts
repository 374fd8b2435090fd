import ExcelJS from "exceljs";
import { parseRangeAddress } from "../domain/a1";
import { dateToSerial, isDateFormat, type CellValue, type GridCell } from "../domain/cell";
import { byPosition, type Rect, type SheetGrid, type TableArea } from "../domain/sheetGrid";

function richText(parts: { text: string }[]): string {
  return parts.map((r) => r.text).join("");
}

function plain(value: unknown, numFmt: string | undefined): CellValue | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return value === "" ? null : { kind: "text", text: value };
  if (typeof value === "boolean") return { kind: "boolean", value };
  if (typeof value === "number") return numFmt !== undefined && isDateFormat(numFmt) ? { kind: "date", serial: value } : { kind: "number", value };
  if (value instanceof Date) return { kind: "date", serial: dateToSerial(value) };
  if (typeof value === "object") {
    if ("error" in value) return { kind: "error", error: String((value as { error: unknown }).error) };
    if ("richText" in value) return { kind: "text", text: richText((value as { richText: { text: string }[] }).richText) };
    if ("text" in value) {
      const t = (value as { text: unknown }).text;
      return { kind: "text", text: typeof t === "string" ? t : richText((t as { richText: { text: string }[] }).richText) };
    }
  }
  return null;
}

/** ExcelJS's many value shapes (rich text, formulas, shared formulas, errors, dates, links) → one cell. */
export function gridCell(cell: ExcelJS.Cell, row: number, column: number): GridCell | null {
  if (cell.type === ExcelJS.ValueType.Merge) return null;
  const v = cell.value as unknown;
  const numFmt = cell.numFmt;
  if (v !== null && typeof v === "object" && ("formula" in v || "sharedFormula" in v)) {
    const formula = `=${cell.formula ?? (v as { sharedFormula: string }).sharedFormula}`;
    const result = plain((v as { result?: unknown }).result, numFmt);
    return { row, column, value: result ?? { kind: "noValue" }, formula };
  }
  const value = plain(v, numFmt);
  return value === null ? null : { row, column, value };
}

const rectOf = parseRangeAddress;

function tablesOf(ws: ExcelJS.Worksheet): TableArea[] {
  return ws.getTables().flatMap((entry) => {
    const model = (entry as unknown as { table?: { name?: string; tableRef?: string; ref?: string } }).table;
    const ref = model?.tableRef ?? model?.ref;
    const rect = ref === undefined ? null : rectOf(ref);
    if (!model?.name || !rect) return [];
    return [{ ...rect, name: model.name }];
  });
}

/** Only cells with content are visited, so a stray formatted cell far out costs nothing. */
export function sheetGrid(ws: ExcelJS.Worksheet): SheetGrid {
  const cells: GridCell[] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const g = gridCell(cell, r - 1, c - 1);
      if (g) cells.push(g);
    });
  });
  const merges = ((ws.model as { merges?: string[] }).merges ?? []).map(rectOf).filter((r): r is Rect => r !== null);
  return {
    sheet: ws.name,
    visibility: ws.state === "veryHidden" ? "veryHidden" : ws.state === "hidden" ? "hidden" : "visible",
    cells: cells.sort(byPosition),
    merges,
    mergesKnown: true,
    tables: tablesOf(ws),
  };
}

/** Reads every worksheet of an .xlsx file; throws only when the bytes are not a workbook. */
export async function readWorkbookGrids(data: Uint8Array | ArrayBuffer): Promise<SheetGrid[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as ArrayBuffer);
  return workbook.worksheets.map(sheetGrid);
}
