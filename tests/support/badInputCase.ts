/** One case of the bad-input corpus (`tests/fixtures/matrix-bad/<case>/case.json`), written by `scripts/make-bad-fixtures.ts`. */
export interface BadInputCase {
  readonly description: string;
  readonly args: readonly string[];
  readonly exit: 0 | 1 | 2;
  /** Issue codes in the --json document, in order (cases with --json only). */
  readonly issues?: readonly string[];
  readonly stderr?: readonly string[];
  readonly stdout?: readonly string[];
  readonly prepare?: readonly { path: string; content: string }[];
  readonly unchanged?: readonly string[];
  readonly fileSizeLimitKiB?: number;
  readonly generate?: { kind: "annex"; measures: number };
  readonly check?: { measures?: number; term?: string[]; executorCounts?: number[]; texts?: string[]; agencies?: number; consent?: boolean[]; outHeaders?: string[]; pageHeaderMax?: number };
}
