import { consolidate, latestPeriod, type Consolidated, type DataRow, type ImportedFile, type LogEntry } from "../domain/consolidation/consolidate";
import type { ConsolidationOperations, FileResult, ImportOutcome, ImportUi, PublishUi, WorkflowOperations } from "../domain/consolidation/operations";
import { personalDataInPublicReport, publishedSummaries } from "../domain/consolidation/publicReport";
import type { Reporting } from "../domain/consolidation/reporting";
import { summarise } from "../domain/consolidation/summaries";
import { summarySheetPlans } from "../domain/consolidation/summarySheets";
import type { Issue } from "../domain/issues";
import { t, type Locale } from "../domain/messages";
import { periodLabel, reportingPeriods } from "../domain/programme/referenceLists";
import { reportsOfSource } from "../domain/reports/reportsOfSource";
import { validateWorkbook } from "../domain/reports/validateReport";
import type { SourceBytes } from "../xlsx/readSource";
import { readWorkbookState, runConsolidation, type Draft, type WorkbookState, type Written } from "./consolidationBatch";
import { DEFAULT_RETRY, type RetryPolicy } from "./runExcel";
import { undoLastImport } from "./undoImport";
import { workflowStatus } from "./workflowStatus";

export interface ConsolidationDeps {
  /** The file adapter, loaded lazily by the composition root. */
  readonly readFile: (name: string, bytes: Uint8Array) => Promise<SourceBytes>;
  readonly sha256: (bytes: Uint8Array) => Promise<string>;
  readonly now: () => string;
  readonly today: () => string;
  readonly locale: () => Locale;
  readonly policy?: RetryPolicy;
}

/** What each report (a file, or one sheet of it) came to, for the result list: one entry per line of the import log. */
function fileResults(imported: readonly ImportedFile[], result: Consolidated): FileResult[] {
  return imported.flatMap((f) => f.reports.map((report) => ({ f, report }))).map(({ f, report }, i) => {
    const entry = result.log[i];
    const here = (x: { readonly file?: string; readonly sheet?: string }) => x.file === f.file && (x.sheet === undefined || x.sheet === "" || report.sheet === "" || x.sheet === report.sheet);
    const reasons = result.notTaken.filter((n) => here(n)).flatMap((n) => n.reasons);
    const issues = [...new Set([...report.issues, ...result.issues.filter((x) => here(x.location)), ...reasons])];
    const action = entry?.action ?? "rejected";
    const status = action === "rejected" ? "rejected" : action === "skippedSameFile" ? "skipped" : action === "superseded" ? "superseded" : issues.some((x) => x.severity !== "info") ? "acceptedWithWarnings" : "accepted";
    const unit = report.unit?.shortName;
    return { file: f.file, sheet: report.sheet, status, accepted: entry?.accepted ?? 0, rejected: entry?.rejected ?? 0, issues, ...(unit === undefined ? {} : { unit }) };
  });
}

const removedBy = (written: Written | null): readonly string[] => (written?.kind === "written" ? written.removedLeftovers : []);

interface ReadFile {
  readonly name: string;
  readonly size: number;
  readonly sha256: string;
  readonly source: SourceBytes;
}

interface SummaryDraft extends Draft {
  readonly period: string | null;
  /** Who reported in the period built, required and by consent apart. */
  readonly reporting: Reporting | null;
}

/** Importing report files into «Дані» and building every summary, in one batch of three syncs (see `runConsolidation`). */
export function createConsolidationOperations(deps: ConsolidationDeps): ConsolidationOperations & WorkflowOperations {
  const policy = deps.policy ?? DEFAULT_RETRY;
  const summaryDraft = (s: WorkbookState, rows: readonly DataRow[], log: readonly LogEntry[], period: string | null, replaced: readonly string[]): SummaryDraft => {
    const chosen = period ?? latestPeriod(rows);
    const findings = chosen === null ? [] : personalDataInPublicReport(rows, chosen);
    const summaries = chosen === null ? null : summarise(s.programme, s.all, rows, chosen);
    return {
      period: chosen,
      replaced,
      findings,
      reporting: summaries?.reporting ?? null,
      plans: (includePersonal) => {
        if (summaries === null) return null;
        const { published } = publishedSummaries(s.programme, s.all, rows, summaries, includePersonal, t(deps.locale(), "sum.redacted"));
        const built = summarySheetPlans(s.programme, s.all, rows, log, summaries, { locale: deps.locale(), builtOn: deps.today(), published });
        return { ...built, issues: [...s.listIssues, ...built.issues] };
      },
    };
  };
  const validated = (files: readonly ReadFile[], s: WorkbookState): ImportedFile[] => {
    const ctx = { programme: s.programme, units: s.all, asOf: deps.today() };
    return files.map((f): ImportedFile => ({ file: f.name, size: f.size, sha256: f.sha256, reports: reportsOfSource(f.source, f.name, ctx) }));
  };
  const personal = async (ui: PublishUi, d: Draft) => ({ includePersonal: d.findings.length === 0 || (await ui.confirmPersonalData(d.findings)) });
  const redacted = (d: Draft, include: boolean) => (include ? 0 : d.findings.length);

  /** `passedOver`: sheets named but not taken (a hidden report of this workbook), as infos. */
  const runImport = async (importedOf: (s: WorkbookState) => Promise<{ imported: ImportedFile[]; passedOver: Issue[] }>, ui: ImportUi, readOthers: boolean): Promise<ImportOutcome> => {
    const done = await runConsolidation(
      async (s) => {
        const { imported, passedOver } = await importedOf(s);
        const result = consolidate(imported, s.rows, deps.now(), { programme: s.programme, units: s.all, acceptValidRows: ui.acceptValidRows ?? true });
        // Nothing to import: nothing is written either.
        if (imported.length === 0) return { imported, passedOver, result, period: null, replaced: [], findings: [], reporting: null, plans: () => null };
        return { imported, passedOver, result, ...summaryDraft(s, result.rows, [...s.log, ...result.log], null, result.replaced) };
      },
      async (d) => {
        if (d.replaced.length > 0 && !(await ui.confirmReplace(d.replaced.map((k) => k.replace("|", " · "))))) return "cancel";
        const answer = await personal(ui, d);
        ui.progress("write");
        return answer;
      },
      policy,
      readOthers,
      (d) => ({ built: d.period === null ? null : { period: d.period, at: deps.now() }, keep: { at: deps.now(), files: d.imported.length } }),
    );
    if (done.kind !== "done") return done;
    if (done.written?.kind === "blocked") return { kind: "blocked", issues: done.written.issues };
    const { draft } = done;
    if (draft.imported.length === 0) return { kind: "noReports", notes: draft.passedOver };
    return {
      kind: "imported",
      files: fileResults(draft.imported, draft.result),
      period: done.written === null ? null : draft.period,
      rows: draft.result.rows.length,
      redacted: redacted(draft, done.includePersonal),
      removedLeftovers: removedBy(done.written),
      notes: [...draft.passedOver, ...done.notes],
      reporting: done.written === null ? null : draft.reporting,
    };
  };

  return {
    async importFiles(files, ui) {
      ui.progress("validate");
      const read: ReadFile[] = [];
      for (const f of files) read.push({ name: f.name, size: f.bytes.length, sha256: await deps.sha256(f.bytes), source: await deps.readFile(f.name, f.bytes) });
      ui.progress("read");
      return runImport(async (s) => ({ imported: validated(read, s), passedOver: [] }), ui, false);
    },
    async importSheets(ui) {
      ui.progress("read");
      const label = t(deps.locale(), "consolidation.thisWorkbook");
      return runImport(
        async (s) => {
          const ctx = { programme: s.programme, units: s.all, asOf: deps.today() };
          const found: ImportedFile[] = [];
          const passedOver: Issue[] = [];
          for (const grid of s.others) {
            const reports = validateWorkbook([grid], label, ctx);
            // A hidden sheet is never consolidated, even when it holds a report (a draft, say); it is named.
            if (grid.visibility !== "visible") {
              passedOver.push(...reports.flatMap((r) => r.issues.filter((i) => i.code === "report.hiddenSheet")));
              continue;
            }
            // A sheet that is no report at all (notes, a chart) is passed over, not rejected.
            if (reports.every((r) => r.issues.some((i) => i.code === "report.noSheet"))) continue;
            const bytes = new TextEncoder().encode(JSON.stringify(grid.cells));
            found.push({ file: `${label}: ${grid.sheet}`, size: bytes.length, sha256: await deps.sha256(bytes), reports });
          }
          return { imported: found, passedOver };
        },
        ui,
        true,
      );
    },
    async rebuild(period, ui) {
      const done = await runConsolidation(
        (s) => ({ state: s, ...summaryDraft(s, s.rows, s.log, period, []) }),
        (d) => personal(ui, d),
        policy,
        false,
        (d) => ({ built: d.period === null ? null : { period: d.period, at: deps.now() }, keep: null }),
      );
      if (done.kind === "cancelled") return { kind: "noData" };
      if (done.kind === "blocked") return done;
      if (done.written?.kind === "blocked") return { kind: "blocked", issues: done.written.issues };
      const { draft } = done;
      const chosen = draft.period;
      const reporting = draft.reporting;
      if (chosen === null || reporting === null) return { kind: "noData" };
      const label = periodLabel(chosen, deps.locale());
      return { kind: "built", period: chosen, label, rows: draft.state.rows.filter((r) => r.period === chosen).length, redacted: redacted(draft, done.includePersonal), removedLeftovers: removedBy(done.written), notes: done.notes, reporting };
    },
    async periods() {
      const s = await readWorkbookState(policy);
      const present = new Set(s.rows.map((r) => r.period));
      return reportingPeriods(s.programme.years).filter((p) => present.has(p.code)).map((p) => ({ code: p.code, label: p.label }));
    },
    status: (period) => workflowStatus(period, policy),
    undoLastImport: (confirm) => undoLastImport(confirm, policy),
  };
}
