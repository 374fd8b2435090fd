import { issue, type Issue } from "../issues";
import type { DataRow } from "./importRecords";

/** The cumulative periods of a year, shortest first. */
const ORDER = ["Q1", "H1", "9M", "Y"];
const partIndex = (period: string) => ORDER.indexOf(period.slice(5));

/** Later first: a later year, then the longer cumulative period. */
export function comparePeriods(a: string, b: string): number {
  return a.slice(0, 4) === b.slice(0, 4) ? partIndex(a) - partIndex(b) : a.slice(0, 4) < b.slice(0, 4) ? -1 : 1;
}

/** Every period that has data, earliest first. */
export function periodsWithData(rows: readonly DataRow[]): string[] {
  return [...new Set(rows.map((r) => r.period))].sort(comparePeriods);
}

/** The latest period with data: a later year first, then the longer cumulative period. */
export function latestPeriod(rows: readonly DataRow[]): string | null {
  return periodsWithData(rows).at(-1) ?? null;
}

/** How the user knows a period and a unit: «I півріччя 2025 року», «Уманська РДА». */
export interface Names {
  period(code: string): string;
  unit(code: string): string;
}

/** Cumulative figures may not go down within a year: "9 місяців" below "I півріччя" is a mistake somewhere. */
export function decreases(rows: readonly DataRow[], names: Names): Issue[] {
  const out: Issue[] = [];
  const series = new Map<string, DataRow[]>();
  for (const r of rows) {
    const k = `${r.unitCode}|${r.measureCode}|${r.period.slice(0, 4)}`;
    series.set(k, [...(series.get(k) ?? []), r]);
  }
  for (const list of series.values()) {
    const sorted = [...list].sort((a, b) => comparePeriods(a.period, b.period));
    for (let i = 1; i < sorted.length; i++) {
      const before = sorted[i - 1] as DataRow;
      const now = sorted[i] as DataRow;
      for (const field of ["events", "people", "funds"] as const) {
        if (now[field] < before[field]) {
          out.push(issue("consolidate.decrease", "warning", { file: now.file, sheet: now.sheet }, { unit: names.unit(now.unitCode), measure: now.measureCode, field, before: before[field], now: now[field], periodBefore: names.period(before.period), periodNow: names.period(now.period) }));
        }
      }
    }
  }
  return out;
}
