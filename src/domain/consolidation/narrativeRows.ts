import type { PlainValue } from "../cell";
import { t, type Locale } from "../messages";
import { fitToRow, ROW_LINES } from "../plans/rowFit";
import { wrappedLineCount } from "../plans/rowHeights";
import type { MeasureSummary, Summaries } from "./summaries";

/** «За заходами» is a table of figures: a measure's narratives take no more lines than this, or than its text. */
const MEASURE_NARRATIVE_LINES = 12;

/**
 * «За заходами»: one row of figures per measure. The narratives of every executor, joined, would make a
 * row many times taller than the measure's text (a page or two per measure on paper): they are cut at a
 * sentence end to the row's height — the measure text's lines, at least 12 — with a marker in the cell
 * saying that the whole texts are in «Звіт про виконання» (and, unredacted, in «Дані»). Each row keeps
 * one measure, so figures still add up when the table is filtered or sorted.
 */
export function measureRows(
  s: Summaries,
  widths: { readonly text: number; readonly narrative: number; readonly notReported: number },
  figures: (m: MeasureSummary) => PlainValue[],
  notReported: (m: MeasureSummary) => string,
  locale: Locale,
): PlainValue[][] {
  const marker = t(locale, "sum.textShortened");
  return s.byMeasure.map((m) => {
    const lines = Math.min(ROW_LINES, Math.max(MEASURE_NARRATIVE_LINES, wrappedLineCount(m.text, widths.text)));
    // Who did not report may make the row taller, up to the tallest row; past it the list ends with how many there are.
    const count = m.notReported.required.length + m.notReported.byConsent.length;
    const missing = fitToRow(notReported(m), widths.notReported, t(locale, "sum.listShortened", { count }), ROW_LINES).text;
    return [m.measure, m.text, ...figures(m), m.status, fitToRow(m.narrative, widths.narrative, marker, lines).text, missing];
  });
}
