import { cellAddress } from "../a1";
import { cellText, type GridCell } from "../cell";
import { EXCEL_CELL_CHARS } from "../cellLimit";
import { issue, type Issue, type IssueCode, type IssueLocation } from "../issues";
import { allMeasures } from "../programme/model";
import { FUNDING_SOURCES, STATUSES, type ReportingPeriod } from "../programme/referenceLists";
import type { SheetGrid } from "../sheetGrid";
import { findPersonalData } from "./privacy";
import { LONG_TEXT_CHARS, META_SHEET, REPORT_COLUMNS, templateSheetName, type ReportColumnKey } from "./reportFormat";
import { checkProgramme, reportPeriod, reportSubmitted, reportUnit, type IdentityContext } from "./reportIdentity";
import { notMeasureRow } from "./reportRows";
import { columnHeader, findReportSheet, readMeta, type ReportSheet } from "./reportSheet";
import { assignmentsOf, inTerm, type Unit } from "./units";
import { readChoice, readCode, readNumber, type Normalization, type Read } from "./values";

export { programmeId } from "./reportIdentity";

export type Status = (typeof STATUSES)[number];

/** One accepted or rejected row of a report: the contract consolidation builds on. */
export interface ValidatedRow {
  readonly row: number;
  readonly code: string;
  readonly status: Status | null;
  readonly events: number | null;
  readonly people: number | null;
  readonly funds: number | null;
  readonly source: string | null;
  readonly info: string;
  readonly reasons: string;
  /** False when the row has an error: it is listed, never consolidated. */
  readonly valid: boolean;
}

export interface ValidatedReport {
  readonly file?: string;
  readonly sheet: string;
  readonly unit: Unit | null;
  readonly period: ReportingPeriod | null;
  /** Дата подання as an ISO date, when given. */
  readonly submitted: string | null;
  readonly rows: readonly ValidatedRow[];
  readonly issues: readonly Issue[];
}

/** The programme, its reporting units, and today as an ISO date (periods ending later are in the future). */
export type ValidationContext = IdentityContext;

const NEEDS_INFO: readonly Status[] = ["Виконано", "Виконується", "Виконано частково"];
const NEEDS_REASONS: readonly Status[] = ["Не виконано", "Виконано частково"];
const NOTE_INFO: Record<Normalization, IssueCode> = {
  spaces: "report.normalized.spaces",
  case: "report.normalized.case",
  apostrophe: "report.normalized.apostrophe",
  latin: "report.normalized.latin",
  numberText: "report.normalized.numberText",
  decimalComma: "report.normalized.decimalComma",
  thousands: "report.normalized.thousands",
  codeFormat: "report.normalized.codeFormat",
};

/**
 * Every visible report sheet of a workbook, validated, each its own report. Hidden and very hidden sheets are
 * never taken as reports (a draft is often kept there), and each one that holds a report table is named in an
 * info. The metadata sheet belongs to the template's report sheet: it applies to the sheet it names or, when no
 * sheet has that name, to the only report sheet there is (a renamed one); any other sheet is known by its header block.
 */
export function validateWorkbook(grids: readonly SheetGrid[], file: string | undefined, ctx: ValidationContext, workbookSheets: readonly string[] = []): ValidatedReport[] {
  const place = (sheet: string): IssueLocation => ({ ...(file === undefined ? {} : { file }), sheet });
  const meta = readMeta(grids);
  const found: { sheet: ReportSheet; issues: Issue[] }[] = [];
  const hidden: Issue[] = [];
  for (const grid of grids) {
    if (grid.sheet === META_SHEET) continue;
    const issues: Issue[] = [];
    const sheet = findReportSheet(grid, file, issues);
    if (sheet === null) continue;
    if (grid.visibility === "visible") found.push({ sheet, issues });
    else hidden.push(issue("report.hiddenSheet", "info", place(grid.sheet), { sheet: grid.sheet }));
  }
  const named = meta === null ? null : templateSheetName(meta["unit"] ?? "", meta["period"] ?? "");
  // `workbookSheets`: the sheets of a workbook read only in part (Excel's active sheet), so a sheet named by the metadata is known to exist.
  const exists = named !== null && (grids.some((g) => g.sheet === named) || workbookSheets.includes(named));
  const owner = exists ? named : found.length === 1 ? found[0]?.sheet.sheet : null;
  const reports = found.map(({ sheet, issues }) => validateSheet(sheet, sheet.sheet === owner ? meta : null, file, ctx, issues));
  const [head, ...rest] = reports;
  if (head) return [{ ...head, issues: [...head.issues, ...hidden] }, ...rest];
  const shown = grids.find((g) => g.visibility === "visible")?.sheet ?? grids[0]?.sheet ?? "";
  return [{ ...(file === undefined ? {} : { file }), sheet: shown, unit: null, period: null, submitted: null, rows: [], issues: [issue("report.noSheet", "error", file === undefined ? {} : { file }), ...hidden] }];
}

function validateSheet(sheet: ReportSheet, meta: Readonly<Record<string, string>> | null, file: string | undefined, ctx: ValidationContext, issues: Issue[]): ValidatedReport {
  const where = (r: number, c: number): IssueLocation => ({ ...(file === undefined ? {} : { file }), sheet: sheet.sheet, cell: cellAddress(r, c) });
  const sheetLevel: IssueLocation = { ...(file === undefined ? {} : { file }), sheet: sheet.sheet };
  checkProgramme(sheet, meta, ctx, sheetLevel, issues);
  const unit = reportUnit(sheet, meta, ctx, sheetLevel, issues);
  const period = reportPeriod(sheet, meta, ctx, sheetLevel, issues);
  const submitted = reportSubmitted(sheet, sheetLevel, issues);
  // Without its identity or a required column, a report's figures cannot be trusted: no row is taken.
  const refused = issues.some((i) => i.severity === "error");
  // A missing column is reported once, at the header row, not again in every row.
  const absent = REPORT_COLUMNS.map((c) => c.key).filter((key) => sheet.columns[key] === undefined);

  const byCode = new Map(allMeasures(ctx.programme).map((m) => [m.code, m]));
  const measures = new Map([...byCode].map(([code, m]) => [code, m.text]));
  const outOfTerm = (code: string, year: number) => {
    const m = byCode.get(code);
    return m !== undefined && !inTerm(ctx.programme, m, year);
  };
  const assigned = new Set(unit ? assignmentsOf(ctx.programme, unit).map((a) => a.measure.code) : []);
  const seen = new Map<string, number>();
  const rows: ValidatedRow[] = [];
  for (const { row, cells } of sheet.rows) {
    const skipped = notMeasureRow(cells);
    if (skipped !== null) {
      issues.push(issue(skipped, "info", where(row, sheet.columns.code ?? 0), { row: row + 1 }));
      continue;
    }
    const before = issues.length;
    const at = (key: ReportColumnKey) => where(row, sheet.columns[key] ?? 0);
    const note = (key: ReportColumnKey, notes: readonly Normalization[], value: string) => {
      for (const n of notes) issues.push(issue(NOTE_INFO[n], "info", at(key), { value }));
    };
    const fail = (key: ReportColumnKey, r: Read<unknown>, code: IssueCode) => {
      if (r.ok) return;
      const shared: IssueCode = r.problem === "formula" ? "report.cell.formula" : r.problem === "error" ? "report.cell.error" : code;
      issues.push(issue(shared, "error", at(key), { value: r.shown, header: columnHeader(key) }));
    };
    // A formula saved without its result (a file written by a program) holds nothing to read: an error, never a 0 or a blank.
    // `unread`: the cells of this row that cannot be read, so that nothing else is said about them.
    const unread = new Set<ReportColumnKey>(absent);
    for (const [key, cell] of Object.entries(cells) as [ReportColumnKey, GridCell][]) {
      if (cell.value.kind !== "noValue" || key === "measure") continue;
      unread.add(key);
      issues.push(issue("report.cell.noValue", "error", at(key), { header: columnHeader(key), formula: cell.formula ?? "" }));
    }
    const text = (key: ReportColumnKey) => (cells[key] ? cellText((cells[key] as GridCell).value).trim() : "");

    let code = "";
    const codeCell = cells.code;
    if (!codeCell && !unread.has("code")) issues.push(issue("report.code.missing", "error", at("code")));
    else if (codeCell && !unread.has("code")) {
      const r = readCode(codeCell, measures, text("measure"));
      if (!r.ok) fail("code", r, "report.code.unknown");
      else {
        code = r.value;
        if (r.asNumber) issues.push(issue("report.code.asNumber", "warning", at("code"), { value: cellText(codeCell.value), code }));
        note("code", r.notes, code);
        if (!measures.has(code)) issues.push(issue("report.code.unknown", "error", at("code"), { value: code }));
        else if (seen.has(code)) issues.push(issue("report.code.duplicate", "error", at("code"), { value: code, first: seen.get(code) ?? 0 }));
        else if (unit && !assigned.has(code)) issues.push(issue("report.code.notAssigned", "warning", at("code"), { value: code }));
        else if (period && outOfTerm(code, period.year)) issues.push(issue("report.code.outOfTerm", "info", at("code"), { value: code, term: byCode.get(code)?.term ?? "", year: period.year }));
        seen.set(code, row + 1);
      }
    }

    let status: Status | null = null;
    if (unread.has("status")) {
      // reported above: a formula without its value
    } else if (!cells.status || text("status") === "") issues.push(issue("report.status.missing", "error", at("status")));
    else {
      const r = readChoice(cells.status, STATUSES);
      if (r.ok) {
        status = r.value as Status;
        note("status", r.notes, r.value);
      } else fail("status", r, "report.status.unknown");
    }
    const number = (key: "events" | "people" | "funds"): number | null => {
      const cell = cells[key];
      if (!cell || unread.has(key) || text(key) === "") return null;
      const r = readNumber(cell, key !== "funds");
      if (!r.ok) {
        fail(key, r, key === "funds" ? "report.funds.invalid" : "report.count.invalid");
        return null;
      }
      note(key, r.notes, String(r.value));
      return r.value;
    };
    const events = number("events");
    const people = number("people");
    const funds = number("funds");
    // Funds are shown and added to one decimal (100 hryvnias); a finer figure would not add up as printed.
    if (funds !== null && Math.abs(funds * 10 - Math.round(funds * 10)) > 1e-9) issues.push(issue("report.funds.precision", "warning", at("funds"), { value: funds, shown: (Math.round(funds * 10) / 10).toFixed(1).replace(".", ",") }));
    let source: string | null = null;
    if (cells.source && !unread.has("source") && text("source") !== "") {
      const r = readChoice(cells.source, FUNDING_SOURCES);
      if (r.ok) {
        source = r.value;
        note("source", r.notes, r.value);
      } else fail("source", r, "report.source.unknown");
    }
    const info = text("info");
    const reasons = text("reasons");
    if (status && NEEDS_INFO.includes(status) && info === "" && !unread.has("info")) issues.push(issue("report.info.missing", "error", at("info"), { status }));
    if (status && NEEDS_REASONS.includes(status) && reasons === "" && !unread.has("reasons")) issues.push(issue("report.reasons.missing", "error", at("reasons"), { status }));
    if (status === "Виконано" && (events ?? 0) === 0 && (people ?? 0) === 0 && !unread.has("events") && !unread.has("people")) issues.push(issue("report.done.nothing", "warning", at("events")));
    if ((funds ?? 0) > 0 && source === "Не потребує фінансування") issues.push(issue("report.funds.notNeeded", "warning", at("funds"), { value: funds ?? 0 }));
    if ((funds ?? 0) > 0 && source === null && !unread.has("source")) issues.push(issue("report.funds.noSource", "warning", at("source")));
    // A text no Excel cell holds (a file written by another tool can carry one): the row is never consolidated.
    for (const key of REPORT_COLUMNS.map((c) => c.key)) {
      const length = cells[key] ? cellText((cells[key] as GridCell).value).length : 0;
      if (length > EXCEL_CELL_CHARS) issues.push(issue("report.text.overCellLimit", "error", at(key), { length, limit: EXCEL_CELL_CHARS }));
    }
    for (const key of ["info", "reasons"] as const) {
      const value = text(key);
      if (value.length > LONG_TEXT_CHARS && value.length <= EXCEL_CELL_CHARS) issues.push(issue("report.text.long", "warning", at(key), { length: value.length, limit: LONG_TEXT_CHARS }));
      for (const kind of findPersonalData(value)) issues.push(issue("report.privacy", "warning", at(key), { kind }));
    }
    // A row outside its measure's term that carries figures: they are left out of every total, which is worth a warning.
    const outside = issues.findIndex((i, k) => k >= before && i.code === "report.code.outOfTerm");
    if (outside >= 0 && [events, people, funds].some((v) => (v ?? 0) > 0)) issues[outside] = { ...(issues[outside] as Issue), severity: "warning" };
    const valid = !refused && !issues.slice(before).some((i) => i.severity === "error");
    rows.push({ row: row + 1, code, status, events, people, funds, source, info, reasons, valid });
  }
  for (const a of unit && !absent.includes("code") ? assignmentsOf(ctx.programme, unit, period?.year) : []) {
    if (!seen.has(a.measure.code)) issues.push(issue("report.measure.missing", "warning", sheetLevel, { code: a.measure.code }));
  }
  return { ...(file === undefined ? {} : { file }), sheet: sheet.sheet, unit, period, submitted, rows, issues };
}
