import type { PlainValue } from "../domain/cell";
import type { ExistingTable } from "../domain/plans/userRows";

export interface SheetFact {
  readonly id: string;
  readonly name: string;
}

export interface WorkbookFacts {
  readonly sheets: readonly SheetFact[];
  readonly tableNames: readonly string[];
}

/** One sync: every sheet's id and name, and every table's name (table names are unique workbook-wide). */
export async function inspectWorkbook(context: Excel.RequestContext): Promise<WorkbookFacts> {
  const sheets = context.workbook.worksheets.load("items/id,items/name");
  const tables = context.workbook.tables.load("items/name");
  await context.sync();
  return { sheets: sheets.items.map((s) => ({ id: s.id, name: s.name })), tableNames: tables.items.map((t) => t.name) };
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
