/**
 * What the running Excel can do beyond the manifest's floor (ExcelApi 1.7, Excel 2019);
 * checked at run time, never assumed from the platform.
 */
export interface ExcelCapabilities {
  /** ExcelApi 1.9: page layout — paper, orientation, fit to page, print titles, headers and footers. */
  readonly printSetup: boolean;
  /** ExcelApi 1.8: data validation (in-cell dropdowns, number checks) and Excel.createWorkbook. */
  readonly dataValidation: boolean;
}

export function detectCapabilities(): ExcelCapabilities {
  const has = (version: string) => Office.context.requirements.isSetSupported("ExcelApi", version);
  return { printSetup: has("1.9"), dataValidation: has("1.8") };
}
