import { readFile, stat } from "node:fs/promises";
import { basename } from "node:path";
import { issue, type Issue } from "../domain/issues";
import type { ParsedProgramme } from "../domain/programme/buildProgramme";
import { parseEmbeddedProgramme } from "../domain/programme/embeddedProgramme";
import { parseAnnexText } from "../domain/programme/parseAnnexText";
import { parseMatrixGrid } from "../domain/programme/parseMatrixGrid";
import type { SheetGrid } from "../domain/sheetGrid";
import { sniffFormat, type FileFormat } from "../xlsx/fileFormat";
import { readWorkbookGrids } from "../xlsx/readWorkbookGrid";
import { checkWorkbookLimits, WORKBOOK_LIMITS } from "../xlsx/workbookLimits";

function unreadable(issues: Issue[]): ParsedProgramme {
  return { programme: { title: "", tasks: [], agencies: [], years: null, extraColumns: [] }, issues };
}

/** What to tell the user about a file that is not a programme source, by what its bytes are. */
const REFUSED: Partial<Record<FileFormat, Issue["code"]>> = {
  encryptedOoxml: "source.encrypted",
  xls: "source.xls",
  ods: "source.ods",
  docx: "source.wordDocument",
  odt: "source.wordDocument",
  doc: "source.wordDocument",
  pdf: "source.document",
  rtf: "source.document",
  csv: "source.csv",
  empty: "source.empty",
  damagedZip: "source.notWorkbook",
  unknown: "source.notWorkbook",
};

const FORMAT_NAMES: Partial<Record<FileFormat, string>> = { docx: "Word (.docx)", odt: "OpenDocument (.odt)", doc: "Word 97–2003 (.doc)", pdf: "PDF", rtf: "RTF" };

function chooseSheet(sheets: readonly SheetGrid[], file: string, wanted: string | undefined): ParsedProgramme {
  if (wanted !== undefined) {
    const sheet = sheets.find((s) => s.sheet.toLocaleLowerCase() === wanted.toLocaleLowerCase());
    if (!sheet) return unreadable([issue("source.sheetNotFound", "error", { file }, { sheet: wanted, sheets: sheets.map((s) => `«${s.sheet}»`).join(", ") })]);
    return withSheetNamed(parseMatrixGrid(sheet, { file }), file, sheet.sheet);
  }
  // Hidden and very hidden sheets often keep an old copy: only visible sheets are read unless one is named.
  const visible = sheets.filter((s) => s.visibility === "visible");
  const attempts = visible.map((s) => ({ sheet: s.sheet, parsed: parseMatrixGrid(s, { file }) }));
  const usable = attempts.find((a) => a.parsed.programme.tasks.length > 0);
  if (usable) return withSheetNamed(usable.parsed, file, usable.sheet);
  const hidden = sheets.filter((s) => s.visibility !== "visible").map((s) => `«${s.sheet}»`);
  const first = attempts[0]?.parsed ?? unreadable([issue("source.noWorksheets", "error", { file })]);
  return hidden.length === 0 ? first : { ...first, issues: [...first.issues, issue("source.hiddenSheets", "info", { file }, { sheets: hidden.join(", ") })] };
}

function withSheetNamed(parsed: ParsedProgramme, file: string, sheet: string): ParsedProgramme {
  return { ...parsed, issues: [issue("source.sheetRead", "info", { file, sheet }, { sheet }), ...parsed.issues] };
}

/**
 * Any source the CLI is given becomes a programme or issues naming the file; nothing is thrown at the user.
 * The bytes decide what a file is; a workbook is checked against the stated limits before it is parsed.
 */
export async function loadProgrammeSource(path: string | undefined, sheet?: string): Promise<ParsedProgramme> {
  if (path === undefined) return parseEmbeddedProgramme();
  const file = basename(path);
  let data: Buffer;
  try {
    const info = await stat(path);
    if (info.isDirectory()) return unreadable([issue("source.isDirectory", "error", { file })]);
    if (info.size > WORKBOOK_LIMITS.fileBytes) return unreadable([issue("source.tooLarge", "error", { file }, { what: "file", limit: WORKBOOK_LIMITS.fileBytes / 1024 / 1024 })]);
    data = await readFile(path);
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    return unreadable([issue(code === "ENOENT" ? "source.notFound" : "source.unreadable", "error", { file })]);
  }
  const format = sniffFormat(data);
  if (format === "text") return parseAnnexText(data.toString("utf8"), file);
  const refused = REFUSED[format];
  const formatName = FORMAT_NAMES[format];
  if (refused !== undefined) return unreadable([issue(refused, "error", { file }, formatName === undefined ? {} : { format: formatName })]);
  const breach = checkWorkbookLimits(data);
  if (breach !== null) {
    const limit = breach.kind === "rows" || breach.kind === "cells" ? breach.limit : Math.round(breach.limit / 1024 / 1024);
    return unreadable([issue(breach.kind === "rows" ? "source.tooManyRows" : breach.kind === "cells" ? "source.tooManyCells" : "source.tooLarge", "error", { file }, { what: breach.kind, limit })]);
  }
  let sheets: SheetGrid[];
  try {
    sheets = await readWorkbookGrids(data);
  } catch {
    // The library's own text (about zip signatures, model rows) would mean nothing to the user.
    return unreadable([issue("source.notWorkbook", "error", { file })]);
  }
  return chooseSheet(sheets, file, sheet);
}
