import type { Issue } from "../issues";
import type { ProgrammeCounts } from "../operations";
import type { ReportingStatus } from "./reportingStatus";
import type { Reporting } from "./reporting";

/**
 * A report's fate in an import (a file, or one report sheet of it): taken whole, taken with remarks, skipped as
 * already imported, left out for a newer version of the same report, or refused.
 */
export interface FileResult {
  readonly file: string;
  /** The report sheet; empty when the file could not be read as a workbook. */
  readonly sheet: string;
  readonly status: "accepted" | "acceptedWithWarnings" | "rejected" | "skipped" | "superseded";
  readonly accepted: number;
  readonly rejected: number;
  readonly issues: readonly Issue[];
  /** The reporting unit the file's report is from, where it could be told. */
  readonly unit?: string;
}

export type ImportOutcome =
  /** `removedLeftovers`: sheets an earlier, unfinished write had left under temporary names, removed by this one; `notes`: the infos on the summaries built («Динаміка» with nothing to compare). */
  | { readonly kind: "imported"; readonly files: readonly FileResult[]; readonly period: string | null; readonly rows: number; readonly redacted: number; readonly removedLeftovers: readonly string[]; readonly notes: readonly Issue[]; readonly reporting: Reporting | null }
  | { readonly kind: "cancelled" }
  /** No visible sheet of the workbook (other than the add-in's own) is a report; `notes` name hidden sheets that hold one (never consolidated). */
  | { readonly kind: "noReports"; readonly notes: readonly Issue[] }
  /** Nothing was written: the workbook holds something in the way (a foreign table under one of the add-in's names). */
  | { readonly kind: "blocked"; readonly issues: readonly Issue[] };

export type RebuildOutcome =
  /** `redacted`: texts of the published table replaced by a marker at the user's choice; `removedLeftovers` and `notes` as for an import; `reporting`: who reported, required and by consent apart. */
  | { readonly kind: "built"; readonly period: string; readonly label: string; readonly rows: number; readonly redacted: number; readonly removedLeftovers: readonly string[]; readonly notes: readonly Issue[]; readonly reporting: Reporting }
  | { readonly kind: "noData" }
  | { readonly kind: "blocked"; readonly issues: readonly Issue[] };

/** Asked before «Звіт про виконання» is built, when texts bound for it seem to hold personal data. */
export interface PublishUi {
  /** The findings, each at its cell in «Дані»; true keeps the texts as they are, false puts a marker in their place. */
  confirmPersonalData(findings: readonly Issue[]): Promise<boolean>;
}

export interface ImportUi extends PublishUi {
  /** Asked before anything is written, when reports already in «Дані» would be replaced ("Р03 · 2025-H1"). */
  confirmReplace(reports: readonly string[]): Promise<boolean>;
  /** A report with errors: its valid rows are taken (true, the default) or the whole report is refused. */
  readonly acceptValidRows?: boolean;
  progress(step: "read" | "validate" | "write"): void;
}

/** What the task pane and the ribbon do with returned report files; only the Excel adapter implements it. */
export interface ConsolidationOperations {
  importFiles(files: readonly { readonly name: string; readonly bytes: Uint8Array }[], ui: ImportUi): Promise<ImportOutcome>;
  /** The same for report sheets already in this workbook (copied in by hand): every visible sheet that is a report; a hidden one is named in an info, never taken. */
  importSheets(ui: ImportUi): Promise<ImportOutcome>;
  /** Rebuilds every summary from «Дані» for a period (default: the latest with data). */
  rebuild(period: string | null, ui: PublishUi): Promise<RebuildOutcome>;
  periods(): Promise<readonly { readonly code: string; readonly label: string }[]>;
}

export interface PeriodChoice {
  readonly code: string;
  readonly label: string;
}

/** The last import, while it can still be undone: when it ran and how many files it took. */
export interface UndoOffer {
  readonly at: string;
  readonly files: number;
}

/** Where the work stands, read from the workbook (so it survives closing the pane). */
export interface WorkflowStatus {
  /** The programme in «Програма»; its title where the workbook's programme is one the add-in knows. */
  readonly programme: { readonly title: string | null; readonly counts: ProgrammeCounts } | null;
  /** Periods with data in «Дані», and the one the status is for (the chosen one, or the latest). */
  readonly periods: readonly PeriodChoice[];
  readonly period: PeriodChoice | null;
  readonly reporting: ReportingStatus | null;
  /** Whether the summary sheets exist, and when (for which period) they were last built, where the workbook remembers. */
  readonly summaries: { readonly present: boolean; readonly built: { readonly period: PeriodChoice; readonly at: string } | null };
  readonly undo: UndoOffer | null;
}

export type UndoOutcome =
  | { readonly kind: "undone"; readonly at: string }
  | { readonly kind: "cancelled" }
  /** Nothing to undo: no import since the workbook was made, or the kept copies are gone. */
  | { readonly kind: "nothing" }
  /** Nothing was changed: the workbook's structure is protected, or a sheet to replace has a password. */
  | { readonly kind: "blocked"; readonly issues: readonly Issue[] };

/** The workflow around the consolidation: what the pane shows at a glance, and taking the last import back. */
export interface WorkflowOperations {
  status(period: string | null): Promise<WorkflowStatus>;
  /** Restores «Дані», «Журнал імпорту» and the summaries as they were before the last import, after asking. */
  undoLastImport(confirm: (offer: UndoOffer) => Promise<boolean>): Promise<UndoOutcome>;
}
