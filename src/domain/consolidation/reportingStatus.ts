import { t, type Locale } from "../messages";
import type { Unit, UnitType } from "../reports/units";
import type { LogEntry } from "./consolidate";
import type { Summaries } from "./summaries";

/**
 * Where a reporting unit stands for a period: its report came in on time or late, came in with rows
 * refused for errors (the rest taken), was refused whole, or never came; "received" when the report
 * gives no submission date to judge by.
 */
export type ReportState = "onTime" | "late" | "received" | "withErrors" | "rejected" | "missing";

export interface UnitReportStatus {
  readonly code: string;
  readonly name: string;
  readonly shortName: string;
  readonly type: UnitType;
  readonly state: ReportState;
  /** Measures the unit reports on, and rows of its report taken into «Дані». */
  readonly expected: number;
  readonly received: number;
  /** ISO date the report gives, if any. */
  readonly submitted: string | null;
  readonly errors: number;
  readonly warnings: number;
  /** Every assignment of the unit is «за згодою»; left out where nobody has worked it out. */
  readonly byConsent?: boolean;
}

export interface ReportingCounts {
  /** Units expected to report (with at least one measure), and those whose report was taken. */
  readonly expected: number;
  readonly received: number;
  readonly onTime: number;
  readonly late: number;
  readonly withErrors: number;
  readonly rejected: number;
  readonly missing: number;
}

export interface ReportingStatus {
  readonly period: string;
  readonly units: readonly UnitReportStatus[];
  readonly counts: ReportingCounts;
}

const TAKEN = new Set<LogEntry["action"]>(["imported", "replaced"]);

/** Every unit expected to report for the summaries' period, with its state, from the summaries and the import log. */
export function reportingStatus(summaries: Summaries, all: readonly Unit[], log: readonly LogEntry[]): ReportingStatus {
  const unitOf = new Map(all.map((u) => [u.code, u]));
  const entries = log.filter((l) => l.period === summaries.period);
  const units = summaries.byUnit
    .filter((u) => u.expected > 0)
    .map((u): UnitReportStatus => {
      const mine = entries.filter((l) => l.unit === u.code);
      // The log keeps every import in order: the last report taken is the one in «Дані».
      const taken = mine.filter((l) => TAKEN.has(l.action)).at(-1);
      const refused = mine.some((l) => l.action === "rejected");
      const state: ReportState = u.reported
        ? (taken?.errors ?? 0) > 0
          ? "withErrors"
          : u.onTime === false
            ? "late"
            : u.onTime === true
              ? "onTime"
              : "received"
        : refused
          ? "rejected"
          : "missing";
      const unit = unitOf.get(u.code);
      return {
        code: u.code,
        name: unit?.name ?? u.unit,
        shortName: u.unit,
        type: u.type,
        state,
        expected: u.expected,
        received: u.received,
        submitted: u.submitted,
        errors: u.reported ? (taken?.errors ?? 0) : (mine.at(-1)?.errors ?? 0),
        warnings: u.reported ? (taken?.warnings ?? 0) : (mine.at(-1)?.warnings ?? 0),
        byConsent: u.byConsent,
      };
    });
  const count = (...states: ReportState[]) => units.filter((u) => states.includes(u.state)).length;
  return {
    period: summaries.period,
    units,
    counts: {
      expected: units.length,
      received: count("onTime", "late", "received", "withErrors"),
      onTime: count("onTime"),
      late: count("late"),
      withErrors: count("withErrors"),
      rejected: count("rejected"),
      missing: count("missing"),
    },
  };
}

/** Units whose report is not in «Дані»: never sent, or refused whole. */
export function notReported(status: ReportingStatus): UnitReportStatus[] {
  return status.units.filter((u) => u.state === "missing" || u.state === "rejected");
}

/** Worst first: what needs the official's attention comes to the top. */
const STATE_ORDER: readonly ReportState[] = ["missing", "rejected", "withErrors", "late", "received", "onTime"];

/** Sort comparers for the status table, one per sortable column (Fluent's react-table `compare`). */
export const compareUnitStatus = {
  unit: (a: UnitReportStatus, b: UnitReportStatus) => a.shortName.localeCompare(b.shortName, "uk"),
  state: (a: UnitReportStatus, b: UnitReportStatus) => STATE_ORDER.indexOf(a.state) - STATE_ORDER.indexOf(b.state) || a.shortName.localeCompare(b.shortName, "uk"),
  rows: (a: UnitReportStatus, b: UnitReportStatus) => a.received / Math.max(1, a.expected) - b.received / Math.max(1, b.expected) || a.received - b.received,
  submitted: (a: UnitReportStatus, b: UnitReportStatus) => (a.submitted ?? "").localeCompare(b.submitted ?? ""),
} as const;

export type StatusColumn = keyof typeof compareUnitStatus;

/** 2025-07-15 → 15.07.2025, as documents write dates. */
export function ukrainianDate(iso: string): string {
  const [date = "", time] = iso.split(/[ T]/u);
  const [y, m, d] = date.split("-");
  return y && m && d ? `${d}.${m}.${y}${time ? ` ${time.slice(0, 5)}` : ""}` : iso;
}

/**
 * The units that have not reported, as text for a reminder letter: a heading naming the period and
 * the day, then one numbered line per unit with its full name (and why, where it sent something).
 */
export function reminderText(locale: Locale, status: ReportingStatus, periodLabel: string, today: string): string {
  const missing = notReported(status);
  const lines = missing.map((u, i) => {
    const notes = [u.state === "rejected" ? t(locale, "status.reminder.rejected") : "", u.byConsent ? t(locale, "status.reminder.byConsent") : ""].filter((n) => n !== "");
    return `${i + 1}. ${u.name}${notes.length > 0 ? ` (${notes.join("; ")})` : ""}`;
  });
  return [t(locale, "status.reminder.heading", { period: periodLabel, date: ukrainianDate(today), count: missing.length }), ...lines].join("\n");
}
