import { cellText, serialToIso, type CellValue } from "../cell";
import { readDate } from "../dates";
import { t, type MessageKey } from "../messages";
import { STATUSES } from "../programme/referenceLists";
import type { Status } from "../reports/validateReport";
import { GridIndex, type SheetGrid } from "../sheetGrid";
import type { DataRow, ImportAction, LogEntry } from "./consolidate";
import { tenths } from "./figures";
import { SUMMARY_SHEETS } from "./summarySheets";

const num = (v: CellValue | undefined) => (v?.kind === "number" ? v.value : Number(cellText(v).replace(",", ".")) || 0);
const text = (v: CellValue | undefined) => cellText(v).trim();
/** Written as people read dates (15.07.2025); a cell Excel turned into a date, or an ISO date, reads the same. */
const date = (v: CellValue | undefined) => (v?.kind === "date" ? serialToIso(Math.floor(v.serial)) : readDate(text(v)));
const tenthsOf = (v: CellValue | undefined) => tenths(num(v));

function bodyRows(grid: SheetGrid | undefined): (CellValue | undefined)[][] {
  if (!grid) return [];
  const index = new GridIndex(grid);
  return index.rows().filter((r) => r > 0).map((r) => Array.from({ length: 18 }, (_, c) => index.at(r, c)?.value));
}

/** «Дані» as the add-in wrote it (its column order is the pmData plan's), back into data rows. */
export function dataRowsOf(grids: readonly SheetGrid[]): DataRow[] {
  return bodyRows(grids.find((g) => g.sheet === SUMMARY_SHEETS.data))
    .filter((c) => text(c[0]) !== "" && (STATUSES as readonly string[]).includes(text(c[4])))
    .map((c) => ({
      unitCode: text(c[0]),
      period: text(c[2]),
      measureCode: text(c[3]),
      status: text(c[4]) as Status,
      events: num(c[5]),
      people: num(c[6]),
      funds: tenthsOf(c[7]),
      source: text(c[8]),
      info: text(c[9]),
      reasons: text(c[10]),
      submitted: date(c[11]),
      file: text(c[12]),
      sheet: text(c[13]),
      row: num(c[14]),
      sha256: text(c[15]),
      importedAt: text(c[16]),
      // «Дані» written before corrections were kept has no first submission: the one date there is it.
      firstSubmitted: date(c[17]) ?? date(c[11]),
    }));
}

const ACTIONS: readonly ImportAction[] = ["imported", "replaced", "skippedSameFile", "superseded", "rejected"];

/** «Журнал імпорту» back into entries; the action is written in the user's language, so both are understood. */
export function logEntriesOf(grids: readonly SheetGrid[]): LogEntry[] {
  const action = (label: string): ImportAction =>
    ACTIONS.find((a) => (["uk", "en"] as const).some((l) => t(l, `sum.action.${a}` as MessageKey) === label)) ?? "imported";
  return bodyRows(grids.find((g) => g.sheet === SUMMARY_SHEETS.log))
    .filter((c) => text(c[0]) !== "")
    .map((c) => ({ file: text(c[0]), size: num(c[1]), sha256: text(c[2]), unit: text(c[3]), period: text(c[4]), accepted: num(c[5]), rejected: num(c[6]), errors: num(c[7]), warnings: num(c[8]), action: action(text(c[9])), sheet: text(c[10]) }));
}
