import type { PlainValue } from "../cell";
import { t, type Locale } from "../messages";
import { executorsText } from "../plans/programmeTable";
import type { TablePlan } from "../plans/sheetPlan";
import { continueTallRows } from "../plans/tallRows";
import { allMeasures, type Programme } from "../programme/model";
import type { Summaries } from "./summaries";
import type { Spec } from "./summaryColumns";

/**
 * «Звіт про виконання»: the table of a programme's annual implementation report. Eleven columns share an A4
 * landscape page at no less than 8 pt: the figures' columns are as narrow as their headers' words allow, and the
 * text columns are sized so that the whole table wraps onto the fewest lines (the narratives and the executors
 * are the longest texts; a task's name shows once per task).
 */
export const PUBLIC_REPORT_SPECS: readonly Spec[] = [
  ["number", 5],
  ["taskName", 15, "text", true, true],
  ["measureText", 26],
  ["executors", 30],
  ["term", 11],
  ["sources", 13],
  ["planned", 13, "funds"],
  ["funds", 13, "funds"],
  ["events", 11, "count"],
  ["people", 10, "count"],
  ["narrativeStatus", 43],
];

/**
 * One row per measure of the period: its executors with their «(за згодою)» marks as the programme gives them,
 * its funding sources, the plan for the period's year («не визначено» where the programme has none, never 0)
 * beside the funds used, the events and people the reports count, and the status with the executors' words.
 */
export function publicReportRows(programme: Programme, published: Summaries, locale: Locale): PlainValue[][] {
  const taskName = new Map(programme.tasks.map((x) => [x.code, x.name]));
  const measure = new Map(allMeasures(programme).map((m) => [m.code, m]));
  const notDefined = t(locale, "sum.plannedNotDefined");
  return published.byMeasure.map((m, i) => {
    const own = measure.get(m.measure);
    return [
      i + 1,
      taskName.get(m.task) ?? "",
      `${m.measure}. ${m.text}`,
      own === undefined ? m.executors : executorsText(own, locale, "; "),
      m.term,
      m.sources.join("\n"),
      m.planned ?? notDefined,
      m.funds,
      m.events,
      m.people,
      m.status === "Немає звітів" ? t(locale, "sum.noReports") : `${m.status}. ${m.narrative}`.trim(),
    ];
  });
}

/**
 * The printed table: a measure whose executors or narratives would not fit in one row (409 pt) goes on in rows
 * under it, each with the measure's number and naming the measure it continues, so that nothing is cut off; `firstRows`: where each measure now starts.
 */
export function continuedPublicReport(table: TablePlan, locale: Locale): { readonly table: TablePlan; readonly firstRows: readonly number[] } {
  const measure = (v: PlainValue) => (/^\S+/u.exec(String(v ?? ""))?.[0] ?? "").replace(/\.$/u, "");
  return continueTallRows(table, { number: (v) => v, taskName: (v) => v, measureText: (v) => t(locale, "sum.continued", { measure: measure(v) }) });
}
