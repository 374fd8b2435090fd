import type { PlainValue } from "../domain/cell";

/**
 * Excel reinterprets strings written to `values`: "=…", "+…", "-…", "@…" start formulas; "4.10", "1,5",
 * "(5)", "5%", "$5" become numbers; "2025-02-01", "2/1/2025", "Jan 5", "10:30", "10 am" dates and times;
 * "TRUE" a boolean; "#N/A" an error value. Through the API they are read as en-US; what users type follows
 * their regional settings ("1 000", "01.02.2025"). Any string that could be read so either way gets a
 * leading apostrophe, which keeps it text.
 */
const FORMULA_START = /^[=+\-@']/u;
/** English month names and am/pm: with digits, they make dates and times. */
const DATE_WORDS = /(?<![a-z])(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|[ap]\.?m\.?)(?![a-z])/giu;
/** Digits with only the marks numbers, dates, times, fractions, percentages and currency are written with. */
const NUMBER_OR_DATE_LIKE = /^[\s\u00A0\u202F\d.,:/%()$eE+-]*\d[\s\u00A0\u202F\d.,:/%()$eE+-]*$/u;
const LITERAL = /^\s*(true|false|істина|хибність|#(null!|div\/0!|value!|ref!|name\?|num!|n\/a|getting_data|spill!|calc!|field!|busy!|blocked!|connect!|unknown!))\s*$/iu;

export function needsTextGuard(text: string): boolean {
  return FORMULA_START.test(text) || NUMBER_OR_DATE_LIKE.test(text.replace(DATE_WORDS, " ")) || LITERAL.test(text);
}

export function toExcelInput(value: PlainValue, kind: "text" | "number"): string | number | boolean {
  if (value === null) return "";
  if (typeof value !== "string") return value;
  // A number column takes numbers only: any string, a formula above all, is written as text.
  return kind === "number" || needsTextGuard(value) ? `'${value}` : value;
}
