import type { PlainValue } from "../domain/cell";
import type { ExistingTable } from "../domain/plans/userRows";

export interface SheetFact {
  readonly id: string;
  readonly name: string;
  /** Protected against changes (Review → Protect Sheet), and with which options, so a rollback can protect it again. */
  readonly protected?: boolean;
  readonly protection?: Excel.WorksheetProtectionOptions;
}

export interface WorkbookFacts {
  readonly sheets: readonly SheetFact[];
  readonly tableNames: readonly string[];
  /** Review → Protect Workbook: no sheet can be added, renamed or deleted. */
  readonly workbookProtected: boolean;
}

/**
 * Queues the loads of every sheet (id, name, visibility, protection), every table's name and the
 * workbook's structure protection (ExcelApi 1.7, checked at run time); `read` once the caller has synced.
 */
export function loadWorkbookFacts(context: Excel.RequestContext): { readonly sheets: Excel.WorksheetCollection; read(): WorkbookFacts } {
  const sheets = context.workbook.worksheets.load("items/id,items/name,items/visibility,items/protection/protected,items/protection/options");
  const tables = context.workbook.tables.load("items/name");
  const workbook = Office.context.requirements.isSetSupported("ExcelApi", "1.7") ? context.workbook.protection.load("protected") : null;
  return {
    sheets,
    read: () => ({
      sheets: sheets.items.map((s) => ({ id: s.id, name: s.name, protected: s.protection.protected, protection: s.protection.options })),
      tableNames: tables.items.map((t) => t.name),
      workbookProtected: workbook?.protected ?? false,
    }),
  };
}

/** One sync: every sheet, every table's name (unique workbook-wide) and whether the workbook's structure is protected. */
export async function inspectWorkbook(context: Excel.RequestContext): Promise<WorkbookFacts> {
  const facts = loadWorkbookFacts(context);
  await context.sync();
  return facts.read();
}

export interface PlannedTableFact extends ExistingTable {
  readonly sheet: string;
}

/** A cell as a table row holds it: Excel reports an empty cell as "". */
export function plainValue(v: unknown): PlainValue {
  return v === "" || v === undefined ? null : (v as PlainValue);
}

/** One sync: where each of the named tables stands and what its rows hold. */
export async function readTables(context: Excel.RequestContext, names: readonly string[]): Promise<PlannedTableFact[]> {
  if (names.length === 0) return [];
  const loaded = names.map((name) => {
    const table = context.workbook.tables.getItem(name);
    return { name, sheet: table.worksheet.load("name"), body: table.getDataBodyRange().load("values") };
  });
  await context.sync();
  return loaded.map((t) => ({ name: t.name, sheet: t.sheet.name, rows: t.body.values.map((row) => row.map(plainValue)) }));
}
