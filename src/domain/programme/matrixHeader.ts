import { cellText } from "../cell";
import { issue, type Issue, type IssueLocation } from "../issues";
import type { GridIndex } from "../sheetGrid";
import { classifyHeader, normalizeHeader, ownColumnRole, REQUIRED_COLUMNS, yearOfHeader, type MatrixRole } from "./matrixColumns";
import { joinHyphenatedLines, normalizeSpacing } from "./normalizeText";

/** How far down the header row is looked for, counted from the first row with content. */
export const HEADER_SCAN_ROWS = 30;
/** The header of the standard form is at most three rows deep (group, «у тому числі», years). */
const MAX_HEADER_ROWS = 3;
const OWN_TABLE = "pmMeasures";

export interface MatrixColumnAt {
  readonly role: MatrixRole;
  readonly column: number;
  readonly header: string;
  /** The year of a planned-funding column. */
  readonly year?: number;
}

export interface HeaderFound {
  /** The header's first and last rows: data starts below `lastRow`. */
  readonly row: number;
  readonly lastRow: number;
  /** The add-in's own table «pmMeasures», read by its exact headers. */
  readonly own: boolean;
  readonly columns: readonly MatrixColumnAt[];
  readonly issues: readonly Issue[];
}

type At = (row: number, column: number) => IssueLocation;
interface Candidate {
  readonly column: number;
  readonly header: string;
  readonly role: MatrixRole;
  readonly year?: number;
}

const headerText = (raw: string) => normalizeSpacing(joinHyphenatedLines(raw));
const SUB_HEADER_WORD = /^(усього|всього|разом|у тому числі|в тому числі|у т\. ?ч|з них)/u;

export function isNumberingRow(texts: readonly string[]): boolean {
  const filled = texts.filter((t) => t !== "");
  return filled.length > 1 && filled.every((t, i) => t === String(i + 1));
}

/**
 * A row under the header that continues it: every text in it is a year, a word such as «усього» or
 * «у тому числі», or stands under a header cell merged across several columns (the funding group).
 */
function isSubHeaderRow(index: GridIndex, block: readonly number[], row: number): boolean {
  const cells = index.rowCells(row).map((c) => ({ column: c.column, text: headerText(cellText(c.value)) })).filter((c) => c.text !== "");
  if (cells.length === 0 || isNumberingRow(cells.map((c) => c.text))) return false;
  return cells.every(({ column, text }) => {
    const h = normalizeHeader(text);
    if (/^\d+(\.\d+)*[.)]?(\s|$)/u.test(h) && yearOfHeader(h) === null) return false;
    if (yearOfHeader(h) !== null || SUB_HEADER_WORD.test(h)) return true;
    return block.some((b) => (index.mergeAt(b, column)?.columnCount ?? 1) > 1);
  });
}

function headerBlock(index: GridIndex, row: number): number[] {
  const block = [row];
  for (let next = row + 1; block.length < MAX_HEADER_ROWS && isSubHeaderRow(index, block, next); next++) block.push(next);
  return block;
}

/**
 * Each column's header across the block: its own texts top to bottom, with a group header merged across
 * it («Орієнтовні обсяги фінансування…» over the years) in front. A column covered only by a merged
 * header cell of its neighbour is no column of its own.
 */
function blockColumns(index: GridIndex, block: readonly number[]): Candidate[] {
  const columns = new Set<number>();
  for (const r of block) for (const c of index.rowCells(r)) columns.add(c.column);
  for (const m of index.grid.merges) if (block.includes(m.row)) for (let c = m.column; c < m.column + m.columnCount; c++) columns.add(c);
  const out: Candidate[] = [];
  for (const column of [...columns].sort((a, b) => a - b)) {
    const parts: { text: string; own: boolean }[] = [];
    for (const r of block) {
      const own = headerText(cellText(index.at(r, column)?.value));
      if (own !== "") {
        parts.push({ text: own, own: true });
        continue;
      }
      const merge = index.mergeAt(r, column);
      if (merge && merge.row === r && merge.column !== column) parts.push({ text: headerText(cellText(index.at(merge.row, merge.column)?.value)), own: false });
    }
    if (!parts.some((p) => p.own)) continue;
    const texts = parts.map((p) => p.text).filter((t) => t !== "");
    out.push({ column, header: texts.join(" "), ...roleOf(texts) });
  }
  return out;
}

function roleOf(parts: readonly string[]): { role: MatrixRole; year?: number } {
  const leaf = parts[parts.length - 1] ?? "";
  const year = yearOfHeader(leaf);
  if (year !== null) return { role: "fundingYear", year };
  if (parts.length === 1) return { role: classifyHeader(leaf) };
  const whole = classifyHeader(parts.join(" "));
  if (whole !== "extra") return { role: whole };
  const leafRole = classifyHeader(leaf);
  if (leafRole !== "extra") return { role: leafRole };
  // The vertical part of a header that only the sub-row names, under a group that names its role.
  return { role: SUB_HEADER_WORD.test(normalizeHeader(leaf)) ? classifyHeader(parts.slice(0, -1).join(" ")) : "extra" };
}

/** Roles must be unique and extra headers distinct: a clash is an error, a repeat is renamed, nothing is dropped. */
function settleColumns(row: number, lastRow: number, found: readonly Candidate[], at: At, own = false): HeaderFound {
  const issues: Issue[] = [];
  const columns: MatrixColumnAt[] = [];
  const seenExtra = new Map<string, number>();
  // «Державний замовник» names the executors only where no column of executors does.
  const hasExecutors = found.some((c) => c.role === "executors");
  for (const candidate of found) {
    const c: Candidate = candidate.role === "customer" ? { ...candidate, role: hasExecutors ? "extra" : "executors" } : candidate;
    if (c.role === "extra") {
      if (c.header === "") continue;
      const key = c.header.toLocaleLowerCase("uk-UA");
      const count = (seenExtra.get(key) ?? 0) + 1;
      seenExtra.set(key, count);
      if (count > 1) issues.push(issue("matrix.duplicateHeader", "warning", at(row, c.column), { header: c.header, renamed: `${c.header} (${count})` }));
      columns.push({ role: c.role, column: c.column, header: count > 1 ? `${c.header} (${count})` : c.header });
      continue;
    }
    const first = columns.find((x) => x.role === c.role && x.year === c.year);
    if (first && c.role !== "rowNumber") {
      issues.push(issue("matrix.columnClash", "error", at(row, c.column), { header: c.header, other: first.header, otherCell: at(row, first.column).cell ?? "" }));
      continue;
    }
    columns.push({ role: c.role, column: c.column, header: c.header, ...(c.year === undefined ? {} : { year: c.year }) });
  }
  return { row, lastRow, own, columns, issues };
}

const hasMeasureAndExecutors = (roles: ReadonlySet<MatrixRole>) => roles.has("measure") && (roles.has("executors") || roles.has("customer"));

/**
 * Finds the header: the add-in's own table «pmMeasures» by its exact headers in any language, otherwise
 * the first rows near the top whose headers name at least the measure and its executors, with the rows
 * under it that continue it (years and totals under a merged funding header).
 */
export function findMatrixHeader(index: GridIndex, at: At): HeaderFound | { readonly missing: Issue[] } {
  const own = index.grid.tables.find((tb) => tb.name.toLowerCase() === OWN_TABLE.toLowerCase());
  if (own) {
    const cells = index.rowCells(own.row).filter((c) => c.column >= own.column && c.column < own.column + own.columnCount);
    const found = cells.map((c): Candidate => {
      const header = headerText(cellText(c.value));
      const known = ownColumnRole(header);
      return { column: c.column, header, role: known?.role ?? "extra", ...(known?.year === undefined ? {} : { year: known.year }) };
    });
    return settleColumns(own.row, own.row, found, at, true);
  }
  const rows = index.rows();
  const first = rows[0] ?? 0;
  let best: { row: number; roles: Set<MatrixRole> } | null = null;
  for (const row of rows) {
    if (row >= first + HEADER_SCAN_ROWS) break;
    const block = headerBlock(index, row);
    const found = blockColumns(index, block);
    const roles = new Set(found.map((c) => (c.role === "customer" ? "executors" : c.role)));
    if (hasMeasureAndExecutors(roles)) return settleColumns(row, block[block.length - 1] ?? row, found, at);
    const known = REQUIRED_COLUMNS.filter((r) => roles.has(r)).length;
    if (known > 0 && (best === null || known > REQUIRED_COLUMNS.filter((r) => best?.roles.has(r)).length)) best = { row, roles };
  }
  if (best === null) {
    return { missing: [issue("matrix.noHeader", "error", at(first, 0), { rows: HEADER_SCAN_ROWS, from: first + 1, to: first + HEADER_SCAN_ROWS })] };
  }
  const row = best.row;
  return { missing: REQUIRED_COLUMNS.filter((r) => !best?.roles.has(r)).map((column) => issue("matrix.missingColumn", "error", at(row, 0), { column })) };
}
