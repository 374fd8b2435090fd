import { issue, type Issue } from "../issues";
import type { SheetGrid } from "../sheetGrid";
import type { ParsedProgramme } from "./buildProgramme";
import { emptyProgramme } from "./model";
import { withListedTitle } from "./listedTitle";
import { parseMatrixGrid } from "./parseMatrixGrid";

export function unreadableProgramme(issues: Issue[]): ParsedProgramme {
  return { programme: emptyProgramme(), issues };
}

/** The sheet of a workbook that holds the matrix: the one named, or the first visible one with a matrix. */
export function chooseSheet(sheets: readonly SheetGrid[], file: string, wanted: string | undefined): ParsedProgramme {
  if (wanted !== undefined) {
    const sheet = sheets.find((s) => s.sheet.toLocaleLowerCase() === wanted.toLocaleLowerCase());
    if (!sheet) return unreadableProgramme([issue("source.sheetNotFound", "error", { file }, { sheet: wanted, sheets: sheets.map((s) => `«${s.sheet}»`).join(", ") })]);
    return withSheetNamed(withListedTitle(parseMatrixGrid(sheet, { file }), sheets), file, sheet.sheet);
  }
  // Hidden and very hidden sheets often keep an old copy: only visible sheets are read unless one is named.
  const visible = sheets.filter((s) => s.visibility === "visible");
  const attempts = visible.map((s) => ({ sheet: s.sheet, parsed: parseMatrixGrid(s, { file }) }));
  const usable = attempts.find((a) => a.parsed.programme.tasks.length > 0);
  if (usable) return withSheetNamed(withListedTitle(usable.parsed, sheets), file, usable.sheet);
  const hidden = sheets.filter((s) => s.visibility !== "visible").map((s) => `«${s.sheet}»`);
  const first = attempts[0]?.parsed ?? unreadableProgramme([issue("source.noWorksheets", "error", { file })]);
  return hidden.length === 0 ? first : { ...first, issues: [...first.issues, issue("source.hiddenSheets", "info", { file }, { sheets: hidden.join(", ") })] };
}

function withSheetNamed(parsed: ParsedProgramme, file: string, sheet: string): ParsedProgramme {
  return { ...parsed, issues: [issue("source.sheetRead", "info", { file, sheet }, { sheet }), ...parsed.issues] };
}

