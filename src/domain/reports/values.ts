import { cellText, type GridCell } from "../cell";

/** What a tolerant reading changed on the way; each becomes an info so that nothing changes silently. */
export type Normalization = "spaces" | "case" | "apostrophe" | "latin" | "numberText" | "decimalComma" | "thousands" | "codeFormat";

export type Read<T> =
  | { readonly ok: true; readonly value: T; readonly notes: readonly Normalization[] }
  | { readonly ok: false; readonly problem: "formula" | "error" | "invalid" | "negative" | "fraction"; readonly shown: string };

/** Latin letters that look Cyrillic and slip into Ukrainian words typed on a mixed keyboard. */
const LOOKALIKES: Readonly<Record<string, string>> = { a: "а", c: "с", e: "е", i: "і", o: "о", p: "р", x: "х", y: "у", A: "А", B: "В", C: "С", E: "Е", H: "Н", I: "І", K: "К", M: "М", O: "О", P: "Р", T: "Т", X: "Х" };

function problemOf(cell: GridCell): Read<never> | null {
  if (cell.value.kind === "error") return { ok: false, problem: "error", shown: cell.value.error };
  if (cell.formula !== undefined) return { ok: false, problem: "formula", shown: cell.formula };
  return null;
}

/** A value from a fixed list, whatever its spacing, case, apostrophes or Latin look-alike letters. */
export function readChoice(cell: GridCell, list: readonly string[]): Read<string> {
  const bad = problemOf(cell);
  if (bad) return bad;
  const raw = cellText(cell.value);
  const notes: Normalization[] = [];
  let text = raw.replace(/[\s\u00A0]+/gu, " ").trim();
  if (text !== raw) notes.push("spaces");
  const apostrophes = text.replace(/['ʼ`‘]/gu, "’");
  if (apostrophes !== text) notes.push("apostrophe");
  text = apostrophes;
  if (/\p{Script=Cyrillic}/u.test(text) && /[A-Za-z]/u.test(text)) {
    const fixed = text.replace(/[A-Za-z]/gu, (ch) => LOOKALIKES[ch] ?? ch);
    if (fixed !== text) notes.push("latin");
    text = fixed;
  }
  const exact = list.find((x) => x === text);
  if (exact) return { ok: true, value: exact, notes };
  const folded = list.find((x) => x.toLocaleLowerCase("uk-UA") === text.toLocaleLowerCase("uk-UA"));
  if (folded) return { ok: true, value: folded, notes: [...notes, "case"] };
  return { ok: false, problem: "invalid", shown: raw };
}

/** A count or an amount: numbers stay numbers, numbers typed as text ("1 234,5") are read with a note. */
export function readNumber(cell: GridCell, whole: boolean): Read<number> {
  const bad = problemOf(cell);
  if (bad) return bad;
  let value: number;
  const notes: Normalization[] = [];
  if (cell.value.kind === "number") value = cell.value.value;
  else if (cell.value.kind === "text") {
    const raw = cell.value.text.trim();
    // No count or amount is longer than 30 characters; the length test also keeps the pattern from backtracking over a long text.
    if (raw.length > 30 || !/^-?[\d\s\u00A0\u202F]*[.,]?\d+$/u.test(raw)) return { ok: false, problem: "invalid", shown: cell.value.text };
    notes.push("numberText");
    if (/[\s\u00A0\u202F]/u.test(raw)) notes.push("thousands");
    if (raw.includes(",")) notes.push("decimalComma");
    value = Number(raw.replace(/[\s\u00A0\u202F]/gu, "").replace(",", "."));
  } else return { ok: false, problem: "invalid", shown: cellText(cell.value) };
  if (value < 0) return { ok: false, problem: "negative", shown: String(value) };
  if (whole && !Number.isInteger(value)) return { ok: false, problem: "fraction", shown: String(value) };
  return { ok: true, value, notes };
}

/**
 * A measure code: "4.1." and "4,1" are 4.1; a code that a spreadsheet turned into the number 4.1 may
 * have been 4.10, so the measure text in the same row decides which one was meant.
 */
export function readCode(cell: GridCell, codes: ReadonlyMap<string, string>, measureText: string): Read<string> & { readonly asNumber?: boolean } {
  const bad = problemOf(cell);
  if (bad) return bad;
  if (cell.value.kind === "number") {
    const plain = String(cell.value.value);
    const candidates = [plain, ...(plain.includes(".") ? [`${plain}0`] : [])].filter((c) => codes.has(c));
    const byText = candidates.find((c) => sameText(codes.get(c) ?? "", measureText));
    return { ok: true, value: byText ?? candidates[0] ?? plain, notes: [], asNumber: true };
  }
  const raw = cellText(cell.value);
  const code = raw.trim().replace(/,/gu, ".").replace(/\.$/u, "");
  return { ok: true, value: code, notes: code !== raw ? ["codeFormat"] : [] };
}

/** Whether a measure text in a report is the programme's, whatever its case, spacing and punctuation (or cut after 40 letters). */
export function sameText(a: string, b: string): boolean {
  const k = (s: string) => s.toLocaleLowerCase("uk-UA").replace(/[^\p{L}\p{N}]+/gu, "");
  return k(a) !== "" && (k(a) === k(b) || k(b).startsWith(k(a).slice(0, 40)));
}
