import { cellAddress } from "../a1";
import { cellText, type GridCell } from "../cell";
import { issue, type Issue, type IssueLocation } from "../issues";
import { GridIndex, type SheetGrid } from "../sheetGrid";
import { HEADER_LABELS, META_SHEET, REPORT_COLUMNS, REPORT_FORMAT, REPORT_TITLE, type HeaderField, type ReportColumnKey } from "./reportFormat";

/** A report sheet as found: the header block's values, the table's columns, and its rows of cells. */
export interface ReportSheet {
  readonly sheet: string;
  /** The value beside each label; `cell` is absent where the label stands with nothing next to it. */
  readonly header: Partial<Record<HeaderField, { readonly cell?: GridCell; readonly at: IssueLocation }>>;
  /** The programme's title above the header block (a text naming a «програма»), as the template writes it under the report's title. */
  readonly title: { readonly text: string; readonly at: IssueLocation } | null;
  readonly headerRow: number;
  readonly columns: Partial<Record<ReportColumnKey, number>>;
  /** False when a required column is missing: no row of the report can then be taken. */
  readonly complete: boolean;
  readonly rows: readonly { readonly row: number; readonly cells: Partial<Record<ReportColumnKey, GridCell>> }[];
}

const HEADER_SCAN = 40;

export function normalizeLabel(text: string): string {
  return text
    .toLocaleLowerCase("uk-UA")
    .replace(/[’'ʼ`‘]/gu, "’")
    .replace(/[\s\u00A0]+/gu, " ")
    .replace(/[\s:.]+$/u, "")
    .trim();
}

/** A column header compared without punctuation: «Використано коштів (тис. грн)» is «використано коштів тис грн». */
function headerKey(text: string): string {
  return normalizeLabel(text).replace(/[.,;:()«»"“”„]+/gu, " ").replace(/\s+/gu, " ").trim();
}

const COLUMN_BY_HEADER = new Map<string, ReportColumnKey>();
for (const c of REPORT_COLUMNS) {
  for (const text of [c.header, ...c.also]) if (!COLUMN_BY_HEADER.has(headerKey(text))) COLUMN_BY_HEADER.set(headerKey(text), c.key);
}
const FIELD_BY_LABEL = new Map(Object.entries(HEADER_LABELS).map(([k, v]) => [normalizeLabel(v), k as HeaderField] as const));

/** «Заплановано на 2025 рік, тис. грн» (see `plannedHeader`), with or without its year or «коштів». */
const PLANNED = /^заплановано(?: коштів)?(?: на(?: \d{4})? рік)? тис грн$/u;

/** The template's informational column of planned funds: known, so no info calls it unknown, and never read. */
export function isPlannedHeader(text: string): boolean {
  return PLANNED.test(headerKey(text));
}

/** The column a header names, by its standard text or a wording people use; `exact` unless it differs in more than case and spacing. */
export function columnOfHeader(text: string): { key: ReportColumnKey; exact: boolean } | undefined {
  const key = COLUMN_BY_HEADER.get(headerKey(text));
  return key === undefined ? undefined : { key, exact: normalizeLabel(text) === normalizeLabel(columnHeader(key)) };
}

export function columnHeader(key: ReportColumnKey): string {
  return REPORT_COLUMNS.find((c) => c.key === key)?.header ?? "";
}

/** The metadata sheet's key/value rows, when the workbook still has it and it is ours. */
export function readMeta(grids: readonly SheetGrid[]): Record<string, string> | null {
  const meta = grids.find((g) => g.sheet === META_SHEET);
  if (!meta) return null;
  const index = new GridIndex(meta);
  const out: Record<string, string> = {};
  for (const r of index.rows()) out[cellText(index.at(r, 0)?.value)] = cellText(index.at(r, 1)?.value);
  return out["format"] === REPORT_FORMAT.id ? out : null;
}

/**
 * Finds the report table by its header texts (case, spacing, punctuation, line breaks and apostrophes tolerated,
 * rows or a title inserted above allowed) and the header block above it by its labels in any column.
 */
export function findReportSheet(grid: SheetGrid, file: string | undefined, issues: Issue[]): ReportSheet | null {
  const index = new GridIndex(grid);
  const at = (r: number, c: number): IssueLocation => ({ ...(file === undefined ? {} : { file }), sheet: grid.sheet, cell: cellAddress(r, c) });
  const rows = index.rows();
  const first = rows[0] ?? 0;
  let best: { row: number; found: Map<ReportColumnKey, GridCell>; extra: GridCell[]; twice: GridCell[] } | null = null;
  for (const r of rows) {
    if (r >= first + HEADER_SCAN) break;
    const found = new Map<ReportColumnKey, GridCell>();
    const extra: GridCell[] = [];
    const twice: GridCell[] = [];
    for (const cell of index.rowCells(r)) {
      const column = columnOfHeader(cellText(cell.value));
      if (column !== undefined && !found.has(column.key)) found.set(column.key, cell);
      else if (column !== undefined) twice.push(cell);
      else if (cellText(cell.value).trim() !== "" && !isPlannedHeader(cellText(cell.value))) extra.push(cell);
    }
    if (found.size >= 4 && (best === null || found.size > best.found.size)) best = { row: r, found, extra, twice };
  }
  if (best === null) return null;
  const headerRow = best.row;
  let complete = true;
  for (const c of REPORT_COLUMNS) {
    const cell = best.found.get(c.key);
    if (cell === undefined && c.required) {
      complete = false;
      issues.push(issue("report.missingColumn", "error", at(headerRow, 0), { header: c.header, row: headerRow + 1 }));
    } else if (cell === undefined) issues.push(issue("report.noMeasureColumn", "warning", at(headerRow, 0), { header: c.header, row: headerRow + 1 }));
    else if (!(columnOfHeader(cellText(cell.value))?.exact ?? true)) issues.push(issue("report.normalized.column", "info", at(headerRow, cell.column), { value: cellText(cell.value), header: c.header }));
  }
  // Two columns for one figure: which one the unit meant cannot be told, so no row of the report is taken.
  for (const x of best.twice) {
    const first = best.found.get(columnOfHeader(cellText(x.value))?.key as ReportColumnKey);
    issues.push(issue("report.duplicateColumn", "error", at(headerRow, x.column), { header: cellText(x.value), first: first === undefined ? "" : cellAddress(first.row, first.column) }));
  }
  // Every header the format does not know is named: it may be a renamed column, or figures nobody will read.
  for (const x of best.extra) {
    issues.push(issue("report.extraColumn", "info", at(headerRow, x.column), { header: cellText(x.value) }));
  }
  const header: ReportSheet["header"] = {};
  let title: ReportSheet["title"] = null;
  for (const r of rows) {
    if (r >= headerRow) break;
    const cells = index.rowCells(r);
    cells.forEach((cell, i) => {
      const text = cellText(cell.value).trim();
      const field = FIELD_BY_LABEL.get(normalizeLabel(text));
      if (field === undefined) {
        const isValue = i > 0 && FIELD_BY_LABEL.has(normalizeLabel(cellText(cells[i - 1]?.value)));
        const isTitle = /програм/iu.test(text) && normalizeLabel(text) !== normalizeLabel(REPORT_TITLE);
        if (title === null && Object.keys(header).length === 0 && !isValue && isTitle) title = { text, at: at(cell.row, cell.column) };
        return;
      }
      if (header[field] !== undefined) return;
      const value = cells[i + 1];
      header[field] = value === undefined ? { at: at(cell.row, cell.column + 1) } : { cell: value, at: at(value.row, value.column) };
    });
  }
  const columns = Object.fromEntries([...best.found].map(([k, cell]) => [k, cell.column])) as Partial<Record<ReportColumnKey, number>>;
  const body = rows
    .filter((r) => r > headerRow)
    .map((r) => ({ row: r, cells: Object.fromEntries(REPORT_COLUMNS.flatMap((c) => {
      const column = columns[c.key];
      const cell = column === undefined ? undefined : index.at(r, column);
      return cell ? [[c.key, cell]] : [];
    })) as Partial<Record<ReportColumnKey, GridCell>> }))
    .filter((r) => Object.values(r.cells).some((c) => c !== undefined && !(c.value.kind === "text" && c.value.text.trim() === "")));
  return { sheet: grid.sheet, header, title, headerRow, columns, complete, rows: body };
}
