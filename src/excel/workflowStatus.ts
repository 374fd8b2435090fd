import { latestPeriod } from "../domain/consolidation/consolidate";
import { dataRowsOf, logEntriesOf } from "../domain/consolidation/dataSheet";
import type { PeriodChoice, WorkflowStatus } from "../domain/consolidation/operations";
import { reportingStatus } from "../domain/consolidation/reportingStatus";
import { summarise } from "../domain/consolidation/summaries";
import { SUMMARY_SHEETS } from "../domain/consolidation/summarySheets";
import { MEMO_SHEET, memoOf, type UndoMemo } from "../domain/consolidation/workbookMemo";
import { countsOf, isUsable } from "../domain/operations";
import { PROGRAMME_SHEET_NAMES } from "../domain/plans/programmeSheets";
import { parseEmbeddedProgramme } from "../domain/programme/embeddedProgramme";
import { parseMatrixGrid } from "../domain/programme/parseMatrixGrid";
import { reportingPeriods } from "../domain/programme/referenceLists";
import { units } from "../domain/reports/units";
import { programmeId } from "../domain/reports/validateReport";
import { communitiesOf } from "../domain/reports/workbookProgramme";
import { inspectWorkbook, type SheetFact } from "./inspectOwnSheets";
import { readOwnWorkbook } from "./readOwnWorkbook";
import { readReportSheets } from "./reportSheets";
import { runRetrying, type RetryPolicy } from "./runExcel";

const READ = [PROGRAMME_SHEET_NAMES.programme, PROGRAMME_SHEET_NAMES.lists, SUMMARY_SHEETS.data, SUMMARY_SHEETS.log, MEMO_SHEET];

/** An undo is offered only while every copy it would restore is still in the workbook. */
export function undoAvailable(undo: UndoMemo | null, sheets: readonly SheetFact[]): boolean {
  return undo !== null && undo.kept.every((k) => sheets.some((s) => s.name === k.kept));
}

/**
 * Where the work stands, in two syncs (the sheet list, then the cells of «Програма», «Довідники», «Дані»,
 * «Журнал імпорту» and the memo): the programme and its counts, the periods with data, every unit's
 * report for the period, the summaries' last build, and whether the last import can be undone.
 */
export async function workflowStatus(period: string | null, policy: RetryPolicy): Promise<WorkflowStatus> {
  const first = await runRetrying(async (context) => readOwnWorkbook(context, READ, []), policy);
  // Too large for one response (years of data), or a protected structure (which stops writes, not reads): the sheets are read in pieces.
  const read = first !== "tooLarge" && first !== "structureProtected" ? first : { grids: (await readReportSheets("active", READ, policy)).grids, facts: await runRetrying(inspectWorkbook, policy) };
  const { grids } = read;
  const sheets = read.facts.sheets;
  const own = grids.filter((g) => READ.includes(g.sheet));
  const grid = own.find((g) => g.sheet === PROGRAMME_SHEET_NAMES.programme);
  const parsed = grid ? parseMatrixGrid(grid) : null;
  const usable = parsed !== null && isUsable(parsed);
  const embedded = parseEmbeddedProgramme().programme;
  const programme = usable ? parsed.programme : embedded;
  const choices = reportingPeriods(programme.years);
  const choice = (code: string | null): PeriodChoice | null => (code === null ? null : { code, label: choices.find((p) => p.code === code)?.label ?? code });
  const rows = dataRowsOf(own);
  const log = logEntriesOf(own);
  const present = new Set(rows.map((r) => r.period));
  const chosen = choice(period !== null && present.has(period) ? period : latestPeriod(rows));
  const all = units(programme, communitiesOf(own).communities);
  const memo = memoOf(own.find((g) => g.sheet === MEMO_SHEET));
  const names = sheets.map((s) => s.name);
  const built = memo.built === null ? null : choice(memo.built.period);
  return {
    programme: usable ? { title: programmeId(parsed.programme) === programmeId(embedded) ? embedded.title : null, counts: countsOf(parsed) } : null,
    periods: choices.filter((p) => present.has(p.code)).map((p) => ({ code: p.code, label: p.label })),
    period: chosen,
    reporting: chosen === null ? null : reportingStatus(summarise(programme, all, rows, chosen.code), all, log),
    summaries: { present: names.includes(SUMMARY_SHEETS.tasks), built: built === null || memo.built === null ? null : { period: built, at: memo.built.at } },
    undo: undoAvailable(memo.undo, sheets) && memo.undo ? { at: memo.undo.at, files: memo.undo.files } : null,
  };
}
