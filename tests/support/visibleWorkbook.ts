import type { SimWorkbookModel } from "./excelSimulator";

/**
 * Everything a user can see or a formula can reach — cells, formats, tables, charts, the sheets and their
 * order, the active sheet — leaving out the very hidden sheets where the add-in keeps its undo (`pm_state`,
 * `~undo~…`), which only the add-in reads.
 */
export function visibleWorkbook(model: SimWorkbookModel): string {
  const all = JSON.parse(model.fingerprint()) as { sheets: { id: number; visibility: string }[]; tables: { sheetId: number }[]; active: number };
  const hidden = new Set(all.sheets.filter((s) => s.visibility === "VeryHidden").map((s) => s.id));
  return JSON.stringify({ sheets: all.sheets.filter((s) => !hidden.has(s.id)), tables: all.tables.filter((t) => !hidden.has(t.sheetId)), active: all.active });
}
