import type { IssueLocation } from "../issues";
import type { RawFunding } from "./plannedFunding";

export { classifyHeader, REQUIRED_COLUMNS, type MatrixRole as MatrixColumn } from "./matrixColumns";

/** One row of the matrix as found in a source, before interpretation. */
export interface RawMatrixRow {
  readonly task: RawCell;
  readonly measure: RawCell;
  /** Absent where the source has no term column: the programme's years apply. */
  readonly term?: RawCell;
  readonly executors: RawCell;
  /** Code columns, where the source has them (the add-in's own «Програма» sheet does). */
  readonly taskCode?: RawCell;
  readonly measureCode?: RawCell;
  /** Sources and planned amounts, where the source has amount or source columns. */
  readonly funding?: RawFunding;
  readonly expectedResult?: RawCell;
  readonly extras: readonly { readonly header: string; readonly cell: RawCell }[];
}

export interface RawCell {
  readonly text: string;
  readonly location: IssueLocation;
}

/** What the source's columns were, which decides what the programme says it does not know. */
export interface SourceLayout {
  readonly hasTermColumn: boolean;
  /** The years of the amount columns; [] for a total only; null without amount columns. */
  readonly fundingYears: readonly number[] | null;
  readonly hasFundingSources: boolean;
  readonly hasExpectedResults: boolean;
  /** Where to point an issue about the whole table (its header). */
  readonly at: IssueLocation;
}
