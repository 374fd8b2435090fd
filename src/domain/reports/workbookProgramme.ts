import { PROGRAMME_SHEET_NAMES } from "../plans/programmeSheets";
import { parseEmbeddedProgramme } from "../programme/embeddedProgramme";
import type { Programme } from "../programme/model";
import { withListedTitle } from "../programme/listedTitle";
import { parseMatrixGrid } from "../programme/parseMatrixGrid";
import { isUsable } from "../operations";
import type { SheetGrid } from "../sheetGrid";
import { communitiesFromGrid, type CommunityList } from "./communities";

/**
 * The communities the oblast listed on «Довідники» (table «Територіальна громада», with «Район» beside it),
 * with a warning for each row whose district is not given or not known.
 */
export function communitiesOf(grids: readonly SheetGrid[]): CommunityList {
  const lists = grids.find((g) => g.sheet === PROGRAMME_SHEET_NAMES.lists);
  return lists === undefined ? { communities: [], issues: [] } : communitiesFromGrid(lists);
}

/**
 * The programme reports are checked against: the one loaded into this workbook's «Програма» sheet,
 * or the embedded programme when the workbook has none (the caller tells the user which).
 */
export function programmeOfWorkbook(grids: readonly SheetGrid[]): { programme: Programme; fromWorkbook: boolean } {
  const sheet = grids.find((g) => g.sheet === PROGRAMME_SHEET_NAMES.programme);
  if (sheet) {
    const parsed = withListedTitle(parseMatrixGrid(sheet), grids);
    if (isUsable(parsed)) return { programme: parsed.programme, fromWorkbook: true };
  }
  return { programme: parseEmbeddedProgramme().programme, fromWorkbook: false };
}
