import { KEPT_PREFIX, MEMO_SHEET, memoOf, memoRows, type BuiltMemo, type KeptSheet, type WorkbookMemo } from "../domain/consolidation/workbookMemo";
import { toExcelInput } from "./cellInput";
import type { PlannedTableFact, WorkbookFacts } from "./inspectOwnSheets";
import { runRetrying, type RetryPolicy } from "./runExcel";
import { ACTION_OVERHEAD_BYTES, jsonBytes } from "./sheetPlanSteps";
import { readOwnWorkbook } from "./readOwnWorkbook";
import type { CommitHook } from "./swapInSheets";
import { lower } from "./spareNames";

/** The commit hook, and the memo it set out to write (known once the commit was queued). */
export interface MemoHook extends CommitHook {
  readonly intended: WorkbookMemo | null;
}

/** What a consolidation read before writing: enough to keep the old sheets and to write the memo. */
export interface MemoFacts {
  readonly facts: WorkbookFacts;
  readonly tables: readonly PlannedTableFact[];
  readonly memo: WorkbookMemo;
  /** The sheet that was active when the consolidation began. */
  readonly active: string;
}

export interface MemoChange {
  /** The summaries' build this write makes (null: the write builds none). */
  readonly built: BuiltMemo | null;
  /** An import: the replaced sheets are kept, very hidden, so that it can be undone; `files` it took. */
  readonly keep: { readonly at: string; readonly files: number } | null;
}


/** `~undo~Дані`, or `~undo~Дані~2` if that is taken: never the name of a copy an earlier import kept. */
function keptName(taken: Set<string>, name: string): string {
  for (let i = 1; ; i++) {
    const candidate = `${KEPT_PREFIX}${name}${i === 1 ? "" : `~${i}`}`.slice(0, 31);
    if (!taken.has(lower(candidate))) {
      taken.add(lower(candidate));
      return candidate;
    }
  }
}

/** Excel refuses to delete a very hidden sheet: it is made merely hidden first. */
function deleteSheet(sheet: Excel.Worksheet): void {
  sheet.visibility = "Hidden";
  sheet.delete();
}

/** Writes the memo on a fresh very hidden sheet (the old one, if any, is deleted first). */
export function queueMemo(context: Excel.RequestContext, memo: WorkbookMemo, exists: boolean): void {
  const sheets = context.workbook.worksheets;
  if (exists) deleteSheet(sheets.getItem(MEMO_SHEET));
  const rows = memoRows(memo);
  const sheet = sheets.add(MEMO_SHEET);
  sheet.getRangeByIndexes(0, 0, rows.length, rows[0]?.length ?? 1).values = rows.map((r) => r.map((v) => toExcelInput(v === "" ? null : v, "text")));
  sheet.visibility = "VeryHidden";
}

/**
 * The commit hook of a consolidation write. In the swap's own last request, after its renames: the memo
 * is written first (when it names copies that a failure then removes, undo is simply not offered), the
 * copies an earlier import kept are deleted, and — for an import — the sheets it replaced are kept under
 * `~undo~` names instead of being deleted. They are made very hidden at the very end of the request:
 * until then a rollback can give every sheet its name back, and a recovery that completes the write
 * can delete them (Excel deletes no very hidden sheet).
 */
export function commitHook(context: Excel.RequestContext, read: MemoFacts, change: MemoChange): MemoHook {
  const exists = read.facts.sheets.some((s) => s.name === MEMO_SHEET);
  const earlier = read.facts.sheets.filter((s) => s.name.startsWith(KEPT_PREFIX));
  const sheetOfTable = new Map(read.tables.map((t) => [lower(t.name), t.sheet]));
  let keptIds: readonly string[] = [];
  let intended: WorkbookMemo | null = null;
  return {
    get intended() {
      return intended;
    },
    keepReplaced: change.keep !== null,
    bytes: ACTION_OVERHEAD_BYTES * (8 + 2 * earlier.length + 3 * read.facts.sheets.length) + jsonBytes(memoRows(read.memo)) * 2,
    queue(replaced, asideTables) {
      const sheets = context.workbook.worksheets;
      const taken = new Set(read.facts.sheets.map((s) => lower(s.name)));
      const kept: KeptSheet[] = replaced.map((r) => {
        const fact = read.facts.sheets.find((s) => s.id === r.id);
        return {
          name: r.name,
          kept: keptName(taken, r.name),
          tables: asideTables.filter((t) => lower(sheetOfTable.get(lower(t.original)) ?? "") === lower(r.name)),
          // The swap unprotected it (no password) before replacing it; undo gives it its protection back.
          protection: fact?.protected === true ? JSON.stringify(fact.protection ?? {}) : null,
        };
      });
      const memo: WorkbookMemo =
        change.keep === null
          ? { built: change.built ?? read.memo.built, undo: read.memo.undo }
          : { built: change.built, undo: { at: change.keep.at, files: change.keep.files, active: read.active, memoExisted: exists, built: read.memo.built, kept } };
      intended = memo;
      queueMemo(context, memo, exists);
      if (change.keep === null) return;
      for (const s of earlier) deleteSheet(sheets.getItem(s.id));
      replaced.forEach((r, i) => (sheets.getItem(r.id).name = (kept[i] as KeptSheet).kept));
      keptIds = replaced.map((r) => r.id);
    },
    finish() {
      for (const id of keptIds) context.workbook.worksheets.getItem(id).visibility = "VeryHidden";
    },
  };
}

/**
 * After a write that recovery had to complete: its last request stopped somewhere in the hook. The memo
 * is kept (very hidden, with the copies it names) only if it is the one the write meant to leave;
 * otherwise it and every kept copy go, and no undo is offered. Copies no memo names are deleted.
 */
export async function tidyMemo(intended: WorkbookMemo | null, policy: RetryPolicy): Promise<void> {
  await runRetrying(async (context) => {
    const read = await readOwnWorkbook(context, [MEMO_SHEET], []);
    if (read === "tooLarge") throw new Error("The add-in's memo sheet is too large to read; it was not written by this add-in.");
    // The write that ended here has just added and renamed sheets: the structure was not protected then, and a
    // user who protected it since has chosen to keep things as they are.
    if (read === "structureProtected") return;
    const memo = memoOf(read.grids.find((g) => g.sheet === MEMO_SHEET));
    const trusted = intended !== null && JSON.stringify(memo) === JSON.stringify(intended);
    const named = new Set(trusted ? (memo.undo?.kept.map((k) => k.kept) ?? []) : []);
    const sheets = context.workbook.worksheets;
    for (const s of read.facts.sheets) {
      if (s.name === MEMO_SHEET) {
        if (trusted) sheets.getItem(s.id).visibility = "VeryHidden";
        else deleteSheet(sheets.getItem(s.id));
      } else if (named.has(s.name)) sheets.getItem(s.id).visibility = "VeryHidden";
      else if (s.name.startsWith(KEPT_PREFIX)) deleteSheet(sheets.getItem(s.id));
    }
    await context.sync();
  }, policy);
}

/**
 * Before a write that cannot carry the hook (one too large to read in one response): the undo of the
 * previous import would no longer be the right one, so it is dropped — the memo and the kept copies.
 */
export async function forgetUndo(policy: RetryPolicy): Promise<void> {
  await runRetrying(async (context) => {
    const sheets = context.workbook.worksheets.load("items/id,items/name");
    await context.sync();
    const doomed = sheets.items.filter((s) => s.name === MEMO_SHEET || s.name.startsWith(KEPT_PREFIX));
    if (doomed.length === 0) return;
    for (const s of doomed) deleteSheet(context.workbook.worksheets.getItem(s.id));
    await context.sync();
  }, policy);
}
