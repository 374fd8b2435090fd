import type { PeriodPart } from "../reports/periods";
import type { DataRow } from "./importRecords";
import { comparePeriods } from "./periodSeries";

/** Which periods «Динаміка» sets side by side. */
export type DynamicsChoice =
  /** The same part of each year (I півріччя 2024 with I півріччя 2025), earliest first. */
  | { readonly kind: "same"; readonly part: PeriodPart; readonly periods: readonly string[] }
  /** Data of more than one year, but never the same part of two years: every period with data, earliest first. */
  | { readonly kind: "different"; readonly periods: readonly string[] };

/** Longest first: where the summary's own part is in one year only, a full year compares more than a quarter. */
const PARTS: readonly PeriodPart[] = ["Y", "9M", "H1", "Q1"];

/**
 * Cumulative figures are compared only between equal parts of years: the summary's own part when two years
 * have it, else the longest part two years have. Null with data of one year only (nothing to compare).
 */
export function dynamicsPeriods(rows: readonly DataRow[], period: string): DynamicsChoice | null {
  const periods = [...new Set(rows.map((r) => r.period))].sort(comparePeriods);
  if (new Set(periods.map((p) => p.slice(0, 4))).size < 2) return null;
  const own = period.slice(5) as PeriodPart;
  for (const part of [own, ...PARTS.filter((p) => p !== own)]) {
    const same = periods.filter((p) => p.slice(5) === part);
    if (same.length >= 2) return { kind: "same", part, periods: same };
  }
  return { kind: "different", periods };
}
