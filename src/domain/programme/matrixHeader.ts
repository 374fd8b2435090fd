import { cellText } from "../cell";
import { issue, type Issue, type IssueLocation } from "../issues";
import type { GridIndex } from "../sheetGrid";
import { classifyHeader, ownColumnKey, REQUIRED_COLUMNS, type MatrixRole } from "./matrixColumns";
import { normalizeSpacing } from "./normalizeText";

/** How far down the header row is looked for, counted from the first row with content. */
export const HEADER_SCAN_ROWS = 30;
const OWN_TABLE = "pmMeasures";

export interface MatrixColumnAt {
  readonly role: MatrixRole;
  readonly column: number;
  readonly header: string;
}

export interface HeaderFound {
  readonly row: number;
  readonly columns: readonly MatrixColumnAt[];
  readonly issues: readonly Issue[];
}

type At = (row: number, column: number) => IssueLocation;

function headerCells(index: GridIndex, row: number, from = 0, to = Number.MAX_SAFE_INTEGER) {
  return index.rowCells(row).filter((c) => c.column >= from && c.column < to).map((c) => ({ column: c.column, header: normalizeSpacing(cellText(c.value)) }));
}

/** A «№» column that holds measure codes ("4.10") is the code column, not a row number. */
function numberColumnRole(index: GridIndex, headerRow: number, column: number): MatrixRole {
  const values = index.rows().filter((r) => r > headerRow).slice(0, 50).map((r) => cellText(index.at(r, column)?.value).trim()).filter((v) => v !== "");
  return values.length > 0 && values.filter((v) => /^\d+\.\d+\.?$/u.test(v)).length * 2 > values.length ? "measureCode" : "rowNumber";
}

/** Roles must be unique and extra headers distinct: a clash is an error, a repeat is renamed, nothing is dropped. */
function settleColumns(index: GridIndex, row: number, found: { column: number; header: string; role: MatrixRole }[], at: At): HeaderFound {
  const issues: Issue[] = [];
  const columns: MatrixColumnAt[] = [];
  const seenExtra = new Map<string, number>();
  for (const c of found) {
    const role = c.role === "rowNumber" ? numberColumnRole(index, row, c.column) : c.role;
    if (role === "extra") {
      if (c.header === "") continue;
      const key = c.header.toLocaleLowerCase("uk-UA");
      const count = (seenExtra.get(key) ?? 0) + 1;
      seenExtra.set(key, count);
      if (count > 1) issues.push(issue("matrix.duplicateHeader", "warning", at(row, c.column), { header: c.header, renamed: `${c.header} (${count})` }));
      columns.push({ role, column: c.column, header: count > 1 ? `${c.header} (${count})` : c.header });
      continue;
    }
    const first = columns.find((x) => x.role === role);
    if (first && role !== "rowNumber") {
      issues.push(issue("matrix.columnClash", "error", at(row, c.column), { header: c.header, other: first.header, otherCell: at(row, first.column).cell ?? "" }));
      continue;
    }
    columns.push({ role, column: c.column, header: c.header });
  }
  return { row, columns, issues };
}

/**
 * Finds the header row: the add-in's own table «pmMeasures» by its exact headers in any language,
 * otherwise the first row near the top whose headers name at least the measure and its executors.
 */
export function findMatrixHeader(index: GridIndex, at: At): HeaderFound | { readonly missing: Issue[] } {
  const own = index.grid.tables.find((tb) => tb.name.toLowerCase() === OWN_TABLE.toLowerCase());
  if (own) {
    const cells = headerCells(index, own.row, own.column, own.column + own.columnCount);
    return settleColumns(index, own.row, cells.map((c) => ({ ...c, role: ownColumnKey(c.header) ?? "extra" })), at);
  }
  const rows = index.rows();
  const first = rows[0] ?? 0;
  let best: { row: number; roles: Set<MatrixRole> } | null = null;
  for (const row of rows) {
    if (row >= first + HEADER_SCAN_ROWS) break;
    const cells = headerCells(index, row).map((c) => ({ ...c, role: classifyHeader(c.header) }));
    const roles = new Set(cells.map((c) => c.role));
    if (roles.has("measure") && roles.has("executors")) return settleColumns(index, row, cells, at);
    const known = REQUIRED_COLUMNS.filter((r) => roles.has(r)).length;
    if (known > 0 && (best === null || known > REQUIRED_COLUMNS.filter((r) => best?.roles.has(r)).length)) best = { row, roles };
  }
  if (best === null) {
    return { missing: [issue("matrix.noHeader", "error", at(first, 0), { rows: HEADER_SCAN_ROWS, from: first + 1, to: first + HEADER_SCAN_ROWS })] };
  }
  const row = best.row;
  return { missing: REQUIRED_COLUMNS.filter((r) => !best?.roles.has(r)).map((column) => issue("matrix.missingColumn", "error", at(row, 0), { column })) };
}
