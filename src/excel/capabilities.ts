/**
 * What the running Excel can do beyond the manifest's floor (ExcelApi 1.7, Excel 2019);
 * checked at run time, never assumed from the platform.
 */
export interface ExcelCapabilities {
  /** ExcelApi 1.9: page layout — paper, orientation, fit to page, print titles, headers and footers. */
  readonly printSetup: boolean;
}

export function detectCapabilities(): ExcelCapabilities {
  return { printSetup: Office.context.requirements.isSetSupported("ExcelApi", "1.9") };
}
