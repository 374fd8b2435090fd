import type { NotTaken } from "../domain/consolidation/consolidate";
import { share } from "../domain/consolidation/figures";
import type { ReportingFigures } from "../domain/consolidation/reporting";
import { fundsShare } from "../domain/consolidation/plannedFunds";
import type { Summaries } from "../domain/consolidation/summaries";
import { showDate } from "../domain/dates";
import { formatIssue, formatWhere, t, type Locale } from "../domain/messages";

/** A period with its label and how complete it is: received ÷ expected report rows of «Зведення». */
export interface PeriodShown {
  readonly code: string;
  readonly label: string;
  readonly completeness: number | null;
  readonly received: number;
  readonly expected: number;
}

export function periodShown(s: Summaries, label: string): PeriodShown {
  return { code: s.period, label, completeness: share(s.total.received, s.total.expected), received: s.total.received, expected: s.total.expected };
}

/** 97,1% — as the summaries print it. */
export function percent(locale: Locale, value: number | null): string {
  return value === null ? "—" : value.toLocaleString(locale === "uk" ? "uk-UA" : "en-GB", { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 });
}

/** Why a file, report or row was not taken, in words: every reason's message. */
export function reasonText(locale: Locale, x: NotTaken): string {
  return x.reasons.map((r) => formatIssue(locale, r).message).join(" ");
}

/** «Не зведено — файл «a.xlsx», аркуш «Звіт», рядок 8: …». */
export function notTakenLine(locale: Locale, x: NotTaken): string {
  const where = formatWhere(locale, { location: x.sheet === "" ? { file: x.file } : { file: x.file, sheet: x.sheet } }, x.row);
  return t(locale, "cli.notTaken", { where, reason: reasonText(locale, x) });
}

export function rejectedJson(locale: Locale, notTaken: readonly NotTaken[]) {
  return notTaken.map((x) => ({ file: x.file, sheet: x.sheet === "" ? null : x.sheet, ...(x.row === undefined ? {} : { row: x.row }), codes: x.reasons.map((r) => r.code), reason: reasonText(locale, x) }));
}

const executors = (f: ReportingFigures) => ({ expected: f.expected, reported: f.reported, completeness: share(f.reported, f.expected), notReported: f.notReported });

/**
 * The CLI's --json: figures as the summaries show them (funds used and planned in тис. грн to one decimal, the
 * plan null where the programme has none; completeness and the share of the plan used as shares to three),
 * dates as people write them, every unit and territory by its code.
 */
export function summaryJson(s: Summaries, chosen: PeriodShown, mostComplete: PeriodShown | null, oblastLevel: string) {
  const figures = (f: Summaries["total"]) => ({ expected: f.expected, received: f.received, completeness: share(f.received, f.expected), statuses: f.statuses, events: f.events, people: f.people, funds: f.funds, planned: f.planned, fundsShare: fundsShare(f.funds, f.planned) });
  return {
    period: s.period,
    periodLabel: chosen.label,
    completeness: chosen.completeness,
    mostComplete: mostComplete === null ? null : { period: mostComplete.code, periodLabel: mostComplete.label, completeness: mostComplete.completeness },
    // Completeness in two figures: executors that must report, and those that report by consent.
    executors: { required: executors(s.reporting.required), byConsent: executors(s.reporting.byConsent) },
    total: figures(s.total),
    byTask: s.byTask.map((x) => ({ task: x.task, ...figures(x) })),
    byMeasure: s.byMeasure.map((m) => ({ measure: m.measure, ...figures(m), sources: m.sources, status: m.status, notReported: m.notReported })),
    byUnit: s.byUnit.map((u) => ({ code: u.code, unit: u.unit, byConsent: u.byConsent, expected: u.expected, received: u.received, completeness: share(u.received, u.expected), onTime: u.onTime, submitted: u.submitted === null ? null : showDate(u.submitted), firstSubmitted: u.firstSubmitted === null ? null : showDate(u.firstSubmitted) })),
    byTerritory: s.byTerritory.map((x) => ({ code: x.code, territory: x.name ?? oblastLevel, district: x.district, expected: x.expected, received: x.received, completeness: share(x.received, x.expected), events: x.events, people: x.people, funds: x.funds })),
  };
}
