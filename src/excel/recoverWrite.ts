import type { SheetFact } from "./inspectOwnSheets";
import { inspectWorkbook } from "./inspectOwnSheets";
import { runRetrying, type RetryPolicy } from "./runExcel";

/** What a write had set out to change, so that a failure can be undone whatever step it hit. */
export interface WriteJournal {
  /** Every sheet before the write: any other sheet found afterwards was made by the write. */
  readonly preexisting: readonly SheetFact[];
  /** The old copies of the add-in's sheets, with their original names. */
  readonly old: readonly SheetFact[];
  readonly asideTables: readonly { readonly original: string; readonly aside: string }[];
  /** The sheet to show once the write is complete. */
  readonly activate: string;
}

/**
 * After a failed write: if the old copies were still all there, remove the new sheets and give the old
 * sheets and tables back their names ("rolledBack"); if the swap had already begun deleting the old
 * copies, the new sheets are complete and in place, so the deletion is finished instead ("completed").
 */
export async function recoverWrite(journal: WriteJournal, policy: RetryPolicy): Promise<"rolledBack" | "completed"> {
  return runRetrying(async (context) => {
    const now = await inspectWorkbook(context);
    const ids = new Set(now.sheets.map((s) => s.id));
    const sheets = context.workbook.worksheets;
    if (journal.old.some((s) => !ids.has(s.id))) {
      for (const s of journal.old) if (ids.has(s.id)) sheets.getItem(s.id).delete();
      if (journal.activate !== "") sheets.getItem(journal.activate).activate();
      await context.sync();
      return "completed";
    }
    const before = new Set(journal.preexisting.map((s) => s.id));
    for (const s of now.sheets) if (!before.has(s.id)) sheets.getItem(s.id).delete();
    for (const s of journal.old) {
      if (now.sheets.find((x) => x.id === s.id)?.name !== s.name) sheets.getItem(s.id).name = s.name;
    }
    const tables = new Set(now.tableNames.map((n) => n.toLowerCase()));
    for (const t of journal.asideTables) if (tables.has(t.aside.toLowerCase())) context.workbook.tables.getItem(t.aside).name = t.original;
    await context.sync();
    return "rolledBack";
  }, policy);
}
