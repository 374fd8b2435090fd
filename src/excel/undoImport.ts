import type { UndoOffer, UndoOutcome } from "../domain/consolidation/operations";
import { SUMMARY_SHEETS } from "../domain/consolidation/summarySheets";
import { MEMO_SHEET, memoOf, type UndoMemo } from "../domain/consolidation/workbookMemo";
import { inspectWorkbook, type WorkbookFacts } from "./inspectOwnSheets";
import { queueMemo } from "./keepForUndo";
import { readOwnWorkbook } from "./readOwnWorkbook";
import { runRetrying, type RetryPolicy } from "./runExcel";
import { runAsOneUndoStep, undoGroupRefused } from "./undoGroup";
import { undoAvailable } from "./workflowStatus";

/** What taking the last import back does, worked out from the memo and the sheets as they are now. */
interface UndoPlan {
  readonly memo: UndoMemo;
  /** The add-in's consolidation sheets now: renamed aside, then deleted. */
  readonly current: readonly { readonly id: string; readonly name: string; readonly aside: string }[];
  /** Their tables that carry a name a kept copy's table takes back. */
  readonly currentTables: readonly { readonly name: string; readonly aside: string }[];
  /** The copies the import kept, each back under its name, visible, its tables under theirs. */
  readonly kept: readonly { readonly id: string; readonly name: string; readonly kept: string; readonly tables: readonly { readonly original: string; readonly aside: string }[] }[];
  readonly memoExists: boolean;
}

const lower = (s: string) => s.toLocaleLowerCase();
const OWN = new Set<string>(Object.values(SUMMARY_SHEETS).map(lower));

function spare(taken: Set<string>, base: string, limit: number, joint = "~"): string {
  for (let i = 1; ; i++) {
    const candidate = `${base.slice(0, limit - String(i).length - 1)}${joint}${i}`;
    if (!taken.has(lower(candidate))) {
      taken.add(lower(candidate));
      return candidate;
    }
  }
}

function planUndo(memo: UndoMemo, facts: WorkbookFacts): UndoPlan {
  const taken = new Set(facts.sheets.map((s) => lower(s.name)));
  const takenTables = new Set(facts.tableNames.map(lower));
  const present = new Set(facts.tableNames.map(lower));
  const keptNames = new Set(memo.kept.map((k) => lower(k.kept)));
  return {
    memo,
    current: facts.sheets.filter((s) => OWN.has(lower(s.name)) && !keptNames.has(lower(s.name))).map((s) => ({ id: s.id, name: s.name, aside: spare(taken, `~undone~${s.name}`, 31) })),
    currentTables: memo.kept.flatMap((k) => k.tables).filter((t) => present.has(lower(t.original))).map((t) => ({ name: t.original, aside: spare(takenTables, `${t.original}_pmUndone`, 255, "_") })),
    kept: memo.kept.map((k) => ({ ...k, id: facts.sheets.find((s) => s.name === k.kept)?.id ?? "" })),
    memoExists: facts.sheets.some((s) => s.name === MEMO_SHEET),
  };
}

/** The memo as it was before the import (or no memo at all), and the sheet that was active then. */
function queueAfterUndo(context: Excel.RequestContext, plan: UndoPlan, memoExists: boolean, names: ReadonlySet<string>): void {
  const sheets = context.workbook.worksheets;
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
 * deleted, the memo put back); otherwise every sheet and table gets the name it had before, the kept
 * copies very hidden again, and the import stays as it was.
 */
async function recoverUndo(plan: UndoPlan, before: WorkbookFacts, policy: RetryPolicy): Promise<"completed" | "rolledBack"> {
  return runRetrying(async (context) => {
    const now = await inspectWorkbook(context);
    const nameOf = new Map(now.sheets.map((s) => [s.id, s.name]));
    const sheets = context.workbook.worksheets;
    const tables = context.workbook.tables;
    if (plan.kept.length > 0 && plan.kept.every((k) => nameOf.get(k.id) === k.name)) {
      for (const k of plan.kept) sheets.getItem(k.id).visibility = "Visible";
      for (const c of plan.current) if (nameOf.has(c.id)) sheets.getItem(c.id).delete();
      queueAfterUndo(context, plan, now.sheets.some((s) => s.name === MEMO_SHEET), namesAfter(plan, before));
      await context.sync();
      return "completed";
    }
    const tableNames = new Set(now.tableNames.map(lower));
    for (const k of plan.kept) if (nameOf.has(k.id) && nameOf.get(k.id) !== k.kept) sheets.getItem(k.id).name = k.kept;
    for (const k of plan.kept) {
      for (const t of k.tables) if (tableNames.has(lower(t.original)) && !tableNames.has(lower(t.aside))) tables.getItem(t.original).name = t.aside;
    }
    for (const t of plan.currentTables) if (tableNames.has(lower(t.aside))) tables.getItem(t.aside).name = t.name;
    for (const c of plan.current) if (nameOf.get(c.id) === c.aside) sheets.getItem(c.id).name = c.name;
    for (const k of plan.kept) if (nameOf.has(k.id)) sheets.getItem(k.id).visibility = "VeryHidden";
    await context.sync();
    return "rolledBack";
  }, policy);
}

/**
 * «Скасувати останній імпорт»: «Дані», «Журнал імпорту» and the summaries as they were before the last
 * import, from the copies it kept. Two syncs to read the memo, the question outside any batch, then one
 * request (one step of Excel's own undo where the host groups them) that swaps the sheets back.
 */
export async function undoLastImport(confirm: (offer: UndoOffer) => Promise<boolean>, policy: RetryPolicy): Promise<UndoOutcome> {
  const read = await runRetrying(async (context) => readOwnWorkbook(context, [MEMO_SHEET], []), policy);
  if (read === "tooLarge") throw new Error("The add-in's memo sheet is too large to read; it was not written by this add-in.");
  const memo = memoOf(read.grids.find((g) => g.sheet === MEMO_SHEET)).undo;
  if (memo === null || !undoAvailable(memo, read.facts.sheets)) return { kind: "nothing" };
  if (!(await confirm({ at: memo.at, files: memo.files }))) return { kind: "cancelled" };
  const plan = planUndo(memo, read.facts);
  for (;;) {
    try {
      await swapBack(plan, namesAfter(plan, read.facts));
      return { kind: "undone", at: memo.at };
    } catch (error) {
      if ((await recoverUndo(plan, read.facts, policy)) === "completed") return { kind: "undone", at: memo.at };
      if (!undoGroupRefused(error)) throw error;
    }
  }
}
