/**
 * One case of the report command-line corpus (`tests/fixtures/reports-bad/<case>/case.json`), written by
 * `scripts/make-reports-bad-fixtures.ts`: what a user runs against `template`, `validate` or `consolidate`,
 * and what must come of it.
 */
export interface CommandCase {
  readonly description: string;
  /** `{dir}` is the case's folder, `{tmp}` a fresh folder for outputs. */
  readonly args: readonly string[];
  readonly exit: 0 | 1 | 2;
  /** Run in `{tmp}`, so that a file written into the current folder would show in `tmpFiles`. */
  readonly cwdTmp?: boolean;
  readonly stderr?: readonly string[];
  readonly stdout?: readonly string[];
  /** Words that must reach the user in neither stream (internal names, ISO dates, another command's options). */
  readonly absent?: readonly string[];
  readonly prepare?: readonly { path: string; content: string }[];
  /** Files whose bytes must be the same after the run. */
  readonly unchanged?: readonly string[];
  /** Every file in `{tmp}` after the run, sorted: nothing else was written. */
  readonly tmpFiles?: readonly string[];
  /** `consolidate --json`: a subset the document must match. */
  readonly json?: Readonly<Record<string, unknown>>;
  /** `consolidate --json`: every file, report and row not taken, in order, by file name, sheet, row and reason codes. */
  readonly rejected?: readonly { readonly file: string; readonly sheet?: string | null; readonly row?: number; readonly codes: readonly string[] }[];
  /** `consolidate --json`: every summary adds up to «Зведення», and no figure carries float noise. */
  readonly addsUp?: boolean;
  /** `validate --json`: the issue codes of every file, in order. */
  readonly issues?: readonly string[];
}
