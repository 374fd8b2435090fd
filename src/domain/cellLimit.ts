/** The most characters one Excel cell holds (Excel specifications and limits); longer texts are refused, not cut. */
export const EXCEL_CELL_CHARS = 32_767;
