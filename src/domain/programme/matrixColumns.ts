import { t, type Locale, type MessageKey } from "../messages";
import { joinHyphenatedLines, normalizeApostrophes } from "./normalizeText";

/**
 * What a matrix column holds. Codes are optional; a "№ з/п" column only numbers rows. «Державний
 * замовник» and «Головний розпорядник коштів» name the executors where no executors column does.
 */
export type MatrixRole =
  | "taskCode"
  | "task"
  | "measureCode"
  | "measure"
  | "term"
  | "executors"
  | "customer"
  | "executorCount"
  | "rowNumber"
  | "fundingSource"
  | "fundingYear"
  | "fundingTotal"
  | "expectedResult"
  | "extra";

/** The task may instead stand in rows across the table, and without a term the programme's years apply. */
export const REQUIRED_COLUMNS = ["task", "measure", "executors"] as const;

/** The stable keys of the «Програма» sheet's columns; their headers are localised. */
export const PROGRAMME_COLUMN_KEYS = ["taskCode", "task", "measureCode", "measure", "term", "executors", "executorCount", "fundingSources", "plannedTotal", "expectedResult"] as const;
export type ProgrammeColumnKey = (typeof PROGRAMME_COLUMN_KEYS)[number];

const ROLE_OF_KEY: Record<ProgrammeColumnKey, MatrixRole> = {
  taskCode: "taskCode",
  task: "task",
  measureCode: "measureCode",
  measure: "measure",
  term: "term",
  executors: "executors",
  executorCount: "executorCount",
  fundingSources: "fundingSource",
  plannedTotal: "fundingTotal",
  expectedResult: "expectedResult",
};

const LOCALES: readonly Locale[] = ["uk", "en"];

export function normalizeHeader(text: string): string {
  return normalizeApostrophes(joinHyphenatedLines(text))
    .toLocaleLowerCase("uk-UA")
    // A word broken at a hyphen and then read as one line: «фінан- сування».
    .replace(/(\p{Ll})- (?=\p{Ll})/gu, "$1")
    .replace(/\s+/gu, " ")
    .replace(/\s*\([^)]*\)\s*/gu, " ")
    .replace(/\s+([,.:;])/gu, "$1")
    .replace(/[\s.:;*]+$/u, "")
    .trim();
}

/** The headers the add-in itself writes, in every language, mapped back to their keys. */
const OWN_HEADERS: ReadonlyMap<string, ProgrammeColumnKey> = new Map(
  LOCALES.flatMap((locale) => PROGRAMME_COLUMN_KEYS.map((key) => [normalizeHeader(t(locale, `sheet.programme.${key}` as MessageKey)), key] as const)),
);

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
/** The per-year planned-funding headers the add-in writes («План на 2025 р., тис. грн»). */
const OWN_YEAR_HEADERS: readonly RegExp[] = LOCALES.map(
  (locale) => new RegExp(`^${escapeRegExp(normalizeHeader(t(locale, "sheet.programme.plannedYear", { year: 1999 }))).replace("1999", "(\\d{4})")}$`, "u"),
);

/**
 * Header wording of real programmes, matched as whole phrases so that «Обсяг фінансування заходу»
 * is not taken for the measure column nor «№ заходу» for its text.
 */
const PATTERNS: readonly [MatrixRole, RegExp][] = [
  ["taskCode", /^(№|номер|код) (завдання|напряму|напрямку)$|^task (no|number|code)$/u],
  ["measureCode", /^(№|номер|код) заходу$|^measure (no|number|code)$/u],
  [
    "task",
    /^((найменування|назва|зміст) )?(завдання|завдань)( програми)?$|^((найменування|назва|зміст) )?(напряму?|напрямку|напрями|напрямки|напрямів|напрямків)( діяльності)?( програми)?$|^пріоритетні завдання$|^task( name)?$/u,
  ],
  ["measure", /^((найменування|назва|зміст) )?(захід|заходи|заходу|заходів)( програми)?$|^перелік заходів( програми)?$|^measures?( name)?$/u],
  ["term", /^(термін|строк|терміни|строки|період|роки)( виконання| реалізації)?( заходу| заходів)?(, роки)?$|^(term|deadline)$/u],
  [
    "executors",
    /^(відповідальні |відповідальний )?(виконавці|виконавець)( заходу| заходів)?$|^відповідальні( за виконання)?( заходу| заходів)?$|^executors?$/u,
  ],
  ["customer", /^(державний замовник|головний розпорядник коштів|головні розпорядники коштів|замовник)(, | — | - )?(головний розпорядник коштів)?$/u],
  ["executorCount", /^(к-сть|кількість) виконавців$|^executors, count$/u],
  ["fundingSource", /^джерел[оа] фінансування( заходу| заходів)?$|^funding sources?$/u],
  [
    "fundingTotal",
    /^(орієнтовні |прогнозні |планові |загальні )?(обсяги?|вартість) (фінансування|коштів)( заходу| заходів)?(,? ?\(?вартість\)?)?(,? тис\.? (грн|гривень))?(,? у тому числі| в тому числі| за роками)?$|^(орієнтовна |прогнозна )?вартість( заходу)?(,? тис\.? (грн|гривень))?$|^(усього|всього|разом)(,? тис\.? (грн|гривень))?$/u,
  ],
  ["expectedResult", /^очікуван(ий|і) результати?( виконання| від виконання| реалізації)?( заходу| заходів)?$|^expected results?$/u],
  ["rowNumber", /^№( з\/п| п\/п)?$|^no$/u],
];

/** A header naming one year of planned funding: «2025», «2025 рік», «2025 р.». */
export function yearOfHeader(text: string): number | null {
  const h = normalizeHeader(text);
  const own = OWN_YEAR_HEADERS.map((re) => re.exec(h)).find((m) => m !== null);
  const m = own ?? /^(?:у |в )?((?:19|20)\d{2})( р| рік| року| роки)?$/u.exec(h);
  return m ? Number(m[1]) : null;
}

export function classifyHeader(text: string): MatrixRole {
  const h = normalizeHeader(text);
  const own = OWN_HEADERS.get(h);
  if (own !== undefined) return ROLE_OF_KEY[own];
  if (yearOfHeader(h) !== null) return "fundingYear";
  return PATTERNS.find(([, pattern]) => pattern.test(h))?.[0] ?? "extra";
}

/** Exact match against the add-in's own headers only: how its own table «pmMeasures» is read. */
export function ownColumnRole(text: string): { role: MatrixRole; year?: number } | null {
  const h = normalizeHeader(text);
  const key = OWN_HEADERS.get(h);
  if (key !== undefined) return { role: ROLE_OF_KEY[key] };
  const year = OWN_YEAR_HEADERS.map((re) => re.exec(h)).find((m) => m !== null);
  return year ? { role: "fundingYear", year: Number(year[1]) } : null;
}
