import { keepsUserRows } from "../domain/plans/userRows";
import type { SheetGrid } from "../domain/sheetGrid";
import { loadWorkbookFacts, plainValue, type PlannedTableFact, type WorkbookFacts } from "./inspectOwnSheets";
import { gridFromUsedRange } from "./rangeCells";
import { errorCode } from "./runExcel";

export interface OwnWorkbookRead {
  /** Every sheet and table of the workbook, as a write needs them to choose its temporary names. */
  readonly facts: WorkbookFacts;
  /** The named sheets that exist, read whole. */
  readonly grids: readonly SheetGrid[];
  /** The planned tables already in the workbook: where they stand, and their rows where users add rows. */
  readonly tables: readonly PlannedTableFact[];
}

/**
 * Two syncs inside an open batch: the list of sheets and tables, then the named sheets' cells and the
 * planned tables' places together. "tooLarge" when the cells would not fit one response (5 MB on the
 * web); the caller then reads in smaller pieces. "structureProtected" after the first sync already, when
 * the workbook's structure is protected: no write could add or rename a sheet, so nothing more is read.
 */
export async function readOwnWorkbook(
  context: Excel.RequestContext,
  sheetNames: readonly string[],
  plannedTables: readonly string[],
  /** Other sheets to read whole as well, hidden ones included: a hidden report is then named, never taken. */
  alsoOthers: (name: string) => boolean = () => false,
): Promise<OwnWorkbookRead | "tooLarge" | "structureProtected"> {
  const { sheets, read } = loadWorkbookFacts(context);
  await context.sync();
  const facts: WorkbookFacts = read();
  if (facts.workbookProtected) return "structureProtected";
  const wanted = sheets.items.filter((s) => sheetNames.includes(s.name) || alsoOthers(s.name));
  const used = wanted.map((s) => ({ sheet: s, range: s.getUsedRangeOrNullObject(true).load("rowIndex,columnIndex,values,valueTypes,formulas,numberFormat") }));
  const lowerPlanned = new Set(plannedTables.map((n) => n.toLowerCase()));
  const present = facts.tableNames.filter((n) => lowerPlanned.has(n.toLowerCase()));
  const placed = present.map((name) => {
    const table = context.workbook.tables.getItem(name);
    return { name, sheet: table.worksheet.load("name"), body: keepsUserRows(name) ? table.getDataBodyRange().load("values") : null };
  });
  try {
    await context.sync();
  } catch (error) {
    if (errorCode(error) === "ResponsePayloadSizeLimitExceeded") return "tooLarge";
    throw error;
  }
  return {
    facts,
    grids: used.map(({ sheet, range }) => gridFromUsedRange(sheet, range)),
    tables: placed.map((t) => ({ name: t.name, sheet: t.sheet.name, rows: t.body === null ? [] : t.body.values.map((row) => row.map(plainValue)) })),
  };
}
