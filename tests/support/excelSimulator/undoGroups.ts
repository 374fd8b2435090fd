import { versionAtLeast, type SimContext, type SimRunOptions } from "./context";
import { SimulatedExcelError } from "./errors";

/**
 * Excel's own undo stack, as far as the add-in shapes it: each sync that changed the workbook is one
 * step, unless the batch ran with `Excel.RunOptions.mergeUndoGroup` (ExcelApi 1.20), which makes every
 * sync of that Excel.run one step. Source: https://learn.microsoft.com/javascript/api/excel/excel.runoptions
 * (mergeUndoGroup, "[Api set: ExcelApi 1.20]") and https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-undo-capabilities.
 */
export interface UndoLog {
  /** One entry per undo step: how many syncs it covers. */
  readonly steps: number[];
}

/** Navigation and reads: they queue actions but change nothing a user could undo. */
const UNCHANGING = /\.(load|items|bind)$|\.get[A-Z]\w*$|^Table\.worksheet$|^Range\.select$|^Worksheet\.activate$/u;

/** The options the simulator understands (`SimRunOptions`); the rest of Excel.RunOptions (sessions, previous objects) it refuses. */
export function checkRunOptions(options: object, apiVersion: string): SimRunOptions {
  for (const key of Object.keys(options)) {
    if (key !== "mergeUndoGroup" && key !== "delayForCellEdit") throw new SimulatedExcelError("InvalidArgument", `The simulator does not take Excel.RunOptions.${key}.`);
  }
  const merge = (options as SimRunOptions).mergeUndoGroup;
  if (merge !== undefined && !versionAtLeast(apiVersion, "1.20")) {
    throw new SimulatedExcelError("ApiNotFound", `Excel.RunOptions.mergeUndoGroup needs ExcelApi 1.20; this host supports ExcelApi ${apiVersion}.`);
  }
  return { ...(options as SimRunOptions), mergeUndoGroup: merge === true };
}

/** Watches one Excel.run's context: which syncs changed something, and files them as undo steps when the batch ends. */
export function recordUndo(context: SimContext, log: UndoLog, merge: boolean): { close(): void } {
  let changed = false;
  let merged = 0;
  const enqueue = context.enqueue.bind(context);
  const sync = context.sync.bind(context);
  context.enqueue = (describe, args, run) =>
    enqueue(describe, args, () => {
      run();
      if (!UNCHANGING.test(describe)) changed = true;
    });
  context.sync = async () => {
    changed = false;
    try {
      await sync();
    } finally {
      // Excel keeps what ran before a failing action, and so does its undo stack.
      if (changed && merge) merged++;
      else if (changed) log.steps.push(1);
    }
  };
  return { close: () => void (merged > 0 && log.steps.push(merged)) };
}
