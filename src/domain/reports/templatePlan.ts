import { t, type Locale } from "../messages";
import type { PlainValue } from "../cell";
import { plannedForYear } from "../consolidation/plannedFunds";
import type { ColumnPlan, SheetPlan } from "../plans/sheetPlan";
import type { Programme } from "../programme/model";
import { FUNDING_SOURCES, STATUSES, type ReportingPeriod } from "../programme/referenceLists";
import { HEADER_LABELS, META_SHEET, plannedHeader, REPORT_COLUMNS, REPORT_FORMAT, REPORT_TITLE, templateSheetName } from "./reportFormat";
import { assignmentsOf, type Unit } from "./units";
import { programmeId } from "./reportIdentity";

const TABLE_ROW = 6;

/** "Звіт В01 2025-H1": unique per unit and period, so several templates fit in one workbook. */
export function reportSheetName(unit: Unit, period: ReportingPeriod): string {
  return templateSheetName(unit.code, period.code);
}

/** A file name people recognise: code, short name and period. */
export function templateFileName(unit: Unit, period: ReportingPeriod): string {
  const short = unit.shortName.replace(/[\\/:*?"<>|«»„“”]/gu, "").replace(/\s+/gu, "_").slice(0, 60);
  return `${unit.code}_${short}_${period.code}.xlsx`;
}

/**
 * The report template for one unit and one period: the header block, the table with codes and
 * measure texts filled in and locked, input cells unlocked with dropdowns and number checks, and the
 * very hidden metadata sheet that keeps the report recognisable when sheet or file are renamed.
 */
export function templatePlans(programme: Programme, unit: Unit, period: ReportingPeriod, locale: Locale = "uk"): SheetPlan[] {
  const name = reportSheetName(unit, period);
  const widths = [9, 38, 17, 13, 11, 13, 18, 32, 26];
  const prompt = (key: "status" | "count" | "funds" | "source") => ({ prompt: t(locale, `template.prompt.${key}`), error: t(locale, `template.error.${key}`) });
  const answers: ColumnPlan[] = REPORT_COLUMNS.map((c, i) => ({
    key: c.key,
    header: c.header,
    width: widths[i] ?? 12,
    wrap: c.key === "measure" || c.key === "info" || c.key === "reasons",
    align: c.key === "code" ? "center" : c.key === "events" || c.key === "people" || c.key === "funds" ? "right" : "left",
    kind: c.key === "events" || c.key === "people" || c.key === "funds" ? "number" : "text",
    editable: c.key !== "code" && c.key !== "measure",
    ...(c.key === "status" ? { validation: { kind: "list" as const, values: STATUSES, ...prompt("status") } } : {}),
    ...(c.key === "source" ? { validation: { kind: "list" as const, values: FUNDING_SOURCES, ...prompt("source") } } : {}),
    ...(c.key === "events" || c.key === "people" ? { validation: { kind: "whole" as const, ...prompt("count") } } : {}),
    ...(c.key === "funds" ? { validation: { kind: "decimal" as const, ...prompt("funds") } } : {}),
  }));
  const planned: ColumnPlan = { key: "planned", header: plannedHeader(period.year), width: 13, wrap: true, align: "right", kind: "number", numberFormat: "#,##0.0" };
  // The plan stands just before the funds used, for the executor to see, locked like the codes.
  const columns = answers.flatMap((c) => (c.key === "funds" ? [planned, c] : [c]));
  const notDefined = t(locale, "sum.plannedNotDefined");
  const rows = assignmentsOf(programme, unit, period.year).map(({ measure }) =>
    columns.map((c): PlainValue => (c.key === "code" ? measure.code : c.key === "measure" ? measure.text : c.key === "planned" ? (plannedForYear(programme, measure, period.year) ?? notDefined) : null)),
  );
  const report: SheetPlan = {
    name,
    freezeRows: TABLE_ROW + 1,
    tabColor: "C55A11",
    protect: true,
    print: {
      paper: "A4",
      orientation: "landscape",
      fitToPagesWide: 1,
      repeatRows: { from: TABLE_ROW + 1, to: TABLE_ROW + 1 },
      headerCenter: `${REPORT_TITLE} — ${unit.shortName}, ${period.label}`,
      footerCenter: t(locale, "sheet.footer"),
    },
    blocks: [
      { row: 0, column: 0, value: REPORT_TITLE, bold: true },
      { row: 1, column: 0, value: programme.title },
      { row: 2, column: 0, value: HEADER_LABELS.unit, bold: true },
      { row: 2, column: 1, value: unit.name },
      { row: 3, column: 0, value: HEADER_LABELS.period, bold: true },
      { row: 3, column: 1, value: period.label },
      { row: 4, column: 0, value: HEADER_LABELS.submitted, bold: true },
      { row: 4, column: 1, value: "", editable: true },
    ],
    tables: [
      {
        name: `pmReport_${unit.code}_${period.code}`.replace(/[^\p{L}\p{N}_]/gu, ""),
        startColumn: 0,
        startRow: TABLE_ROW,
        rows,
        columns,
      },
    ],
  };
  const meta: SheetPlan = {
    name: META_SHEET,
    freezeRows: 0,
    tabColor: "808080",
    visibility: "veryHidden",
    print: { paper: "A4", orientation: "portrait", fitToPagesWide: 1, repeatRows: { from: 1, to: 1 }, headerCenter: "", footerCenter: "" },
    tables: [],
    blocks: [
      ["format", REPORT_FORMAT.id],
      ["version", String(REPORT_FORMAT.version)],
      ["programme", programmeId(programme)],
      ["unit", unit.code],
      ["period", period.code],
    ].flatMap(([k, v], row) => [
      { row, column: 0, value: k as string },
      { row, column: 1, value: v as string },
    ]),
  };
  return [report, meta];
}
