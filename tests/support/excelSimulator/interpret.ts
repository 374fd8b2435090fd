import type { SimValue } from "./model";
import { evaluateArithmetic } from "./arithmetic";

/** Regional settings: how the simulated user's typing is read. Range.values is read as en-US whatever they are. */
export type SimLocale = "uk-UA" | "en-US";

export const ERROR_LITERALS = ["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA", "#SPILL!", "#CALC!"];

export interface Interpreted {
  readonly value: SimValue;
  readonly formula: string | null;
  readonly quotePrefix: boolean;
  readonly error: boolean;
  /** A number format Excel applies on its own when it recognises a date, time, percentage or currency. */
  readonly impliedFormat?: string;
}

const DAY_MS = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
/** The simulated clock's year, for dates typed without one. */
export const CURRENT_YEAR = 2026;

function serialOf(year: number, month: number, day: number): number | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const ms = Date.UTC(year, month - 1, day);
  if (new Date(ms).getUTCDate() !== day) return null;
  return (ms - EPOCH_1900) / DAY_MS;
}

const yearOf = (text: string | undefined) => (text === undefined ? CURRENT_YEAR : text.length <= 2 ? 2000 + Number(text) : Number(text));

/**
 * Numbers as typed under the culture. en-US: "." decimal, "," groups — taken wherever it stands between
 * digits (the converting reading: "1,5" is 15); uk-UA: "," decimal, spaces group by three.
 */
function parseNumber(text: string, culture: SimLocale): number | null {
  if (culture === "uk-UA") {
    const t = text.replace(/[\u00A0\u202F]/gu, " ");
    if (!/^[+-]?(\d{1,3}( \d{3})+|\d+)(,\d+)?([eE][+-]?\d+)?$/u.test(t)) return null;
    return Number(t.replace(/ /gu, "").replace(",", "."));
  }
  if (!/^[+-]?(\d+(,\d+)*(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/u.test(text)) return null;
  return Number(text.replace(/,/gu, ""));
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const FULL_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

function monthOf(word: string): number | null {
  const w = word.toLowerCase();
  const i = w.length === 3 ? MONTHS.indexOf(w) : FULL_MONTHS.indexOf(w);
  return i < 0 ? null : i + 1;
}

/** en-US dates with an English month name: "5-Jan", "Jan 5", "5 Jan 2025", "January 5, 2025", "Jan-2025". */
function parseMonthNameDate(text: string): number | null {
  const parts = text.split(/[\s,/-]+/u).filter((p) => p !== "");
  if (parts.length < 2 || parts.length > 3 || /,\s*,/u.test(text)) return null;
  const monthAt = parts.findIndex((p) => monthOf(p) !== null);
  if (monthAt < 0 || monthAt > 1) return null;
  const numbers = parts.filter((_, i) => i !== monthAt);
  if (!numbers.every((n) => /^\d{1,4}$/u.test(n))) return null;
  const month = monthOf(parts[monthAt] as string) as number;
  const [a, b] = numbers.map(Number) as [number, number | undefined];
  if (b === undefined) return a > 31 ? serialOf(yearOf(numbers[0]), month, 1) : serialOf(CURRENT_YEAR, month, a);
  return serialOf(yearOf(numbers[1]), month, a);
}

function parseDate(text: string, culture: SimLocale): number | null {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/u.exec(text);
  if (iso) return serialOf(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  if (culture === "uk-UA") {
    const m = /^(\d{1,2})\.(\d{1,2})(?:\.(\d{2}|\d{4}))?$/u.exec(text);
    return m ? serialOf(yearOf(m[3]), Number(m[2]), Number(m[1])) : null;
  }
  const m = /^(\d{1,2})[/-](\d{1,2})(?:[/-](\d{2}|\d{4}))?$/u.exec(text);
  if (m) return serialOf(yearOf(m[3]), Number(m[1]), Number(m[2]));
  return parseMonthNameDate(text);
}

function parseTime(text: string, culture: SimLocale): number | null {
  const m = /^(\d{1,2})(?::(\d{2})(?::(\d{2}))?)?(?:\s*([ap])\.?m\.?)?$/iu.exec(text);
  if (!m || (m[2] === undefined && m[4] === undefined)) return null;
  if (m[4] !== undefined && culture !== "en-US") return null;
  let h = Number(m[1]);
  const min = Number(m[2] ?? 0);
  const s = Number(m[3] ?? 0);
  if (m[4] !== undefined) {
    if (h < 1 || h > 12) return null;
    h = (h % 12) + (m[4].toLowerCase() === "p" ? 12 : 0);
  }
  if (h > 23 || min > 59 || s > 59) return null;
  return (h * 3600 + min * 60 + s) / 86_400;
}

/** "1 1/2": a whole number, a space and a fraction. */
function parseMixedFraction(text: string): number | null {
  const m = /^(\d+) (\d+)\/(\d+)$/u.exec(text);
  if (!m || Number(m[3]) === 0) return null;
  return Number(m[1]) + Number(m[2]) / Number(m[3]);
}

function formulaOf(text: string): Interpreted {
  const value = evaluateArithmetic(text.slice(1));
  // The simulator computes arithmetic on numbers; any other formula stands as #NAME?, but stays a formula.
  return value === null ? { value: "#NAME?", formula: text, quotePrefix: false, error: true } : { value, formula: text, quotePrefix: false, error: false };
}

/**
 * What Excel stores when a string reaches a General-format cell, read under `culture`: writes through
 * `Range.values` ("api") are read as en-US whatever the regional settings (see conformance.ts,
 * VALUE_RULES); what a user types follows their regional settings. "=…", "+…", "-…" and "@…" are
 * formulas — through the API even "+380…" or "-2", though typing a signed number stores the number.
 * A leading apostrophe and Text-format cells ("@") keep text.
 */
export function interpretInput(input: SimValue, numberFormat: string, culture: SimLocale, source: "api" | "typed" = "typed"): Interpreted {
  const plain = (value: SimValue, impliedFormat?: string): Interpreted => ({ value, formula: null, quotePrefix: false, error: false, ...(impliedFormat === undefined ? {} : { impliedFormat }) });
  if (typeof input !== "string" || numberFormat === "@") return plain(input);
  if (input.startsWith("'")) return { value: input.slice(1), formula: null, quotePrefix: true, error: false };
  if (input.length > 1 && input.startsWith("=")) return formulaOf(input);
  if (/^[+\-@]./su.test(input) && (source === "api" || parseNumber(input, culture) === null)) return formulaOf(`=${input}`);
  const trimmed = input.replace(/^ +| +$/gu, "");
  if (ERROR_LITERALS.includes(trimmed.toUpperCase())) return { value: trimmed.toUpperCase(), formula: null, quotePrefix: false, error: true };
  if (/^(true|false)$/iu.test(trimmed)) return plain(trimmed.toLowerCase() === "true");
  const negative = /^\((.+)\)$/u.exec(trimmed);
  const core = negative ? (negative[1] as string) : trimmed;
  const currency = culture === "en-US" && /^\$\s*\S/u.test(core);
  const percent = !currency && /\s?%$/u.test(core);
  const digits = currency ? core.replace(/^\$\s*/u, "") : percent ? core.replace(/\s?%$/u, "") : core;
  const number = parseNumber(digits, culture);
  if (number !== null) {
    const value = (negative ? -number : number) / (percent ? 100 : 1);
    return plain(value, percent ? "0%" : currency ? "$#,##0.00" : undefined);
  }
  const dateFormat = culture === "uk-UA" ? "dd.mm.yyyy" : "m/d/yyyy";
  const dateTime = /^(.+?) (\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?)$/iu.exec(trimmed);
  if (dateTime) {
    const day = parseDate(dateTime[1] as string, culture);
    const time = parseTime(dateTime[2] as string, culture);
    if (day !== null && time !== null) return plain(day + time, `${dateFormat} h:mm`);
  }
  const date = parseDate(trimmed, culture);
  if (date !== null) return plain(date, dateFormat);
  const time = parseTime(trimmed, culture);
  if (time !== null) return plain(time, "h:mm");
  const fraction = culture === "en-US" ? parseMixedFraction(trimmed) : null;
  if (fraction !== null) return plain(fraction, "# ?/?");
  return plain(input);
}
