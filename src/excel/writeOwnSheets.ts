import type { SheetPlan } from "../domain/plans/sheetPlan";
import { detectCapabilities, type ExcelCapabilities } from "./capabilities";
import { queueSheetPlan } from "./queueSheetPlan";

export interface WriteSheetsHooks {
  /** Asked only when some of the sheets already exist; false leaves the workbook untouched. */
  confirmReplace(existing: readonly string[]): Promise<boolean>;
  progress(step: "inspect" | "write"): void;
}

export type WriteSheetsOutcome =
  | { readonly kind: "written"; readonly sheets: readonly string[]; readonly replaced: readonly string[]; readonly capabilities: ExcelCapabilities }
  | { readonly kind: "cancelled"; readonly existing: readonly string[] };

function spareName(taken: Set<string>, base: string): string {
  for (let i = 1; ; i++) {
    const candidate = `~${base}`.slice(0, 28) + `~${i}`;
    if (!taken.has(candidate.toLocaleLowerCase())) {
      taken.add(candidate.toLocaleLowerCase());
      return candidate;
    }
  }
}

/**
 * Writes the plans as the add-in's own sheets in two round trips: one to see what exists,
 * one for everything else. Old copies are renamed aside and deleted only after the new sheets
 * exist, so a workbook that holds nothing but our sheets can still be reloaded.
 */
export async function writeOwnSheets(plans: readonly SheetPlan[], hooks: WriteSheetsHooks): Promise<WriteSheetsOutcome> {
  const capabilities = detectCapabilities();
  const names = plans.map((p) => p.name);
  return Excel.run(async (context) => {
    hooks.progress("inspect");
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name");
    await context.sync();

    const present = worksheets.items.map((ws) => ws.name);
    const wanted = new Set(names.map((n) => n.toLocaleLowerCase()));
    const existing = worksheets.items.filter((ws) => wanted.has(ws.name.toLocaleLowerCase()));
    const replaced = existing.map((ws) => ws.name);
    if (replaced.length > 0 && !(await hooks.confirmReplace(replaced))) {
      return { kind: "cancelled", existing: replaced };
    }

    hooks.progress("write");
    const taken = new Set(present.map((n) => n.toLocaleLowerCase()));
    for (const ws of existing) ws.name = spareName(taken, ws.name);
    const created = plans.map((plan) => worksheets.add(plan.name));
    // Old copies go before the new tables are made: table names are unique across the workbook.
    for (const ws of existing) ws.delete();
    plans.forEach((plan, i) => queueSheetPlan(created[i] as Excel.Worksheet, plan, capabilities));
    created[0]?.activate();
    await context.sync();
    return { kind: "written", sheets: names, replaced, capabilities };
  });
}
