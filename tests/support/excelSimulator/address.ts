import { columnLetter } from "../../../src/domain/a1";

export interface CellRect {
  readonly row: number;
  readonly column: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** "'Звіт 1'!C3" → sheet "Звіт 1", local "C3"; an address without "!" has no sheet. */
export function splitSheetPrefix(address: string): { sheet: string | null; local: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { sheet: null, local: address };
  const raw = address.slice(0, bang);
  const sheet = raw.startsWith("'") && raw.endsWith("'") ? raw.slice(1, -1).replace(/''/gu, "'") : raw;
  return { sheet, local: address.slice(bang + 1) };
}

/** Parses "A1", "B2:D9", "$1:$3" (whole rows) and "A:C" (whole columns); the caller checks any sheet prefix. */
export function parseAddress(address: string): CellRect | null {
  const { local } = splitSheetPrefix(address);
  const clean = local.replace(/\$/gu, "").toUpperCase();
  const rows = /^(\d+):(\d+)$/u.exec(clean);
  if (rows) {
    const a = Number(rows[1]) - 1;
    const b = Number(rows[2]) - 1;
    return { row: Math.min(a, b), column: 0, rowCount: Math.abs(b - a) + 1, columnCount: MAX_COLUMNS };
  }
  const cols = /^([A-Z]+):([A-Z]+)$/u.exec(clean);
  if (cols) {
    const a = columnIndex(cols[1] as string);
    const b = columnIndex(cols[2] as string);
    return { row: 0, column: Math.min(a, b), rowCount: MAX_ROWS, columnCount: Math.abs(b - a) + 1 };
  }
  const cells = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/u.exec(clean);
  if (!cells) return null;
  const r1 = Number(cells[2]) - 1;
  const c1 = columnIndex(cells[1] as string);
  const r2 = cells[4] === undefined ? r1 : Number(cells[4]) - 1;
  const c2 = cells[3] === undefined ? c1 : columnIndex(cells[3]);
  if (r1 < 0 || r2 < 0 || c1 < 0 || c2 < 0 || Math.max(r1, r2) >= MAX_ROWS || Math.max(c1, c2) >= MAX_COLUMNS) return null;
  return { row: Math.min(r1, r2), column: Math.min(c1, c2), rowCount: Math.abs(r2 - r1) + 1, columnCount: Math.abs(c2 - c1) + 1 };
}

function quoteSheet(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) ? name : `'${name.replace(/'/gu, "''")}'`;
}

export function formatAddress(sheet: string, rect: CellRect): string {
  const start = `${columnLetter(rect.column)}${rect.row + 1}`;
  const end = `${columnLetter(rect.column + rect.columnCount - 1)}${rect.row + rect.rowCount}`;
  return `${quoteSheet(sheet)}!${rect.rowCount === 1 && rect.columnCount === 1 ? start : `${start}:${end}`}`;
}

export function overlaps(a: CellRect, b: CellRect): boolean {
  return a.row < b.row + b.rowCount && b.row < a.row + a.rowCount && a.column < b.column + b.columnCount && b.column < a.column + a.columnCount;
}
