import type { YearSpan } from "./model";

const YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/gu;
/** The period a title names: «на 2024–2027 роки», «на період до 2025 року», «на 2024 рік» (not a decision's date). */
const TITLE_PERIOD = /(?:на|до)\s+(?:період\s+)?(?:до\s+)?((?:19|20)\d{2})(?:\s*[-‐‑–—]\s*((?:19|20)\d{2}))?\s*(?:роки|рік|року|рр|р\.)/giu;

/**
 * The programme's years: those its title names («на 2024–2027 роки», «до 2025 року»), its terms name,
 * and its funding columns are for, from the first to the last.
 */
export function programmeYears(title: string, terms: readonly string[], fundingYears: readonly number[]): YearSpan | null {
  const years: number[] = [...fundingYears];
  for (const m of title.matchAll(TITLE_PERIOD)) for (const y of [m[1], m[2]]) if (y !== undefined) years.push(Number(y));
  for (const text of terms) for (const m of text.matchAll(YEAR)) years.push(Number(m[0]));
  let span: YearSpan | null = null;
  // A loop, not Math.min(...years): a spread of a large programme's years would overflow the call stack.
  for (const y of years) span = span === null ? { from: y, to: y } : { from: Math.min(span.from, y), to: Math.max(span.to, y) };
  return span;
}

/** «2024–2027», or «2025» for one year. */
export function yearSpanText(years: YearSpan): string {
  return years.from === years.to ? String(years.from) : `${years.from}–${years.to}`;
}
