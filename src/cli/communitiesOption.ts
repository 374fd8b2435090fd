import { readFile, stat } from "node:fs/promises";
import { basename } from "node:path";
import { issue, type Issue } from "../domain/issues";
import { communitiesFromGrid, communitiesFromText, type CommunityList } from "../domain/reports/communities";
import { communitiesOf } from "../domain/reports/workbookProgramme";
import { sniffFormat } from "../xlsx/fileFormat";
import { decodeText, limitIssue, readSourceBytes } from "../xlsx/readSource";
import { WORKBOOK_LIMITS } from "../xlsx/workbookLimits";
import type { ParsedCommand } from "./args";
import { readSourceFile } from "./loadSource";

export type Communities = { readonly kind: "ok"; readonly list: CommunityList; readonly file: string | null } | { readonly kind: "refused"; readonly issues: Issue[] };

const NONE: CommunityList = { communities: [], issues: [] };

/**
 * A list of communities given with --communities: a text file, one community a line («назва; район», a tab
 * or a comma before the district; UTF-8, UTF-16 or Windows-1251 as Word and Notepad save it), or a workbook
 * whose first visible sheet holds the names and districts. A file that cannot be read or lists nobody is refused.
 */
export async function readCommunityFile(path: string): Promise<Communities> {
  const file = basename(path);
  const refused = (...issues: Issue[]): Communities => ({ kind: "refused", issues });
  let data: Uint8Array;
  try {
    const info = await stat(path);
    if (info.isDirectory()) return refused(issue("source.isDirectory", "error", { file }));
    if (info.size > WORKBOOK_LIMITS.fileBytes) return refused(limitIssue(file, { kind: "fileBytes", actual: info.size, limit: WORKBOOK_LIMITS.fileBytes }, "report"));
    data = new Uint8Array(await readFile(path));
  } catch (e) {
    return refused(issue((e as { code?: unknown }).code === "ENOENT" ? "source.notFound" : "source.unreadable", "error", { file }));
  }
  const format = sniffFormat(data);
  // A list «назва; район» looks like CSV to the sniffer; here it is just what is wanted.
  let list: CommunityList;
  if (format === "text" || format === "csv") list = communitiesFromText(decodeText(data).text, file);
  else {
    const source = await readSourceBytes(file, data);
    if (source.kind === "refused") return refused(...source.issues);
    const sheet = source.kind === "workbook" ? source.sheets.find((g) => g.visibility === "visible" && g.cells.length > 0) : undefined;
    list = sheet === undefined ? NONE : communitiesFromGrid(sheet, file);
  }
  if (list.communities.length === 0) return refused(...list.issues, issue("communities.empty", "error", { file }));
  return { kind: "ok", list, file };
}

/** The communities a command works with: --communities, else those listed in «Довідники» of a --source workbook, else none. */
export async function communitiesFor(cmd: ParsedCommand): Promise<Communities> {
  if (cmd.communities !== undefined) return readCommunityFile(cmd.communities);
  if (cmd.source === undefined) return { kind: "ok", list: NONE, file: null };
  const book = await readSourceFile(cmd.source);
  return { kind: "ok", list: book.kind === "workbook" ? communitiesOf(book.sheets) : NONE, file: null };
}
