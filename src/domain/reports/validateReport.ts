import { cellAddress } from "../a1";
import { cellText, serialToIso, type GridCell } from "../cell";
import { EXCEL_CELL_CHARS } from "../cellLimit";
import { issue, type Issue, type IssueCode, type IssueLocation } from "../issues";
import { allMeasures, type Programme } from "../programme/model";
import { FUNDING_SOURCES, STATUSES, type ReportingPeriod } from "../programme/referenceLists";
import type { SheetGrid } from "../sheetGrid";
import { readPeriod } from "./periods";
import { findPersonalData } from "./privacy";
import { LONG_TEXT_CHARS, REPORT_COLUMNS, type ReportColumnKey } from "./reportFormat";
import { findReportSheet, readMeta, type ReportSheet } from "./reportSheet";
import { assignmentsOf, readUnit, type Unit } from "./units";
import { readChoice, readCode, readNumber, type Normalization, type Read } from "./values";

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

export interface ValidationContext {
  readonly programme: Programme;
  readonly units: readonly Unit[];
  /** Today, as an ISO date: periods ending later are in the future. */
  readonly asOf: string;
}

/** A programme's identity in report metadata: its measures' codes and texts, hashed (the title is not on every sheet). */
export function programmeId(programme: Programme): string {
  let h = 0x811c9dc5;
  for (const ch of allMeasures(programme).map((m) => `${m.code} ${m.text}`).join("|")) {
    h ^= ch.codePointAt(0) ?? 0;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `p${h.toString(16).padStart(8, "0")}`;
}

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

/** Every report sheet of a workbook, validated; a workbook without one gets a single file-level issue. */
export function validateWorkbook(grids: readonly SheetGrid[], file: string | undefined, ctx: ValidationContext): ValidatedReport[] {
  const meta = readMeta(grids);
  const found: ValidatedReport[] = [];
  for (const grid of grids) {
    if (grid.visibility === "veryHidden") continue;
    const issues: Issue[] = [];
    const sheet = findReportSheet(grid, meta, file, issues);
    if (sheet) found.push(validateSheet(sheet, file, ctx, issues));
  }
  if (found.length > 0) return found;
  return [{ ...(file === undefined ? {} : { file }), sheet: grids[0]?.sheet ?? "", unit: null, period: null, submitted: null, rows: [], issues: [issue("report.noSheet", "error", file === undefined ? {} : { file })] }];
}

function validateSheet(sheet: ReportSheet, file: string | undefined, ctx: ValidationContext, issues: Issue[]): ValidatedReport {
  const where = (r: number, c: number): IssueLocation => ({ ...(file === undefined ? {} : { file }), sheet: sheet.sheet, cell: cellAddress(r, c) });
  const sheetLevel: IssueLocation = { ...(file === undefined ? {} : { file }), sheet: sheet.sheet };
  const meta = sheet.meta;
  if (meta && meta["programme"] !== programmeId(ctx.programme)) issues.push(issue("report.unknownProgramme", "error", sheetLevel));

  let unit: Unit | null = null;
  const unitText = meta?.["unit"] ?? cellText(sheet.header.unit?.cell?.value);
  const unitAt = sheet.header.unit?.at ?? sheetLevel;
  if (unitText.trim() === "") issues.push(issue("report.unit.missing", "error", unitAt));
  else {
    const u = readUnit(unitText, ctx.units);
    if (u.kind === "ok") unit = u.unit;
    else if (u.kind === "ambiguous") issues.push(issue("report.unit.ambiguous", "error", unitAt, { text: unitText, candidates: u.candidates.map((c) => `«${c.shortName}» (${c.code})`).join(", ") }));
    else issues.push(issue("report.unit.unknown", "error", unitAt, { text: unitText }));
  }

  let period: ReportingPeriod | null = null;
  const periodText = meta?.["period"] ?? cellText(sheet.header.period?.cell?.value);
  const periodAt = sheet.header.period?.at ?? sheetLevel;
  if (periodText.trim() === "") issues.push(issue("report.period.missing", "error", periodAt));
  else {
    const p = readPeriod(periodText, ctx.programme.years, ctx.asOf);
    if (p.kind === "ok") period = p.period;
    else if (p.kind === "future") issues.push(issue("report.period.future", "error", periodAt, { period: p.period.label }));
    else if (p.kind === "outsideTerm") issues.push(issue("report.period.outsideTerm", "error", periodAt, { text: periodText }));
    else issues.push(issue("report.period.unknown", "error", periodAt, { text: periodText }));
  }
  const submittedCell = sheet.header.submitted?.cell;
  const submitted = submittedDate(submittedCell);

  const measures = new Map(allMeasures(ctx.programme).map((m) => [m.code, m.text]));
  const assigned = new Set(unit ? assignmentsOf(ctx.programme, unit).map((a) => a.measure.code) : []);
  const seen = new Map<string, number>();
  const rows: ValidatedRow[] = [];
  for (const { row, cells } of sheet.rows) {
    const before = issues.length;
    const at = (key: ReportColumnKey) => where(row, sheet.columns[key] ?? 0);
    const note = (key: ReportColumnKey, notes: readonly Normalization[], value: string) => {
      for (const n of notes) issues.push(issue(NOTE_INFO[n], "info", at(key), { value }));
    };
    const fail = (key: ReportColumnKey, r: Read<unknown>, code: IssueCode) => {
      if (r.ok) return;
      const shared: IssueCode = r.problem === "formula" ? "report.cell.formula" : r.problem === "error" ? "report.cell.error" : code;
      issues.push(issue(shared, "error", at(key), { value: r.shown, header: header(key) }));
    };
    const text = (key: ReportColumnKey) => (cells[key] ? cellText((cells[key] as GridCell).value).trim() : "");

    let code = "";
    const codeCell = cells.code;
    if (!codeCell) issues.push(issue("report.code.missing", "error", at("code")));
    else {
      const r = readCode(codeCell, measures, text("measure"));
      if (!r.ok) fail("code", r, "report.code.unknown");
      else {
        code = r.value;
        if (r.asNumber) issues.push(issue("report.code.asNumber", "warning", at("code"), { value: cellText(codeCell.value), code }));
        note("code", r.notes, code);
        if (!measures.has(code)) issues.push(issue("report.code.unknown", "error", at("code"), { value: code }));
        else if (seen.has(code)) issues.push(issue("report.code.duplicate", "error", at("code"), { value: code, first: seen.get(code) ?? 0 }));
        else if (unit && !assigned.has(code)) issues.push(issue("report.code.notAssigned", "warning", at("code"), { value: code }));
        seen.set(code, row + 1);
      }
    }

    let status: Status | null = null;
    if (!cells.status || text("status") === "") issues.push(issue("report.status.missing", "error", at("status")));
    else {
      const r = readChoice(cells.status, STATUSES);
      if (r.ok) {
        status = r.value as Status;
        note("status", r.notes, r.value);
      } else fail("status", r, "report.status.unknown");
    }
    const number = (key: "events" | "people" | "funds"): number | null => {
      const cell = cells[key];
      if (!cell || text(key) === "") return null;
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
    let source: string | null = null;
    if (cells.source && text("source") !== "") {
      const r = readChoice(cells.source, FUNDING_SOURCES);
      if (r.ok) {
        source = r.value;
        note("source", r.notes, r.value);
      } else fail("source", r, "report.source.unknown");
    }
    const info = text("info");
    const reasons = text("reasons");
    if (status && NEEDS_INFO.includes(status) && info === "") issues.push(issue("report.info.missing", "error", at("info"), { status }));
    if (status && NEEDS_REASONS.includes(status) && reasons === "") issues.push(issue("report.reasons.missing", "error", at("reasons"), { status }));
    if (status === "Виконано" && (events ?? 0) === 0 && (people ?? 0) === 0) issues.push(issue("report.done.nothing", "warning", at("events")));
    if ((funds ?? 0) > 0 && source === "Не потребує фінансування") issues.push(issue("report.funds.notNeeded", "warning", at("funds"), { value: funds ?? 0 }));
    if ((funds ?? 0) > 0 && source === null) issues.push(issue("report.funds.noSource", "warning", at("source")));
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
    const valid = !issues.slice(before).some((i) => i.severity === "error");
    rows.push({ row: row + 1, code, status, events, people, funds, source, info, reasons, valid });
  }
  for (const a of unit ? assignmentsOf(ctx.programme, unit) : []) {
    if (!seen.has(a.measure.code)) issues.push(issue("report.measure.missing", "warning", sheetLevel, { code: a.measure.code }));
  }
  return { ...(file === undefined ? {} : { file }), sheet: sheet.sheet, unit, period, submitted, rows, issues };
}

/** «Дата подання» as a date cell, or typed as text "15.07.2025" / "2025-07-15". */
function submittedDate(cell: GridCell | undefined): string | null {
  if (cell === undefined) return null;
  if (cell.value.kind === "date") return serialToIso(Math.floor(cell.value.serial));
  const text = cellText(cell.value).trim();
  const ua = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/u.exec(text);
  if (ua) return `${ua[3]}-${(ua[2] as string).padStart(2, "0")}-${(ua[1] as string).padStart(2, "0")}`;
  return /^\d{4}-\d{2}-\d{2}$/u.test(text) ? text : null;
}

function header(key: ReportColumnKey): string {
  return REPORT_COLUMNS.find((c) => c.key === key)?.header ?? key;
}
