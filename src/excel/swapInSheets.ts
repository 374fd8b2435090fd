import { issue } from "../domain/issues";
import { overlongCells } from "../domain/plans/cellLimits";
import type { SheetPlan } from "../domain/plans/sheetPlan";
import { keepUserRows } from "../domain/plans/userRows";
import type { ExcelCapabilities } from "./capabilities";
import type { PlannedTableFact, SheetFact, WorkbookFacts } from "./inspectOwnSheets";
import { findLeftovers } from "./leftovers";
import { NEW_SHEET_PREFIX, OLD_SHEET_PREFIX, type WriteJournal } from "./recoverWrite";
import { ACTION_OVERHEAD_BYTES, protectSheet, sheetPlanSteps, type WriteStep } from "./sheetPlanSteps";
import type { WriteSheetsOutcome } from "./writeOutcome";
import { lower, spare } from "./spareNames";

/** Below Excel on the web's 5 MB per request, with room for what the estimate does not see. */
export const REQUEST_BUDGET_BYTES = 4_000_000;



interface Queued {
  readonly bytes: number;
  readonly run: () => void;
}

/** Packs steps into requests under the budget; a step larger than the budget travels alone. */
function pack(steps: readonly Queued[]): Queued[][] {
  const requests: Queued[][] = [[]];
  let size = 0;
  for (const step of steps) {
    const current = requests[requests.length - 1] as Queued[];
    if (current.length > 0 && size + step.bytes > REQUEST_BUDGET_BYTES) {
      requests.push([step]);
      size = step.bytes;
    } else {
      current.push(step);
      size += step.bytes;
    }
  }
  return requests;
}

/** A replaced sheet, by the time the commit's hook runs: renamed aside, about to be deleted unless kept. */
export interface ReplacedSheet {
  readonly id: string;
  readonly name: string;
  readonly aside: string;
}

/** More to do in the commit request itself, so that it is as atomic as the swap (see `keepForUndo`). */
export interface CommitHook {
  /** True: the replaced sheets are not deleted; the hook decides what becomes of them. */
  readonly keepReplaced: boolean;
  /** What `queue` adds to the request, in estimated bytes. */
  readonly bytes: number;
  /** Queued after the renames, where the replaced sheets would be deleted. */
  queue(replaced: readonly ReplacedSheet[], asideTables: readonly { readonly original: string; readonly aside: string }[]): void;
  /** Queued at the very end of the request. */
  finish(): void;
}

export function ownSheetsOf(plans: readonly SheetPlan[], facts: WorkbookFacts): SheetFact[] {
  const wanted = new Set(plans.map((p) => lower(p.name)));
  return facts.sheets.filter((s) => wanted.has(lower(s.name)));
}

/**
 * Inside an open batch, with the workbook's facts already read: builds the plans beside the old sheets
 * under temporary names (as many requests as the size limit needs), and the last request swaps names,
 * deletes the old copies and protects the new ones. The journal is filed before the first change is
 * queued, so a failure anywhere can be undone by `recoverWrite`. Sheets an earlier write left under
 * temporary names when it could be neither finished nor undone go with the first request (no extra
 * sync); an old copy that nothing replaced stops the write instead, for the user to decide.
 */
export async function swapInSheets(
  context: Excel.RequestContext,
  plans: readonly SheetPlan[],
  capabilities: ExcelCapabilities,
  facts: WorkbookFacts,
  tables: readonly PlannedTableFact[],
  file: (journal: WriteJournal) => void,
  hook?: CommitHook,
): Promise<WriteSheetsOutcome> {
  const names = plans.map((p) => p.name);
  const isOwn = (name: string) => names.some((n) => lower(n) === lower(name));
  const own = ownSheetsOf(plans, facts);
  const leftovers = findLeftovers(facts.sheets);
  if (leftovers.kept.length > 0) {
    return { kind: "blocked", issues: leftovers.kept.map((s) => issue("write.leftoverOldCopy", "error", { sheet: s.name }, { sheet: s.name })) };
  }
  // A table on a leftover sheet goes with its sheet: it is neither in the way nor set aside.
  const goes = new Set(leftovers.remove.map((s) => lower(s.name)));
  const foreign = tables.filter((t) => !isOwn(t.sheet) && !goes.has(lower(t.sheet)));
  if (foreign.length > 0) {
    return { kind: "blocked", issues: foreign.map((t) => issue("write.tableNameTaken", "error", { sheet: t.sheet }, { table: t.name, sheet: t.sheet })) };
  }
  const ownTables = tables.filter((t) => isOwn(t.sheet));
  if (facts.workbookProtected) return { kind: "blocked", issues: [issue("write.workbookProtected", "error", {})] };
  const overlong = overlongCells(plans);
  if (overlong.length > 0) return { kind: "blocked", issues: overlong };
  const finalPlans = keepUserRows(plans, tables);
  const planned = plans.flatMap((p) => p.tables.map((t) => t.name));
  const takenSheets = new Set(facts.sheets.map((s) => lower(s.name)));
  const takenTables = new Set(facts.tableNames.map(lower));
  const newSheet = finalPlans.map((p) => spare(takenSheets, `${NEW_SHEET_PREFIX}${p.name}`, 31));
  const newTable = new Map(planned.map((n) => [n, spare(takenTables, `${n}_pmNew`, 255, "_")]));
  const asideSheet = own.map((s) => spare(takenSheets, `${OLD_SHEET_PREFIX}${s.name}`, 31));
  const asideTable = new Map(ownTables.map((t) => [t.name, spare(takenTables, `${t.name}_pmOld`, 255, "_")]));
  const removedLeftovers = leftovers.remove.map((s) => s.name);
  // A protected old copy's table could be neither renamed nor deleted: it is unprotected first (no password), in the first request.
  const unprotected = own.filter((s) => s.protected === true);
  file({ preexisting: facts.sheets, old: own, planned: names, activate: names[0] ?? "", asideTables: [...asideTable].map(([original, aside]) => ({ original, aside })), removedLeftovers, unprotected });

  const created: Excel.Worksheet[] = [];
  // After the first new sheet is added, so that a workbook of leftovers never loses its last visible sheet.
  const tidy: Queued[] =
    leftovers.remove.length === 0 ? [] : [{ bytes: ACTION_OVERHEAD_BYTES * leftovers.remove.length, run: () => leftovers.remove.forEach((s) => context.workbook.worksheets.getItem(s.id).delete()) }];
  const steps: Queued[] = finalPlans.flatMap((plan, i) => {
    const add: Queued = { bytes: ACTION_OVERHEAD_BYTES, run: () => void (created[i] = context.workbook.worksheets.add(newSheet[i])) };
    const build = sheetPlanSteps(plan, capabilities, (t) => newTable.get(t) ?? t);
    return [add, ...(i === 0 ? tidy : []), ...build.map((s: WriteStep): Queued => ({ bytes: s.bytes, run: () => s.queue(created[i] as Excel.Worksheet) }))];
  });
  const commit: Queued = {
    bytes: ACTION_OVERHEAD_BYTES * (2 * own.length + 2 * ownTables.length + 3 * finalPlans.length) + (hook?.bytes ?? 0),
    run: () => {
      for (const [original, aside] of asideTable) context.workbook.tables.getItem(original).name = aside;
      own.forEach((s, i) => (context.workbook.worksheets.getItem(s.id).name = asideSheet[i] as string));
      for (const [plannedName, temp] of newTable) context.workbook.tables.getItem(temp).name = plannedName;
      finalPlans.forEach((p, i) => ((created[i] as Excel.Worksheet).name = p.name));
      if (!hook?.keepReplaced) for (const s of own) context.workbook.worksheets.getItem(s.id).delete();
      hook?.queue(
        own.map((s, i) => ({ id: s.id, name: s.name, aside: asideSheet[i] as string })),
        [...asideTable].map(([original, aside]) => ({ original, aside })),
      );
      finalPlans.forEach((p, i) => protectSheet(p, created[i] as Excel.Worksheet));
      created[0]?.activate();
      hook?.finish();
    },
  };
  const unprotect: Queued = { bytes: ACTION_OVERHEAD_BYTES * unprotected.length, run: () => unprotected.forEach((s) => context.workbook.worksheets.getItem(s.id).protection.unprotect()) };
  const requests = pack([...(unprotected.length > 0 ? [unprotect] : []), ...steps, commit]);
  // One sync per request is the point: each request must stay under the host's size limit.
  for (const request of requests) {
    for (const step of request) step.run();
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
  }
  const largest = requests.reduce((max, r) => Math.max(max, r.reduce((s, step) => s + step.bytes, 0)), 0);
  return { kind: "written", sheets: names, replaced: own.map((s) => s.name), capabilities, requests: requests.length, largestRequestBytes: largest, removedLeftovers };
}
