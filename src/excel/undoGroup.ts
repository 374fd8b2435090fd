import { errorCode, runBatch } from "./runExcel";

/** Set once a host has refused to merge a batch into one undo step: the rest of the session writes without asking. */
let refused = false;

/**
 * ExcelApi 1.20 (`Excel.RunOptions.mergeUndoGroup`): every sync of one Excel.run becomes a single step
 * of Excel's own undo, so a whole load or import is one Ctrl+Z. Checked at run time; older hosts write as before.
 */
export function mergesUndo(): boolean {
  return !refused && Office.context.requirements.isSetSupported("ExcelApi", "1.20");
}

/**
 * Excel.run for a batch that changes the workbook: one undo step where the host can make it one, and held
 * while the user edits a cell wherever the host can hold it (`runBatch`; every 1.20 host has 1.11).
 */
export function runAsOneUndoStep<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  return mergesUndo() ? Excel.run({ delayForCellEdit: true, mergeUndoGroup: true }, batch) : runBatch(batch);
}

/**
 * True when the batch failed only because some call in it cannot be grouped for undo (`UndoNotSupported`):
 * once the failure is undone, the caller runs it again without grouping.
 */
export function undoGroupRefused(error: unknown): boolean {
  if (errorCode(error) !== "UndoNotSupported" || refused) return false;
  refused = true;
  return true;
}
