/**
 * Compile-time check that the simulator speaks the same API as @types/office-js: for each member the
 * add-in uses, the parameter lists and scalar property types must match the real declarations.
 * `tsc --noEmit` fails if the simulator drifts from Office.js.
 */
import type { SimChart, SimChartCollection } from "./charts";
import type { SimConditionalFormat, SimConditionalFormatCollection } from "./conditionalFormats";
import type { SimRange, SimRangeFormat } from "./range";
import type { SimDataValidation, SimRangeAreas } from "./rangeParts";
import type { SimTableCollection, SimTableProxy } from "./tables";
import type { SimPageLayout, SimWorksheet, SimWorksheetCollection, SimWorksheetProtection } from "./worksheet";
import type { SimRunOptions } from "./undoGroups";

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
 * Excel.run(options, batch) with `mergeUndoGroup` (ExcelApi 1.20,
 * https://learn.microsoft.com/javascript/api/excel/excel.runoptions): the simulator takes that one option,
 * refuses it below 1.20, and files every sync of such a batch as one undo step (`undoGroups.ts`).
 */
export type RunOptionsConform = AllTrue<{
  mergeUndoGroup: Same<NonNullable<SimRunOptions["mergeUndoGroup"]>, NonNullable<Excel.RunOptions["mergeUndoGroup"]>>;
  // Worksheet.delete fails with InvalidOperation on a "VeryHidden" sheet (its reference page): the simulator refuses it too.
  veryHidden: Same<Extract<SimWorksheet["visibility"], "VeryHidden">, Extract<Excel.Worksheet["visibility"], "VeryHidden">>;
}>;
