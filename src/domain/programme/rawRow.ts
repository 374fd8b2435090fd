import type { IssueLocation } from "../issues";

export { classifyHeader, REQUIRED_COLUMNS, type MatrixRole as MatrixColumn } from "./matrixColumns";

/** One row of the matrix as found in a source, before interpretation. */
export interface RawMatrixRow {
  readonly task: RawCell;
  readonly measure: RawCell;
  readonly term: RawCell;
  readonly executors: RawCell;
  /** Code columns, where the source has them (the add-in's own «Програма» sheet does). */
  readonly taskCode?: RawCell;
  readonly measureCode?: RawCell;
  readonly extras: readonly { readonly header: string; readonly cell: RawCell }[];
}

export interface RawCell {
  readonly text: string;
  readonly location: IssueLocation;
}
