import type { Issue } from "../issues";
import type { Status, ValidatedReport } from "../reports/validateReport";

/** One accepted report row in «Дані», with where it came from. */
export interface DataRow {
  readonly unitCode: string;
  readonly period: string;
  readonly measureCode: string;
  readonly status: Status;
  readonly events: number;
  readonly people: number;
  /** тис. грн, to one decimal, as shown. */
  readonly funds: number;
  readonly source: string;
  readonly info: string;
  readonly reasons: string;
  /** «Дата подання» of the version taken (ISO). */
  readonly submitted: string | null;
  /** The earliest «Дата подання» of any version of this report: being on time is judged by it. */
  readonly firstSubmitted: string | null;
  readonly file: string;
  readonly sheet: string;
  readonly row: number;
  readonly sha256: string;
  readonly importedAt: string;
}

/** A file as the importer received it: its bytes' hash and size, and what validation made of it. */
export interface ImportedFile {
  readonly file: string;
  readonly size: number;
  readonly sha256: string;
  readonly reports: readonly ValidatedReport[];
}

export type ImportAction = "imported" | "replaced" | "skippedSameFile" | "superseded" | "rejected";

/** One line of «Журнал імпорту»: one report (a file and a sheet) and what became of it. */
export interface LogEntry {
  readonly file: string;
  readonly sheet: string;
  readonly size: number;
  readonly sha256: string;
  readonly unit: string;
  readonly period: string;
  readonly accepted: number;
  readonly rejected: number;
  readonly errors: number;
  readonly warnings: number;
  readonly action: ImportAction;
}

/** A file, a report or a row that was not taken, with every reason. */
export interface NotTaken {
  readonly file: string;
  readonly sheet: string;
  readonly row?: number;
  readonly reasons: readonly Issue[];
}

export interface Consolidated {
  readonly rows: readonly DataRow[];
  /** One entry per report of every file, in the order given. */
  readonly log: readonly LogEntry[];
  /** Problems seen only across reports: versions, figures going down, late reports, rounded funds. */
  readonly issues: readonly Issue[];
  /** Unit × period keys whose earlier rows were replaced by this import. */
  readonly replaced: readonly string[];
  /** Everything given that is not in `rows`, in the order given. */
  readonly notTaken: readonly NotTaken[];
}
