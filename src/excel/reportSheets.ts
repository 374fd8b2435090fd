import type { Issue } from "../domain/issues";
import type { ClearOutcome } from "../domain/reportOperations";
import { META_SHEET } from "../domain/reports/reportFormat";
import type { SheetGrid } from "../domain/sheetGrid";
import { isAddinSheet } from "./addinSheets";
import { gridFromUsedRange } from "./rangeCells";
import { readSheetGrid } from "./readSheetGrid";
import { DEFAULT_RETRY, errorCode, runBatch, runRetrying, type RetryPolicy } from "./runExcel";

/** The marker that tells the add-in's highlights from the user's own conditional formats. */
export const HIGHLIGHT_FORMULA = '=N("pm-check")=0';
const FILL = { error: "#FFC7CE", warning: "#FFEB9C" } as const;

export interface ReadSheets {
  readonly grids: SheetGrid[];
  /** Sheets protected against changes: their issues are listed, not highlighted. */
  readonly protectedSheets: readonly string[];
  /** Review → Protect Workbook is on: no sheet can be added (ExcelApi 1.7; false where it cannot be told). */
  readonly workbookProtected: boolean;
  /** Every sheet of the workbook, read or not: the metadata belongs to the sheet it names even when that one is not read. */
  readonly sheetNames: readonly string[];
  readonly activeSheet: string;
  readonly syncs: number;
}

/**
 * Reads the report sheets in two syncs whatever their size: the sheet list first, then every target
 * sheet's cells (and the metadata sheet, if the workbook has one) together.
 */
export async function readReportSheets(scope: "active" | "all", alsoRead: readonly string[], policy: RetryPolicy = DEFAULT_RETRY): Promise<ReadSheets> {
  return runRetrying(async (context) => {
    const sheets = context.workbook.worksheets.load("items/name,items/visibility");
    const active = context.workbook.worksheets.getActiveWorksheet().load("name");
    const workbook = Office.context.requirements.isSetSupported("ExcelApi", "1.7") ? context.workbook.protection.load("protected") : null;
    await context.sync();
    const workbookProtected = workbook?.protected ?? false;
    // «Дані» and the summaries may be large and are never reports: they are not even read.
    const targets = sheets.items.filter((s) => s.name === META_SHEET || alsoRead.includes(s.name) || (!isAddinSheet(s.name) && (scope === "all" ? s.visibility === "Visible" : s.name === active.name)));
    const loaded = targets.map((s) => ({
      sheet: s,
      used: s.getUsedRangeOrNullObject(true).load("rowIndex,columnIndex,values,valueTypes,formulas,numberFormat"),
      protection: s.protection.load("protected"),
    }));
    try {
      await context.sync();
    } catch (error) {
      if (errorCode(error) !== "ResponsePayloadSizeLimitExceeded") throw error;
      // Too much for one response (Excel on the web stops at 5 MB): each sheet is read on its own, in row blocks.
      const names = targets.map((t) => t.name);
      const grids: SheetGrid[] = [];
      let syncs = 2;
      for (const name of names) {
        const { syncs: used, ...grid } = await readSheetGrid(name, policy);
        grids.push(grid);
        syncs += used;
      }
      const protection = await runBatch(async (ctx) => {
        const loaded = names.map((name) => ({ name, p: ctx.workbook.worksheets.getItem(name).protection.load("protected") }));
        await ctx.sync();
        return loaded.filter((l) => l.p.protected).map((l) => l.name);
      });
      return { grids, protectedSheets: protection, workbookProtected, sheetNames: sheets.items.map((s) => s.name), activeSheet: active.name, syncs: syncs + 1 };
    }
    return {
      grids: loaded.map(({ sheet, used }) => gridFromUsedRange(sheet, used)),
      protectedSheets: loaded.filter((l) => l.protection.protected).map((l) => l.sheet.name),
      workbookProtected,
      sheetNames: sheets.items.map((s) => s.name),
      activeSheet: active.name,
      syncs: 2,
    };
  }, policy);
}

/** The add-in's own highlights on these sheets, told from the user's formats by their rule: two syncs (formats, then rules). */
async function highlightsOn(context: Excel.RequestContext, sheets: readonly Excel.Worksheet[]): Promise<{ sheet: Excel.Worksheet; format: Excel.ConditionalFormat }[]> {
  const collections = sheets.map((sheet) => ({ sheet, formats: sheet.getRange().conditionalFormats.load("items/type") }));
  await context.sync();
  const custom = collections.flatMap(({ sheet, formats }) => formats.items.filter((f) => f.type === Excel.ConditionalFormatType.custom).map((format) => ({ sheet, format })));
  if (custom.length === 0) return [];
  const rules = custom.map((c) => c.format.custom.rule.load("formula"));
  await context.sync();
  return custom.filter((_, i) => rules[i]?.formula === HIGHLIGHT_FORMULA);
}

/**
 * The checked sheets' highlights made anew: the add-in's old ones removed (a cell fixed since the last check
 * loses its colour), then a conditional format on every cell with an error or a warning; the user's own formats
 * stay as they are. A protected sheet is left alone. Two or three syncs, whatever the number of cells.
 */
export async function highlightIssues(issues: readonly Issue[], checkedSheets: readonly string[], skipSheets: readonly string[]): Promise<number> {
  const sheets = checkedSheets.filter((name) => !skipSheets.includes(name));
  const targets = issues.filter((i) => i.severity !== "info" && i.location.sheet !== undefined && i.location.cell !== undefined && sheets.includes(i.location.sheet));
  if (sheets.length === 0) return 0;
  return runBatch(async (context) => {
    for (const old of await highlightsOn(context, sheets.map((name) => context.workbook.worksheets.getItem(name)))) old.format.delete();
    const seen = new Set<string>();
    for (const i of targets) {
      const key = `${i.location.sheet}!${i.location.cell}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const range = context.workbook.worksheets.getItem(i.location.sheet as string).getRange(i.location.cell);
      const format = range.conditionalFormats.add(Excel.ConditionalFormatType.custom);
      format.custom.rule.formula = HIGHLIGHT_FORMULA;
      format.custom.format.fill.color = FILL[i.severity === "error" ? "error" : "warning"];
    }
    await context.sync();
    return seen.size;
  });
}

/**
 * Removes the add-in's highlights from every sheet, and nothing else: four syncs (list, formats, their
 * rules, delete). A sheet protected since it was highlighted keeps its highlights (Excel refuses to
 * delete a conditional format there) and is named, so the other sheets are cleared all the same.
 */
export async function clearHighlights(policy: RetryPolicy = DEFAULT_RETRY): Promise<ClearOutcome> {
  return runRetrying(async (context) => {
    const sheets = context.workbook.worksheets.load("items/name,items/protection/protected");
    await context.sync();
    const ours = await highlightsOn(context, sheets.items);
    const removable = ours.filter((c) => !c.sheet.protection.protected);
    for (const c of removable) c.format.delete();
    if (removable.length > 0) await context.sync();
    return { removed: removable.length, protectedSheets: [...new Set(ours.filter((c) => c.sheet.protection.protected).map((c) => c.sheet.name))] };
  }, policy);
}

/** Shows an issue's cell to the user: its sheet becomes active and the cell selected. */
export async function selectCell(sheet: string, cell: string): Promise<void> {
  await runBatch(async (context) => {
    context.workbook.worksheets.getItem(sheet).getRange(cell).select();
    await context.sync();
  });
}
