import { readFile } from "node:fs/promises";
import { basename, extname } from "node:path";
import type { ParsedProgramme } from "../domain/programme/buildProgramme";
import { parseEmbeddedProgramme } from "../domain/programme/embeddedProgramme";
import { parseAnnexText } from "../domain/programme/parseAnnexText";
import { parseMatrixGrid } from "../domain/programme/parseMatrixGrid";
import { readWorkbookGrids } from "../xlsx/readWorkbookGrid";

/** A source that cannot be read at all; the message key tells the CLI what to print. */
export class SourceError extends Error {
  constructor(
    readonly key: "error.fileRead" | "error.fileType",
    readonly file: string,
    readonly detail: string,
  ) {
    super(`${key}: ${file}: ${detail}`);
  }
}

export async function loadProgrammeSource(path: string | undefined): Promise<ParsedProgramme> {
  if (path === undefined) return parseEmbeddedProgramme();
  const file = basename(path);
  const ext = extname(path).toLowerCase();
  if (ext !== ".txt" && ext !== ".xlsx") throw new SourceError("error.fileType", file, ext);
  let data: Buffer;
  try {
    data = await readFile(path);
  } catch (e) {
    throw new SourceError("error.fileRead", file, (e as Error).message);
  }
  if (ext === ".txt") return parseAnnexText(data.toString("utf8"), file);
  let sheets;
  try {
    sheets = await readWorkbookGrids(data);
  } catch (e) {
    throw new SourceError("error.fileRead", file, (e as Error).message);
  }
  // The first sheet that holds a matrix wins; otherwise report against the first sheet.
  const attempts = sheets.map((s) => parseMatrixGrid(s.grid, { file, sheet: s.sheet }));
  const usable = attempts.find((a) => a.programme.tasks.length > 0);
  const first = attempts[0];
  if (usable) return usable;
  if (first) return first;
  throw new SourceError("error.fileRead", file, "no worksheets");
}
