import { cellAddress } from "../a1";
import { cellText, type Grid } from "../cell";
import { issue, type Issue, type IssueLocation } from "../issues";
import { buildProgramme, type ParsedProgramme } from "./buildProgramme";
import { normalizeSpacing } from "./normalizeText";
import { classifyHeader, REQUIRED_COLUMNS, type MatrixColumn, type RawMatrixRow } from "./rawRow";

const HEADER_SCAN_ROWS = 30;
const EXCEL_ERROR = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BUSY!|BLOCKED!|CONNECT!|UNKNOWN!)$/u;
/** A "№ з/п" column only numbers the rows; it is not programme data. */
const ROW_NUMBER_HEADER = /^№\s*([зп]\s*\/\s*п)?\.?$/u;

export interface GridSource {
  readonly file?: string;
  readonly sheet?: string;
  /** Where the grid starts on its sheet, so issues name the real cell. */
  readonly origin?: { readonly row: number; readonly column: number };
}

interface HeaderMatch {
  readonly row: number;
  readonly roles: MatrixColumn[];
  readonly headers: string[];
}

function findHeader(grid: Grid): HeaderMatch | null {
  const limit = Math.min(grid.length, HEADER_SCAN_ROWS);
  for (let r = 0; r < limit; r++) {
    const headers = (grid[r] ?? []).map((v) => normalizeSpacing(cellText(v)));
    const roles = headers.map((h) => (h === "" ? "extra" : classifyHeader(h)));
    if (roles.includes("measure") && roles.includes("executors")) return { row: r, roles, headers };
  }
  return null;
}

function isNumberingRow(row: readonly unknown[]): boolean {
  const filled = row.map((v) => cellText(v as never).trim()).filter((t) => t !== "");
  return filled.length > 1 && filled.every((t, i) => t === String(i + 1));
}

/** Parses a programme matrix pasted from Word into a worksheet: task cells are blank or merged below their first row. */
export function parseMatrixGrid(grid: Grid, source: GridSource = {}, title = ""): ParsedProgramme {
  const origin = source.origin ?? { row: 0, column: 0 };
  const at = (r: number, c: number): IssueLocation => ({
    ...(source.file === undefined ? {} : { file: source.file }),
    ...(source.sheet === undefined ? {} : { sheet: source.sheet }),
    cell: cellAddress(origin.row + r, origin.column + c),
  });
  const sheetLevel: IssueLocation = at(0, 0);
  if (grid.every((row) => row.every((v) => cellText(v).trim() === ""))) {
    return empty(title, [issue("matrix.empty", "error", sheetLevel)]);
  }
  const header = findHeader(grid);
  if (!header) {
    return empty(title, [issue("matrix.missingColumn", "error", sheetLevel, { column: "measure" })]);
  }
  const missing = REQUIRED_COLUMNS.filter((r) => !header.roles.includes(r));
  if (missing.length > 0) {
    return empty(title, missing.map((column) => issue("matrix.missingColumn", "error", at(header.row, 0), { column })));
  }
  const col = (role: MatrixColumn) => header.roles.indexOf(role);
  const extraCols = header.roles
    .map((role, i) => ({ role, i, header: header.headers[i] ?? "" }))
    .filter((x) => x.role === "extra" && x.header !== "" && !ROW_NUMBER_HEADER.test(x.header));

  const issues: Issue[] = [];
  const rows: RawMatrixRow[] = [];
  for (let r = header.row + 1; r < grid.length; r++) {
    const row = grid[r] ?? [];
    if (row.every((v) => cellText(v).trim() === "")) continue;
    if (r === header.row + 1 && isNumberingRow(row)) continue;
    for (const c of [col("task"), col("measure"), col("term"), col("executors")]) {
      const v = row[c];
      if (typeof v === "number" || typeof v === "boolean") {
        issues.push(issue("matrix.cellNotText", "warning", at(r, c), { value: String(v) }));
      } else if (typeof v === "string" && EXCEL_ERROR.test(v.trim())) {
        issues.push(issue("matrix.cellError", "error", at(r, c), { value: v.trim() }));
      }
    }
    const cellOf = (c: number) => ({ text: cellText(row[c]), location: at(r, c) });
    rows.push({
      task: cellOf(col("task")),
      measure: cellOf(col("measure")),
      term: cellOf(col("term")),
      executors: cellOf(col("executors")),
      extras: extraCols.map((x) => ({ header: x.header, cell: cellOf(x.i) })),
    });
  }
  if (rows.length === 0) return empty(title, [issue("matrix.noRows", "error", at(header.row, 0))]);
  const built = buildProgramme(title, rows, extraCols.map((x) => x.header));
  return { programme: built.programme, issues: [...issues, ...built.issues] };
}

function empty(title: string, issues: Issue[]): ParsedProgramme {
  return { programme: { title, tasks: [], agencies: [], years: null, extraColumns: [] }, issues };
}
