import { readFile, stat } from "node:fs/promises";
import { basename } from "node:path";
import { issue, type Issue } from "../domain/issues";
import type { ParsedProgramme } from "../domain/programme/buildProgramme";
import { parseEmbeddedProgramme } from "../domain/programme/embeddedProgramme";
import { parseProgrammeSource } from "../domain/programme/parseSource";
import { DOMParser } from "@xmldom/xmldom";
import type { ParseXml } from "../xlsx/readDocx";
import { limitIssue, readSourceBytes, type SourceBytes } from "../xlsx/readSource";
import { WORKBOOK_LIMITS } from "../xlsx/workbookLimits";

export type SourceFile = SourceBytes;

/** Reads a file for any command: the bytes decide what it is; a workbook is checked against the limits first. Without a document reader it is a report. */
export async function readSourceFile(path: string, documents?: { readonly parseXml: ParseXml }): Promise<SourceFile> {
  const file = basename(path);
  const refused = (i: Issue): SourceFile => ({ kind: "refused", file, issues: [i] });
  let data: Buffer;
  try {
    const info = await stat(path);
    if (info.isDirectory()) return refused(issue("source.isDirectory", "error", { file }));
    if (info.size > WORKBOOK_LIMITS.fileBytes) return refused(limitIssue(file, { kind: "fileBytes", actual: info.size, limit: WORKBOOK_LIMITS.fileBytes }, documents === undefined ? "report" : "programme"));
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
  return parseProgrammeSource(source, sheet);
}
