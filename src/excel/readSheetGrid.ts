import type { GridCell } from "../domain/cell";
import type { Rect, SheetGrid, TableArea } from "../domain/sheetGrid";
import { cellsFromArrays, rectsFromAddress, sheetVisibility } from "./rangeCells";
import { DEFAULT_RETRY, errorCode, runRetrying, type RetryPolicy } from "./runExcel";

const ARRAYS = "values,valueTypes,formulas,numberFormat";
/** Rows per read when a whole sheet is too large for one response (Excel on the web stops at 5 MB). */
const FIRST_BLOCK_ROWS = 5000;

export interface SheetReadStats {
  /** Round trips the read took: 2 for any sheet that fits in one response. */
  readonly syncs: number;
}

/**
 * Reads a worksheet (the active one unless named) into the grid both adapters produce: one sync for
 * the cells, tables and merged areas, one for the tables' positions. A sheet too large for one
 * response is read in row blocks instead, halving a block whenever Excel still refuses it.
 */
export async function readSheetGrid(sheetName?: string, policy: RetryPolicy = DEFAULT_RETRY): Promise<SheetGrid & SheetReadStats> {
  const mergesKnown = Office.context.requirements.isSetSupported("ExcelApi", "1.13");
  return runRetrying(async (context) => {
    const sheets = context.workbook.worksheets;
    const sheet = sheetName === undefined ? sheets.getActiveWorksheet() : sheets.getItem(sheetName);
    sheet.load("name,visibility");
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load("address,rowIndex,columnIndex,rowCount,columnCount,values,valueTypes,formulas,numberFormat");
    // Asked of the whole sheet, not of the used range: an empty sheet's used range is a null object.
    const merged = mergesKnown ? sheet.getRange().getMergedAreasOrNullObject() : null;
    merged?.load("address");
    const tables = sheet.tables.load("items/name");
    let syncs = 1;
    let cells: GridCell[] = [];
    try {
      await context.sync();
      if (!used.isNullObject) cells = cellsFromArrays(used, { row: used.rowIndex, column: used.columnIndex });
    } catch (error) {
      if (errorCode(error) !== "ResponsePayloadSizeLimitExceeded") throw error;
      // The refused response carried nothing: load the sheet's facts again, without its cells.
      sheet.load("name,visibility");
      merged?.load("address");
      tables.load("items/name");
      const read = await readInBlocks(context, sheet);
      cells = read.cells;
      syncs += read.syncs;
    }
    const tableRanges = tables.items.map((t) => t.getRange().load("address"));
    if (tableRanges.length > 0) {
      await context.sync();
      syncs++;
    }
    const tableAreas: TableArea[] = tables.items.flatMap((t, i) => rectsFromAddress(tableRanges[i]?.address ?? "").map((r) => ({ ...r, name: t.name })));
    const merges: Rect[] = merged && !merged.isNullObject ? rectsFromAddress(merged.address) : [];
    return {
      sheet: sheet.name,
      visibility: sheetVisibility(sheet.visibility),
      cells,
      merges,
      mergesKnown,
      tables: tableAreas,
      syncs,
    };
  }, policy);
}

/** The large-sheet path: the used range's size first, then blocks of rows small enough for a response. */
async function readInBlocks(context: Excel.RequestContext, sheet: Excel.Worksheet): Promise<{ cells: GridCell[]; syncs: number }> {
  const used = sheet.getUsedRange(true).load("rowIndex,columnIndex,rowCount,columnCount");
  await context.sync();
  let syncs = 1;
  const cells: GridCell[] = [];
  let row = 0;
  let block = FIRST_BLOCK_ROWS;
  // One sync per block is the point here: each response must stay under Excel on the web's 5 MB.
  while (row < used.rowCount) {
    const rows = Math.min(block, used.rowCount - row);
    const range = sheet.getRangeByIndexes(used.rowIndex + row, used.columnIndex, rows, used.columnCount).load(ARRAYS);
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      syncs++;
      for (const cell of cellsFromArrays(range, { row: used.rowIndex + row, column: used.columnIndex })) cells.push(cell);
      row += rows;
    } catch (error) {
      syncs++;
      if (errorCode(error) !== "ResponsePayloadSizeLimitExceeded" || rows === 1) throw error;
      block = Math.max(1, Math.floor(rows / 2));
    }
  }
  return { cells, syncs };
}
