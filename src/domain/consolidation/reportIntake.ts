import { issue, type Issue } from "../issues";
import type { ValidatedReport, ValidatedRow } from "../reports/validateReport";
import type { NotTaken } from "./importRecords";

/** What one report offers an import: the rows to take, and every row (or the whole report) not taken, with its reasons. */
export type Intake =
  | { readonly kind: "refused"; readonly reasons: readonly Issue[]; readonly rows: readonly NotTaken[] }
  | { readonly kind: "offered"; readonly taken: readonly ValidatedRow[]; readonly rows: readonly NotTaken[] };

const rowOfCell = (cell: string | undefined) => (cell === undefined ? null : Number(/\d+$/u.exec(cell)?.[0] ?? NaN));

/**
 * Sorts a validated report's rows: a row with an error is not taken (its errors are the reasons), nor a row
 * on a measure not assigned to the unit or outside its term (the validation's own issue is the reason: the message says the
 * row is not consolidated). A report without a unit or a period, without a row to take, or with errors when
 * the user refuses such reports is refused whole.
 */
export function intake(file: string, report: ValidatedReport, assigned: ReadonlySet<string>, acceptValidRows: boolean): Intake {
  const where = report.sheet === "" ? { file } : { file, sheet: report.sheet };
  const errors = report.issues.filter((i) => i.severity === "error");
  const rowIssues = (row: number) => report.issues.filter((i) => rowOfCell(i.location.cell) === row && i.location.sheet === report.sheet);
  const dataRows = new Set(report.rows.map((r) => r.row));
  const reportLevel = errors.filter((i) => !dataRows.has(rowOfCell(i.location.cell) ?? -1));
  // A row refused for its report's sake (a column missing, another programme) carries the report's reasons.
  const rowErrors = (row: number) => {
    const own = rowIssues(row).filter((i) => i.severity === "error");
    return own.length > 0 ? own : reportLevel;
  };
  const usable = (r: ValidatedRow) => r.valid && r.status !== null;
  const bad = report.rows.filter((r) => !usable(r)).map((r): NotTaken => ({ file, sheet: report.sheet, row: r.row, reasons: rowErrors(r.row) }));
  const foreign = report.rows.filter((r) => usable(r) && !assigned.has(r.code)).map((r): NotTaken => {
    const own = rowIssues(r.row).filter((i) => i.code === "report.code.notAssigned" || i.code === "report.code.outOfTerm");
    return { file, sheet: report.sheet, row: r.row, reasons: own.length > 0 ? own : [issue("report.code.notAssigned", "warning", where, { value: r.code })] };
  });
  const taken = report.rows.filter((r) => usable(r) && assigned.has(r.code));
  if (!report.unit || !report.period) return { kind: "refused", reasons: reportLevel.length > 0 ? reportLevel : errors, rows: [] };
  if (!acceptValidRows && errors.length > 0) return { kind: "refused", reasons: [issue("consolidate.refusedWithErrors", "error", where, { errors: errors.length }), ...reportLevel], rows: bad };
  if (taken.length === 0) return { kind: "refused", reasons: [issue("consolidate.noValidRows", "error", where, { rows: report.rows.length }), ...reportLevel], rows: [...bad, ...foreign] };
  return { kind: "offered", taken, rows: [...bad, ...foreign] };
}
