import type { Locale, MessageKey } from "../domain/messages";
import { countsOf, isUsable, type LoadOutcome, type OperationUi, type ProgrammeOperations } from "../domain/operations";
import { programmeSheetPlans } from "../domain/plans/programmeSheets";
import type { ParsedProgramme } from "../domain/programme/buildProgramme";
import { parseEmbeddedProgramme } from "../domain/programme/embeddedProgramme";
import { parseMatrixGrid } from "../domain/programme/parseMatrixGrid";
import type { ProgrammeSource } from "../domain/programme/parseSource";
import { readSheetGrid } from "./readSheetGrid";
import { DEFAULT_RETRY, type RetryPolicy } from "./runExcel";
import { writeOwnSheets } from "./writeOwnSheets";

async function writeParsed(parsed: ParsedProgramme, locale: Locale, ui: OperationUi, policy: RetryPolicy): Promise<LoadOutcome> {
  if (!isUsable(parsed)) return { kind: "unusable", issues: parsed.issues };
  const result = await writeOwnSheets(
    programmeSheetPlans(parsed.programme, locale),
    { confirmReplace: (existing) => ui.confirmReplace(existing), progress: (step) => ui.progress(step) },
    policy,
  );
  if (result.kind !== "written") return result.kind === "cancelled" ? { kind: "cancelled" } : result;
  const notices: MessageKey[] = [];
  if (!result.capabilities.printSetup) notices.push("programme.printSkipped");
  return { kind: "loaded", counts: countsOf(parsed), issues: parsed.issues, sheets: result.sheets, notices, removedLeftovers: result.removedLeftovers };
}

/** Operations over the open workbook; `locale` decides the language of headers written into sheets. */
export function createProgrammeOperations(
  locale: () => Locale,
  policy: RetryPolicy = DEFAULT_RETRY,
  /** The file adapter, loaded lazily by the composition root the first time a file is chosen. */
  readFile: (name: string, bytes: Uint8Array) => Promise<ProgrammeSource> = () => Promise.reject(new Error("No file reader was given to the programme operations.")),
): ProgrammeOperations {
  return {
    async loadEmbedded(ui) {
      ui.progress("parse");
      return writeParsed(parseEmbeddedProgramme(), locale(), ui, policy);
    },
    async importActiveSheet(ui) {
      ui.progress("read");
      const grid = await readSheetGrid(undefined, policy);
      ui.progress("parse");
      return writeParsed(parseMatrixGrid(grid), locale(), ui, policy);
    },
    async previewFile(name, bytes) {
      // Loaded with the file reader, on first use: nothing of it weighs on the task pane's first load.
      const { parseProgrammeSource } = await import("../domain/programme/parseSource");
      return parseProgrammeSource(await readFile(name, bytes));
    },
    loadParsed(parsed, ui) {
      return writeParsed(parsed, locale(), ui, policy);
    },
  };
}
