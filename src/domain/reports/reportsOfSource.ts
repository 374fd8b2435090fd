import { issue, type Issue } from "../issues";
import type { SheetGrid } from "../sheetGrid";
import { validateWorkbook, type ValidatedReport, type ValidationContext } from "./validateReport";

/** A source as the file adapters deliver it: a workbook's sheets, a refusal with its reasons, or something that is no workbook. */
export type ReportSource =
  | { readonly kind: "workbook"; readonly sheets: readonly SheetGrid[] }
  | { readonly kind: "refused"; readonly issues: readonly Issue[] }
  | { readonly kind: "text" | "document" };

/** The reports a returned file holds; a file that could not be read is one report with no rows and the reason. */
export function reportsOfSource(source: ReportSource, file: string, ctx: ValidationContext): ValidatedReport[] {
  if (source.kind === "workbook") return validateWorkbook(source.sheets, file, ctx);
  const issues = source.kind === "refused" ? source.issues : [issue("source.notWorkbook", "error", { file })];
  return [{ file, sheet: "", unit: null, period: null, submitted: null, rows: [], issues }];
}
