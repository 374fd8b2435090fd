import { cellText, serialToIso, type GridCell } from "../cell";
import { issue, type Issue, type IssueLocation } from "../issues";
import { allMeasures, type Programme } from "../programme/model";
import type { ReportingPeriod } from "../programme/referenceLists";
import { readPeriod } from "./periods";
import { HEADER_LABELS, META_SHEET, type HeaderField } from "./reportFormat";
import type { ReportSheet } from "./reportSheet";
import { readUnit, type Unit } from "./units";
import { readCode, sameText } from "./values";

export interface IdentityContext {
  readonly programme: Programme;
  readonly units: readonly Unit[];
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

type Meta = Readonly<Record<string, string>>;

/** «Виконавець», «Звітний період»: the label as the sheet shows it, without its colon. */
function label(field: HeaderField): string {
  return HEADER_LABELS[field].replace(/:$/u, "");
}

/** A header value that is a formula saved without its result is an error at that cell; nothing is guessed. */
function unreadable(cell: GridCell | undefined, field: HeaderField, at: IssueLocation, issues: Issue[]): boolean {
  if (cell?.value.kind !== "noValue") return false;
  issues.push(issue("report.cell.noValue", field === "submitted" ? "warning" : "error", at, { header: label(field), formula: cell.formula ?? "" }));
  return true;
}

/**
 * The reporting unit: from the metadata of the template's sheet and from the header block. When both are
 * there and disagree (a re-used file), it is an error naming both, and no unit is taken.
 */
export function reportUnit(sheet: ReportSheet, meta: Meta | null, ctx: IdentityContext, sheetLevel: IssueLocation, issues: Issue[]): Unit | null {
  const field = sheet.header.unit;
  const at = field?.at ?? sheetLevel;
  if (unreadable(field?.cell, "unit", at, issues)) return null;
  const typed = cellText(field?.cell?.value).trim();
  const fromMeta = meta?.["unit"]?.trim() ?? "";
  const metaReading = fromMeta === "" ? null : readUnit(fromMeta, ctx.units);
  if (metaReading?.kind === "ok") {
    const own = metaReading.unit;
    if (typed === "") return own;
    const r = readUnit(typed, ctx.units);
    if ((r.kind === "ok" && r.unit.code === own.code) || (r.kind === "ambiguous" && r.candidates.some((c) => c.code === own.code))) return own;
    issues.push(issue("report.identity.unit", "error", at, { meta: `«${own.shortName}» (${own.code})`, header: typed, cell: at.cell ?? "", metaSheet: META_SHEET }));
    return null;
  }
  const text = typed !== "" ? typed : fromMeta;
  if (text === "") {
    issues.push(issue("report.unit.missing", "error", at));
    return null;
  }
  const u = readUnit(text, ctx.units);
  if (u.kind === "ok") return u.unit;
  if (u.kind === "ambiguous") issues.push(issue("report.unit.ambiguous", "error", at, { text, candidates: u.candidates.map((c) => `«${c.shortName}» (${c.code})`).join(", ") }));
  else issues.push(issue("report.unit.unknown", "error", at, { text }));
  return null;
}

/** The reporting period, by the same rule as the unit: metadata and header block must agree. */
export function reportPeriod(sheet: ReportSheet, meta: Meta | null, ctx: IdentityContext, sheetLevel: IssueLocation, issues: Issue[]): ReportingPeriod | null {
  const field = sheet.header.period;
  const at = field?.at ?? sheetLevel;
  if (unreadable(field?.cell, "period", at, issues)) return null;
  const years = ctx.programme.years;
  const typed = cellText(field?.cell?.value).trim();
  const fromMeta = meta?.["period"]?.trim() ?? "";
  const m = fromMeta === "" ? null : readPeriod(fromMeta, years, ctx.asOf);
  const metaPeriod = m?.kind === "ok" || m?.kind === "future" ? m.period : null;
  if (metaPeriod !== null && typed !== "") {
    const r = readPeriod(typed, years, ctx.asOf);
    const typedCode = r.kind === "ok" || r.kind === "future" ? r.period.code : null;
    if (typedCode !== metaPeriod.code) {
      issues.push(issue("report.identity.period", "error", at, { meta: metaPeriod.label, header: typed, cell: at.cell ?? "", metaSheet: META_SHEET }));
      return null;
    }
  }
  const text = metaPeriod !== null ? fromMeta : typed !== "" ? typed : fromMeta;
  if (text === "") {
    issues.push(issue("report.period.missing", "error", at));
    return null;
  }
  const p = readPeriod(text, years, ctx.asOf);
  if (p.kind === "ok") return p.period;
  if (p.kind === "future") issues.push(issue("report.period.future", "error", at, { period: p.period.label }));
  else if (p.kind === "outsideTerm") issues.push(issue("report.period.outsideTerm", "error", at, { text }));
  else issues.push(issue("report.period.unknown", "error", at, { text }));
  return null;
}

/**
 * A report made for another programme: its metadata names another programme's measures or, without metadata,
 * most of its measure texts are not this programme's under the same codes. The error names both titles.
 */
export function checkProgramme(sheet: ReportSheet, meta: Meta | null, ctx: IdentityContext, sheetLevel: IssueLocation, issues: Issue[]): void {
  const other = meta !== null ? meta["programme"] !== programmeId(ctx.programme) : mostTextsDiffer(sheet, ctx.programme);
  if (!other) return;
  if (sheet.title) issues.push(issue("report.unknownProgramme", "error", sheet.title.at, { report: sheet.title.text, programme: ctx.programme.title }));
  else issues.push(issue("report.unknownProgrammeUntitled", "error", sheetLevel, { programme: ctx.programme.title }));
}

function mostTextsDiffer(sheet: ReportSheet, programme: Programme): boolean {
  const texts = new Map(allMeasures(programme).map((m) => [m.code, m.text]));
  let compared = 0;
  let differ = 0;
  for (const { cells } of sheet.rows) {
    const measure = cellText(cells.measure?.value).trim();
    if (!cells.code || measure === "") continue;
    const code = readCode(cells.code, texts, measure);
    const own = code.ok ? texts.get(code.value) : undefined;
    if (own === undefined) continue;
    compared++;
    if (!sameMeasure(own, measure)) differ++;
  }
  return compared >= 3 && differ * 2 > compared;
}

/** Whether a measure text typed in a report is the programme's: the same, its beginning (people shorten it), or mostly its words. */
function sameMeasure(own: string, typed: string): boolean {
  const key = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
  if (sameText(own, typed) || key(own).startsWith(key(typed))) return true;
  // Word stems (their first 6 letters), so that inflected or reordered words still count.
  const stems = (s: string) => new Set(s.toLowerCase().split(/[^\p{L}]+/u).filter((w) => w.length >= 4).map((w) => w.slice(0, 6)));
  const mine = stems(own);
  const theirs = [...stems(typed)];
  return theirs.filter((w) => mine.has(w)).length * 2 >= theirs.length;
}

/** «Дата подання» as an ISO date: a date cell, or typed as text "15.07.2025" / "2025-07-15". */
export function reportSubmitted(sheet: ReportSheet, sheetLevel: IssueLocation, issues: Issue[]): string | null {
  const field = sheet.header.submitted;
  const cell = field?.cell;
  if (cell === undefined || unreadable(cell, "submitted", field?.at ?? sheetLevel, issues)) return null;
  if (cell.value.kind === "date") return serialToIso(Math.floor(cell.value.serial));
  const text = cellText(cell.value).trim();
  const ua = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/u.exec(text);
  if (ua) return `${ua[3]}-${(ua[2] as string).padStart(2, "0")}-${(ua[1] as string).padStart(2, "0")}`;
  return /^\d{4}-\d{2}-\d{2}$/u.test(text) ? text : null;
}
