import { readFile, stat } from "node:fs/promises";
import { basename } from "node:path";
import { issue, type Issue } from "../domain/issues";
import type { ParsedProgramme } from "../domain/programme/buildProgramme";
import { parseEmbeddedProgramme } from "../domain/programme/embeddedProgramme";
import { parseAnnexText } from "../domain/programme/parseAnnexText";
import { parseMatrixGrid } from "../domain/programme/parseMatrixGrid";
import type { SheetGrid } from "../domain/sheetGrid";
import { DOMParser } from "@xmldom/xmldom";
import type { ParseXml } from "../xlsx/readDocx";
import { readSourceBytes, type SourceBytes } from "../xlsx/readSource";
import { WORKBOOK_LIMITS } from "../xlsx/workbookLimits";

function unreadable(issues: Issue[]): ParsedProgramme {
  return { programme: { title: "", tasks: [], agencies: [], years: null, extraColumns: [] }, issues };
}

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

export type SourceFile = SourceBytes;

/** Reads a file for any command: the bytes decide what it is; a workbook is checked against the limits first. */
export async function readSourceFile(path: string, documents?: { readonly parseXml: ParseXml }): Promise<SourceFile> {
  const file = basename(path);
  const refused = (i: Issue): SourceFile => ({ kind: "refused", file, issues: [i] });
  let data: Buffer;
  try {
    const info = await stat(path);
    if (info.isDirectory()) return refused(issue("source.isDirectory", "error", { file }));
    if (info.size > WORKBOOK_LIMITS.fileBytes) return refused(issue("source.tooLarge", "error", { file }, { what: "file", limit: WORKBOOK_LIMITS.fileBytes / 1024 / 1024 }));
    data = await readFile(path);
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    return refused(issue(code === "ENOENT" ? "source.notFound" : "source.unreadable", "error", { file }));
  }
  return readSourceBytes(file, data, documents);
}

/** Any source the CLI is given becomes a programme or issues naming the file; nothing is thrown at the user. */
export async function loadProgrammeSource(path: string | undefined, sheet?: string): Promise<ParsedProgramme> {
  if (path === undefined) return parseEmbeddedProgramme();
  const source = await readSourceFile(path, { parseXml: (xml) => new DOMParser().parseFromString(xml, "text/xml") as unknown as Document });
  if (source.kind === "refused") return unreadable(source.issues);
  if (source.kind === "document") {
    const parsed = parseMatrixGrid(source.grid, { file: source.file });
    return { ...parsed, issues: [...source.issues, ...parsed.issues] };
  }
  if (source.kind === "text") {
    const parsed = parseAnnexText(source.text, source.file);
    // Anything but plain UTF-8 is said, so that a wrongly guessed encoding is visible at once.
    return source.encoding === "UTF-8" ? parsed : { ...parsed, issues: [issue("source.encoding", "info", { file: source.file }, { encoding: source.encoding }), ...parsed.issues] };
  }
  return chooseSheet(source.sheets, source.file, sheet);
}
