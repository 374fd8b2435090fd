import type { PlainValue } from "../cell";
import { t, type Locale, type MessageKey } from "../messages";
import { allMeasures, type Measure, type Programme } from "../programme/model";
import { PRINTABLE_PX } from "./printCheck";
import { fundingCells } from "./programmeFunding";
import { ROW_LINES } from "./rowFit";
import { wrappedLineCount } from "./rowHeights";
import { continueTallRows } from "./tallRows";
import { col } from "./localisedColumn";
import type { ColumnPlan, TablePlan } from "./sheetPlan";

/** The table «pmMeasures» of the «Програма» sheet, one row per measure. */

/** The measure's executors as the programme writes them, each marked «(за згодою)» where it is. */
export function executorsText(m: Measure, locale: Locale, separator = ";\n"): string {
  const consentMark = t(locale, "sheet.consentMark");
  return m.executors.map((e) => (e.consent ? `${e.name} ${consentMark}` : e.name)).join(separator);
}

/**
 * One executor a line where the list fits a row; a long list (every district and community) runs on in the
 * line instead, which takes far fewer lines, so that the row is not cut off at Excel's 409 pt. Both read back
 * as the same executors.
 */
function fittedExecutorsText(m: Measure, locale: Locale, width: number): string {
  const listed = executorsText(m, locale);
  return wrappedLineCount(listed, width) <= ROW_LINES ? listed : executorsText(m, locale, "; ");
}

/**
 * A row whose texts still wrap past 409 pt goes on in rows under it that hold only the rest of those texts:
 * with no number, task or term of their own they read back as paragraphs of the measure above.
 */
function continued(table: TablePlan): TablePlan {
  return continueTallRows(table).table;
}

const extraColumn = (header: string): ColumnPlan => ({ key: `extra:${header}`, header, width: 25, wrap: true, align: "left", kind: "text" });

const PLAIN_EXECUTORS_WIDTH = 60;

/** The seed's layout: task, measure, term, executors and their count, and any extra columns of the source. */
export function plainProgrammeTable(p: Programme, locale: Locale): TablePlan {
  const taskName = new Map(p.tasks.map((task) => [task.code, task.name]));
  const rows: PlainValue[][] = allMeasures(p).map((m) => [
    m.taskCode,
    taskName.get(m.taskCode) ?? "",
    m.code,
    m.text,
    m.term,
    fittedExecutorsText(m, locale, PLAIN_EXECUTORS_WIDTH),
    m.executors.length,
    ...p.extraColumns.map((h) => m.extras[h] ?? ""),
  ]);
  const columns = [
    col(locale, "sheet.programme.taskCode", 11, { align: "center", hideRepeats: true }),
    col(locale, "sheet.programme.task", 30, { wrap: true, hideRepeats: true }),
    col(locale, "sheet.programme.measureCode", 9, { align: "center" }),
    col(locale, "sheet.programme.measure", 55, { wrap: true }),
    col(locale, "sheet.programme.term", 13, { wrap: true, align: "center" }),
    col(locale, "sheet.programme.executors", PLAIN_EXECUTORS_WIDTH, { wrap: true }),
    col(locale, "sheet.programme.executorCount", 13, { align: "center", kind: "number" }),
    ...p.extraColumns.map(extraColumn),
  ];
  return continued({ name: "pmMeasures", startColumn: 0, columns, rows });
}

/** Printing at no less than 8.25 pt leaves this many pixels of columns across an A4 landscape page. */
const RICH_BUDGET_PX = PRINTABLE_PX / 0.75;
const AMOUNT_FORMAT = "#,##0.0##";
/** «Обласний бюджет», «Місцеві бюджети» on one line each. */
const SOURCES_WIDTH = 17;

/**
 * With the standard form's funding and expected results the sheet carries more columns, so the wide text
 * columns share what an A4 landscape page leaves at a legible size; the executors' count, which the
 * executors' list gives anyway, makes room for them.
 */
export function richProgrammeTable(p: Programme, locale: Locale): TablePlan {
  const measures = allMeasures(p);
  const taskName = new Map(p.tasks.map((task) => [task.code, task.name]));
  const years = p.fundingYears ?? [];
  const withTerm = measures.some((m) => m.term !== "");
  const withSources = p.hasFundingSources || p.fundingYears !== null;
  const withAmounts = p.fundingYears !== null;
  const amount = (key: MessageKey, params: { year?: number } = {}, keyName = key.slice(key.lastIndexOf(".") + 1)): ColumnPlan => ({
    key: keyName,
    header: t(locale, key, params),
    width: 9,
    wrap: true,
    align: "right",
    kind: "number",
    numberFormat: AMOUNT_FORMAT,
  });
  const fixed: ColumnPlan[] = [
    col(locale, "sheet.programme.taskCode", 9, { align: "center", hideRepeats: true }),
    col(locale, "sheet.programme.measureCode", 9, { align: "center" }),
    ...(withTerm ? [col(locale, "sheet.programme.term", 13, { wrap: true, align: "center" })] : []),
    ...(withSources ? [col(locale, "sheet.programme.fundingSources", SOURCES_WIDTH, { wrap: true })] : []),
    ...(withAmounts ? [amount("sheet.programme.plannedTotal"), ...years.map((year) => amount("sheet.programme.plannedYear", { year }, `plannedYear:${year}`))] : []),
  ];
  const flexible: [MessageKey | null, number, number][] = [
    ["sheet.programme.task", 18, 12],
    ["sheet.programme.measure", 34, 20],
    ["sheet.programme.executors", 28, 16],
    ...(p.hasExpectedResults ? [["sheet.programme.expectedResult", 20, 12] as [MessageKey, number, number]] : []),
    ...p.extraColumns.map((): [null, number, number] => [null, 14, 10]),
  ];
  const count = fixed.length + flexible.length;
  const room = Math.floor((RICH_BUDGET_PX - 5 * count) / 7) - fixed.reduce((s, c) => s + c.width, 0);
  const weight = flexible.reduce((s, [, w]) => s + w, 0);
  const widths = flexible.map(([, w, min]) => Math.max(min, Math.floor((room * w) / weight)));
  const flex = (key: MessageKey) => widths[flexible.findIndex(([k]) => k === key)] ?? 12;
  const extraWidth = (i: number) => widths[flexible.length - p.extraColumns.length + i] ?? 10;
  const byKey = new Map(fixed.map((c) => [c.key, c]));
  const columns: ColumnPlan[] = [
    byKey.get("taskCode") as ColumnPlan,
    col(locale, "sheet.programme.task", flex("sheet.programme.task"), { wrap: true, hideRepeats: true }),
    byKey.get("measureCode") as ColumnPlan,
    col(locale, "sheet.programme.measure", flex("sheet.programme.measure"), { wrap: true }),
    ...fixed.filter((c) => c.key === "term"),
    col(locale, "sheet.programme.executors", flex("sheet.programme.executors"), { wrap: true }),
    ...fixed.filter((c) => c.key === "fundingSources" || c.key === "plannedTotal" || c.key.startsWith("plannedYear:")),
    ...(p.hasExpectedResults ? [col(locale, "sheet.programme.expectedResult", flex("sheet.programme.expectedResult"), { wrap: true })] : []),
    ...p.extraColumns.map((h, i) => ({ ...extraColumn(h), width: extraWidth(i) })),
  ];
  const rows: PlainValue[][] = measures.map((m) => {
    const funding = fundingCells(m, years, (source) => wrappedLineCount(source, byKey.get("fundingSources")?.width ?? SOURCES_WIDTH));
    const values: Record<string, PlainValue> = {
      taskCode: m.taskCode,
      task: taskName.get(m.taskCode) ?? "",
      measureCode: m.code,
      measure: m.text,
      term: m.term,
      executors: fittedExecutorsText(m, locale, flex("sheet.programme.executors")),
      fundingSources: funding.sources,
      plannedTotal: funding.total,
      expectedResult: m.expectedResult ?? "",
    };
    years.forEach((year, i) => (values[`plannedYear:${year}`] = funding.years[i] ?? null));
    p.extraColumns.forEach((h) => (values[`extra:${h}`] = m.extras[h] ?? ""));
    return columns.map((c) => values[c.key] ?? null);
  });
  return continued({ name: "pmMeasures", startColumn: 0, columns, rows });
}

