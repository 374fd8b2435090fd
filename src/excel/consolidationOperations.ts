import { consolidate, latestPeriod, type DataRow, type ImportedFile, type LogEntry } from "../domain/consolidation/consolidate";
import type { ConsolidationOperations, FileResult, ImportOutcome } from "../domain/consolidation/operations";
import { dataRowsOf, logEntriesOf } from "../domain/consolidation/dataSheet";
import { summarise } from "../domain/consolidation/summaries";
import { SUMMARY_SHEETS, summarySheetPlans } from "../domain/consolidation/summarySheets";
import { issue } from "../domain/issues";
import type { Locale } from "../domain/messages";
import { PROGRAMME_SHEET_NAMES } from "../domain/plans/programmeSheets";
import type { Programme } from "../domain/programme/model";
import { reportingPeriods } from "../domain/programme/referenceLists";
import { units, type Unit } from "../domain/reports/units";
import { validateWorkbook } from "../domain/reports/validateReport";
import { communitiesOf, programmeOfWorkbook } from "../domain/reports/workbookProgramme";
import type { SourceBytes } from "../xlsx/readSource";
import { readReportSheets } from "./reportSheets";
import { DEFAULT_RETRY, type RetryPolicy } from "./runExcel";
import { writeOwnSheets } from "./writeOwnSheets";

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

/** Importing report files into «Дані» and building the summaries, as one safe write of all the sheets. */
export function createConsolidationOperations(deps: ConsolidationDeps): ConsolidationOperations {
  const policy = deps.policy ?? DEFAULT_RETRY;
  const state = async (): Promise<WorkbookState> => {
    const read = await readReportSheets("active", [PROGRAMME_SHEET_NAMES.programme, PROGRAMME_SHEET_NAMES.lists, SUMMARY_SHEETS.data, SUMMARY_SHEETS.log], policy);
    const { programme } = programmeOfWorkbook(read.grids);
    return { programme, all: units(programme, communitiesOf(read.grids)), rows: dataRowsOf(read.grids), log: logEntriesOf(read.grids) };
  };
  const write = async (s: WorkbookState, rows: readonly DataRow[], log: readonly LogEntry[], period: string | null) => {
    const chosen = period ?? latestPeriod(rows);
    if (chosen === null) return null;
    const plans = summarySheetPlans(s.programme, s.all, rows, log, summarise(s.programme, s.all, rows, chosen), deps.locale());
    const written = await writeOwnSheets(plans, { confirmReplace: async () => true, progress: () => undefined }, policy);
    return written.kind === "written" ? chosen : null;
  };
  return {
    async importFiles(files, ui) {
      ui.progress("read");
      const s = await state();
      const ctx = { programme: s.programme, units: s.all, asOf: deps.today() };
      const imported: ImportedFile[] = [];
      for (const f of files) {
        ui.progress("validate");
        const source = await deps.readFile(f.name, f.bytes);
        const reports = source.kind === "workbook" ? validateWorkbook(source.sheets, f.name, ctx) : [{ file: f.name, sheet: "", unit: null, period: null, submitted: null, rows: [], issues: source.kind === "refused" ? source.issues : [issue("source.notWorkbook", "error", { file: f.name })] }];
        imported.push({ file: f.name, size: f.bytes.length, sha256: await deps.sha256(f.bytes), reports });
      }
      const result = consolidate(imported, s.rows, deps.now());
      if (result.replaced.length > 0 && !(await ui.confirmReplace(result.replaced.map((k) => k.replace("|", " · "))))) return { kind: "cancelled" };
      ui.progress("write");
      const period = await write(s, result.rows, [...s.log, ...result.log], null);
      const results: FileResult[] = imported.map((f, i) => {
        const entry = result.log[i];
        const issues = [...f.reports.flatMap((r) => r.issues), ...result.issues.filter((x) => x.location.file === f.file)];
        const status = entry?.action === "rejected" ? "rejected" : entry?.action === "skippedSameFile" ? "skipped" : issues.some((x) => x.severity !== "info") ? "acceptedWithWarnings" : "accepted";
        return { file: f.file, status, accepted: entry?.accepted ?? 0, rejected: entry?.rejected ?? 0, issues };
      });
      const outcome: ImportOutcome = { kind: "imported", files: results, period, rows: result.rows.length };
      return outcome;
    },
    async rebuild(period) {
      const s = await state();
      const label = (code: string) => reportingPeriods(s.programme.years).find((p) => p.code === code)?.label ?? code;
      const chosen = await write(s, s.rows, s.log, period);
      return chosen === null ? { kind: "noData" } : { kind: "built", period: chosen, label: label(chosen), rows: s.rows.filter((r) => r.period === chosen).length };
    },
    async periods() {
      const s = await state();
      const present = new Set(s.rows.map((r) => r.period));
      return reportingPeriods(s.programme.years).filter((p) => present.has(p.code)).map((p) => ({ code: p.code, label: p.label }));
    },
  };
}
