import { readFile } from "node:fs/promises";
import { basename, extname } from "node:path";
import { issue, type Issue } from "../domain/issues";
import type { ParsedProgramme } from "../domain/programme/buildProgramme";
import { parseEmbeddedProgramme } from "../domain/programme/embeddedProgramme";
import { parseAnnexText } from "../domain/programme/parseAnnexText";
import { parseMatrixGrid } from "../domain/programme/parseMatrixGrid";
import { readWorkbookGrids } from "../xlsx/readWorkbookGrid";

function unreadable(issues: Issue[]): ParsedProgramme {
  return { programme: { title: "", tasks: [], agencies: [], years: null, extraColumns: [] }, issues };
}

/** Any source the CLI is given becomes a programme or issues naming the file; nothing is thrown at the user. */
export async function loadProgrammeSource(path: string | undefined): Promise<ParsedProgramme> {
  if (path === undefined) return parseEmbeddedProgramme();
  const file = basename(path);
  const ext = extname(path).toLowerCase();
  if (ext !== ".txt" && ext !== ".xlsx") return unreadable([issue("source.unsupportedType", "error", { file }, { ext: ext === "" ? file : ext })]);
  let data: Buffer;
  try {
    data = await readFile(path);
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    return unreadable([issue(code === "ENOENT" ? "source.notFound" : "source.unreadable", "error", { file })]);
  }
  if (ext === ".txt") return parseAnnexText(data.toString("utf8"), file);
  let sheets;
  try {
    sheets = await readWorkbookGrids(data);
  } catch {
    // The library's own text (about zip signatures) would mean nothing to the user; the issue says what to do.
    return unreadable([issue("source.notWorkbook", "error", { file })]);
  }
  // Hidden sheets often keep an old copy: the visible sheet that holds a matrix wins.
  const visible = sheets.filter((s) => s.visibility === "visible");
  if (visible.length === 0) return unreadable([issue("source.noWorksheets", "error", { file })]);
  const attempts = visible.map((s) => parseMatrixGrid(s, { file }));
  return attempts.find((a) => a.programme.tasks.length > 0) ?? (attempts[0] as ParsedProgramme);
}
