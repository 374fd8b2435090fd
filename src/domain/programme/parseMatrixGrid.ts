import { cellAddress } from "../a1";
import { cellText, serialToUkrainian, type GridCell } from "../cell";
import { issue, type Issue, type IssueLocation } from "../issues";
import { GridIndex, type SheetGrid } from "../sheetGrid";
import { buildProgramme, type ParsedProgramme } from "./buildProgramme";
import { REQUIRED_COLUMNS, type MatrixRole } from "./matrixColumns";
import { findMatrixHeader, type MatrixColumnAt } from "./matrixHeader";
import type { RawCell, RawMatrixRow } from "./rawRow";

export interface GridSource {
  readonly file?: string;
}

const MEASURE_START = /^\s*\d+(\.\d+)?\s*[).]/u;
const CODE_ROLES: readonly MatrixRole[] = ["taskCode", "measureCode"];

/** A cell's text for the matrix, with an issue where the stored type is not what the column needs. */
function readCell(cell: GridCell | undefined, role: MatrixRole, at: IssueLocation, issues: Issue[]): string {
  if (cell === undefined) return "";
  const v = cell.value;
  switch (v.kind) {
    case "text":
      return v.text;
    case "noValue":
      issues.push(issue("matrix.formulaNoValue", "error", at, { formula: cell.formula ?? "" }));
      return "";
    case "error":
      issues.push(issue("matrix.cellError", "error", at, { value: v.error }));
      return "";
    case "date":
      issues.push(issue("matrix.dateAsText", "info", at, { value: serialToUkrainian(v.serial) }));
      return serialToUkrainian(v.serial);
    case "number":
      if (CODE_ROLES.includes(role)) {
        if (!Number.isInteger(v.value)) issues.push(issue("matrix.codeAsNumber", "warning", at, { value: String(v.value) }));
        return String(v.value);
      }
      issues.push(issue("matrix.cellNotText", "warning", at, { value: String(v.value) }));
      return String(v.value);
    case "boolean":
      issues.push(issue("matrix.cellNotText", "warning", at, { value: cellText(v) }));
      return cellText(v);
  }
}

interface Draft {
  cells: Map<MatrixRole | string, RawCell>;
}

/**
 * Parses a programme matrix from a worksheet: pasted from Word (task cells merged or blank below their
 * first row, a paragraph per row inside one measure) or the add-in's own «Програма» sheet.
 */
export function parseMatrixGrid(grid: SheetGrid, source: GridSource = {}, title = ""): ParsedProgramme {
  const index = new GridIndex(grid);
  const at = (r: number, c: number): IssueLocation => ({
    ...(source.file === undefined ? {} : { file: source.file }),
    sheet: grid.sheet,
    cell: cellAddress(r, c),
  });
  if (grid.cells.every((c) => c.value.kind === "text" && c.value.text.trim() === "")) {
    return empty(title, [issue("matrix.empty", "error", at(0, 0))]);
  }
  const header = findMatrixHeader(index, at);
  if ("missing" in header) return empty(title, header.missing);
  const missing = REQUIRED_COLUMNS.filter((r) => !header.columns.some((c) => c.role === r));
  if (missing.length > 0 || header.issues.some((i) => i.severity === "error")) {
    return empty(title, [...header.issues, ...missing.map((column) => issue("matrix.missingColumn", "error", at(header.row, 0), { column }))]);
  }
  const issues: Issue[] = [...header.issues];
  const byRole = (role: MatrixRole) => header.columns.find((c) => c.role === role);
  const extras = header.columns.filter((c) => c.role === "extra");
  const used = header.columns.filter((c) => c.role !== "rowNumber" && c.role !== "executorCount");

  /** Own text of a cell, or the anchor's text where a merged area covers it (flagged as a copy). */
  const valueAt = (r: number, col: MatrixColumnAt): { text: string; copy: boolean; location: IssueLocation } => {
    const own = index.at(r, col.column);
    if (own) return { text: readCell(own, col.role, at(r, col.column), issues), copy: false, location: at(r, col.column) };
    const merge = index.mergeAt(r, col.column);
    if (merge && (merge.row !== r || merge.column !== col.column)) {
      const anchor = index.at(merge.row, merge.column);
      return { text: anchor ? cellText(anchor.value) : "", copy: true, location: at(merge.row, merge.column) };
    }
    return { text: "", copy: false, location: at(r, col.column) };
  };

  const drafts: Draft[] = [];
  const dataRows = index.rows().filter((r) => r > header.row);
  dataRows.forEach((r, i) => {
    // The numbering row "1 2 3 4" under the header carries no data (typed as numbers, it is no mistake either).
    if (i === 0 && isNumberingRow(used.map((col) => cellText(index.at(r, col.column)?.value).trim()))) return;
    const cells = new Map(used.map((col) => [col, valueAt(r, col)] as const));
    const own = (role: MatrixRole) => {
      const col = byRole(role);
      const v = col ? cells.get(col) : undefined;
      return v && !v.copy ? v.text.trim() : "";
    };
    if (used.every((col) => (cells.get(col)?.text.trim() ?? "") === "")) return;
    const starts =
      drafts.length === 0 || own("measureCode") !== "" || own("taskCode") !== "" || own("task") !== "" || MEASURE_START.test(own("measure")) || own("term") !== "";
    if (starts) {
      drafts.push({ cells: new Map(used.map((col) => [col.header, { text: cells.get(col)?.text ?? "", location: cells.get(col)?.location ?? at(r, col.column) }])) });
      return;
    }
    // A paragraph of the row above: Excel splits a multi-paragraph Word cell over several rows.
    const draft = drafts[drafts.length - 1] as Draft;
    for (const col of used) {
      const v = cells.get(col);
      if (!v || v.copy || v.text.trim() === "") continue;
      const prev = draft.cells.get(col.header);
      // A paragraph of the executors cell names another body (one per line is the common layout).
      const joint = col.role === "executors" ? ";\n" : "\n";
      draft.cells.set(col.header, { text: prev && prev.text !== "" ? `${prev.text}${joint}${v.text}` : v.text, location: prev?.location ?? v.location });
    }
  });
  if (drafts.length === 0) return empty(title, [...issues, issue("matrix.noRows", "error", at(header.row, 0))]);

  const rows: RawMatrixRow[] = drafts.map((d) => {
    const cellOf = (role: MatrixRole): RawCell | undefined => {
      const col = byRole(role);
      return col ? d.cells.get(col.header) : undefined;
    };
    const required = (role: MatrixRole) => cellOf(role) ?? { text: "", location: {} };
    const taskCode = cellOf("taskCode");
    const measureCode = cellOf("measureCode");
    return {
      task: required("task"),
      measure: required("measure"),
      term: required("term"),
      executors: required("executors"),
      ...(taskCode ? { taskCode } : {}),
      ...(measureCode ? { measureCode } : {}),
      extras: extras.map((x) => ({ header: x.header, cell: d.cells.get(x.header) ?? { text: "", location: {} } })),
    };
  });
  const built = buildProgramme(title, rows, extras.map((x) => x.header));
  return { programme: built.programme, issues: [...issues, ...built.issues] };
}

function isNumberingRow(texts: readonly string[]): boolean {
  const filled = texts.filter((t) => t !== "");
  return filled.length > 1 && filled.every((t, i) => t === String(i + 1));
}

function empty(title: string, issues: Issue[]): ParsedProgramme {
  return { programme: { title, tasks: [], agencies: [], years: null, extraColumns: [] }, issues };
}
