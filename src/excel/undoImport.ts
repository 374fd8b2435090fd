import type { UndoOffer, UndoOutcome } from "../domain/consolidation/operations";
import { issue } from "../domain/issues";
import { SUMMARY_SHEETS } from "../domain/consolidation/summarySheets";
import { MEMO_SHEET, memoOf, type UndoMemo } from "../domain/consolidation/workbookMemo";
import { inspectWorkbook, type SheetFact, type WorkbookFacts } from "./inspectOwnSheets";
import { queueMemo } from "./keepForUndo";
import { readOwnWorkbook } from "./readOwnWorkbook";
import { errorCode, runRetrying, type RetryPolicy } from "./runExcel";
import { runAsOneUndoStep, undoGroupRefused } from "./undoGroup";
import { undoAvailable } from "./workflowStatus";
import { lower, spare } from "./spareNames";

/** What taking the last import back does, worked out from the memo and the sheets as they are now. */
interface UndoPlan {
  readonly memo: UndoMemo;
  /** The add-in's consolidation sheets now: renamed aside, then deleted. */
  readonly current: readonly { readonly id: string; readonly name: string; readonly aside: string }[];
  /** Those of them protected (without a password, or Excel refuses): unprotected first, so their tables can step aside. */
  readonly currentProtected: readonly SheetFact[];
  /** Their tables that carry a name a kept copy's table takes back. */
  readonly currentTables: readonly { readonly name: string; readonly aside: string }[];
  /** The copies the import kept, each back under its name, visible, its tables under theirs. */
  readonly kept: readonly { readonly id: string; readonly name: string; readonly kept: string; readonly tables: readonly { readonly original: string; readonly aside: string }[]; readonly protection: string | null }[];
  readonly memoExists: boolean;
}

const OWN = new Set<string>(Object.values(SUMMARY_SHEETS).map(lower));


function planUndo(memo: UndoMemo, facts: WorkbookFacts): UndoPlan {
  const taken = new Set(facts.sheets.map((s) => lower(s.name)));
  const takenTables = new Set(facts.tableNames.map(lower));
  const present = new Set(facts.tableNames.map(lower));
  const keptNames = new Set(memo.kept.map((k) => lower(k.kept)));
  const current = facts.sheets.filter((s) => OWN.has(lower(s.name)) && !keptNames.has(lower(s.name)));
  return {
    memo,
    current: current.map((s) => ({ id: s.id, name: s.name, aside: spare(taken, `~undone~${s.name}`, 31) })),
    currentProtected: current.filter((s) => s.protected === true),
    currentTables: memo.kept.flatMap((k) => k.tables).filter((t) => present.has(lower(t.original))).map((t) => ({ name: t.original, aside: spare(takenTables, `${t.original}_pmUndone`, 255, "_") })),
    kept: memo.kept.map((k) => ({ ...k, id: facts.sheets.find((s) => s.name === k.kept)?.id ?? "" })),
    memoExists: facts.sheets.some((s) => s.name === MEMO_SHEET),
  };
}

/** The memo as it was before the import (or no memo at all), and the sheet that was active then. */
function queueAfterUndo(context: Excel.RequestContext, plan: UndoPlan, memoExists: boolean, names: ReadonlySet<string>, protectedNow: (id: string) => boolean = () => false): void {
  const sheets = context.workbook.worksheets;
  // Last of the restoring steps: a table on a protected sheet could not have been renamed back.
  for (const k of plan.kept) if (k.protection !== null && !protectedNow(k.id)) sheets.getItem(k.id).protection.protect(JSON.parse(k.protection) as Excel.WorksheetProtectionOptions);
  if (plan.memo.memoExisted) queueMemo(context, { built: plan.memo.built, undo: null }, memoExists);
  else if (memoExists) {
    const memo = sheets.getItem(MEMO_SHEET);
    memo.visibility = "Hidden";
    memo.delete();
  }
  if (names.has(lower(plan.memo.active))) sheets.getItem(plan.memo.active).activate();
}

/**
 * One request: the current sheets and their tables step aside, the kept copies take their names back
 * and become visible, then the current sheets are deleted and the memo is put back as it was. Only the
 * last steps delete anything, so a failure before them can be rolled back by `recoverUndo`.
 */
function queueUndo(context: Excel.RequestContext, plan: UndoPlan, names: ReadonlySet<string>): void {
  const sheets = context.workbook.worksheets;
  const tables = context.workbook.tables;
  for (const c of plan.currentProtected) sheets.getItem(c.id).protection.unprotect();
  for (const t of plan.currentTables) tables.getItem(t.name).name = t.aside;
  for (const c of plan.current) sheets.getItem(c.id).name = c.aside;
  for (const k of plan.kept) for (const t of k.tables) tables.getItem(t.aside).name = t.original;
  for (const k of plan.kept) {
    const sheet = sheets.getItem(k.id);
    sheet.name = k.name;
    sheet.visibility = "Visible";
  }
  for (const c of plan.current) sheets.getItem(c.id).delete();
  queueAfterUndo(context, plan, plan.memoExists, names);
}

/** The undo's one request, as one step of Excel's own undo where the host groups them. */
async function swapBack(plan: UndoPlan, names: ReadonlySet<string>): Promise<void> {
  await runAsOneUndoStep(async (context) => {
    queueUndo(context, plan, names);
    await context.sync();
  });
}

/** The names the workbook will have once the undo is through: the sheet to activate must be one of them. */
function namesAfter(plan: UndoPlan, facts: WorkbookFacts): Set<string> {
  const gone = new Set([...plan.current.map((c) => c.id), ...plan.kept.map((k) => k.id)]);
  return new Set([...facts.sheets.filter((s) => !gone.has(s.id)).map((s) => lower(s.name)), ...plan.kept.map((k) => lower(k.name))]);
}

/**
 * After a failed undo: if every kept copy has its name back, the undo is finished (the current sheets
 * deleted, the memo put back, the copies' protection given back); otherwise every sheet and table gets
 * the name it had before, the kept copies very hidden again, the current sheets protected again, and
 * the import stays as it was — `stillProtected` names a current sheet the undo could not unprotect.
 */
async function recoverUndo(plan: UndoPlan, before: WorkbookFacts, policy: RetryPolicy): Promise<{ readonly outcome: "completed" | "rolledBack"; readonly stillProtected: readonly string[] }> {
  return runRetrying(async (context) => {
    const now = await inspectWorkbook(context);
    const nameOf = new Map(now.sheets.map((s) => [s.id, s.name]));
    const isProtected = (id: string) => now.sheets.some((s) => s.id === id && s.protected === true);
    const sheets = context.workbook.worksheets;
    const tables = context.workbook.tables;
    if (plan.kept.length > 0 && plan.kept.every((k) => nameOf.get(k.id) === k.name)) {
      for (const k of plan.kept) sheets.getItem(k.id).visibility = "Visible";
      for (const c of plan.current) if (nameOf.has(c.id)) sheets.getItem(c.id).delete();
      queueAfterUndo(context, plan, now.sheets.some((s) => s.name === MEMO_SHEET), namesAfter(plan, before), isProtected);
      await context.sync();
      return { outcome: "completed", stillProtected: [] };
    }
    const tableNames = new Set(now.tableNames.map(lower));
    for (const k of plan.kept) if (nameOf.has(k.id) && nameOf.get(k.id) !== k.kept) sheets.getItem(k.id).name = k.kept;
    for (const k of plan.kept) {
      for (const t of k.tables) if (tableNames.has(lower(t.original)) && !tableNames.has(lower(t.aside))) tables.getItem(t.original).name = t.aside;
    }
    for (const t of plan.currentTables) if (tableNames.has(lower(t.aside))) tables.getItem(t.aside).name = t.name;
    for (const c of plan.current) if (nameOf.get(c.id) === c.aside) sheets.getItem(c.id).name = c.name;
    for (const k of plan.kept) if (nameOf.has(k.id)) sheets.getItem(k.id).visibility = "VeryHidden";
    // After the tables' names, as a write's rollback does.
    const stillProtected: string[] = [];
    for (const c of plan.currentProtected) {
      if (isProtected(c.id)) stillProtected.push(c.name);
      else if (nameOf.has(c.id)) sheets.getItem(c.id).protection.protect(c.protection);
    }
    await context.sync();
    return { outcome: "rolledBack", stillProtected };
  }, policy);
}

/**
 * «Скасувати останній імпорт»: «Дані», «Журнал імпорту» and every summary as they were before the last
 * import, from the copies it kept. Two syncs to read the memo (a protected workbook structure is told
 * there, before the question), the question outside any batch, then one request (one step of Excel's own
 * undo where the host groups them) that swaps the sheets back.
 */
export async function undoLastImport(confirm: (offer: UndoOffer) => Promise<boolean>, policy: RetryPolicy): Promise<UndoOutcome> {
  const read = await runRetrying(async (context) => readOwnWorkbook(context, [MEMO_SHEET], []), policy);
  if (read === "tooLarge") throw new Error("The add-in's memo sheet is too large to read; it was not written by this add-in.");
  if (read === "structureProtected") return { kind: "blocked", issues: [issue("write.workbookProtected", "error", {})] };
  const memo = memoOf(read.grids.find((g) => g.sheet === MEMO_SHEET)).undo;
  if (memo === null || !undoAvailable(memo, read.facts.sheets)) return { kind: "nothing" };
  if (!(await confirm({ at: memo.at, files: memo.files }))) return { kind: "cancelled" };
  const plan = planUndo(memo, read.facts);
  for (let attempt = 0; ; attempt++) {
    try {
      await swapBack(plan, namesAfter(plan, read.facts));
      return { kind: "undone", at: memo.at };
    } catch (error) {
      const recovered = await recoverUndo(plan, read.facts, policy);
      if (recovered.outcome === "completed") return { kind: "undone", at: memo.at };
      if (undoGroupRefused(error)) continue;
      // Excel 2019 refuses the whole request while the user edits a cell: rolled back, it is tried again later.
      const delay = policy.delaysMs[attempt];
      if (errorCode(error) === "InvalidOperationInCellEditMode" && delay !== undefined) {
        await new Promise((resolve) => setTimeout(resolve, delay));
        continue;
      }
      const locked = recovered.stillProtected[0];
      if (locked !== undefined) return { kind: "blocked", issues: [issue("write.sheetPasswordProtected", "error", { sheet: locked }, { sheet: locked })] };
      throw error;
    }
  }
}
