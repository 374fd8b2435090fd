import type { SheetFact } from "./inspectOwnSheets";
import { inspectWorkbook } from "./inspectOwnSheets";
import { runRetrying, type RetryPolicy } from "./runExcel";

/** What a write had set out to change, so that a failure can be undone whatever step it hit. */
export interface WriteJournal {
  /** Every sheet before the write. */
  readonly preexisting: readonly SheetFact[];
  /** The old copies of the add-in's sheets, with their original names. */
  readonly old: readonly SheetFact[];
  /** The names the new sheets are to carry. */
  readonly planned: readonly string[];
  readonly asideTables: readonly { readonly original: string; readonly aside: string }[];
  /** The old copies that were protected (no password known): the write unprotects them first, a rollback protects them again. */
  readonly unprotected: readonly SheetFact[];
  /** The sheet to show once the write is complete. */
  readonly activate: string;
  /** Sheets an earlier unfinished write had left, deleted by this one's first request. */
  readonly removedLeftovers: readonly string[];
}

/** The prefix of every sheet a write builds before its commit. */
export const NEW_SHEET_PREFIX = "~new~";
/** The prefix the commit gives the old copies of the add-in's sheets before it deletes them. */
export const OLD_SHEET_PREFIX = "~old~";

/**
 * After a failed write. The commit renames every new sheet before it deletes any old copy, so if every
 * planned name is carried by a sheet the write made, the swap got that far: the deletion is finished
 * ("completed"). Otherwise the sheets the write made are removed and the old sheets and tables get their
 * names back ("rolledBack"). A sheet the write made is one that was not there before and carries a
 * temporary or a planned name — a sheet the user added meanwhile under another name is left alone.
 * A rollback protects again, with their own options, the old sheets the write had unprotected, and names
 * those it finds still protected: the write could not unprotect them (a password).
 */
export async function recoverWrite(journal: WriteJournal, policy: RetryPolicy): Promise<{ readonly outcome: "rolledBack" | "completed"; readonly stillProtected: readonly string[] }> {
  return runRetrying(async (context) => {
    const now = await inspectWorkbook(context);
    const before = new Set(journal.preexisting.map((s) => s.id));
    const planned = new Set(journal.planned.map((n) => n.toLocaleLowerCase()));
    const made = now.sheets.filter((s) => !before.has(s.id) && (s.name.startsWith(NEW_SHEET_PREFIX) || planned.has(s.name.toLocaleLowerCase())));
    const madeNames = new Set(made.map((s) => s.name.toLocaleLowerCase()));
    const sheets = context.workbook.worksheets;
    const present = new Map(now.sheets.map((s) => [s.id, s.name]));
    if (journal.planned.length > 0 && [...planned].every((n) => madeNames.has(n))) {
      for (const s of journal.old) {
        if (!present.has(s.id)) continue;
        // A copy kept for undo may have been made very hidden already, and Excel deletes no very hidden sheet.
        const sheet = sheets.getItem(s.id);
        sheet.visibility = "Hidden";
        sheet.delete();
      }
      if (journal.activate !== "") sheets.getItem(journal.activate).activate();
      await context.sync();
      return { outcome: "completed", stillProtected: [] };
    }
    for (const s of made) sheets.getItem(s.id).delete();
    for (const s of journal.old) {
      const name = present.get(s.id);
      if (name !== undefined && name !== s.name) sheets.getItem(s.id).name = s.name;
    }
    const tables = new Set(now.tableNames.map((n) => n.toLowerCase()));
    for (const t of journal.asideTables) if (tables.has(t.aside.toLowerCase())) context.workbook.tables.getItem(t.aside).name = t.original;
    // After the tables' names: a table on a protected sheet cannot be renamed.
    const stillProtected: string[] = [];
    for (const s of journal.unprotected) {
      const fact = now.sheets.find((x) => x.id === s.id);
      if (fact?.protected === true) stillProtected.push(s.name);
      else if (fact !== undefined) sheets.getItem(s.id).protection.protect(s.protection);
    }
    await context.sync();
    return { outcome: "rolledBack", stillProtected };
  }, policy);
}
