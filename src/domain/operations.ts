import { hasErrors, type Issue } from "./issues";
import { t, type Locale, type MessageKey } from "./messages";
import type { ParsedProgramme } from "./programme/buildProgramme";
import { allMeasures } from "./programme/model";

export type LoadStep = "parse" | "read" | "inspect" | "write";

/** What an operation needs from whoever drives it: a task pane, a ribbon dialog or a test. */
export interface OperationUi {
  confirmReplace(existingSheets: readonly string[]): Promise<boolean>;
  progress(step: LoadStep): void;
}

export interface ProgrammeCounts {
  readonly tasks: number;
  readonly measures: number;
  readonly agencies: number;
}

export type LoadOutcome =
  | {
      readonly kind: "loaded";
      readonly counts: ProgrammeCounts;
      readonly issues: readonly Issue[];
      readonly sheets: readonly string[];
      /** Things the user must know, e.g. print setup skipped on an older Excel. */
      readonly notices: readonly MessageKey[];
      /** Sheets an earlier, unfinished write had left under temporary names, removed by this one. */
      readonly removedLeftovers: readonly string[];
    }
  | { readonly kind: "cancelled" }
  /** The workbook changed while the user was answering: nothing was written. */
  | { readonly kind: "changed" }
  | { readonly kind: "unusable"; readonly issues: readonly Issue[] }
  /** The programme is fine but the workbook stands in the way (a foreign table holds one of our names). */
  | { readonly kind: "blocked"; readonly issues: readonly Issue[] };

/** The task pane and ribbon commands receive these; only the Excel adapter implements them. */
export interface ProgrammeOperations {
  loadEmbedded(ui: OperationUi): Promise<LoadOutcome>;
  importActiveSheet(ui: OperationUi): Promise<LoadOutcome>;
  /** Reads a chosen file (.docx, .txt, .xlsx…) without writing anything, for a preview. */
  previewFile(name: string, bytes: Uint8Array): Promise<ParsedProgramme>;
  /** Writes a previewed programme through the same safe replace as the embedded one. */
  loadParsed(parsed: ParsedProgramme, ui: OperationUi): Promise<LoadOutcome>;
}

/** The sentence naming the leftover sheets a write removed; none when there were none. */
export function leftoversText(locale: Locale, removed: readonly string[]): string[] {
  return removed.length === 0 ? [] : [t(locale, "write.leftoversRemoved", { sheets: removed.map((s) => `«${s}»`).join(", ") })];
}

export function countsOf(parsed: ParsedProgramme): ProgrammeCounts {
  const p = parsed.programme;
  return { tasks: p.tasks.length, measures: allMeasures(p).length, agencies: p.agencies.length };
}

/** A programme with errors or without measures is never written: the workbook stays as it was. */
export function isUsable(parsed: ParsedProgramme): boolean {
  return !hasErrors(parsed.issues) && allMeasures(parsed.programme).length > 0;
}
