import type { Measure, Programme } from "../programme/model";
import { FUNDING_SOURCES } from "../programme/referenceLists";
import { share, tenths } from "./figures";

/**
 * A measure's planned amount for one year: the sum over its sources, in тис. грн to one decimal as every
 * sheet shows it. Null — «не визначено», never 0 — where the programme has no amount columns, no column for
 * that year (a total only), or no amount for the measure in it: nothing was planned that could be compared.
 */
export function plannedForYear(programme: Programme, measure: Measure, year: number): number | null {
  if (programme.fundingYears === null || measure.plannedFunding === null) return null;
  const entries = measure.plannedFunding.filter((e) => e.year === year);
  return entries.length === 0 ? null : tenths(entries.reduce((s, e) => s + e.amount, 0));
}

/** A total of planned amounts as shown: the sum of the parts that have one; null when none has. */
export function sumPlanned(parts: readonly (number | null)[]): number | null {
  const known = parts.filter((p): p is number => p !== null);
  return known.length === 0 ? null : tenths(known.reduce((s, p) => s + p, 0));
}

/** The share of the plan used, as shown (to three decimals): none where nothing or nothing known was planned. */
export function fundsShare(used: number, planned: number | null): number | null {
  return planned === null || planned === 0 ? null : share(used, planned);
}

const NOT_NEEDED = "Не потребує фінансування";

/**
 * The funding sources of a measure in the published table: the programme's, as written; where the programme
 * names none (the annex has no such column), those its executors reported using, in the list's order, leaving
 * out «Не потребує фінансування» beside a source that paid for something.
 */
export function measureSources(measure: Measure, reported: readonly string[]): string[] {
  if (measure.fundingSources.length > 0) return [...measure.fundingSources];
  const used = FUNDING_SOURCES.filter((s) => reported.includes(s));
  return used.length > 1 ? used.filter((s) => s !== NOT_NEEDED) : [...used];
}
