import { issue, type Issue } from "../domain/issues";
import { overlongCells } from "../domain/plans/cellLimits";
import type { SheetPlan } from "../domain/plans/sheetPlan";
import { detectCapabilities } from "./capabilities";
import { inspectWorkbook, readTables, type SheetFact, type WorkbookFacts } from "./inspectOwnSheets";
import { recoverWrite, type WriteJournal } from "./recoverWrite";
import { DEFAULT_RETRY, errorCode, runRetrying, type RetryPolicy } from "./runExcel";
import { ownSheetsOf, swapInSheets } from "./swapInSheets";
import { runAsOneUndoStep, undoGroupRefused } from "./undoGroup";
import type { WriteSheetsOutcome } from "./writeOutcome";
import { lower } from "./spareNames";

export { REQUEST_BUDGET_BYTES } from "./swapInSheets";
export type { WriteCost, WriteSheetsOutcome } from "./writeOutcome";

export interface WriteSheetsHooks {
  /** Asked before the writing batch opens, only when some of the sheets already exist; false changes nothing. */
  confirmReplace(existing: readonly string[]): Promise<boolean>;
  progress(step: "inspect" | "write"): void;
}


function sameOwn(a: readonly SheetFact[], b: readonly SheetFact[]): boolean {
  const key = (list: readonly SheetFact[]) => list.map((s) => `${s.id}\u0000${lower(s.name)}`).sort().join("\n");
  return key(a) === key(b);
}

/**
 * What a guarded write does with a failure: "completedByRecovery" when the rollback found the write
 * complete after all; "blocked" when it was rolled back because an old sheet could not be unprotected.
 */
export type GuardedResult<T> =
  | { readonly kind: "done"; readonly value: T }
  | { readonly kind: "completedByRecovery"; readonly journal: WriteJournal }
  | { readonly kind: "blocked"; readonly issues: readonly Issue[] };

/** Refusals of a whole request: they say nothing about the actions in it. */
const WHOLE_REQUEST = new Set(["InvalidOperationInCellEditMode", "RequestPayloadSizeLimitExceeded"]);

/**
 * Excel.run for a batch that writes through `swapInSheets`: while nothing is changed yet (no journal
 * filed), cell-edit mode is waited out and the batch run again; once changes were queued, any failure is
 * undone by `recoverWrite` and then reported, unless the recovery found the swap already complete.
 */
export async function runGuardedWrite<T>(batch: (context: Excel.RequestContext, file: (journal: WriteJournal) => void) => Promise<T>, policy: RetryPolicy = DEFAULT_RETRY): Promise<GuardedResult<T>> {
  for (let attempt = 0; ; attempt++) {
    let journal: WriteJournal | null = null;
    try {
      return { kind: "done", value: await runAsOneUndoStep((context) => batch(context, (j) => (journal = j))) };
    } catch (error) {
      const filed = journal as WriteJournal | null;
      if (filed === null) {
        const delay = policy.delaysMs[attempt];
        if (errorCode(error) === "InvalidOperationInCellEditMode" && delay !== undefined) {
          await new Promise((resolve) => setTimeout(resolve, delay));
          continue;
        }
        if (undoGroupRefused(error)) continue;
        throw error;
      }
      const recovered = await recoverWrite(filed, policy);
      if (recovered.outcome === "completed") return { kind: "completedByRecovery", journal: filed };
      if (undoGroupRefused(error)) continue;
      // The unprotects come first, in order: the first sheet still protected is the one Excel refused.
      const locked = recovered.stillProtected[0];
      if (locked !== undefined && !WHOLE_REQUEST.has(errorCode(error) ?? "")) {
        return { kind: "blocked", issues: [issue("write.sheetPasswordProtected", "error", { sheet: locked }, { sheet: locked })] };
      }
      throw error;
    }
  }
}

/**
 * Writes the plans as the add-in's own sheets without ever leaving the workbook half-written (see
 * `swapInSheets`). The user is asked outside any batch; the write then looks again, and answers "changed"
 * if the add-in's sheets appeared or disappeared meanwhile. What users typed into the old community and
 * reference tables is carried into the new ones.
 */
export async function writeOwnSheets(plans: readonly SheetPlan[], hooks: WriteSheetsHooks, policy: RetryPolicy = DEFAULT_RETRY): Promise<WriteSheetsOutcome> {
  const overlong = overlongCells(plans);
  if (overlong.length > 0) return { kind: "blocked", issues: overlong };
  const capabilities = detectCapabilities();
  hooks.progress("inspect");
  const before = await runRetrying(inspectWorkbook, policy);
  // Told before anything is asked: with the structure protected, no sheet can be added or renamed.
  if (before.workbookProtected) return { kind: "blocked", issues: [issue("write.workbookProtected", "error", {})] };
  const ownBefore = ownSheetsOf(plans, before);
  if (ownBefore.length > 0 && !(await hooks.confirmReplace(ownBefore.map((s) => s.name)))) {
    return { kind: "cancelled", existing: ownBefore.map((s) => s.name) };
  }
  hooks.progress("write");
  const result = await runGuardedWrite(async (context, file): Promise<WriteSheetsOutcome> => {
    // The user answered outside any batch: look again, the workbook may have changed meanwhile.
    const facts: WorkbookFacts = ownBefore.length > 0 ? await inspectWorkbook(context) : before;
    if (!sameOwn(ownSheetsOf(plans, facts), ownBefore)) return { kind: "changed" };
    const planned = plans.flatMap((p) => p.tables.map((t) => t.name));
    const tables = await readTables(context, facts.tableNames.filter((n) => planned.some((p) => lower(p) === lower(n))));
    return swapInSheets(context, plans, capabilities, facts, tables, file);
  }, policy);
  if (result.kind === "done") return result.value;
  if (result.kind === "blocked") return result;
  return { kind: "written", sheets: plans.map((p) => p.name), replaced: result.journal.old.map((s) => s.name), capabilities, requests: 0, largestRequestBytes: 0, removedLeftovers: result.journal.removedLeftovers };
}
