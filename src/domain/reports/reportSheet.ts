import { cellAddress } from "../a1";
import { cellText, type GridCell } from "../cell";
import { issue, type Issue, type IssueLocation } from "../issues";
import { GridIndex, type SheetGrid } from "../sheetGrid";
import { HEADER_LABELS, META_SHEET, REPORT_COLUMNS, REPORT_FORMAT, type HeaderField, type ReportColumnKey } from "./reportFormat";

/** A report sheet as found: the header block's values, the table's columns, and its rows of cells. */
export interface ReportSheet {
  readonly sheet: string;
  /** The value beside each label; `cell` is absent where the label stands with nothing next to it. */
  readonly header: Partial<Record<HeaderField, { readonly cell?: GridCell; readonly at: IssueLocation }>>;
  readonly meta: Readonly<Record<string, string>> | null;
  readonly headerRow: number;
  readonly columns: Partial<Record<ReportColumnKey, number>>;
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

const COLUMN_BY_HEADER = new Map(REPORT_COLUMNS.map((c) => [normalizeLabel(c.header), c.key] as const));
const FIELD_BY_LABEL = new Map(Object.entries(HEADER_LABELS).map(([k, v]) => [normalizeLabel(v), k as HeaderField] as const));

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
 * Finds the report table by its header texts (case, spacing, line breaks and apostrophes tolerated, rows
 * or a title inserted above allowed) and the header block above it by its labels in any column.
 */
export function findReportSheet(grid: SheetGrid, meta: Record<string, string> | null, file: string | undefined, issues: Issue[]): ReportSheet | null {
  const index = new GridIndex(grid);
  const at = (r: number, c: number): IssueLocation => ({ ...(file === undefined ? {} : { file }), sheet: grid.sheet, cell: cellAddress(r, c) });
  const rows = index.rows();
  const first = rows[0] ?? 0;
  let best: { row: number; found: Map<ReportColumnKey, number>; extra: GridCell[] } | null = null;
  for (const r of rows) {
    if (r >= first + HEADER_SCAN) break;
    const found = new Map<ReportColumnKey, number>();
    const extra: GridCell[] = [];
    for (const cell of index.rowCells(r)) {
      const key = COLUMN_BY_HEADER.get(normalizeLabel(cellText(cell.value)));
      if (key !== undefined && !found.has(key)) found.set(key, cell.column);
      else if (cellText(cell.value).trim() !== "") extra.push(cell);
    }
    if (found.size >= 4 && (best === null || found.size > best.found.size)) best = { row: r, found, extra };
  }
  if (best === null) return null;
  const headerRow = best.row;
  for (const c of REPORT_COLUMNS) {
    if (!best.found.has(c.key)) issues.push(issue("report.missingColumn", "error", at(headerRow, 0), { header: c.header }));
  }
  const lastStandard = [...best.found.values()].reduce((a, b) => Math.max(a, b), 0);
  for (const x of best.extra) {
    if (x.column < lastStandard) issues.push(issue("report.extraColumn", "info", at(headerRow, x.column), { header: cellText(x.value) }));
  }
  const header: ReportSheet["header"] = {};
  for (const r of rows) {
    if (r >= headerRow) break;
    const cells = index.rowCells(r);
    cells.forEach((cell, i) => {
      const field = FIELD_BY_LABEL.get(normalizeLabel(cellText(cell.value)));
      if (field === undefined || header[field] !== undefined) return;
      const value = cells[i + 1];
      header[field] = value === undefined ? { at: at(cell.row, cell.column + 1) } : { cell: value, at: at(value.row, value.column) };
    });
  }
  const columns = Object.fromEntries(best.found) as Partial<Record<ReportColumnKey, number>>;
  const body = rows
    .filter((r) => r > headerRow)
    .map((r) => ({ row: r, cells: Object.fromEntries(REPORT_COLUMNS.flatMap((c) => {
      const column = columns[c.key];
      const cell = column === undefined ? undefined : index.at(r, column);
      return cell ? [[c.key, cell]] : [];
    })) as Partial<Record<ReportColumnKey, GridCell>> }))
    .filter((r) => Object.values(r.cells).some((c) => c !== undefined && !(c.value.kind === "text" && c.value.text.trim() === "")));
  return { sheet: grid.sheet, header, meta, headerRow, columns, rows: body };
}
