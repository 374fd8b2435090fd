import { issue, type Issue } from "../issues";
import { periodDeadline } from "../reports/periods";
import type { Unit } from "../reports/units";
import type { Status, ValidatedReport } from "../reports/validateReport";

/** One accepted report row in «Дані», with where it came from. */
export interface DataRow {
  readonly unitCode: string;
  readonly period: string;
  readonly measureCode: string;
  readonly status: Status;
  readonly events: number;
  readonly people: number;
  readonly funds: number;
  readonly source: string;
  readonly info: string;
  readonly reasons: string;
  readonly submitted: string | null;
  readonly file: string;
  readonly sheet: string;
  readonly row: number;
  readonly sha256: string;
  readonly importedAt: string;
}

/** A file as the importer received it: its bytes' hash and size, and what validation made of it. */
export interface ImportedFile {
  readonly file: string;
  readonly size: number;
  readonly sha256: string;
  readonly reports: readonly ValidatedReport[];
}

export type ImportAction = "imported" | "replaced" | "skippedSameFile" | "rejected";

export interface LogEntry {
  readonly file: string;
  readonly size: number;
  readonly sha256: string;
  readonly unit: string;
  readonly period: string;
  readonly accepted: number;
  readonly rejected: number;
  readonly errors: number;
  readonly warnings: number;
  readonly action: ImportAction;
}

export interface Consolidated {
  readonly rows: readonly DataRow[];
  readonly log: readonly LogEntry[];
  /** Problems seen only across reports: the same unit and period twice, figures going down, late reports. */
  readonly issues: readonly Issue[];
  /** Unit × period keys whose earlier rows were replaced by this import. */
  readonly replaced: readonly string[];
}

const ORDER = ["Q1", "H1", "9M", "Y"];
const key = (unit: string, period: string) => `${unit}|${period}`;

/**
 * Merges validated reports into the data rows: rows with errors are never taken (nor, if the user chose so,
 * any row of a report that has errors); a report for a unit and
 * period already present replaces those rows; the very same file (same hash) is skipped; two files of one
 * import claiming the same unit and period keep the first and reject the second.
 */
export interface ConsolidateOptions {
  /** A report with errors: take its valid rows (the default) or refuse the whole report. */
  readonly acceptValidRows: boolean;
}

export function consolidate(files: readonly ImportedFile[], existing: readonly DataRow[], importedAt: string, options: ConsolidateOptions = { acceptValidRows: true }): Consolidated {
  const issues: Issue[] = [];
  const log: LogEntry[] = [];
  const knownHashes = new Set(existing.map((r) => r.sha256));
  const claimed = new Map<string, string>();
  const replaced = new Set<string>();
  const fresh: DataRow[] = [];
  for (const f of files) {
    for (const report of f.reports) {
      const errors = report.issues.filter((i) => i.severity === "error").length;
      const warnings = report.issues.filter((i) => i.severity === "warning").length;
      const accepted = report.rows.filter((r) => r.valid && r.status !== null);
      const base = { file: f.file, size: f.size, sha256: f.sha256, unit: report.unit?.code ?? "", period: report.period?.code ?? "", errors, warnings };
      if (knownHashes.has(f.sha256)) {
        log.push({ ...base, accepted: 0, rejected: 0, action: "skippedSameFile" });
        continue;
      }
      knownHashes.add(f.sha256);
      if (!report.unit || !report.period || accepted.length === 0 || (!options.acceptValidRows && errors > 0)) {
        log.push({ ...base, accepted: 0, rejected: report.rows.length, action: "rejected" });
        continue;
      }
      const k = key(report.unit.code, report.period.code);
      const first = claimed.get(k);
      if (first !== undefined) {
        issues.push(issue("consolidate.duplicateReport", "error", { file: f.file }, { unit: report.unit.shortName, period: report.period.label, other: first }));
        log.push({ ...base, accepted: 0, rejected: report.rows.length, action: "rejected" });
        continue;
      }
      claimed.set(k, f.file);
      const replacing = existing.some((r) => key(r.unitCode, r.period) === k);
      if (replacing) replaced.add(k);
      const deadline = periodDeadline(report.period.code);
      if (report.submitted !== null && report.submitted > deadline) {
        issues.push(issue("consolidate.late", "warning", { file: f.file }, { unit: report.unit.shortName, submitted: report.submitted, deadline }));
      }
      for (const r of accepted) {
        fresh.push({
          unitCode: report.unit.code,
          period: report.period.code,
          measureCode: r.code,
          status: r.status as Status,
          events: r.events ?? 0,
          people: r.people ?? 0,
          funds: r.funds ?? 0,
          source: r.source ?? "",
          info: r.info,
          reasons: r.reasons,
          submitted: report.submitted,
          file: f.file,
          sheet: report.sheet,
          row: r.row,
          sha256: f.sha256,
          importedAt,
        });
      }
      log.push({ ...base, accepted: accepted.length, rejected: report.rows.length - accepted.length, action: replacing ? "replaced" : "imported" });
    }
  }
  const rows = [...existing.filter((r) => !replaced.has(key(r.unitCode, r.period))), ...fresh];
  issues.push(...decreases(rows));
  return { rows, log, issues, replaced: [...replaced] };
}

/** Cumulative figures may not go down within a year: "9 місяців" below "I півріччя" is a mistake somewhere. */
export function decreases(rows: readonly DataRow[]): Issue[] {
  const out: Issue[] = [];
  const series = new Map<string, DataRow[]>();
  for (const r of rows) {
    const k = `${r.unitCode}|${r.measureCode}|${r.period.slice(0, 4)}`;
    series.set(k, [...(series.get(k) ?? []), r]);
  }
  for (const list of series.values()) {
    const sorted = [...list].sort((a, b) => ORDER.indexOf(a.period.slice(5)) - ORDER.indexOf(b.period.slice(5)));
    for (let i = 1; i < sorted.length; i++) {
      const before = sorted[i - 1] as DataRow;
      const now = sorted[i] as DataRow;
      for (const field of ["events", "people", "funds"] as const) {
        if (now[field] < before[field]) {
          out.push(issue("consolidate.decrease", "warning", { file: now.file, sheet: now.sheet }, { unit: now.unitCode, measure: now.measureCode, field, before: before[field], now: now[field], periodBefore: before.period, periodNow: now.period }));
        }
      }
    }
  }
  return out;
}

/** The latest period with data: a later year first, then the longer cumulative period. */
export function latestPeriod(rows: readonly DataRow[]): string | null {
  return rows.map((r) => r.period).reduce<string | null>((best, p) => {
    if (best === null) return p;
    const later = p.slice(0, 4) > best.slice(0, 4) || (p.slice(0, 4) === best.slice(0, 4) && ORDER.indexOf(p.slice(5)) > ORDER.indexOf(best.slice(5)));
    return later ? p : best;
  }, null);
}

export function unitByCode(all: readonly Unit[]): ReadonlyMap<string, Unit> {
  return new Map(all.map((u) => [u.code, u]));
}
