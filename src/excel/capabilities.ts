/** What the running Excel can do; checked once per operation, never assumed from the platform. */
export interface ExcelCapabilities {
  /** ExcelApi 1.7 (Excel 2019): freeze panes, tab colour, getRangeByIndexes. */
  readonly api17: boolean;
  /** ExcelApi 1.9: page layout — paper, orientation, fit to page, print titles, headers and footers. */
  readonly printSetup: boolean;
}

export function detectCapabilities(): ExcelCapabilities {
  const supported = (version: string) => Office.context.requirements.isSetSupported("ExcelApi", version);
  return { api17: supported("1.7"), printSetup: supported("1.9") };
}
