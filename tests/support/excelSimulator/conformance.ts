/**
 * Compile-time check that the simulator speaks the same API as @types/office-js: for each member the
 * add-in uses, the parameter lists and scalar property types must match the real declarations.
 * `tsc --noEmit` fails if the simulator drifts from Office.js.
 */
import type { SimRange, SimRangeFormat } from "./range";
import type { SimPageLayout, SimTableCollection, SimWorksheet, SimWorksheetCollection } from "./worksheet";

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type ParamsOf<T, K extends keyof T> = T[K] extends (...args: infer P) => unknown ? P : never;
type AllTrue<T extends Record<string, true>> = T;

export type RangeConforms = AllTrue<{
  values: Same<SimRange["values"] extends unknown[][] ? true : false, true>;
  address: Same<SimRange["address"], Excel.Range["address"]>;
  rowIndex: Same<SimRange["rowIndex"], Excel.Range["rowIndex"]>;
  columnIndex: Same<SimRange["columnIndex"], Excel.Range["columnIndex"]>;
  isNullObject: Same<SimRange["isNullObject"], Excel.Range["isNullObject"]>;
  getCell: Same<ParamsOf<SimRange, "getCell">, ParamsOf<Excel.Range, "getCell">>;
  autofitRows: Same<ParamsOf<SimRangeFormat, "autofitRows">, ParamsOf<Excel.RangeFormat, "autofitRows">>;
  columnWidth: Same<SimRangeFormat["columnWidth"], Excel.RangeFormat["columnWidth"]>;
  wrapText: Same<SimRangeFormat["wrapText"], Excel.RangeFormat["wrapText"]>;
}>;

export type WorksheetConforms = AllTrue<{
  name: Same<SimWorksheet["name"], Excel.Worksheet["name"]>;
  getRange: Same<ParamsOf<SimWorksheet, "getRange">, ParamsOf<Excel.Worksheet, "getRange">>;
  getRangeByIndexes: Same<ParamsOf<SimWorksheet, "getRangeByIndexes">, ParamsOf<Excel.Worksheet, "getRangeByIndexes">>;
  getUsedRangeOrNullObject: Same<ParamsOf<SimWorksheet, "getUsedRangeOrNullObject">, ParamsOf<Excel.Worksheet, "getUsedRangeOrNullObject">>;
  delete: Same<ParamsOf<SimWorksheet, "delete">, ParamsOf<Excel.Worksheet, "delete">>;
  activate: Same<ParamsOf<SimWorksheet, "activate">, ParamsOf<Excel.Worksheet, "activate">>;
  add: Same<ParamsOf<SimWorksheetCollection, "add">, ParamsOf<Excel.WorksheetCollection, "add">>;
  getItem: Same<ParamsOf<SimWorksheetCollection, "getItem">, ParamsOf<Excel.WorksheetCollection, "getItem">>;
  getItemOrNullObject: Same<ParamsOf<SimWorksheetCollection, "getItemOrNullObject">, ParamsOf<Excel.WorksheetCollection, "getItemOrNullObject">>;
  setPrintTitleRows: Same<Extract<ParamsOf<SimPageLayout, "setPrintTitleRows">[0], string>, Extract<ParamsOf<Excel.PageLayout, "setPrintTitleRows">[0], string>>;
  tablesAdd: Same<ParamsOf<SimTableCollection, "add">[1], ParamsOf<Excel.TableCollection, "add">[1]>;
}>;
