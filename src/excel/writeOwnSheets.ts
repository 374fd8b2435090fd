import { issue, type Issue } from "../domain/issues";
import type { SheetPlan } from "../domain/plans/sheetPlan";
import { keepUserRows } from "../domain/plans/userRows";
import { detectCapabilities, type ExcelCapabilities } from "./capabilities";
import { inspectWorkbook, readTables, type SheetFact, type WorkbookFacts } from "./inspectOwnSheets";
import { recoverWrite, type WriteJournal } from "./recoverWrite";
import { DEFAULT_RETRY, errorCode, runRetrying, type RetryPolicy } from "./runExcel";
import { ACTION_OVERHEAD_BYTES, protectSheet, sheetPlanSteps, type WriteStep } from "./sheetPlanSteps";

export interface WriteSheetsHooks {
  /** Asked before the writing batch opens, only when some of the sheets already exist; false changes nothing. */
  confirmReplace(existing: readonly string[]): Promise<boolean>;
  progress(step: "inspect" | "write"): void;
}

export interface WriteCost {
  /** Requests (syncs) that carried the write, and the largest one's estimated size in UTF-8 bytes. */
  readonly requests: number;
  readonly largestRequestBytes: number;
}

export type WriteSheetsOutcome =
  | ({ readonly kind: "written"; readonly sheets: readonly string[]; readonly replaced: readonly string[]; readonly capabilities: ExcelCapabilities } & WriteCost)
  | { readonly kind: "cancelled"; readonly existing: readonly string[] }
  | { readonly kind: "changed" }
  | { readonly kind: "blocked"; readonly issues: readonly Issue[] };

/** Below Excel on the web's 5 MB per request, with room for what the estimate does not see. */
export const REQUEST_BUDGET_BYTES = 4_000_000;

const lower = (s: string) => s.toLocaleLowerCase();

/** A name no sheet (or table) has yet; table names allow only letters, digits, "_" and ".". */
function spare(taken: Set<string>, base: string, limit: number, joint = "~"): string {
  for (let i = 1; ; i++) {
    const candidate = `${base.slice(0, limit - String(i).length - 1)}${joint}${i}`;
    if (!taken.has(lower(candidate))) {
      taken.add(lower(candidate));
      return candidate;
    }
  }
}

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

function sameOwn(a: readonly SheetFact[], b: readonly SheetFact[]): boolean {
  const key = (list: readonly SheetFact[]) => list.map((s) => `${s.id}\u0000${lower(s.name)}`).sort().join("\n");
  return key(a) === key(b);
}

/**
 * Writes the plans as the add-in's own sheets without ever leaving the workbook half-written: the new
 * sheets are built beside the old ones under temporary names (in as many requests as the size limit
 * needs), and only the last request swaps names and deletes the old copies. If any request fails, the
 * partial sheets are removed and the old ones get their names back; what users typed into the old
 * community and reference tables is carried into the new ones.
 */
export async function writeOwnSheets(plans: readonly SheetPlan[], hooks: WriteSheetsHooks, policy: RetryPolicy = DEFAULT_RETRY): Promise<WriteSheetsOutcome> {
  const capabilities = detectCapabilities();
  const names = plans.map((p) => p.name);
  const wanted = new Set(names.map(lower));
  const isOwn = (name: string) => wanted.has(lower(name));
  hooks.progress("inspect");
  const before = await runRetrying(inspectWorkbook, policy);
  const ownBefore = before.sheets.filter((s) => isOwn(s.name));
  if (ownBefore.length > 0 && !(await hooks.confirmReplace(ownBefore.map((s) => s.name)))) {
    return { kind: "cancelled", existing: ownBefore.map((s) => s.name) };
  }
  hooks.progress("write");

  for (let attempt = 0; ; attempt++) {
    const state: { journal: WriteJournal | null } = { journal: null };
    try {
      return await Excel.run(async (context): Promise<WriteSheetsOutcome> => {
        // The user answered outside any batch: look again, the workbook may have changed meanwhile.
        const facts: WorkbookFacts = ownBefore.length > 0 ? await inspectWorkbook(context) : before;
        const own = facts.sheets.filter((s) => isOwn(s.name));
        if (!sameOwn(own, ownBefore)) return { kind: "changed" };
        const planned = plans.flatMap((p) => p.tables.map((t) => t.name));
        const present = facts.tableNames.filter((n) => planned.some((p) => lower(p) === lower(n)));
        const tables = await readTables(context, present);
        const foreign = tables.filter((t) => !isOwn(t.sheet));
        if (foreign.length > 0) {
          return { kind: "blocked", issues: foreign.map((t) => issue("write.tableNameTaken", "error", { sheet: t.sheet }, { table: t.name, sheet: t.sheet })) };
        }
        const finalPlans = keepUserRows(plans, tables);

        const takenSheets = new Set(facts.sheets.map((s) => lower(s.name)));
        const takenTables = new Set(facts.tableNames.map(lower));
        const newSheet = finalPlans.map((p) => spare(takenSheets, `~new~${p.name}`, 31));
        const newTable = new Map(planned.map((n) => [n, spare(takenTables, `${n}_pmNew`, 255, "_")]));
        const asideSheet = own.map((s) => spare(takenSheets, `~old~${s.name}`, 31));
        const asideTable = new Map(tables.map((t) => [t.name, spare(takenTables, `${t.name}_pmOld`, 255, "_")]));
        state.journal = { preexisting: facts.sheets, old: own, activate: names[0] ?? "", asideTables: [...asideTable].map(([original, aside]) => ({ original, aside })) };

        const created: Excel.Worksheet[] = [];
        const steps: Queued[] = finalPlans.flatMap((plan, i) => {
          const add: Queued = { bytes: ACTION_OVERHEAD_BYTES, run: () => void (created[i] = context.workbook.worksheets.add(newSheet[i])) };
          const build = sheetPlanSteps(plan, capabilities, (t) => newTable.get(t) ?? t);
          return [add, ...build.map((s: WriteStep): Queued => ({ bytes: s.bytes, run: () => s.queue(created[i] as Excel.Worksheet) }))];
        });
        const commit: Queued = {
          bytes: ACTION_OVERHEAD_BYTES * (2 * own.length + 2 * tables.length + 3 * finalPlans.length),
          run: () => {
            for (const [original, aside] of asideTable) context.workbook.tables.getItem(original).name = aside;
            own.forEach((s, i) => (context.workbook.worksheets.getItem(s.id).name = asideSheet[i] as string));
            for (const [planned, temp] of newTable) context.workbook.tables.getItem(temp).name = planned;
            finalPlans.forEach((p, i) => ((created[i] as Excel.Worksheet).name = p.name));
            for (const s of own) context.workbook.worksheets.getItem(s.id).delete();
            finalPlans.forEach((p, i) => protectSheet(p, created[i] as Excel.Worksheet));
            created[0]?.activate();
          },
        };
        const requests = pack([...steps, commit]);
        // One sync per request is the point: each request must stay under the host's size limit.
        for (const request of requests) {
          for (const step of request) step.run();
          // eslint-disable-next-line office-addins/no-context-sync-in-loop
          await context.sync();
        }
        const largest = requests.reduce((max, r) => Math.max(max, r.reduce((s, step) => s + step.bytes, 0)), 0);
        return {
          kind: "written",
          sheets: names,
          replaced: own.map((s) => s.name),
          capabilities,
          requests: requests.length,
          largestRequestBytes: largest,
        };
      });
    } catch (error) {
      const journal = state.journal;
      if (journal === null) {
        const delay = policy.delaysMs[attempt];
        if (errorCode(error) === "InvalidOperationInCellEditMode" && delay !== undefined) {
          await new Promise((resolve) => setTimeout(resolve, delay));
          continue;
        }
        throw error;
      }
      const recovered = await recoverWrite(journal, policy);
      if (recovered === "completed") {
        return { kind: "written", sheets: names, replaced: journal.old.map((s) => s.name), capabilities, requests: 0, largestRequestBytes: 0 };
      }
      throw error;
    }
  }
}
