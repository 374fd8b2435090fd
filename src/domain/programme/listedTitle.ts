import { cellText } from "../cell";
import { t } from "../messages";
import { PROGRAMME_SHEET_NAMES } from "../plans/programmeSheets";
import type { SheetGrid } from "../sheetGrid";
import type { ParsedProgramme } from "./buildProgramme";

/**
 * The programme's title as «Довідники» keeps it, under «Назва програми» («Programme title»): «Програма» holds
 * only the table, so a workbook the add-in wrote gives its title back from here. Null: not there.
 */
export function listedTitle(grids: readonly SheetGrid[]): string | null {
  const lists = grids.find((g) => g.sheet === PROGRAMME_SHEET_NAMES.lists);
  if (lists === undefined) return null;
  const headers = new Set([t("uk", "sheet.lists.title"), t("en", "sheet.lists.title")]);
  const header = lists.cells.find((c) => headers.has(cellText(c.value).trim()));
  if (header === undefined) return null;
  const below = lists.cells.find((c) => c.row === header.row + 1 && c.column === header.column);
  const title = below === undefined ? "" : cellText(below.value).trim();
  return title === "" ? null : title;
}

/** The parsed programme with the title «Довідники» keeps, where its own sheet gave none. */
export function withListedTitle(parsed: ParsedProgramme, grids: readonly SheetGrid[]): ParsedProgramme {
  if (parsed.programme.title !== "") return parsed;
  const title = listedTitle(grids);
  return title === null ? parsed : { ...parsed, programme: { ...parsed.programme, title } };
}
