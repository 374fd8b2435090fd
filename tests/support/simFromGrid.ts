import type { GridCell } from "../../src/domain/cell";
import type { SheetGrid } from "../../src/domain/sheetGrid";
import type { SimWorkbookModel } from "./excelSimulator";

function stored(cell: GridCell): { value: string | number | boolean | null; error: boolean; numberFormat: string } {
  const v = cell.value;
  switch (v.kind) {
    case "text":
      return { value: v.text, error: false, numberFormat: "General" };
    case "number":
    case "boolean":
      return { value: v.value, error: false, numberFormat: "General" };
    case "date":
      return { value: v.serial, error: false, numberFormat: "dd.mm.yyyy" };
    case "error":
      return { value: v.error, error: true, numberFormat: "General" };
    case "noValue":
      return { value: null, error: false, numberFormat: "General" };
  }
}

/**
 * Places a workbook's sheets into the simulator as Excel holds them (values, error values, formulas
 * with their results, date formats, merged areas, tables, visibility), as if the user had opened it.
 */
export function loadIntoSimulator(model: SimWorkbookModel, sheets: readonly SheetGrid[]): void {
  for (const grid of sheets) {
    const sheet = model.sheetByName(grid.sheet) ?? model.addSheet(grid.sheet);
    for (const cell of grid.cells) {
      const target = model.cellForWrite(sheet, cell.row, cell.column);
      Object.assign(target, stored(cell), { formula: cell.formula ?? null });
    }
    sheet.merges.push(...grid.merges);
    for (const t of grid.tables) {
      model.tables.push({ id: model.newTableId(), name: t.name, sheetId: sheet.id, rect: { row: t.row, column: t.column, rowCount: t.rowCount, columnCount: t.columnCount }, style: "TableStyleMedium2", showBandedRows: true });
    }
    if (grid.visibility !== "visible") sheet.visibility = grid.visibility === "hidden" ? "Hidden" : "VeryHidden";
  }
}
