import type { Issue } from "./issues";
import type { MessageKey } from "./messages";

/** One report sheet's result, as the task pane and the ribbon dialog show it. */
export interface CheckSummary {
  readonly sheet: string;
  readonly unit: string | null;
  /** The period's code («2025-H1»), named in the reader's language where it is shown. */
  readonly period: string | null;
  readonly rows: number;
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
}

export interface CheckOutcome {
  readonly reports: readonly CheckSummary[];
  readonly issues: readonly Issue[];
  /** Cells given a highlight. */
  readonly highlighted: number;
  readonly notices: readonly MessageKey[];
  /** About the workbook's programme rather than a report: a class of executors with no members listed. */
  readonly notes: readonly Issue[];
}

export interface TemplateChoices {
  readonly units: readonly { readonly code: string; readonly name: string }[];
  readonly periods: readonly { readonly code: string; readonly label: string }[];
  /** ExcelApi 1.8: a template can open as a new workbook (and gets its dropdowns). */
  readonly newWorkbook: boolean;
  /** A class of executors with no members listed (no community): who gets no template, and which measures that leaves. */
  readonly notes: readonly Issue[];
}

export type TemplateOutcome =
  | { readonly kind: "created"; readonly where: "sheet" | "workbook"; readonly name: string; readonly notices: readonly MessageKey[]; readonly removedLeftovers: readonly string[] }
  | { readonly kind: "cancelled" }
  | { readonly kind: "changed" }
  | { readonly kind: "blocked"; readonly issues: readonly Issue[] };

/** Highlights removed, and the sheets that keep theirs because they were protected meanwhile. */
export interface ClearOutcome {
  readonly removed: number;
  readonly protectedSheets: readonly string[];
}

/** What the task pane and the ribbon can do with report sheets; only the Excel adapter implements it. */
export interface ReportOperations {
  check(scope: "active" | "all"): Promise<CheckOutcome>;
  clearHighlights(): Promise<ClearOutcome>;
  showCell(sheet: string, cell: string): Promise<void>;
  templateChoices(): Promise<TemplateChoices>;
  createTemplate(unitCode: string, periodCode: string, where: "sheet" | "workbook", confirmReplace: (sheets: readonly string[]) => Promise<boolean>): Promise<TemplateOutcome>;
}

export function countBySeverity(issues: readonly Issue[]): { errors: number; warnings: number; infos: number } {
  return {
    errors: issues.filter((i) => i.severity === "error").length,
    warnings: issues.filter((i) => i.severity === "warning").length,
    infos: issues.filter((i) => i.severity === "info").length,
  };
}
