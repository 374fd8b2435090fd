import type { IssueLocation } from "../issues";

/** One row of the matrix as found in a source, before interpretation. */
export interface RawMatrixRow {
  readonly task: RawCell;
  readonly measure: RawCell;
  readonly term: RawCell;
  readonly executors: RawCell;
  readonly extras: readonly { readonly header: string; readonly cell: RawCell }[];
}

export interface RawCell {
  readonly text: string;
  readonly location: IssueLocation;
}

/** The four required columns and the optional ones a programme matrix may carry. */
export type MatrixColumn = "task" | "measure" | "term" | "executors" | "extra";

export const REQUIRED_COLUMNS = ["task", "measure", "term", "executors"] as const;

export function classifyHeader(text: string): MatrixColumn {
  const t = text.toLocaleLowerCase("uk-UA");
  if (/завдан/u.test(t)) return "task";
  if (/заход/u.test(t)) return "measure";
  if (/термін|строк/u.test(t)) return "term";
  if (/виконав/u.test(t)) return "executors";
  return "extra";
}
