/**
 * Compile-time check that the simulator speaks the same API as @types/office-js: for each member the
 * add-in uses, the parameter lists and scalar property types must match the real declarations.
 * `tsc --noEmit` fails if the simulator drifts from Office.js. Below them, `RULES`: the behaviours of
 * Excel the simulator enforces, each with its source and the test that exercises it.
 */
import type { SimChart, SimChartCollection } from "./charts";
import type { SimConditionalFormat, SimConditionalFormatCollection } from "./conditionalFormats";
import type { SimRange, SimRangeFormat } from "./range";
import type { SimDataValidation, SimRangeAreas } from "./rangeParts";
import type { SimTableCollection, SimTableProxy } from "./tables";
import type { SimPageLayout, SimWorksheet, SimWorksheetCollection, SimWorksheetProtection } from "./worksheet";
import type { SimWorkbookProtection } from "./protection";
import type { SimRunOptions } from "./context";

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type ParamsOf<T, K extends keyof T> = T[K] extends (...args: infer P) => unknown ? P : never;
type AllTrue<T extends Record<string, true>> = T;

export type RangeConforms = AllTrue<{
  values: Same<SimRange["values"] extends unknown[][] ? true : false, true>;
  formulas: Same<SimRange["formulas"] extends unknown[][] ? true : false, true>;
  valueTypes: Same<SimRange["valueTypes"], Excel.Range["valueTypes"]>;
  address: Same<SimRange["address"], Excel.Range["address"]>;
  rowIndex: Same<SimRange["rowIndex"], Excel.Range["rowIndex"]>;
  columnIndex: Same<SimRange["columnIndex"], Excel.Range["columnIndex"]>;
  isNullObject: Same<SimRange["isNullObject"], Excel.Range["isNullObject"]>;
  getCell: Same<ParamsOf<SimRange, "getCell">, ParamsOf<Excel.Range, "getCell">>;
  merge: Same<ParamsOf<SimRange, "merge">, ParamsOf<Excel.Range, "merge">>;
  getMergedAreasOrNullObject: Same<ParamsOf<SimRange, "getMergedAreasOrNullObject">, ParamsOf<Excel.Range, "getMergedAreasOrNullObject">>;
  mergedAreasAddress: Same<SimRangeAreas["address"], Excel.RangeAreas["address"]>;
  select: Same<ParamsOf<SimRange, "select">, ParamsOf<Excel.Range, "select">>;
  autofitRows: Same<ParamsOf<SimRangeFormat, "autofitRows">, ParamsOf<Excel.RangeFormat, "autofitRows">>;
  columnWidth: Same<SimRangeFormat["columnWidth"], Excel.RangeFormat["columnWidth"]>;
  wrapText: Same<SimRangeFormat["wrapText"], Excel.RangeFormat["wrapText"]>;
  locked: Same<SimRangeFormat["protection"]["locked"], Excel.FormatProtection["locked"]>;
  validationRule: Same<SimDataValidation["rule"], Excel.DataValidation["rule"]>;
  validationPrompt: Same<SimDataValidation["prompt"], Excel.DataValidation["prompt"]>;
  validationAlert: Same<SimDataValidation["errorAlert"], Excel.DataValidation["errorAlert"]>;
  validationClear: Same<ParamsOf<SimDataValidation, "clear">, ParamsOf<Excel.DataValidation, "clear">>;
}>;

export type WorksheetConforms = AllTrue<{
  name: Same<SimWorksheet["name"], Excel.Worksheet["name"]>;
  id: Same<SimWorksheet["id"], Excel.Worksheet["id"]>;
  visibility: Same<SimWorksheet["visibility"], Exclude<Excel.Worksheet["visibility"], Excel.SheetVisibility>>;
  getRange: Same<ParamsOf<SimWorksheet, "getRange">, ParamsOf<Excel.Worksheet, "getRange">>;
  getRangeByIndexes: Same<ParamsOf<SimWorksheet, "getRangeByIndexes">, ParamsOf<Excel.Worksheet, "getRangeByIndexes">>;
  getUsedRangeOrNullObject: Same<ParamsOf<SimWorksheet, "getUsedRangeOrNullObject">, ParamsOf<Excel.Worksheet, "getUsedRangeOrNullObject">>;
  delete: Same<ParamsOf<SimWorksheet, "delete">, ParamsOf<Excel.Worksheet, "delete">>;
  activate: Same<ParamsOf<SimWorksheet, "activate">, ParamsOf<Excel.Worksheet, "activate">>;
  add: Same<ParamsOf<SimWorksheetCollection, "add">, ParamsOf<Excel.WorksheetCollection, "add">>;
  getItem: Same<ParamsOf<SimWorksheetCollection, "getItem">, ParamsOf<Excel.WorksheetCollection, "getItem">>;
  getItemOrNullObject: Same<ParamsOf<SimWorksheetCollection, "getItemOrNullObject">, ParamsOf<Excel.WorksheetCollection, "getItemOrNullObject">>;
  setPrintTitleRows: Same<Extract<ParamsOf<SimPageLayout, "setPrintTitleRows">[0], string>, Extract<ParamsOf<Excel.PageLayout, "setPrintTitleRows">[0], string>>;
  protect: Same<ParamsOf<SimWorksheetProtection, "protect">, ParamsOf<Excel.WorksheetProtection, "protect">>;
  unprotect: Same<ParamsOf<SimWorksheetProtection, "unprotect">, ParamsOf<Excel.WorksheetProtection, "unprotect">>;
  isProtected: Same<SimWorksheetProtection["protected"], Excel.WorksheetProtection["protected"]>;
}>;

export type TableConforms = AllTrue<{
  tablesAdd: Same<ParamsOf<SimTableCollection, "add">[1], ParamsOf<Excel.TableCollection, "add">[1]>;
  tablesGetItem: Same<ParamsOf<SimTableCollection, "getItem">, ParamsOf<Excel.TableCollection, "getItem">>;
  tablesGetItemOrNullObject: Same<ParamsOf<SimTableCollection, "getItemOrNullObject">, ParamsOf<Excel.TableCollection, "getItemOrNullObject">>;
  tableName: Same<SimTableProxy["name"], Excel.Table["name"]>;
  getHeaderRowRange: Same<ParamsOf<SimTableProxy, "getHeaderRowRange">, ParamsOf<Excel.Table, "getHeaderRowRange">>;
  getDataBodyRange: Same<ParamsOf<SimTableProxy, "getDataBodyRange">, ParamsOf<Excel.Table, "getDataBodyRange">>;
  tableDelete: Same<ParamsOf<SimTableProxy, "delete">, ParamsOf<Excel.Table, "delete">>;
}>;

export type ConditionalFormatConforms = AllTrue<{
  add: Same<ParamsOf<SimConditionalFormatCollection, "add">[0], ParamsOf<Excel.ConditionalFormatCollection, "add">[0]>;
  ruleFormula: Same<SimConditionalFormat["custom"]["rule"]["formula"], Excel.ConditionalFormatRule["formula"]>;
  fillColor: Same<SimConditionalFormat["custom"]["format"]["fill"]["color"], Excel.ConditionalRangeFill["color"]>;
  // Excel declares it `any`; the simulator takes the format code the add-in writes.
  numberFormat: Same<SimConditionalFormat["custom"]["format"]["numberFormat"] extends Excel.ConditionalRangeFormat["numberFormat"] ? true : false, true>;
  deleteIt: Same<ParamsOf<SimConditionalFormat, "delete">, ParamsOf<Excel.ConditionalFormat, "delete">>;
}>;

/** The simulator takes a subset of what Excel takes: everything it accepts, Excel accepts too. */
type Within<A, B> = [A] extends [B] ? true : false;

export type ChartConforms = AllTrue<{
  addType: Within<ParamsOf<SimChartCollection, "add">[0], ParamsOf<Excel.ChartCollection, "add">[0]>;
  addSeriesBy: Within<ParamsOf<SimChartCollection, "add">[2], ParamsOf<Excel.ChartCollection, "add">[2]>;
  setPosition: Within<ParamsOf<SimChart, "setPosition">, ParamsOf<Excel.Chart, "setPosition">>;
  title: Same<SimChart["title"]["text"], Excel.ChartTitle["text"]>;
  legend: Same<SimChart["legend"]["visible"], Excel.ChartLegend["visible"]>;
  valueAxisMaximum: Within<SimChart["axes"]["valueAxis"]["maximum"], Excel.ChartAxis["maximum"]>;
  seriesAt: Same<ParamsOf<SimChart["series"], "getItemAt">, ParamsOf<Excel.ChartSeriesCollection, "getItemAt">>;
}>;

export type ApplicationConforms = AllTrue<{
  createWorkbook: Same<Parameters<typeof Excel.createWorkbook>, [base64File?: string]>;
}>;

/**
 * Behavioural rules of Office the dialog double and the simulator enforce beyond the types above, each
 * with its source. Tests name a rule by its id in square brackets (tests/excel/conformanceRules.test.ts
 * checks that every rule has one).
 */
export const DIALOG_AND_EDIT_RULES: readonly { readonly id: string; readonly rule: string; readonly source: string }[] = [
  {
    id: "dialog.closeIsAsync",
    rule:
      "A host window shows one dialog at a time: displayDialogAsync fails with 12007 while one is open, and Dialog.close() is asynchronous (returns nothing to await), so a dialog opened right after another closes fails with 12007 until the close has completed.",
    source:
      "https://learn.microsoft.com/office/dev/add-ins/develop/dialog-handle-errors-events (12007: \"A dialog box is already opened from this host window\"); @types/office-js Office.Dialog.close (\"This method is asynchronous\", linking https://learn.microsoft.com/office/dev/add-ins/develop/dialog-best-practices#opening-another-dialog-immediately-after-closing-one); Office.UI.displayDialogAsync",
  },
  {
    id: "edit.delayForCellEdit",
    rule:
      "While the user edits a cell, a batch fails with InvalidOperationInCellEditMode; with Excel.run({ delayForCellEdit: true }, …) a host that has the option (modelled from ExcelApi 1.11) holds the request until the user leaves cell-edit mode, and runs it at once when they are not editing.",
    source:
      "https://learn.microsoft.com/javascript/api/excel/excel.runoptions#excel-excel-runoptions-delayforcelledit-member; @types/office-js Excel.RunOptions.delayForCellEdit and Excel.run(options, batch); https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-delay-in-cell-edit. The reference page names no requirement set for the member; the 1.11 gate is this project's assumption, and older hosts refuse as before.",
  },
  {
    id: "session.requestAborted",
    rule:
      "A request that loses its connection fails with RequestAborted, keeps what the actions before the failure did, and later requests fail the same way until the add-in is connected again: nothing the add-in runs meanwhile (its recovery included) reaches the workbook.",
    source: "@types/office-js Excel.ErrorCodes.requestAborted; the keep-what-ran rule is the simulator's existing fault model (sim.injectFault).",
  },
];

/** How strings written to Range.values are stored (tests/excel/valuesAsStored.test.ts). */
export const VALUE_RULES: readonly { readonly id: string; readonly rule: string; readonly source: string }[] = [
  {
    id: "values.enUsWhateverTheLocale",
    rule:
      "Range.values reads strings as en-US whatever the user's regional settings: \"1.5\", \"4.10\", \"1,000\", \"5%\", \"(5)\", \"$5\", \"2025-02-01\", \"2/1/2025\", \"Jan 5\", \"10:30\", \"10 am\", \"1 1/2\", \"TRUE\" and \"#N/A\" are converted; locale-shaped strings such as \"01.02.2025\", \"1 000\" and \"ИСТИНА\" stay text. What a user types follows the regional settings. \"1,5\" is taken as 15 (a group separator wherever it stands): the converting reading, unconfirmed, so that the add-in's guard is held to the stricter rule.",
    source:
      "@types/office-js 1.0.612 Excel.Range.values (\"Locale-shaped strings (such as the date \\\"19-8-2025\\\" in nl-NL or fr-FR …) are stored as text instead of as dates … use a locale-neutral format like ISO (YYYY-MM-DD)\"); https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member; https://github.com/OfficeDev/office-js/issues/1559 (maintainers: the API uses the USA locale by default; formulasLocal for the user's).",
  },
  {
    id: "values.signStartsFormula",
    rule:
      "A string written to Range.values that starts with \"=\", \"+\" or \"-\" (and more than the sign) is taken as a formula: \"+380671234567\" is the formula =+380671234567 with a number value, \"- пункт\" an erroneous formula; a lone \"-\" stays text, and so does \"—\".",
    source: "@types/office-js Excel.Range.values (\"If the returned value starts with a plus (\\\"+\\\"), minus (\\\"-\\\"), or equal sign (\\\"=\\\"), Excel interprets this value as a formula.\"); https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member",
  },
];

export type ProtectionConforms = AllTrue<{
  workbookProtected: Same<SimWorkbookProtection["protected"], Excel.WorkbookProtection["protected"]>;
  workbookProtect: Same<ParamsOf<SimWorkbookProtection, "protect">, ParamsOf<Excel.WorkbookProtection, "protect">>;
  workbookUnprotect: Same<ParamsOf<SimWorkbookProtection, "unprotect">, ParamsOf<Excel.WorkbookProtection, "unprotect">>;
  sheetProtectionOptions: Same<SimWorksheetProtection["options"], Excel.WorksheetProtection["options"]>;
  tableResize: Within<ParamsOf<SimTableProxy, "resize">[0], ParamsOf<Excel.Table, "resize">[0] | SimRange>;
}>;

/**
 * A behaviour of Excel the simulator enforces, where its source says so. Each `id` is exercised by a test
 * in `test` whose name starts with "[id]" (tests/excel/conformanceRules.test.ts checks that it is).
 */
export interface ConformanceRule {
  readonly id: string;
  /** What Excel does, in one sentence. */
  readonly rule: string;
  /** The Office.js reference page, the @types/office-js member, or Microsoft's page the rule comes from. */
  readonly source: string;
  /** Where the simulator test is, relative to the repository. */
  readonly test: string;
  /** Where the source does not name the error code, the code the simulator chose and why. */
  readonly note?: string;
}

const ERROR_CODES = "https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling (error codes and messages)";
const RULES_TEST = "tests/excel/simulatorRules.test.ts";

export const RULES: readonly ConformanceRule[] = [
  {
    id: "cell.maxChars",
    rule: "A cell holds at most 32,767 characters; Range.values with a longer text (or formula) is refused.",
    source: "https://support.microsoft.com/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3 (Total number of characters that a cell can contain: 32,767); " + ERROR_CODES,
    test: RULES_TEST,
    note: "No page names the code for this refusal; the simulator answers InvalidArgument (\"The argument is invalid or missing or has an incorrect format\"). The add-in never relies on the code: it never sends a longer text.",
  },
  {
    id: "table.protectedSheet",
    rule: "On a protected sheet a table cannot be added, renamed, resized or deleted, whatever cells are unlocked.",
    source: "https://learn.microsoft.com/javascript/api/excel/excel.worksheetprotection (ExcelApi 1.2; WorksheetProtectionOptions has no option for tables); @types/office-js Excel.WorksheetProtection.setPassword/updateOptions: AccessDenied while protection is on; " + ERROR_CODES,
    test: RULES_TEST,
    note: "AccessDenied, the code the reference gives for changes refused while a sheet's protection is on.",
  },
  {
    id: "conditionalFormat.protectedSheet",
    rule: "On a protected sheet conditional formats cannot be added or deleted.",
    source: "https://learn.microsoft.com/javascript/api/excel/excel.conditionalformatcollection (add), https://learn.microsoft.com/javascript/api/excel/excel.conditionalformat (delete); https://learn.microsoft.com/javascript/api/excel/excel.worksheetprotectionoptions (allowFormatCells does not cover conditional formats)",
    test: RULES_TEST,
    note: "AccessDenied, as for tables.",
  },
  {
    id: "worksheetProtection.password",
    rule: "WorksheetProtection.unprotect() is ExcelApi 1.2 and its password 1.7; a sheet protected with a password stays protected unless that password is given.",
    source: "@types/office-js Excel.WorksheetProtection.unprotect(password?) — \"[Api set: ExcelApi 1.7 for password]\"; Excel.WorksheetProtection.pauseProtection: \"If the password is incorrect, then this method throws an InvalidArgument error\"",
    test: RULES_TEST,
    note: "InvalidArgument for a missing or wrong password, as the reference says of pauseProtection; the add-in tells a password by the sheet still being protected, not by the code.",
  },
  {
    id: "worksheetProtection.loadThroughCollection",
    rule: "Loading the worksheet collection with \"items/protection/protected\" (and options) gives every sheet's protection in the same sync.",
    source: "@types/office-js Excel.Interfaces.WorksheetCollectionLoadOptions.protection — \"For EACH ITEM in the collection: Returns the sheet protection object for a worksheet\" (ExcelApi 1.2)",
    test: RULES_TEST,
  },
  {
    id: "workbookProtection.structure",
    rule: "Workbook.protection (ExcelApi 1.7) tells whether the structure is protected; while it is, sheets cannot be added, renamed, hidden, shown or deleted; protect() fails on a protected workbook.",
    source: "https://learn.microsoft.com/javascript/api/excel/excel.workbookprotection (ExcelApi 1.7: protected, protect(password) \"Fails if the workbook has been protected\", unprotect(password)); @types/office-js Excel.Workbook.protection; Review → Protect Workbook (structure) in Excel",
    test: RULES_TEST,
    note: "AccessDenied for the refused change, InvalidOperation for protecting twice, InvalidArgument for a wrong password.",
  },
  {
    id: "run.mergeUndoGroup",
    rule: "Excel.run({ mergeUndoGroup: true }, …) makes every context.sync() of that Excel.run one step of Excel's own undo (without it, each sync is a step); the option is ExcelApi 1.20, and an older host has no such option. It combines with delayForCellEdit.",
    source: "@types/office-js Excel.RunOptions.mergeUndoGroup (\"When true, all context.sync() calls in a single Excel.run are merged into one undo group\", [Api set: ExcelApi 1.20]); https://learn.microsoft.com/javascript/api/excel/excel.runoptions",
    test: "tests/excel/undoImport.test.ts",
    note: "Below 1.20 the simulator answers ApiNotFound; the add-in never sends the option there (it checks ExcelApi 1.20 at run time). A host that cannot group a batch is modelled by an injected UndoNotSupported.",
  },
  {
    id: "worksheet.deleteVeryHidden",
    rule: "Worksheet.delete() fails with InvalidOperation on a sheet whose visibility is \"VeryHidden\"; made Hidden or Visible first, it can be deleted.",
    source: "@types/office-js Excel.Worksheet.delete (\"if the worksheet's visibility is set to \\\"VeryHidden\\\", the delete operation will fail with an InvalidOperation exception\"); https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-delete-member(1)",
    test: "tests/excel/undoImport.test.ts",
  },
];

/**
 * Excel.run(options, batch) with `mergeUndoGroup` (ExcelApi 1.20,
 * https://learn.microsoft.com/javascript/api/excel/excel.runoptions): the simulator takes it beside
 * delayForCellEdit, refuses it below 1.20, and files every sync of such a batch as one undo step (`undoGroups.ts`).
 */
export type RunOptionsConform = AllTrue<{
  delayForCellEdit: Same<NonNullable<SimRunOptions["delayForCellEdit"]>, NonNullable<Excel.RunOptions["delayForCellEdit"]>>;
  mergeUndoGroup: Same<NonNullable<SimRunOptions["mergeUndoGroup"]>, NonNullable<Excel.RunOptions["mergeUndoGroup"]>>;
  // Worksheet.delete fails with InvalidOperation on a "VeryHidden" sheet (its reference page): the simulator refuses it too.
  veryHidden: Same<Extract<SimWorksheet["visibility"], "VeryHidden">, Extract<Excel.Worksheet["visibility"], "VeryHidden">>;
}>;
