import type { Locale } from "../domain/messages";
import { countsOf, isUsable, type LoadOutcome, type OperationUi, type ProgrammeOperations } from "../domain/operations";
import type { MessageKey } from "../domain/messages";
import { programmeSheetPlans } from "../domain/plans/programmeSheets";
import type { ParsedProgramme } from "../domain/programme/buildProgramme";
import { parseEmbeddedProgramme } from "../domain/programme/embeddedProgramme";
import { parseMatrixGrid } from "../domain/programme/parseMatrixGrid";
import { readActiveSheet } from "./readActiveSheet";
import { writeOwnSheets } from "./writeOwnSheets";

async function writeParsed(parsed: ParsedProgramme, locale: Locale, ui: OperationUi): Promise<LoadOutcome> {
  if (!isUsable(parsed)) return { kind: "unusable", issues: parsed.issues };
  const result = await writeOwnSheets(programmeSheetPlans(parsed.programme, locale), {
    confirmReplace: (existing) => ui.confirmReplace(existing),
    progress: (step) => ui.progress(step),
  });
  if (result.kind === "cancelled") return { kind: "cancelled" };
  const notices: MessageKey[] = [];
  if (!result.capabilities.printSetup) notices.push("programme.printSkipped");
  return { kind: "loaded", counts: countsOf(parsed), issues: parsed.issues, sheets: result.sheets, notices };
}

/** Operations over the open workbook; `locale` decides the language of headers written into sheets. */
export function createProgrammeOperations(locale: () => Locale): ProgrammeOperations {
  return {
    async loadEmbedded(ui) {
      ui.progress("parse");
      return writeParsed(parseEmbeddedProgramme(), locale(), ui);
    },
    async importActiveSheet(ui) {
      ui.progress("read");
      const active = await readActiveSheet();
      ui.progress("parse");
      const parsed = parseMatrixGrid(active.grid, { sheet: active.sheet, origin: active.origin });
      return writeParsed(parsed, locale(), ui);
    },
  };
}
