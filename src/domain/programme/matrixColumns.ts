import { t, type Locale, type MessageKey } from "../messages";
import { normalizeApostrophes } from "./normalizeText";

/** What a matrix column holds. Codes are optional; a "№ з/п" column only numbers rows. */
export type MatrixRole = "taskCode" | "task" | "measureCode" | "measure" | "term" | "executors" | "executorCount" | "rowNumber" | "extra";

export const REQUIRED_COLUMNS = ["task", "measure", "term", "executors"] as const;

/** The stable keys of the «Програма» sheet's columns; their headers are localised. */
export const PROGRAMME_COLUMN_KEYS = ["taskCode", "task", "measureCode", "measure", "term", "executors", "executorCount"] as const;
export type ProgrammeColumnKey = (typeof PROGRAMME_COLUMN_KEYS)[number];

const LOCALES: readonly Locale[] = ["uk", "en"];

export function normalizeHeader(text: string): string {
  return normalizeApostrophes(text)
    .toLocaleLowerCase("uk-UA")
    .replace(/\s+/gu, " ")
    .replace(/\s*\([^)]*\)\s*/gu, " ")
    .replace(/[\s.:;*]+$/u, "")
    .trim();
}

/** The headers the add-in itself writes, in every language, mapped back to their keys. */
const OWN_HEADERS: ReadonlyMap<string, ProgrammeColumnKey> = new Map(
  LOCALES.flatMap((locale) => PROGRAMME_COLUMN_KEYS.map((key) => [normalizeHeader(t(locale, `sheet.programme.${key}` as MessageKey)), key] as const)),
);

/**
 * Header wording of real programmes, matched as whole phrases so that «Обсяг фінансування заходу»
 * is not taken for the measure column nor «№ заходу» for its text.
 */
const PATTERNS: readonly [MatrixRole, RegExp][] = [
  ["taskCode", /^(№|номер|код) завдання$|^task (no|number|code)$/u],
  ["measureCode", /^(№|номер|код) заходу$|^measure (no|number|code)$/u],
  ["task", /^((найменування|назва|зміст) )?(завдання|завдань)( програми)?$|^task( name)?$/u],
  ["measure", /^((найменування|назва|зміст) )?(захід|заходи|заходу|заходів)( програми)?$|^перелік заходів( програми)?$|^measures?( name)?$/u],
  ["term", /^(термін|строк|терміни|строки)( виконання)?( заходу| заходів)?(, роки)?$|^(term|deadline)$/u],
  ["executors", /^(відповідальні )?(виконавці|виконавець)( заходу| заходів)?$|^відповідальні( за виконання)?( заходу| заходів)?$|^executors?$/u],
  ["executorCount", /^(к-сть|кількість) виконавців$|^executors, count$/u],
  ["rowNumber", /^№( з\/п| п\/п)?$|^no$/u],
];

export function classifyHeader(text: string): MatrixRole {
  const h = normalizeHeader(text);
  const own = OWN_HEADERS.get(h);
  if (own !== undefined) return own;
  return PATTERNS.find(([, pattern]) => pattern.test(h))?.[0] ?? "extra";
}

/** Exact match against the add-in's own headers only: how its own table «pmMeasures» is read. */
export function ownColumnKey(text: string): ProgrammeColumnKey | null {
  return OWN_HEADERS.get(normalizeHeader(text)) ?? null;
}
