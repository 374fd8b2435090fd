import { t, type Locale } from "../messages";
import { splitToRows } from "../plans/rowFit";
import type { SheetPlan } from "../plans/sheetPlan";
import { share } from "./figures";
import type { Reporting, ReportingFigures } from "./reporting";

/** 97,1% — as the sheets print a share. */
export function percentText(locale: Locale, value: number | null): string {
  return value === null ? "—" : value.toLocaleString(locale === "uk" ? "uk-UA" : "en-GB", { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 });
}

/** A line names this many executors at most, so that it stays on the printed page; «За виконавцями» lists them all. */
const NAMES_SHOWN = 12;

export function namesText(locale: Locale, names: readonly string[]): string {
  const more = names.length - NAMES_SHOWN;
  return more > 0 ? `${names.slice(0, NAMES_SHOWN).join(", ")} ${t(locale, "sum.andMore", { count: more })}` : names.join(", ");
}

const figuresOf = (locale: Locale, f: ReportingFigures) => ({ reported: f.reported, expected: f.expected, share: percentText(locale, share(f.reported, f.expected)) });

/**
 * Completeness in two figures — the executors the administration can require, and those that report by
 * consent — and who of each did not report.
 */
export function reportingLines(locale: Locale, r: Reporting, nameOf: (code: string) => string): string[] {
  return [
    t(locale, "sum.reporting.required", figuresOf(locale, r.required)),
    ...(r.required.notReported.length === 0 ? [] : [t(locale, "sum.reporting.missingRequired", { names: namesText(locale, r.required.notReported.map(nameOf)) })]),
    t(locale, "sum.reporting.byConsent", figuresOf(locale, r.byConsent)),
    ...(r.byConsent.notReported.length === 0 ? [] : [t(locale, "sum.reporting.missingByConsent", { names: namesText(locale, r.byConsent.notReported.map(nameOf)) })]),
  ];
}

/** One line for the task pane and the ribbon's dialog: who reported, required and by consent apart. */
export function reportingText(locale: Locale, r: Reporting): string {
  return t(locale, "consolidation.reporting", { reported: r.required.reported, expected: r.required.expected, consentReported: r.byConsent.reported, consentExpected: r.byConsent.expected });
}

/** «обов’язкові: …; за згодою: …» — a measure's executors that sent nothing, for its line of «За заходами». */
export function notReportedText(locale: Locale, missing: { readonly required: readonly string[]; readonly byConsent: readonly string[] }, nameOf: (code: string) => string): string {
  return [
    ...(missing.required.length === 0 ? [] : [t(locale, "sum.notReported.required", { names: missing.required.map(nameOf).join(", ") })]),
    ...(missing.byConsent.length === 0 ? [] : [t(locale, "sum.notReported.byConsent", { names: missing.byConsent.map(nameOf).join(", ") })]),
  ].join("; ");
}

/** The sheet with lines of text above its table: the table's header row is still the one frozen and repeated on every page. */
export function withHeadlines(plan: SheetPlan, given: readonly string[]): SheetPlan {
  if (given.length === 0) return plan;
  // A line wider than the table would run past it, and printing fit to the page's width would shrink the whole
  // page to hold it: a long line goes on in the rows under it, each as wide as the table.
  const width = plan.tables[0]?.columns.reduce((sum, c) => sum + c.width, 0) ?? 0;
  const lines = width === 0 ? given : given.flatMap((line) => splitToRows(line, width, 1));
  const top = lines.length;
  return {
    ...plan,
    freezeRows: top + 1,
    print: { ...plan.print, repeatRows: { from: top + 1, to: top + 1 } },
    blocks: [...(plan.blocks ?? []), ...lines.map((value, row) => ({ row, column: 0, value }))],
    tables: plan.tables.map((x) => ({ ...x, startRow: (x.startRow ?? 0) + top })),
  };
}
