import type { SimWorkbookModel } from "./excelSimulator";

/** A copy of another simulated workbook, sheet for sheet (ids kept), so each fault starts from the same place. */
export function restore(into: SimWorkbookModel, from: SimWorkbookModel): void {
  const copy = structuredClone({ sheets: from.sheets, tables: from.tables });
  into.sheets.splice(0, into.sheets.length, ...copy.sheets);
  into.tables.splice(0, into.tables.length, ...copy.tables);
  into.activeSheetId = from.activeSheetId;
  (into as unknown as { nextId: number }).nextId = (from as unknown as { nextId: number }).nextId;
}
