/** Column index (0-based) to Excel letters: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** Zero-based row/column to an A1 address. */
export function cellAddress(row: number, column: number): string {
  return `${columnLetter(column)}${row + 1}`;
}

export function rangeAddress(row: number, column: number, rowCount: number, columnCount: number): string {
  const start = cellAddress(row, column);
  if (rowCount === 1 && columnCount === 1) return start;
  return `${start}:${cellAddress(row + rowCount - 1, column + columnCount - 1)}`;
}

/** "A1" or "$B$2:D9" (no sheet prefix) → zero-based rectangle; null for anything else. */
export function parseRangeAddress(local: string): { row: number; column: number; rowCount: number; columnCount: number } | null {
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/u.exec(local.replace(/\$/gu, "").toUpperCase());
  if (!m) return null;
  const index = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const c1 = index(m[1] as string);
  const r1 = Number(m[2]) - 1;
  const c2 = m[3] === undefined ? c1 : index(m[3]);
  const r2 = m[4] === undefined ? r1 : Number(m[4]) - 1;
  return { row: Math.min(r1, r2), column: Math.min(c1, c2), rowCount: Math.abs(r2 - r1) + 1, columnCount: Math.abs(c2 - c1) + 1 };
}
