import { issue, type Issue } from "../domain/issues";
import type { SheetGrid } from "../domain/sheetGrid";
import { sniffFormat, type FileFormat } from "./fileFormat";
import { readWorkbookGrids } from "./readWorkbookGrid";
import { checkWorkbookLimits } from "./workbookLimits";

export type SourceBytes =
  | { readonly kind: "text"; readonly file: string; readonly text: string }
  | { readonly kind: "workbook"; readonly file: string; readonly sheets: SheetGrid[] }
  | { readonly kind: "refused"; readonly file: string; readonly issues: Issue[] };

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

/** Bytes of any file, in Node or in the task pane: the bytes decide what it is; a workbook meets the limits before it is parsed. */
export async function readSourceBytes(file: string, data: Uint8Array): Promise<SourceBytes> {
  const refused = (i: Issue): SourceBytes => ({ kind: "refused", file, issues: [i] });
  const format = sniffFormat(data);
  if (format === "text") return { kind: "text", file, text: new TextDecoder("utf-8").decode(data) };
  const code = REFUSED[format];
  const formatName = FORMAT_NAMES[format];
  if (code !== undefined) return refused(issue(code, "error", { file }, formatName === undefined ? {} : { format: formatName }));
  const breach = checkWorkbookLimits(data);
  if (breach !== null) {
    const limit = breach.kind === "rows" || breach.kind === "cells" ? breach.limit : Math.round(breach.limit / 1024 / 1024);
    return refused(issue(breach.kind === "rows" ? "source.tooManyRows" : breach.kind === "cells" ? "source.tooManyCells" : "source.tooLarge", "error", { file }, { what: breach.kind, limit }));
  }
  try {
    return { kind: "workbook", file, sheets: await readWorkbookGrids(data) };
  } catch {
    // The library's own text (about zip signatures, model rows) would mean nothing to the user.
    return refused(issue("source.notWorkbook", "error", { file }));
  }
}
