/**
 * A cell as it really is, whichever adapter read it (Office.js or a file): the type Excel stored,
 * not what its text looks like. An error value #N/A is not the text "#N/A"; a date keeps its serial.
 */
export type CellValue =
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "boolean"; readonly value: boolean }
  | { readonly kind: "date"; readonly serial: number }
  | { readonly kind: "error"; readonly error: string }
  /** A formula saved without a calculated result: there is nothing to read until Excel recalculates. */
  | { readonly kind: "noValue" };

export interface GridCell {
  readonly row: number;
  readonly column: number;
  readonly value: CellValue;
  /** "=…" when the cell holds a formula; `value` is then its cached result. */
  readonly formula?: string;
}

/** What sheet plans and writers carry: plain values, never formulas. */
export type PlainValue = string | number | boolean | null;

export const text = (t: string): CellValue => ({ kind: "text", text: t });
export const num = (value: number): CellValue => ({ kind: "number", value });

const DAY_MS = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);

/** Excel's 1900 date system: serial 45658 is 2025-01-01. */
export function serialToIso(serial: number): string {
  const ms = Math.round((serial * DAY_MS) / 1000) * 1000 + EPOCH_1900;
  const iso = new Date(ms).toISOString();
  return serial % 1 === 0 ? iso.slice(0, 10) : iso.slice(0, 19).replace("T", " ");
}

/** A date as Ukrainian documents write it: 01.02.2025. */
export function serialToUkrainian(serial: number): string {
  const [y, m, d] = serialToIso(Math.floor(serial)).split("-");
  return `${d}.${m}.${y}`;
}

export function dateToSerial(date: Date): number {
  return (date.getTime() - EPOCH_1900) / DAY_MS;
}

/** A number format shows a date or time when it has day, month, year or hour codes outside quotes and brackets. */
export function isDateFormat(format: string): boolean {
  const bare = format.replace(/"[^"]*"|\[[^\]]*\]|\\./gu, "");
  return /[dmyhs]/iu.test(bare) && !/^general$/iu.test(bare.trim());
}

/** Text for people and for text columns: numbers as written, dates as 01.02.2025. */
export function cellText(value: CellValue | undefined): string {
  if (value === undefined) return "";
  switch (value.kind) {
    case "text":
      return value.text;
    case "number":
      return String(value.value);
    case "boolean":
      return value.value ? "TRUE" : "FALSE";
    case "date":
      return serialToUkrainian(value.serial);
    case "error":
      return value.error;
    case "noValue":
      return "";
  }
}

export function isBlankValue(value: CellValue | undefined): boolean {
  return value === undefined || (value.kind === "text" && value.text.trim() === "");
}
