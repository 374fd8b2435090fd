import type { CellValue } from "../domain/cell";

/**
 * Excel reinterprets strings written to `values`: "=…" becomes a formula, "4.10" the number 4.1,
 * "TRUE" a boolean. A leading apostrophe keeps the text exactly as written, which is what a
 * measure code or a quoted agency name must stay.
 */
const REINTERPRETED = /^([=+\-@']|\s*[+-]?(\d[\d\s.,]*|\.\d+)([eE][+-]?\d+)?%?\s*$|\s*(true|false)\s*$|\d{1,4}[./-]\d{1,2}([./-]\d{1,4})?$)/iu;

export function toExcelInput(value: CellValue, kind: "text" | "number"): string | number | boolean {
  if (value === null) return "";
  if (typeof value !== "string") return value;
  if (kind === "text" && REINTERPRETED.test(value)) return `'${value}`;
  return value;
}
