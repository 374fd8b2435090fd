import { issue, type Issue } from "../issues";
import type { SheetGrid } from "../sheetGrid";
import type { ParsedProgramme } from "./buildProgramme";
import { chooseSheet, unreadableProgramme } from "./chooseSheet";
import { parseAnnexText } from "./parseAnnexText";
import { parseMatrixGrid } from "./parseMatrixGrid";

/** A programme source as the file adapter read it: text, a workbook, a Word document's matrix, or refused. */
export type ProgrammeSource =
  | { readonly kind: "text"; readonly file: string; readonly text: string; readonly encoding: string }
  | { readonly kind: "workbook"; readonly file: string; readonly sheets: SheetGrid[] }
  | { readonly kind: "document"; readonly file: string; readonly grid: SheetGrid; readonly title: string; readonly issues: Issue[] }
  | { readonly kind: "refused"; readonly file: string; readonly issues: Issue[] };

/** One matrix parser for every source: text, a workbook's sheet, or a Word table become the same programme. */
export function parseProgrammeSource(source: ProgrammeSource, sheet?: string): ParsedProgramme {
  switch (source.kind) {
    case "refused":
      return unreadableProgramme(source.issues);
    case "text": {
      const parsed = parseAnnexText(source.text, source.file);
      // Anything but plain UTF-8 is said, so that a wrongly guessed encoding is visible at once.
      return source.encoding === "UTF-8" ? parsed : { ...parsed, issues: [issue("source.encoding", "info", { file: source.file }, { encoding: source.encoding }), ...parsed.issues] };
    }
    case "document": {
      const parsed = parseMatrixGrid(source.grid, { file: source.file }, source.title);
      return { ...parsed, issues: [...source.issues, ...parsed.issues] };
    }
    case "workbook":
      return chooseSheet(source.sheets, source.file, sheet);
  }
}
