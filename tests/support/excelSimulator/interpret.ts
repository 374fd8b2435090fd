import type { SimValue } from "./model";

/** The number and date conventions of the simulated user's Excel (its regional settings). */
export type SimLocale = "uk-UA" | "en-US";

export const ERROR_LITERALS = ["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA", "#SPILL!", "#CALC!"];

export interface Interpreted {
  readonly value: SimValue;
  readonly formula: string | null;
  readonly quotePrefix: boolean;
  readonly error: boolean;
  /** A number format Excel applies on its own when it recognises a date, time or percentage. */
  readonly impliedFormat?: string;
}

const DAY_MS = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);

function serialOf(year: number, month: number, day: number): number | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const ms = Date.UTC(year, month - 1, day);
  if (new Date(ms).getUTCDate() !== day) return null;
  return (ms - EPOCH_1900) / DAY_MS;
}

/** Numbers as a user of this locale types them: uk-UA groups with spaces and uses a decimal comma. */
function parseLocaleNumber(text: string, locale: SimLocale): number | null {
  const t = text.replace(/[\u00A0\u202F]/gu, " ");
  if (locale === "uk-UA") {
    if (!/^[+-]?(\d{1,3}( \d{3})+|\d+)(,\d+)?([eE][+-]?\d+)?$/u.test(t)) return null;
    return Number(t.replace(/ /gu, "").replace(",", "."));
  }
  if (!/^[+-]?((\d{1,3}(,\d{3})+|\d+)(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/u.test(t)) return null;
  return Number(t.replace(/,/gu, ""));
}

function parseDate(text: string, locale: SimLocale): number | null {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/u.exec(text);
  if (iso) return serialOf(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const currentYear = 2026;
  if (locale === "uk-UA") {
    const m = /^(\d{1,2})\.(\d{1,2})(?:\.(\d{2}|\d{4}))?$/u.exec(text);
    if (!m) return null;
    const year = m[3] === undefined ? currentYear : m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    return serialOf(year, Number(m[2]), Number(m[1]));
  }
  const m = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{2}|\d{4}))?$/u.exec(text);
  if (!m) return null;
  const year = m[3] === undefined ? currentYear : m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
  return serialOf(year, Number(m[1]), Number(m[2]));
}

function parseTime(text: string): number | null {
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/u.exec(text);
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2]);
  const s = Number(m[3] ?? 0);
  if (h > 23 || min > 59 || s > 59) return null;
  return (h * 3600 + min * 60 + s) / 86_400;
}

/**
 * What Excel stores when a string is written to `values` of a General-format cell, as if the
 * user had typed it under `locale`. Text-format cells ("@") and a leading apostrophe keep text.
 */
export function interpretInput(input: SimValue, numberFormat: string, locale: SimLocale): Interpreted {
  const plain = (value: SimValue): Interpreted => ({ value, formula: null, quotePrefix: false, error: false });
  if (typeof input !== "string" || numberFormat === "@") return plain(input);
  if (input.startsWith("'")) return { value: input.slice(1), formula: null, quotePrefix: true, error: false };
  if (input.length > 1 && input.startsWith("=")) return { value: "#NAME?", formula: input, quotePrefix: false, error: true };
  const trimmed = input.trim();
  if (ERROR_LITERALS.includes(trimmed.toUpperCase())) return { value: trimmed.toUpperCase(), formula: null, quotePrefix: false, error: true };
  if (/^(true|false)$/iu.test(trimmed)) return plain(trimmed.toLowerCase() === "true");
  const negative = /^\((.+)\)$/u.exec(trimmed);
  const core = negative ? (negative[1] as string) : trimmed;
  const percent = core.endsWith("%");
  const number = parseLocaleNumber(percent ? core.slice(0, -1).trim() : core, locale);
  if (number !== null) {
    const value = (negative ? -number : number) / (percent ? 100 : 1);
    return percent ? { ...plain(value), impliedFormat: "0%" } : plain(value);
  }
  const date = parseDate(trimmed, locale);
  if (date !== null) return { ...plain(date), impliedFormat: locale === "uk-UA" ? "dd.mm.yyyy" : "m/d/yyyy" };
  const time = parseTime(trimmed);
  if (time !== null) return { ...plain(time), impliedFormat: "h:mm" };
  // "+текст", "-текст" and "@текст" are taken as the start of a formula, as when typed into a cell.
  if (/^[+\-@]./u.test(trimmed)) return { value: "#NAME?", formula: `=${trimmed}`, quotePrefix: false, error: true };
  return plain(input);
}
