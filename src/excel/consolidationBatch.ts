import { dataRowsOf, logEntriesOf } from "../domain/consolidation/dataSheet";
import type { DataRow, LogEntry } from "../domain/consolidation/consolidate";
import { SUMMARY_SHEETS, SUMMARY_TABLES, type SummarySheets } from "../domain/consolidation/summarySheets";
import { isAddinSheet } from "./addinSheets";
import { MEMO_SHEET, memoOf, type WorkbookMemo } from "../domain/consolidation/workbookMemo";
import { issue, type Issue } from "../domain/issues";
import { PROGRAMME_SHEET_NAMES } from "../domain/plans/programmeSheets";
import type { Programme } from "../domain/programme/model";
import { units, type Unit } from "../domain/reports/units";
import { communitiesOf, programmeOfWorkbook } from "../domain/reports/workbookProgramme";
import type { SheetGrid } from "../domain/sheetGrid";
import { detectCapabilities } from "./capabilities";
import { commitHook, forgetUndo, tidyMemo, type MemoChange, type MemoFacts, type MemoHook } from "./keepForUndo";
import { readOwnWorkbook, type OwnWorkbookRead } from "./readOwnWorkbook";
import { readReportSheets } from "./reportSheets";
import type { RetryPolicy } from "./runExcel";
import { swapInSheets } from "./swapInSheets";
import { runGuardedWrite, writeOwnSheets, type GuardedResult, type WriteSheetsOutcome } from "./writeOwnSheets";

/** What the workbook holds for a consolidation: the programme, the reporting units, «Дані» and the import log. */
export interface WorkbookState {
  readonly programme: Programme;
  readonly all: Unit[];
  /** What the community list on «Довідники» holds that was not understood (a district not known). */
  readonly listIssues: readonly Issue[];
  readonly rows: DataRow[];
  readonly log: LogEntry[];
  /** The workbook's other sheets, hidden ones included, read only when asked for (reports copied in by hand). */
  readonly others: readonly SheetGrid[];
  /** What the add-in remembers in the workbook: the last build, the last import's undo. */
  readonly memo: WorkbookMemo;
}

/** A consolidation worked out in memory: what to ask the user, and the sheets to write for each answer. */
export interface Draft {
  /** Reports already in «Дані» that this one would replace ("Р03|2025-H1"). */
  readonly replaced: readonly string[];
  /** Texts bound for the published table that seem to hold personal data. */
  readonly findings: readonly Issue[];
  /** The sheets to write, with the infos on them; `includePersonal` false puts markers in the published table. Null: nothing to build. */
  plans(includePersonal: boolean): SummarySheets | null;
}

export type Written = { readonly kind: "written"; readonly removedLeftovers: readonly string[] } | { readonly kind: "blocked"; readonly issues: readonly Issue[] };
export type Answer = { readonly includePersonal: boolean } | "cancel";

const READ_SHEETS: readonly string[] = [PROGRAMME_SHEET_NAMES.programme, PROGRAMME_SHEET_NAMES.lists, SUMMARY_SHEETS.data, SUMMARY_SHEETS.log, MEMO_SHEET];
const PLANNED_TABLES = Object.values(SUMMARY_TABLES);

const isOther = (name: string) => !isAddinSheet(name);

function stateOf(grids: readonly SheetGrid[]): WorkbookState {
  const own = grids.filter((g) => READ_SHEETS.includes(g.sheet));
  const { programme } = programmeOfWorkbook(own);
  const listed = communitiesOf(own);
  return {
    programme,
    all: units(programme, listed.communities),
    listIssues: listed.issues,
    rows: dataRowsOf(own),
    log: logEntriesOf(own),
    others: grids.filter((g) => isOther(g.sheet)),
    memo: memoOf(own.find((g) => g.sheet === MEMO_SHEET)),
  };
}

function written(outcome: WriteSheetsOutcome): Written {
  if (outcome.kind === "written") return { kind: "written", removedLeftovers: outcome.removedLeftovers };
  if (outcome.kind === "blocked") return outcome;
  // This write neither asks inside its batch nor looks again, so neither answer can come back.
  throw new Error(`Unexpected write outcome: ${outcome.kind}`);
}

/** How a consolidation ended: done (written or not), cancelled by the user, or refused before anything was asked. */
export type ConsolidationRun<D> =
  | { readonly kind: "done"; readonly draft: D; readonly written: Written | null; readonly includePersonal: boolean; readonly notes: readonly Issue[] }
  | { readonly kind: "cancelled" }
  | { readonly kind: "blocked"; readonly issues: readonly Issue[] };

const guarded = (result: GuardedResult<WriteSheetsOutcome>): Written =>
  result.kind === "done" ? written(result.value) : result.kind === "blocked" ? result : { kind: "written", removedLeftovers: result.journal.removedLeftovers };

/**
 * The whole consolidation in one batch of three syncs, whatever the number of reports: the sheet list,
 * the cells of «Програма», «Довідники», «Дані» and «Журнал імпорту», then the write (more requests only
 * when the write passes the size limit). A workbook whose structure is protected is told in the first
 * sync, before anything is asked. When the user must be asked (reports to replace, personal data bound
 * for the published table), the batch stops after reading; the answer comes outside any batch and the
 * prepared write goes in one more batch of one sync. Should the workbook have changed meanwhile, that
 * write fails and is rolled back like any other. When the cells would not fit one response (5 MB on the
 * web) the sheets are read in pieces and written as a reload is.
 */
export async function runConsolidation<D extends Draft>(
  draftOf: (state: WorkbookState) => D | Promise<D>,
  ask: (draft: D) => Promise<Answer>,
  policy: RetryPolicy,
  readOthers = false,
  /** What the write changes in the workbook's memo (the build, an import's undo); nothing when absent. */
  memoChange?: (draft: D) => MemoChange,
): Promise<ConsolidationRun<D>> {
  // Kept outside the batch: a write that recovery finds complete still reports what it did.
  let draft: D | null = null;
  let read: OwnWorkbookRead | null = null;
  let notes: readonly Issue[] = [];
  let memo: MemoFacts | null = null;
  let made: MemoHook | undefined;
  const hook = (context: Excel.RequestContext, d: D) => (made = memoChange && memo ? commitHook(context, memo, memoChange(d)) : undefined);
  // A write that recovery completed stopped somewhere in the hook: the memo is checked and tidied.
  const tidied = async <T extends { readonly kind: string }>(result: T): Promise<T> => {
    if (result.kind === "completedByRecovery" && made) await tidyMemo(made.intended, policy);
    return result;
  };
  const first = await tidied(await runGuardedWrite(async (context, file): Promise<Written | null | "ask" | "tooLarge" | "structureProtected"> => {
    // Rides with the first read: the sheet to show again should the import be undone.
    const active = context.workbook.worksheets.getActiveWorksheet().load("name");
    const got = await readOwnWorkbook(context, READ_SHEETS, PLANNED_TABLES, readOthers ? isOther : undefined);
    if (got === "tooLarge" || got === "structureProtected") return got;
    read = got;
    const state = stateOf(got.grids);
    memo = { facts: got.facts, tables: got.tables, memo: state.memo, active: active.name };
    const d = (draft = await draftOf(state));
    if (d.replaced.length > 0 || d.findings.length > 0) return "ask";
    const built = d.plans(true);
    if (built === null) return null;
    notes = built.issues;
    return written(await swapInSheets(context, built.plans, detectCapabilities(), got.facts, got.tables, file, hook(context, d)));
  }, policy));
  const step = first.kind === "done" ? first.value : first.kind === "blocked" ? first : { kind: "written" as const, removedLeftovers: first.journal.removedLeftovers };
  if (step === "structureProtected") return { kind: "blocked", issues: [issue("write.workbookProtected", "error", {})] };
  if (step === "tooLarge") draft = await draftOf(stateOf((await readReportSheets(readOthers ? "all" : "active", READ_SHEETS, policy)).grids));
  const d = draft as D | null;
  if (d === null) throw new Error("The consolidation batch ended before reading the workbook.");
  if (step !== "ask" && step !== "tooLarge") return { kind: "done", draft: d, written: step, includePersonal: true, notes: step?.kind === "written" ? notes : [] };
  const answer = d.replaced.length > 0 || d.findings.length > 0 ? await ask(d) : { includePersonal: true };
  if (answer === "cancel") return { kind: "cancelled" };
  const built = d.plans(answer.includePersonal);
  if (built === null) return { kind: "done", draft: d, written: null, includePersonal: answer.includePersonal, notes: [] };
  const known = read as OwnWorkbookRead | null;
  let result: Written;
  if (step === "tooLarge" || known === null) {
    if (memoChange) await forgetUndo(policy);
    result = written(await writeOwnSheets(built.plans, { confirmReplace: async () => true, progress: () => undefined }, policy));
  } else {
    result = guarded(await tidied(await runGuardedWrite((context, file) => swapInSheets(context, built.plans, detectCapabilities(), known.facts, known.tables, file, hook(context, d)), policy)));
  }
  return { kind: "done", draft: d, written: result, includePersonal: answer.includePersonal, notes: result.kind === "written" ? built.issues : [] };
}

export async function readWorkbookState(policy: RetryPolicy): Promise<WorkbookState> {
  return stateOf((await readReportSheets("active", READ_SHEETS, policy)).grids);
}
