import { cellText, type GridCell } from "../cell";
import type { IssueCode } from "../issues";
import type { ReportColumnKey } from "./reportFormat";
import { columnOfHeader } from "./reportSheet";

type RowCells = Partial<Record<ReportColumnKey, GridCell>>;

/** The cells whose content would be a measure's figures: a row without any of them reports nothing. */
const ANSWERS: readonly ReportColumnKey[] = ["status", "events", "people", "funds", "source"];
const TOTAL = /^(разом|усього|всього|загалом|підсумок|підсумки|итого)(?![\p{L}])/iu;

/** "1.1", "4.10", "4,1." or a number: something that may be a measure code (a date such as 15.07.2025 is not). */
function codeLike(cell: GridCell | undefined): boolean {
  if (cell === undefined) return false;
  if (cell.value.kind === "number") return true;
  if (cell.value.kind !== "text") return false;
  return /^\s*\d{1,3}(?:[.,]\d{1,3}){0,3}[.,]?\s*$/u.test(cell.value.text);
}

function isBlank(cell: GridCell | undefined): boolean {
  return cell === undefined || (cell.value.kind === "text" && cell.value.text.trim() === "");
}

/**
 * Rows of a report table that are not measures, passed over with an info: the header typed again (or the row
 * of column numbers «1 2 3 …» under it), a «Разом»/«Усього» row, and lines without a code and without any
 * figure or status — signatures, dates, notes and task headings under or inside the table.
 */
export function notMeasureRow(cells: RowCells): IssueCode | null {
  const present = Object.values(cells).filter((c): c is GridCell => !isBlank(c));
  if (present.filter((c) => columnOfHeader(cellText(c.value)) !== undefined).length >= 3) return "report.row.header";
  const numbers = present.map((c) => Number(cellText(c.value).trim()));
  if (present.length >= 4 && numbers[0] === 1 && numbers.every((x, i) => Number.isInteger(x) && (i === 0 || x === (numbers[i - 1] ?? 0) + 1))) return "report.row.header";
  if ([cells.code, cells.measure].some((c) => c !== undefined && TOTAL.test(cellText(c.value).trim()))) return "report.row.total";
  if (!codeLike(cells.code) && ANSWERS.every((k) => isBlank(cells[k]))) return "report.row.notMeasure";
  return null;
}
