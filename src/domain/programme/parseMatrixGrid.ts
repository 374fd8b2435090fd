import { cellAddress } from "../a1";
import { cellText } from "../cell";
import { issue, type Issue, type IssueLocation } from "../issues";
import { GridIndex, type SheetGrid } from "../sheetGrid";
import { buildProgramme, type ParsedProgramme } from "./buildProgramme";
import type { MatrixRole } from "./matrixColumns";
import { findMatrixHeader, type MatrixColumnAt } from "./matrixHeader";
import { readCell, titleAbove } from "./matrixCells";
import { MEASURE_START, mergedAmountIssues, resolveNumberColumns, RowReader, type RowKind } from "./matrixRows";
import { emptyProgramme } from "./model";
import type { RawCell, RawMatrixRow, SourceLayout } from "./rawRow";

export interface GridSource {
  readonly file?: string;
}

const AMOUNT_ROLES: readonly MatrixRole[] = ["fundingYear", "fundingTotal"];
const FUNDING_ROLES: readonly MatrixRole[] = ["fundingSource", ...AMOUNT_ROLES];
const GROUP_WORD = /^\s*(завдання|напрям|напрямок|розділ|пріоритет)\s+(?=\d)/iu;

interface Value {
  readonly text: string;
  readonly copy: boolean;
  readonly location: IssueLocation;
}

interface Draft {
  readonly cells: Map<number, RawCell>;
  /** The funding columns' lines, kept in step so a source's line meets its amounts' lines. */
  readonly lines: Map<number, string[]>;
  readonly group: { readonly task: RawCell; readonly code?: RawCell } | null;
}

/**
 * Parses a programme matrix from a worksheet: pasted from Word (task cells merged or blank below their
 * first row, a paragraph per row inside one measure), a table of the standard form (a header two or
 * three rows deep, tasks across the table, totals, signatures under it), or the add-in's own «Програма».
 */
export function parseMatrixGrid(grid: SheetGrid, source: GridSource = {}, title = ""): ParsedProgramme {
  const index = new GridIndex(grid);
  const at = (r: number, c: number): IssueLocation => ({ ...(source.file === undefined ? {} : { file: source.file }), sheet: grid.sheet, cell: cellAddress(r, c) });
  if (grid.cells.every((c) => c.value.kind === "text" && c.value.text.trim() === "")) return empty(title, [issue("matrix.empty", "error", at(0, 0))]);
  const header = findMatrixHeader(index, at);
  if ("missing" in header) return empty(title, header.missing);
  if (header.issues.some((i) => i.severity === "error")) return empty(title, [...header.issues]);
  const issues: Issue[] = [...header.issues];
  const reader = new RowReader(index, header);
  const kinds: { row: number; kind: RowKind }[] = [];
  for (const row of index.rows().filter((r) => r > header.lastRow)) {
    const kind = reader.kind(row, kinds.some((k) => k.kind === "data"));
    if (kind === "end") break;
    kinds.push({ row, kind });
  }
  const columns = resolveNumberColumns(header, reader, kinds);
  const byRole = (role: MatrixRole) => columns.find((c) => c.role === role);
  if (!byRole("task") && !kinds.some((k) => k.kind === "group")) {
    return empty(title, [...issues, issue("matrix.missingColumn", "error", at(header.row, 0), { column: "task" })]);
  }
  const used = columns.filter((c) => c.role !== "rowNumber" && c.role !== "executorCount");
  const funding = used.filter((c) => FUNDING_ROLES.includes(c.role));
  const draftOfRow = new Map<number, number>();

  /** Own text of a cell, or the anchor's text where a merged area covers it (flagged as a copy). */
  const valueAt = (r: number, col: MatrixColumnAt): Value => {
    const own = index.at(r, col.column);
    if (own) return { text: readCell(own, col.role, at(r, col.column), issues), copy: false, location: at(r, col.column) };
    const merge = index.mergeAt(r, col.column);
    if (merge && (merge.row !== r || merge.column !== col.column) && merge.row > header.lastRow) {
      const anchor = index.at(merge.row, merge.column);
      const location = at(merge.row, merge.column);
      // An amount is counted once, in the cell that holds it (see mergedAmountIssues).
      if (AMOUNT_ROLES.includes(col.role)) return { text: "", copy: true, location };
      return { text: anchor ? cellText(anchor.value) : "", copy: true, location };
    }
    return { text: "", copy: false, location: at(r, col.column) };
  };

  const drafts: Draft[] = [];
  let group: Draft["group"] = null;
  let afterGroup = false;
  for (const { row, kind } of kinds) {
    if (kind === "group") {
      const g = reader.group(row);
      if (g) group = { task: { text: g.text.text.replace(GROUP_WORD, ""), location: at(row, g.text.column) }, ...(g.number ? { code: { text: g.number.text, location: at(row, g.number.column) } } : {}) };
      afterGroup = true;
      continue;
    }
    if (kind !== "data") continue;
    const cells = new Map(used.map((col) => [col.column, valueAt(row, col)] as const));
    if (used.every((col) => (cells.get(col.column)?.text.trim() ?? "") === "")) continue;
    const own = (role: MatrixRole) => {
      const col = byRole(role);
      const v = col ? cells.get(col.column) : undefined;
      return v && !v.copy ? v.text.trim() : "";
    };
    const starts =
      drafts.length === 0 || afterGroup || own("measureCode") !== "" || own("taskCode") !== "" || own("task") !== "" || MEASURE_START.test(own("measure")) || own("term") !== "";
    afterGroup = false;
    if (starts) {
      const draft: Draft = { cells: new Map(), lines: new Map(), group };
      for (const col of used) {
        const v = cells.get(col.column) as Value;
        draft.cells.set(col.column, { text: v.text, location: v.location });
      }
      appendLines(draft, funding, (col) => cells.get(col.column)?.text ?? "");
      drafts.push(draft);
      draftOfRow.set(row, drafts.length - 1);
      continue;
    }
    // A paragraph of the row above: Excel splits a multi-paragraph Word cell over several rows.
    const draft = drafts[drafts.length - 1] as Draft;
    draftOfRow.set(row, drafts.length - 1);
    for (const col of used) {
      const v = cells.get(col.column);
      if (!v || v.copy || v.text.trim() === "" || FUNDING_ROLES.includes(col.role)) continue;
      const prev = draft.cells.get(col.column);
      // Paragraphs join as lines, as inside one Word cell: a line of executors names a body unless it continues a name.
      draft.cells.set(col.column, { text: prev && prev.text !== "" ? `${prev.text}\n${v.text}` : v.text, location: prev?.text ? prev.location : v.location });
    }
    if (funding.some((col) => !cells.get(col.column)?.copy && (cells.get(col.column)?.text.trim() ?? "") !== "")) {
      appendLines(draft, funding, (col) => (cells.get(col.column)?.copy ? "" : (cells.get(col.column)?.text ?? "")));
    }
  }
  if (drafts.length === 0) return empty(title, [...issues, issue("matrix.noRows", "error", at(header.row, 0))]);

  issues.push(...mergedAmountIssues(index, columns, draftOfRow, at));
  const rows: RawMatrixRow[] = drafts.map((d) => rawRow(d, columns, byRole, header.own));
  const amounts = columns.filter((c) => AMOUNT_ROLES.includes(c.role));
  const layout: SourceLayout = {
    hasTermColumn: byRole("term") !== undefined,
    fundingYears: amounts.length === 0 ? null : amounts.flatMap((c) => (c.year === undefined ? [] : [c.year])).sort((a, b) => a - b),
    hasFundingSources: byRole("fundingSource") !== undefined,
    hasExpectedResults: byRole("expectedResult") !== undefined,
    at: at(header.row, 0),
  };
  const extras = columns.filter((c) => c.role === "extra").map((x) => x.header);
  const built = buildProgramme(title !== "" || grid.tables.length > 0 ? title : titleAbove(index, header.row), rows, extras, layout);
  return { programme: built.programme, issues: [...issues, ...built.issues] };
}

/** Adds a row's lines to every funding column, padded to the same count so that lines stay in step. */
function appendLines(draft: Draft, funding: readonly MatrixColumnAt[], textOf: (col: MatrixColumnAt) => string): void {
  const added = funding.map((col) => textOf(col).split(/\r?\n/u));
  const height = Math.max(1, ...added.map((l) => l.length));
  funding.forEach((col, i) => {
    const lines = draft.lines.get(col.column) ?? [];
    const more = added[i] ?? [];
    lines.push(...more, ...Array.from({ length: height - more.length }, () => ""));
    draft.lines.set(col.column, lines);
  });
}

function rawRow(d: Draft, columns: readonly MatrixColumnAt[], byRole: (role: MatrixRole) => MatrixColumnAt | undefined, ownSheet: boolean): RawMatrixRow {
  const cellOf = (role: MatrixRole): RawCell | undefined => {
    const col = byRole(role);
    return col ? d.cells.get(col.column) : undefined;
  };
  const linesOf = (col: MatrixColumnAt): RawCell => ({ text: (d.lines.get(col.column) ?? []).join("\n"), location: d.cells.get(col.column)?.location ?? {} });
  const required = (role: MatrixRole) => cellOf(role) ?? { text: "", location: {} };
  const ownTask = cellOf("task");
  const fromGroup = (ownTask === undefined || ownTask.text.trim() === "") && d.group !== null;
  const taskCode = fromGroup ? d.group?.code : cellOf("taskCode");
  const measureCode = cellOf("measureCode");
  const term = cellOf("term");
  const source = byRole("fundingSource");
  const amounts = columns.filter((c) => AMOUNT_ROLES.includes(c.role));
  const expectedResult = cellOf("expectedResult");
  return {
    task: fromGroup ? (d.group?.task ?? { text: "", location: {} }) : required("task"),
    measure: required("measure"),
    executors: required("executors"),
    ...(term ? { term } : {}),
    ...(taskCode ? { taskCode } : {}),
    ...(measureCode ? { measureCode } : {}),
    ...(source || amounts.length > 0 ? { funding: { ...(source ? { source: linesOf(source) } : {}), amounts: amounts.map((c) => ({ year: c.year ?? null, cell: linesOf(c) })), ...(ownSheet ? { ownSheet } : {}) } } : {}),
    ...(expectedResult ? { expectedResult } : {}),
    extras: columns.filter((c) => c.role === "extra").map((x) => ({ header: x.header, cell: d.cells.get(x.column) ?? { text: "", location: {} } })),
  };
}

function empty(title: string, issues: Issue[]): ParsedProgramme {
  return { programme: emptyProgramme(title), issues };
}
