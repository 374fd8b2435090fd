import { issue, type Issue } from "../domain/issues";
import type { SheetGrid } from "../domain/sheetGrid";
import { sniffFormat, type FileFormat } from "./fileFormat";
import { docxMatrixGrid, type ParseXml } from "./readDocx";
import { readWorkbookGrids } from "./readWorkbookGrid";
import { checkWorkbookLimits, type LimitBreach } from "./workbookLimits";

export type SourceBytes =
  | { readonly kind: "text"; readonly file: string; readonly text: string; readonly encoding: TextEncodingName }
  | { readonly kind: "workbook"; readonly file: string; readonly sheets: SheetGrid[] }
  /** A Word document's programme matrix, as the grid the matrix parser reads. */
  | { readonly kind: "document"; readonly file: string; readonly grid: SheetGrid; readonly title: string; readonly issues: Issue[] }
  | { readonly kind: "refused"; readonly file: string; readonly issues: Issue[] };

export type TextEncodingName = "UTF-8" | "UTF-8 (BOM)" | "UTF-16 LE" | "UTF-16 BE" | "Windows-1251";

/**
 * Text as Word saves it: UTF-8 with or without a BOM, "Unicode text" (UTF-16 with a BOM), or Cyrillic
 * plain text (Windows-1251), which is whatever is not valid UTF-8.
 */
export function decodeText(data: Uint8Array): { text: string; encoding: TextEncodingName } {
  if (data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) return { text: new TextDecoder("utf-8").decode(data.subarray(3)), encoding: "UTF-8 (BOM)" };
  if (data[0] === 0xff && data[1] === 0xfe) return { text: new TextDecoder("utf-16le").decode(data.subarray(2)), encoding: "UTF-16 LE" };
  if (data[0] === 0xfe && data[1] === 0xff) return { text: new TextDecoder("utf-16be").decode(data.subarray(2)), encoding: "UTF-16 BE" };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(data), encoding: "UTF-8" };
  } catch {
    return { text: new TextDecoder("windows-1251").decode(data), encoding: "Windows-1251" };
  }
}

/** What to tell the user about a file that is not a source, by what its bytes are. */
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

/** What a file is read as: a returned report, or a programme (only a programme may come as a Word document). */
export type SourceSubject = "report" | "programme";

/** A breach of the limits, told about the kind of file the user meant to give (a report is never called a matrix). */
export function limitIssue(file: string, breach: LimitBreach, subject: SourceSubject): Issue {
  switch (breach.kind) {
    case "rows":
      return issue("source.tooManyRows", "error", { file }, { limit: breach.limit, subject });
    case "cells":
      return issue("source.tooManyCells", "error", { file }, { limit: breach.limit, subject });
    case "unreadable":
      return issue("source.notWorkbook", "error", { file });
    case "fileBytes":
      return issue("source.tooLarge", "error", { file }, { what: "fileBytes", part: "", limit: Math.round(breach.limit / 1024 / 1024), subject });
    default:
      return issue("source.tooLarge", "error", { file }, { what: breach.kind, part: breach.part, limit: Math.round(breach.limit / 1024 / 1024), subject });
  }
}

/**
 * Bytes of any file, in Node or in the task pane: the bytes decide what it is; a workbook meets the limits
 * before it is parsed. Given a document reader the file is a programme; without one, a report.
 */
export async function readSourceBytes(file: string, data: Uint8Array, documents?: { readonly parseXml: ParseXml }): Promise<SourceBytes> {
  const refused = (i: Issue): SourceBytes => ({ kind: "refused", file, issues: [i] });
  const format = sniffFormat(data);
  if (format === "text") return { kind: "text", file, ...decodeText(data) };
  if (format === "docx" && documents !== undefined) {
    try {
      const { grid, title, issues } = docxMatrixGrid(data, file, documents.parseXml);
      return grid === null ? { kind: "refused", file, issues } : { kind: "document", file, grid, title, issues };
    } catch {
      return refused(issue("source.notWorkbook", "error", { file }));
    }
  }
  // Where only workbooks are wanted (reports), a Word document is told as such, not offered a conversion.
  const code = format === "docx" ? "source.documentNotWorkbook" : REFUSED[format];
  const formatName = FORMAT_NAMES[format];
  if (code !== undefined) return refused(issue(code, "error", { file }, formatName === undefined ? {} : { format: formatName }));
  const breach = checkWorkbookLimits(data);
  if (breach !== null) return refused(limitIssue(file, breach, documents === undefined ? "report" : "programme"));
  try {
    return { kind: "workbook", file, sheets: await readWorkbookGrids(data) };
  } catch {
    // The library's own text (about zip signatures, model rows) would mean nothing to the user.
    return refused(issue("source.notWorkbook", "error", { file }));
  }
}
