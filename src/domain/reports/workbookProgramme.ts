import { cellText } from "../cell";
import { PROGRAMME_SHEET_NAMES } from "../plans/programmeSheets";
import { parseEmbeddedProgramme } from "../programme/embeddedProgramme";
import type { Programme } from "../programme/model";
import { parseMatrixGrid } from "../programme/parseMatrixGrid";
import { isUsable } from "../operations";
import { GridIndex, type SheetGrid } from "../sheetGrid";

const COMMUNITY_HEADERS = new Set(["територіальна громада", "territorial community"]);

/** The communities the oblast typed under «Територіальна громада» on «Довідники». */
export function communitiesOf(grids: readonly SheetGrid[]): string[] {
  const lists = grids.find((g) => g.sheet === PROGRAMME_SHEET_NAMES.lists);
  if (!lists) return [];
  const index = new GridIndex(lists);
  const header = lists.cells.find((c) => c.row === 0 && COMMUNITY_HEADERS.has(cellText(c.value).trim().toLocaleLowerCase("uk-UA")));
  if (!header) return [];
  return index.rows().filter((r) => r > 0).map((r) => cellText(index.at(r, header.column)?.value).trim()).filter((t) => t !== "");
}

/**
 * The programme reports are checked against: the one loaded into this workbook's «Програма» sheet,
 * or the embedded programme when the workbook has none (the caller tells the user which).
 */
export function programmeOfWorkbook(grids: readonly SheetGrid[]): { programme: Programme; fromWorkbook: boolean } {
  const sheet = grids.find((g) => g.sheet === PROGRAMME_SHEET_NAMES.programme);
  if (sheet) {
    const parsed = parseMatrixGrid(sheet);
    if (isUsable(parsed)) return { programme: parsed.programme, fromWorkbook: true };
  }
  return { programme: parseEmbeddedProgramme().programme, fromWorkbook: false };
}
