import type { PlainValue } from "../cell";
import { issue, type Issue } from "../issues";
import { showDate } from "../dates";
import { formatIssue, t, type Locale, type MessageKey } from "../messages";
import { pageHeaderText } from "../plans/programmeSheets";
import type { ColumnPlan, SheetPlan } from "../plans/sheetPlan";
import type { Programme } from "../programme/model";
import { periodLabel, STATUSES } from "../programme/referenceLists";
import { emptyClassIssues } from "../reports/classMembers";
import { districtName } from "../reports/communities";
import type { Unit } from "../reports/units";
import type { DataRow, LogEntry } from "./consolidate";
import { share } from "./figures";
import { fundsShare } from "./plannedFunds";
import { continuedPublicReport, PUBLIC_REPORT_SPECS, publicReportRows } from "./publicReportTable";
import { columns, withPlannedSpecs, withPlannedValues, type Spec } from "./summaryColumns";
import { dynamicsPeriods } from "./dynamicsPeriods";
import { measureRows } from "./narrativeRows";
import { summarise, type Figures, type Summaries, type UnitSummary } from "./summaries";
import { notReportedText, reportingLines, withHeadlines } from "./summaryHeadlines";
import { SUMMARY_SHEETS, SUMMARY_TABLES } from "./summaryNames";

export { SUMMARY_SHEETS, SUMMARY_TABLES } from "./summaryNames";

function sheet(footer: string, name: string, title: string, table: string, cols: ColumnPlan[], rows: PlainValue[][], tab: string, fit: 0 | 1 = 1): SheetPlan {
  return {
    name,
    freezeRows: 1,
    tabColor: tab,
    print: {
      paper: "A4",
      orientation: "landscape",
      fitToPagesWide: fit,
      repeatRows: { from: 1, to: 1 },
      headerCenter: pageHeaderText(title === "" ? name : `${name} — ${title}`),
      footerCenter: footer,
    },
    tables: [{ name: table, startColumn: 0, columns: cols, rows }],
  };
}

const ratio = (f: { expected: number; received: number }) => share(f.received, f.expected);
const day = (iso: string | null) => (iso === null ? "" : showDate(iso));

/** «20.07.2025 (уперше 15.07.2025)» when a correction replaced the first version. */
function submittedText(locale: Locale, u: UnitSummary): string {
  if (u.submitted === null) return "";
  return u.firstSubmitted === null || u.firstSubmitted === u.submitted ? day(u.submitted) : t(locale, "sum.submittedFirst", { date: day(u.submitted), first: day(u.firstSubmitted) });
}
const figures = (f: Figures) => [f.expected, f.received, ratio(f), ...STATUSES.map((s) => f.statuses[s]), f.expected - f.received, f.events, f.people, f.funds];
/** The widths of the columns whose texts are fitted to rows. */
/** «Не звітували» is as wide as a long community's name and its comma («Монастирищенська,»), so no name breaks mid-word. */
const WIDTH = { measureText: 19, measureNarrative: 14, notReported: 19 } as const;
const FIGURE_SPECS: readonly Spec[] = [["expected", 11, "count"], ["received", 10, "count"], ["completeness", 10, "percent"], ["done", 10, "count"], ["ongoing", 13, "count"], ["partly", 11, "count"], ["notDone", 10, "count"], ["missing", 10, "count"], ["events", 11, "count"], ["people", 10, "count"], ["funds", 13, "funds"]];
/** «Зведення» before its funds columns get the plan and the share used (`withPlannedSpecs`); the task's name narrower to make room. */
const TASK_SPECS: readonly Spec[] = [["task", 10], ["taskName", 28], ["measures", 10, "count"], ...FIGURE_SPECS];

/** «Дані», «Журнал імпорту» and every summary of the period, as sheet plans for both renderers. */
export interface SummaryOptions {
  readonly locale: Locale;
  /** The day the summaries are built (ISO), printed in every page's footer as people write dates (28.11.2026). */
  readonly builtOn: string;
  /** What «Звіт про виконання» is built from when it must differ from the other summaries (personal data left out). */
  readonly published?: Summaries;
}

/** The sheets, and an info when «Динаміка» has nothing to compare. */
export interface SummarySheets {
  readonly plans: SheetPlan[];
  readonly issues: Issue[];
}

export function summarySheetPlans(programme: Programme, all: readonly Unit[], rows: readonly DataRow[], log: readonly LogEntry[], s: Summaries, options: SummaryOptions): SummarySheets {
  const { locale, builtOn, published = s } = options;
  const footer = t(locale, "sum.footer", { date: builtOn.split("-").reverse().join(".") });
  const label = periodLabel(s.period, locale);
  // A programme read without its title (a workbook of another tool) heads its pages with the period alone.
  const title = programme.title === "" ? label : `${programme.title}, ${label}`;
  const unitName = new Map(all.map((u) => [u.code, u.name]));
  const nameOf = (code: string) => all.find((u) => u.code === code)?.shortName ?? code;
  const yes = t(locale, "sheet.yes");
  // Errors and warnings of each unit's report for the period, as the import log recorded them (the latest report taken).
  const remarks = new Map(log.filter((l) => l.period === s.period && (l.action === "imported" || l.action === "replaced")).map((l) => [l.unit, l]));
  const no = t(locale, "sum.no");
  const year = Number(s.period.slice(0, 4));
  const notDefined = t(locale, "sum.plannedNotDefined");
  const planned = (values: PlainValue[], f: Figures) => withPlannedValues(TASK_SPECS, values, f.planned, fundsShare(f.funds, f.planned), notDefined);
  const measures = measureRows(s, { text: WIDTH.measureText, narrative: WIDTH.measureNarrative, notReported: WIDTH.notReported }, figures, (m) => notReportedText(locale, m.notReported, nameOf), locale);
  const plans: SheetPlan[] = [
    sheet(footer, SUMMARY_SHEETS.data, programme.title, SUMMARY_TABLES.data, columns(locale, [["unitCode", 8], ["unit", 30], ["period", 9], ["measure", 9], ["status", 14], ["events", 11, "count"], ["people", 10, "count"], ["funds", 13, "funds"], ["source", 16], ["info", 40], ["reasons", 30], ["submitted", 11], ["file", 24], ["sheet", 16], ["row", 7, "count"], ["sha256", 20], ["importedAt", 18], ["firstSubmitted", 11]]),
      rows.map((r) => [r.unitCode, unitName.get(r.unitCode) ?? r.unitCode, r.period, r.measureCode, r.status, r.events, r.people, r.funds, r.source, r.info, r.reasons, day(r.submitted), r.file, r.sheet, r.row, r.sha256, r.importedAt, day(r.firstSubmitted)]), "375623", 0),
    sheet(footer, SUMMARY_SHEETS.log, programme.title, SUMMARY_TABLES.log, columns(locale, [["file", 30], ["size", 10, "count"], ["sha256", 22], ["unitCode", 8], ["period", 9], ["accepted", 10, "count"], ["rejected", 11, "count"], ["errors", 9, "count"], ["warnings", 14, "count"], ["action", 20], ["sheet", 16]]),
      log.map((l) => [l.file, l.size, l.sha256, l.unit, l.period, l.accepted, l.rejected, l.errors, l.warnings, t(locale, `sum.action.${l.action}` as MessageKey), l.sheet]), "7F7F7F"),
    {
      ...sheet(footer, SUMMARY_SHEETS.tasks, title, SUMMARY_TABLES.tasks, columns(locale, withPlannedSpecs(TASK_SPECS), { year }), [
        ...s.byTask.map((x) => planned([x.task, x.name, x.measures, ...figures(x)], x)),
        planned(["", t(locale, "sum.total"), s.byTask.reduce((n, x) => n + x.measures, 0), ...figures(s.total)], s.total),
      ], "1F4E79"),
      chart: { title: t(locale, "sum.chart.title", { period: label }), categoryColumn: "task", valueColumn: "completeness", rows: s.byTask.length, maximum: 1 },
    },
    sheet(footer, SUMMARY_SHEETS.measures, title, SUMMARY_TABLES.measures, columns(locale, [["measure", 9], ["measureText", WIDTH.measureText], ...FIGURE_SPECS, ["measureStatus", 13], ["narrative", WIDTH.measureNarrative], ["notReported", WIDTH.notReported]]), measures, "2E75B6"),
    sheet(footer, SUMMARY_SHEETS.units, title, SUMMARY_TABLES.units, columns(locale, [["unitCode", 8], ["unit", 30], ["unitType", 18], ["expected", 11, "count"], ["received", 10, "count"], ["completeness", 10, "percent"], ["reported", 10], ["onTime", 10], ["submitted", 11], ["errors", 9, "count"], ["warnings", 14, "count"], ["byConsent", 11]]),
      [...s.byUnit].sort((a, b) => Number(a.byConsent) - Number(b.byConsent)).map((u) => {
        const checked = remarks.get(u.code);
        return [u.code, u.unit, t(locale, `sum.unitType.${u.type}` as MessageKey), u.expected, u.received, ratio(u), u.reported ? yes : no, u.onTime === null ? "" : u.onTime ? yes : no, submittedText(locale, u), checked?.errors ?? null, checked?.warnings ?? null, u.byConsent ? yes : ""];
      }), "548235"),
    sheet(footer, SUMMARY_SHEETS.territories, title, SUMMARY_TABLES.territories, columns(locale, [["district", 20, "text", true, true], ["territory", 40], ["expected", 11, "count"], ["received", 10, "count"], ["completeness", 10, "percent"], ["events", 11, "count"], ["people", 10, "count"], ["funds", 13, "funds"]]),
      s.byTerritory.map((x) => [x.name === null ? "" : (districtName(x.district ?? "") ?? t(locale, "sum.districtUnknown")), x.name ?? t(locale, "sum.oblastLevel"), x.expected, x.received, ratio(x), x.events, x.people, x.funds]), "BF8F00"),
    reportSheet(footer, title, programme, published, locale, year),
  ];
  // Who reported, required and by consent apart, and a class executor that stands for nobody, above «Зведення» and «За виконавцями».
  const empty = emptyClassIssues(programme, all, Number(s.period.slice(0, 4)));
  const lines = reportingLines(locale, s.reporting, nameOf);
  const headed = plans.map((plan) =>
    plan.name === SUMMARY_SHEETS.tasks ? withHeadlines(plan, [...lines, ...empty.map((i) => formatIssue(locale, i).message), t(locale, "sum.reporting.rule")]) : plan.name === SUMMARY_SHEETS.units ? withHeadlines(plan, lines) : plan,
  );
  const dynamics = dynamicsSheet(programme, all, rows, s.period, locale, footer);
  // Printed as a whole workbook, the summaries come first; «Дані» and «Журнал імпорту», the long records, last.
  const records = new Set<string>([SUMMARY_SHEETS.data, SUMMARY_SHEETS.log]);
  const ordered = [...headed.filter((p) => !records.has(p.name)), ...(dynamics === null ? [] : [dynamics.plan]), ...headed.filter((p) => records.has(p.name))];
  return { plans: ordered, issues: [...empty, ...(dynamics?.issues ?? [])] };
}

/**
 * «Динаміка»: the same part of each year side by side (cumulative figures of a half-year beside a full year
 * would seem to halve), with a line saying which; when the years share no part, a line saying so and an info.
 */
function dynamicsSheet(programme: Programme, all: readonly Unit[], rows: readonly DataRow[], period: string, locale: Locale, footer: string): { plan: SheetPlan; issues: Issue[] } | null {
  const choice = dynamicsPeriods(rows, period);
  if (choice === null) return null;
  const shown = choice.periods.map((p) => periodLabel(p, locale)).join(", ");
  if (choice.kind === "different") {
    const base = sheet(footer, SUMMARY_SHEETS.dynamics, programme.title, SUMMARY_TABLES.dynamics, [], [], "7030A0");
    const lines = [t(locale, "sum.dynamics.notComparable"), t(locale, "sum.dynamics.periodsWithData", { periods: shown }), t(locale, "sum.dynamics.whenComparable")];
    return {
      plan: { ...base, freezeRows: 0, tables: [], blocks: lines.map((value, row) => ({ row, column: 0, value, bold: row === 0 })) },
      issues: [issue("summary.dynamicsNotComparable", "info", { sheet: SUMMARY_SHEETS.dynamics }, { periods: choice.periods.map((p) => `${periodLabel(p, locale)} (${p})`).join(", ") })],
    };
  }
  const line = t(locale, `sum.dynamics.compared.${choice.part}` as MessageKey, { periods: shown });
  // Each task's years stand together, its code on every row: a page that begins within a task still names it.
  const byPeriod = choice.periods.map((code) => ({ code, tasks: summarise(programme, all, rows, code).byTask }));
  const table = programme.tasks.flatMap((task) =>
    byPeriod.flatMap(({ code, tasks }) => tasks.filter((f) => f.task === task.code).map((f) => [f.task, f.name, Number(code.slice(0, 4)), code, ratio(f), ...STATUSES.map((status) => share(f.statuses[status], f.received)), f.events, f.people, f.funds])),
  );
  const base = sheet(footer, SUMMARY_SHEETS.dynamics, [programme.title, line].filter((x) => x !== "").join(". "), SUMMARY_TABLES.dynamics, columns(locale, [["task", 10], ["taskName", 30, "text", true, true], ["year", 7], ["period", 9], ["completeness", 10, "percent"], ["doneShare", 12, "percent"], ["ongoingShare", 15, "percent"], ["partlyShare", 11, "percent"], ["notDoneShare", 11, "percent"], ["events", 11, "count"], ["people", 10, "count"], ["funds", 13, "funds"]]), table, "7030A0");
  return {
    plan: { ...base, freezeRows: 2, print: { ...base.print, repeatRows: { from: 2, to: 2 } }, tables: base.tables.map((x) => ({ ...x, startRow: 1 })), blocks: [{ row: 0, column: 0, value: line, bold: true }] },
    issues: [],
  };
}

/**
 * «Звіт про виконання», printed for the annual public report: a measure whose executors or narratives would not
 * fit in one row (409 pt) goes on in rows under it, each with the measure's number and code.
 */
function reportSheet(footer: string, title: string, programme: Programme, published: Summaries, locale: Locale, year: number): SheetPlan {
  const plan = sheet(footer, SUMMARY_SHEETS.report, title, SUMMARY_TABLES.report, columns(locale, PUBLIC_REPORT_SPECS, { year }), publicReportRows(programme, published, locale), "C00000");
  const table = plan.tables[0];
  if (table === undefined) return plan;
  const printed = continuedPublicReport(table, locale).table;
  return printed === table ? plan : { ...plan, tables: [printed, ...plan.tables.slice(1)] };
}
