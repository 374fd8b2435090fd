import { cellText } from "../cell";
import { issue, type Issue, type IssueLocation } from "../issues";
import type { GridIndex } from "../sheetGrid";
import type { MatrixRole } from "./matrixColumns";
import { isNumberingRow, type HeaderFound, type MatrixColumnAt } from "./matrixHeader";
import { normalizeSpacing } from "./normalizeText";

/**
 * What a row under the header is: a measure's row (or a paragraph of one), a task written across the
 * table, a total, a row to pass over (numbers, a header typed again, blank), or the end of the table
 * (signatures and notes under it).
 */
export type RowKind = "data" | "group" | "total" | "skip" | "end";

export const MEASURE_START = /^\s*\d+(\.\d+)*\s*[).]/u;
/** «1. Удосконалення…», «Завдання 2. …», «Напрям 3 …», «II. …». */
const GROUP_TEXT = /^\s*((завдання|напрям|напрямок|розділ|пріоритет)\s+)?(\d+|[IVXІ]+)\s*[.):]?\s+\p{L}/iu;
/** «Усього», «Разом:», «Усього за програмою», «Разом за завданням 1» — not «Разом з громадськими організаціями …». */
const TOTAL = /^(усього|всього|разом|підсумок)(\s*[:,.]|\s*$|\s+(за|по)\s+(програм|напрям|завдан|розділ|рок|рік|\d))/iu;
const END = /^(примітк[аи]|\*|директор|начальник|заступник|перший заступник|голова|керівник|секретар|в\.\s?о\.|т\.\s?в\.\s?о\.|_{3,}|скорочення|перелік скорочень|список скорочень)/iu;
const AMOUNT_ROLES: readonly MatrixRole[] = ["fundingYear", "fundingTotal"];
const NUMBER = /^(\d+|[IVXІ]+)[.)]?$/u;

interface RowCell {
  readonly column: number;
  readonly text: string;
}

function ownCells(index: GridIndex, row: number): RowCell[] {
  return index.rowCells(row).map((c) => ({ column: c.column, text: normalizeSpacing(cellText(c.value)) })).filter((c) => c.text !== "");
}

export class RowReader {
  private readonly roleAt: Map<number, MatrixColumnAt>;
  private readonly headerTexts: string[];

  constructor(
    private readonly index: GridIndex,
    private readonly header: HeaderFound,
  ) {
    this.roleAt = new Map(header.columns.map((c) => [c.column, c]));
    const rows: string[] = [];
    for (let r = header.row; r <= header.lastRow; r++) rows.push(this.key(r));
    this.headerTexts = rows;
  }

  private key(row: number): string {
    return ownCells(this.index, row).map((c) => `${c.column}:${c.text.toLocaleLowerCase("uk-UA")}`).join("|");
  }

  /** The text of a group row, and its number where it stands in a cell of its own. */
  group(row: number): { text: RowCell; number: RowCell | null } | null {
    const cells = ownCells(this.index, row).filter((c) => !AMOUNT_ROLES.includes(this.roleAt.get(c.column)?.role ?? "extra"));
    const numbers = cells.filter((c) => NUMBER.test(c.text));
    const texts = cells.filter((c) => !NUMBER.test(c.text));
    const text = texts[0];
    if (texts.length !== 1 || numbers.length > 1 || text === undefined) return null;
    const number = numbers[0] ?? null;
    if (number !== null && number.column > text.column) return null;
    const role = this.roleAt.get(text.column)?.role;
    const spans = (this.index.mergeAt(row, text.column)?.columnCount ?? 1) > 1;
    // A lone paragraph in the measure or task column continues a cell; a task across the table spans it.
    const outsideData = role === undefined || !["measure", "task", "term", "executors", "fundingSource", "expectedResult", "extra"].includes(role);
    // Without a task column, a number beside a lone text is a task's, even where the merged area is not reported.
    const numbered = number !== null && /^\d+[.)]?$/u.test(number.text) && !this.header.columns.some((c) => c.role === "task");
    if (!spans && !outsideData && !numbered) return null;
    if (number === null && !GROUP_TEXT.test(text.text)) return null;
    if (number !== null && MEASURE_START.test(text.text)) return null;
    return { text, number };
  }

  kind(row: number, readAny: boolean): RowKind {
    const cells = ownCells(this.index, row);
    if (cells.length === 0) return "skip";
    if (isNumberingRow(cells.map((c) => c.text)) || this.headerTexts.includes(this.key(row))) return "skip";
    const first = cells.find((c) => !AMOUNT_ROLES.includes(this.roleAt.get(c.column)?.role ?? "extra"));
    if (first === undefined) return "data";
    if (TOTAL.test(first.text) && !MEASURE_START.test(first.text)) return "total";
    // Notes and signatures stand under the table, not in its measure, term or executors column (where «Голова …» may begin a paragraph).
    const inText = ["measure", "term", "executors"].includes(this.roleAt.get(first.column)?.role ?? "extra");
    if (readAny && !inText && END.test(first.text) && !MEASURE_START.test(first.text)) return "end";
    return this.group(row) !== null ? "group" : "data";
  }

  /**
   * What a «№» column holds, seen over the whole table: measure codes («1.1», or «1)» restarting under
   * each task written across the table), task numbers (only beside a task's first row), or row numbers.
   */
  numberColumnRole(column: number, rows: readonly { row: number; kind: RowKind }[], taskColumn: number | undefined): MatrixRole {
    const values = rows.filter((r) => r.kind === "data").map((r) => ({ row: r.row, text: normalizeSpacing(cellText(this.index.at(r.row, column)?.value)) })).filter((v) => v.text !== "");
    if (values.length === 0) return "rowNumber";
    if (values.filter((v) => /^\d+(\.\d+)+\.?$/u.test(v.text)).length * 2 >= values.length) return "measureCode";
    if (!values.every((v) => /^\d+[.)]?$/u.test(v.text))) return "rowNumber";
    if (taskColumn !== undefined) return values.every((v) => this.index.at(v.row, taskColumn) !== undefined) ? "taskCode" : "rowNumber";
    const groups = rows.filter((r) => r.kind === "group").length;
    if (groups === 0) return "rowNumber";
    // Under tasks written across the table, numbers that start again under each task are the measures' own.
    const byRow = new Map(values.map((v) => [v.row, v.text]));
    let seen = 0;
    let first = true;
    let restarts = false;
    for (const r of rows) {
      if (r.kind === "group") {
        seen++;
        first = true;
        continue;
      }
      const text = byRow.get(r.row);
      if (text === undefined) continue;
      if (first && seen > 1 && Number.parseInt(text, 10) === 1) restarts = true;
      first = false;
    }
    return restarts || groups === 1 ? "measureCode" : "rowNumber";
  }
}

/** «№» columns get their role from what they hold; none takes a role a named column has. */
export function resolveNumberColumns(header: HeaderFound, reader: RowReader, kinds: readonly { row: number; kind: RowKind }[]): MatrixColumnAt[] {
  const taskColumn = header.columns.find((c) => c.role === "task")?.column;
  const out: MatrixColumnAt[] = [];
  for (const c of header.columns) {
    if (c.role !== "rowNumber") {
      out.push(c);
      continue;
    }
    const role = reader.numberColumnRole(c.column, kinds, taskColumn);
    const taken = header.columns.some((x) => x.role === role) || out.some((x) => x.role === role);
    out.push({ ...c, role: taken ? "rowNumber" : role });
  }
  return out;
}

/** One amount merged down over several measures is counted once, under the first of them: said as an info. */
export function mergedAmountIssues(index: GridIndex, columns: readonly MatrixColumnAt[], draftOfRow: ReadonlyMap<number, number>, at: (r: number, c: number) => IssueLocation): Issue[] {
  const amountColumns = new Set(columns.filter((c) => AMOUNT_ROLES.includes(c.role)).map((c) => c.column));
  return index.grid.merges.flatMap((m) => {
    if (!amountColumns.has(m.column) || m.rowCount < 2) return [];
    const drafts = new Set<number>();
    for (let r = m.row; r < m.row + m.rowCount; r++) {
      const d = draftOfRow.get(r);
      if (d !== undefined) drafts.add(d);
    }
    const anchor = index.at(m.row, m.column);
    return drafts.size > 1 && anchor ? [issue("funding.mergedAmount", "info", at(m.row, m.column), { value: cellText(anchor.value), measures: drafts.size })] : [];
  });
}
