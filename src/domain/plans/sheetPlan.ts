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
  /** Excel number format code for number columns ("#,##0.0"); Excel shows it with the user's separators. */
  readonly numberFormat?: string;
  /** On a protected sheet: cells people fill in stay unlocked. */
  readonly editable?: boolean;
  /** What a cell may hold, with the message shown when it is selected (in-cell dropdowns for lists). */
  readonly validation?: ColumnValidation;
  /**
   * A value equal to the one in the visible row above is not shown (a conditional number format ";;;"):
   * a task's name reads once at the head of its measures instead of as a wall of repeats, while every
   * row keeps its value, so filters and sorts still work (see `repeatHidingRule`).
   */
  readonly hideRepeats?: boolean;
}

/**
 * The condition, for a cell at `cell` whose neighbour above is `above`: the same value, and that row not
 * hidden by a filter (SUBTOTAL 103 counts only visible cells). After a sort it still holds row by row.
 */
export function repeatHidingRule(cell: string, above: string): string {
  return `AND(${cell}=${above},SUBTOTAL(103,${above})=1)`;
}

/** The number format that shows nothing for any value. */
export const HIDDEN_NUMBER_FORMAT = ";;;";

export type ColumnValidation =
  | { readonly kind: "list"; readonly values: readonly string[]; readonly prompt: string; readonly error: string }
  | { readonly kind: "whole" | "decimal"; readonly prompt: string; readonly error: string };

/** A single cell outside any table: a title, a label or its value. */
export interface BlockCell {
  readonly row: number;
  readonly column: number;
  readonly value: string;
  readonly bold?: boolean;
  readonly editable?: boolean;
}

/** A header row plus data rows, rendered as an Excel table (or a plain styled range where tables are unavailable). */
export interface TablePlan {
  readonly name: string;
  /** Zero-based column where the block starts on the sheet. */
  readonly startColumn: number;
  /** Zero-based row of the header row; 0 unless cells stand above the table. */
  readonly startRow?: number;
  readonly columns: readonly ColumnPlan[];
  readonly rows: readonly (readonly PlainValue[])[];
  /** A remark shown beside the header row, outside the table, so users can add rows freely. */
  readonly note?: string;
}

export interface PrintPlan {
  readonly paper: "A4";
  readonly orientation: "landscape" | "portrait";
  /** 1: shrink to one page wide; 0: print at full size across as many pages as it takes (wide data sheets). */
  readonly fitToPagesWide: 0 | 1;
  /** Rows repeated at the top of every printed page (1-based, inclusive). */
  readonly repeatRows: { readonly from: number; readonly to: number };
  readonly headerCenter: string;
  /** Uses the spreadsheet codes &P (page) and &N (pages). */
  readonly footerCenter: string;
}

export interface SheetPlan {
  readonly name: string;
  readonly tables: readonly TablePlan[];
  readonly blocks?: readonly BlockCell[];
  /** Protected without a password, so a user can unprotect it for a legitimate fix. */
  readonly protect?: boolean;
  /** A very hidden sheet carries machine-readable metadata and never prints. */
  readonly visibility?: "visible" | "veryHidden";
  readonly freezeRows: number;
  readonly print: PrintPlan;
  readonly tabColor: string;
  /** A bar chart over the first table, drawn below it where the host draws charts (Excel; not the file adapter). */
  readonly chart?: ChartPlan;
}

export interface ChartPlan {
  readonly title: string;
  /** Keys of the first table's columns: the bars' labels and their lengths. */
  readonly categoryColumn: string;
  readonly valueColumn: string;
  /** How many data rows from the first are charted (a total row below them stays out). */
  readonly rows: number;
  /** The value axis ends here (1 for shares). */
  readonly maximum?: number;
}
