import type { PlainValue } from "../cell";

/** How one column looks: width in Excel character units, wrapping, alignment. */
export interface ColumnPlan {
  /** A stable name for the column: headers are localised, keys are not. */
  readonly key: string;
  readonly header: string;
  readonly width: number;
  readonly wrap: boolean;
  readonly align: "left" | "center" | "right";
  /** "text" cells are written so a spreadsheet never turns them into numbers, dates or formulas. */
  readonly kind: "text" | "number";
}

/** A header row plus data rows, rendered as an Excel table (or a plain styled range where tables are unavailable). */
export interface TablePlan {
  readonly name: string;
  /** Zero-based column where the block starts on the sheet. */
  readonly startColumn: number;
  readonly columns: readonly ColumnPlan[];
  readonly rows: readonly (readonly PlainValue[])[];
  /** A remark shown beside the header row, outside the table, so users can add rows freely. */
  readonly note?: string;
}

export interface PrintPlan {
  readonly paper: "A4";
  readonly orientation: "landscape" | "portrait";
  readonly fitToPagesWide: 1;
  /** Rows repeated at the top of every printed page (1-based, inclusive). */
  readonly repeatRows: { readonly from: number; readonly to: number };
  readonly headerCenter: string;
  /** Uses the spreadsheet codes &P (page) and &N (pages). */
  readonly footerCenter: string;
}

export interface SheetPlan {
  readonly name: string;
  readonly tables: readonly TablePlan[];
  readonly freezeRows: number;
  readonly print: PrintPlan;
  readonly tabColor: string;
}
