import { consolidate, latestPeriod, type Consolidated, type DataRow, type ImportedFile, type LogEntry } from "../domain/consolidation/consolidate";
import type { ConsolidationOperations, FileResult, ImportOutcome } from "../domain/consolidation/operations";
import { dataRowsOf, logEntriesOf } from "../domain/consolidation/dataSheet";
import { summarise } from "../domain/consolidation/summaries";
import { SUMMARY_SHEETS, SUMMARY_TABLES, summarySheetPlans } from "../domain/consolidation/summarySheets";
import { issue, type Issue } from "../domain/issues";
import type { Locale } from "../domain/messages";
import { PROGRAMME_SHEET_NAMES } from "../domain/plans/programmeSheets";
import type { SheetPlan } from "../domain/plans/sheetPlan";
import type { Programme } from "../domain/programme/model";
import { reportingPeriods } from "../domain/programme/referenceLists";
import { units, type Unit } from "../domain/reports/units";
import { validateWorkbook, type ValidatedReport } from "../domain/reports/validateReport";
import { communitiesOf, programmeOfWorkbook } from "../domain/reports/workbookProgramme";
import type { SheetGrid } from "../domain/sheetGrid";
import type { SourceBytes } from "../xlsx/readSource";
import { detectCapabilities } from "./capabilities";
import { readOwnWorkbook, type OwnWorkbookRead } from "./readOwnWorkbook";
import { readReportSheets } from "./reportSheets";
import { DEFAULT_RETRY, type RetryPolicy } from "./runExcel";
import { swapInSheets } from "./swapInSheets";
import { runGuardedWrite, writeOwnSheets, type WriteSheetsOutcome } from "./writeOwnSheets";

export interface ConsolidationDeps {
  /** The file adapter, loaded lazily by the composition root. */
  readonly readFile: (name: string, bytes: Uint8Array) => Promise<SourceBytes>;
  readonly sha256: (bytes: Uint8Array) => Promise<string>;
  readonly now: () => string;
  readonly today: () => string;
  readonly locale: () => Locale;
  readonly policy?: RetryPolicy;
}

interface WorkbookState {
  readonly programme: Programme;
  readonly all: Unit[];
  readonly rows: DataRow[];
  readonly log: LogEntry[];
}

const READ_SHEETS = [PROGRAMME_SHEET_NAMES.programme, PROGRAMME_SHEET_NAMES.lists, SUMMARY_SHEETS.data, SUMMARY_SHEETS.log];
const PLANNED_TABLES = Object.values(SUMMARY_TABLES);

function stateOf(grids: readonly SheetGrid[]): WorkbookState {
  const { programme } = programmeOfWorkbook([...grids]);
  return { programme, all: units(programme, communitiesOf([...grids])), rows: dataRowsOf([...grids]), log: logEntriesOf([...grids]) };
}

type Written = { readonly kind: "written" } | { readonly kind: "blocked"; readonly issues: readonly Issue[] };

function written(outcome: WriteSheetsOutcome): Written {
  if (outcome.kind === "written") return { kind: "written" };
  if (outcome.kind === "blocked") return outcome;
  // The consolidation never asks inside the write and never re-checks, so neither answer can come back.
  throw new Error(`Unexpected write outcome: ${outcome.kind}`);
}

/** What one file came to, for the per-file result list. */
function fileResults(imported: readonly ImportedFile[], result: Consolidated): FileResult[] {
  return imported.map((f, i) => {
    const entry = result.log[i];
    const issues = [...f.reports.flatMap((r) => r.issues), ...result.issues.filter((x) => x.location.file === f.file)];
    const status = entry?.action === "rejected" ? "rejected" : entry?.action === "skippedSameFile" ? "skipped" : issues.some((x) => x.severity !== "info") ? "acceptedWithWarnings" : "accepted";
    return { file: f.file, status, accepted: entry?.accepted ?? 0, rejected: entry?.rejected ?? 0, issues };
  });
}

type Planned = { readonly period: string; readonly plans: SheetPlan[] };
type Prepared = { readonly imported: ImportedFile[]; readonly result: Consolidated; readonly planned: Planned | null };

interface ReadFile {
  readonly name: string;
  readonly size: number;
  readonly sha256: string;
  readonly source: SourceBytes;
}

/**
 * Importing report files into «Дані» and building the summaries. The whole consolidation is one batch of
 * three syncs whatever the number of files (list, read, write — more only when the write passes the
 * request size limit): the files are read and hashed before the batch, validated and consolidated
 * between its reads and its write. When reports already in «Дані» would be replaced, the batch stops
 * after reading, the user is asked, and the prepared write goes in one more batch of one sync; should the
 * workbook have changed meanwhile, that write fails and is rolled back like any other.
 */
export function createConsolidationOperations(deps: ConsolidationDeps): ConsolidationOperations {
  const policy = deps.policy ?? DEFAULT_RETRY;
  const plansFor = (s: WorkbookState, rows: readonly DataRow[], log: readonly LogEntry[], period: string | null): Planned | null => {
    const chosen = period ?? latestPeriod(rows);
    return chosen === null ? null : { period: chosen, plans: summarySheetPlans(s.programme, s.all, rows, log, summarise(s.programme, s.all, rows, chosen), deps.locale()) };
  };
  const validated = (files: readonly ReadFile[], s: WorkbookState): ImportedFile[] => {
    const ctx = { programme: s.programme, units: s.all, asOf: deps.today() };
    return files.map((f): ImportedFile => {
      const reports: ValidatedReport[] =
        f.source.kind === "workbook"
          ? validateWorkbook(f.source.sheets, f.name, ctx)
          : [{ file: f.name, sheet: "", unit: null, period: null, submitted: null, rows: [], issues: f.source.kind === "refused" ? f.source.issues : [issue("source.notWorkbook", "error", { file: f.name })] }];
      return { file: f.name, size: f.size, sha256: f.sha256, reports };
    });
  };
  /** When the sheets would not fit one response: read in pieces, then write as a reload does. */
  const slowState = async () => stateOf((await readReportSheets("active", READ_SHEETS, policy)).grids);
  const slowWrite = async (plans: readonly SheetPlan[]) => written(await writeOwnSheets(plans, { confirmReplace: async () => true, progress: () => undefined }, policy));
  const fastWrite = (read: OwnWorkbookRead, plans: readonly SheetPlan[]) =>
    runGuardedWrite(async (context, file) => swapInSheets(context, plans, detectCapabilities(), read.facts, read.tables, file), policy).then((r) => (r.kind === "done" ? written(r.value) : ({ kind: "written" } as const)));

  return {
    async importFiles(files, ui) {
      ui.progress("validate");
      const read: ReadFile[] = [];
      for (const f of files) read.push({ name: f.name, size: f.bytes.length, sha256: await deps.sha256(f.bytes), source: await deps.readFile(f.name, f.bytes) });
      ui.progress("read");
      const prepare = (s: WorkbookState): Prepared => {
        const imported = validated(read, s);
        const result = consolidate(imported, s.rows, deps.now());
        return { imported, result, planned: plansFor(s, result.rows, [...s.log, ...result.log], null) };
      };
      // Kept outside the batch: a write that recovery finds complete still reports what it imported.
      let prepared: Prepared | null = null;
      let facts: OwnWorkbookRead | null = null;
      const first = await runGuardedWrite(async (context, file): Promise<Written | "ask" | "tooLarge"> => {
        const got = await readOwnWorkbook(context, READ_SHEETS, PLANNED_TABLES);
        if (got === "tooLarge") return "tooLarge";
        facts = got;
        const p = (prepared = prepare(stateOf(got.grids)));
        if (p.result.replaced.length > 0) return "ask";
        ui.progress("write");
        return p.planned === null ? { kind: "written" } : written(await swapInSheets(context, p.planned.plans, detectCapabilities(), got.facts, got.tables, file));
      }, policy);
      let outcome: Written | "ask" | "tooLarge" = first.kind === "done" ? first.value : { kind: "written" };
      if (outcome === "tooLarge") prepared = prepare(await slowState());
      const p = prepared as Prepared | null;
      if (p === null) throw new Error("The consolidation batch ended before reading the workbook.");
      if (outcome === "ask" || outcome === "tooLarge") {
        if (p.result.replaced.length > 0 && !(await ui.confirmReplace(p.result.replaced.map((k) => k.replace("|", " · "))))) return { kind: "cancelled" };
        ui.progress("write");
        const known = facts as OwnWorkbookRead | null;
        outcome = p.planned === null ? { kind: "written" } : outcome === "ask" && known !== null ? await fastWrite(known, p.planned.plans) : await slowWrite(p.planned.plans);
      }
      if (outcome.kind === "blocked") return { kind: "blocked", issues: outcome.issues };
      const result: ImportOutcome = { kind: "imported", files: fileResults(p.imported, p.result), period: p.planned?.period ?? null, rows: p.result.rows.length };
      return result;
    },
    async rebuild(period) {
      let state: WorkbookState | null = null;
      let planned: Planned | null = null;
      const first = await runGuardedWrite(async (context, file): Promise<Written | "tooLarge"> => {
        const got = await readOwnWorkbook(context, READ_SHEETS, PLANNED_TABLES);
        if (got === "tooLarge") return "tooLarge";
        const s = (state = stateOf(got.grids));
        planned = plansFor(s, s.rows, s.log, period);
        return planned === null ? { kind: "written" } : written(await swapInSheets(context, planned.plans, detectCapabilities(), got.facts, got.tables, file));
      }, policy);
      let outcome: Written | "tooLarge" = first.kind === "done" ? first.value : { kind: "written" };
      if (outcome === "tooLarge") {
        const s = (state = await slowState());
        planned = plansFor(s, s.rows, s.log, period);
        outcome = planned === null ? { kind: "written" } : await slowWrite(planned.plans);
      }
      if (outcome.kind === "blocked") return { kind: "blocked", issues: outcome.issues };
      const s = state as WorkbookState | null;
      const chosen = planned as Planned | null;
      if (s === null || chosen === null) return { kind: "noData" };
      const label = reportingPeriods(s.programme.years).find((x) => x.code === chosen.period)?.label ?? chosen.period;
      return { kind: "built", period: chosen.period, label, rows: s.rows.filter((r) => r.period === chosen.period).length };
    },
    async periods() {
      const s = await slowState();
      const present = new Set(s.rows.map((r) => r.period));
      return reportingPeriods(s.programme.years).filter((p) => present.has(p.code)).map((p) => ({ code: p.code, label: p.label }));
    },
  };
}
