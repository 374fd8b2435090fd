import type { YearSpan } from "./model";
import { cleanCellText } from "./normalizeText";

/** The years a measure's term covers; `readable` is false where the text named no year the programme has. */
export interface TermCoverage {
  readonly years: readonly number[];
  readonly readable: boolean;
}

/** Words that mean "all through the programme" without naming a year. */
const WHOLE_PERIOD =
  /(щороку|щорічно|щокварталу|щоквартально|щомісяця|щомісячно|щопівроку|щотижня|постійно|систематично|регулярно|протягом (усього |всього )?(строку|терміну|періоду|часу) (дії|виконання|реалізації) програми|протягом (дії|виконання|реалізації) програми|(весь|усь?ого) (період|строк)[^\d]*програми|у разі потреби|за потреби|в разі потреби|за необхідності|у разі необхідності|в міру потреби|по мірі потреби)/u;
const YEAR = /(?<!\d)((?:19|20)\d{2})(?!\d)/gu;
/** "2024-25": the second year written with two digits. */
const SHORT_RANGE = /(?<!\d)((?:19|20)(\d{2}))\s*-\s*(\d{2})(?![\d.])/gu;
/** Between two years: a dash or "по"/"до" ("з 2024 по 2026 рік") joins them into a range; "," "і" "та" list them. */
const RANGE_JOINER = /^[^,;\d]*(-|(^|[^\p{L}])(по|до)([^\p{L}]|$))[^,;\d]*$/u;
const UNTIL = /(^|[^\p{L}])(до|не пізніше|не пізніш)([^\p{L}]|$)/u;
const FROM = /(^|[^\p{L}])(з|із|починаючи з|від)([^\p{L}]|$)/u;

function programmeYearList(programmeYears: YearSpan | readonly number[] | null): number[] {
  if (programmeYears === null) return [];
  if ("from" in programmeYears) {
    const out: number[] = [];
    for (let y = programmeYears.from; y <= programmeYears.to; y++) out.push(y);
    return out;
  }
  return [...new Set(programmeYears)].sort((a, b) => a - b);
}

function span(from: number, to: number): number[] {
  const out: number[] = [];
  for (let y = Math.min(from, to); y <= Math.max(from, to); y++) out.push(y);
  return out;
}

/** The years written, before the programme's period is applied; null when the text names none. */
function writtenYears(text: string, all: readonly number[]): number[] | null {
  const found = [...text.matchAll(YEAR)].map((m) => ({ year: Number(m[1]), at: m.index, end: m.index + (m[1] as string).length }));
  if (found.length === 0) return null;
  const first = found[0] as (typeof found)[number];
  if (found.length === 1) {
    const before = text.slice(0, first.at);
    const start = all[0];
    const end = all[all.length - 1];
    // «до 2025 року» runs from the programme's start; «з 2025 року» to its end.
    if (UNTIL.test(before) && start !== undefined && start < first.year) return span(start, first.year);
    if (FROM.test(before) && end !== undefined && end > first.year) return span(first.year, end);
    return [first.year];
  }
  const years = new Set<number>([first.year]);
  for (let i = 1; i < found.length; i++) {
    const prev = found[i - 1] as (typeof found)[number];
    const next = found[i] as (typeof found)[number];
    const between = text.slice(prev.end, next.at);
    for (const y of RANGE_JOINER.test(between) ? span(prev.year, next.year) : [next.year]) years.add(y);
  }
  return [...years].sort((a, b) => a - b);
}

/**
 * Reads a term as people write it («2023–2025 роки», «2024 рік», «щороку», «І квартал 2024 року»,
 * «до 2025 року», «2023, 2025 роки», «ІІ півріччя 2024 р.») into the years it covers, within the
 * programme's years where they are known. A term that cannot be read covers the whole programme.
 */
export function termYears(term: string | { readonly term: string }, programmeYears: YearSpan | readonly number[] | null): TermCoverage {
  const all = programmeYearList(programmeYears);
  const text = cleanCellText(typeof term === "string" ? term : term.term)
    .toLocaleLowerCase("uk-UA")
    .replace(/[\u2010-\u2015\u2212]/gu, "-")
    .replace(SHORT_RANGE, (_, full: string, _last: string, short: string) => {
      const to = Number(`${full.slice(0, 2)}${short}`);
      return `${full}-${to < Number(full) ? to + 100 : to}`;
    });
  if (text === "") return { years: all, readable: false };
  const written = writtenYears(text, all);
  if (written === null) return { years: all, readable: WHOLE_PERIOD.test(text) };
  const within = all.length === 0 ? written : written.filter((y) => all.includes(y));
  return within.length === 0 ? { years: all, readable: false } : { years: within, readable: true };
}
