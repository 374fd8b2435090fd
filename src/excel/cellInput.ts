import type { PlainValue } from "../domain/cell";

/**
 * Excel reinterprets strings written to `values` as if typed: "=…", "+…", "-…", "@…" start formulas;
 * "4.10", "1,5", "1 000", "(5)", "5%" become numbers; "01.02.2025", "2025-02-01", "10:30" dates and
 * times; "TRUE" a boolean; "#N/A" an error value — each depending on the user's regional settings.
 * Any string that could be read so under any locale gets a leading apostrophe, which keeps it text.
 */
const FORMULA_START = /^[=+\-@']/u;
const NUMBER_OR_DATE_LIKE = /^[\s\u00A0\u202F]*[(]?[+-]?[\d\s\u00A0\u202F.,:/%()eE+-]*\d[\d\s\u00A0\u202F.,:/%()eE+-]*$/u;
const LITERAL = /^\s*(true|false|істина|хибність|#(null!|div\/0!|value!|ref!|name\?|num!|n\/a|getting_data|spill!|calc!|field!|busy!|blocked!|connect!|unknown!))\s*$/iu;

export function needsTextGuard(text: string): boolean {
  return FORMULA_START.test(text) || NUMBER_OR_DATE_LIKE.test(text) || LITERAL.test(text);
}

export function toExcelInput(value: PlainValue, kind: "text" | "number"): string | number | boolean {
  if (value === null) return "";
  if (typeof value !== "string") return value;
  // A number column takes numbers only: any string, a formula above all, is written as text.
  return kind === "number" || needsTextGuard(value) ? `'${value}` : value;
}
