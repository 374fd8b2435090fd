import { cellAddress, rangeAddress } from "../domain/a1";
import { PLAN_STYLE } from "../domain/plans/planStyle";
import { HIDDEN_NUMBER_FORMAT, repeatHidingRule, type ColumnValidation, type SheetPlan, type TablePlan } from "../domain/plans/sheetPlan";
import type { ExcelCapabilities } from "./capabilities";
import { toExcelInput } from "./cellInput";

/** One piece of a write, sized so that requests can be packed under Excel on the web's 5 MB limit. */
export interface WriteStep {
  readonly bytes: number;
  readonly queue: (sheet: Excel.Worksheet) => void;
}

/** Rows written by one `values` assignment at most (UTF-8 bytes of their JSON). */
export const VALUES_CHUNK_BYTES = 1_000_000;
/** What one action costs beyond its arguments: object paths, ids and property names. */
export const ACTION_OVERHEAD_BYTES = 200;

const encoder = new TextEncoder();
export function jsonBytes(value: unknown): number {
  return encoder.encode(JSON.stringify(value)).length;
}

/** Excel column width is in points; one character of the default font is about 7 px = 5.25 pt plus padding. */
export function widthToPoints(characters: number): number {
  return Math.round(characters * 5.6 + 5);
}

function rangeAt(sheet: Excel.Worksheet, row: number, column: number, rows: number, columns: number): Excel.Range {
  // getRangeByIndexes needs ExcelApi 1.7; an A1 address works on every host.
  return sheet.getRange(rangeAddress(row, column, rows, columns));
}

function small(queue: WriteStep["queue"], actions = 1): WriteStep {
  return { bytes: actions * ACTION_OVERHEAD_BYTES, queue };
}

function validationRule(v: ColumnValidation): Excel.DataValidationRule {
  if (v.kind === "list") return { list: { inCellDropDown: true, source: v.values.join(",") } };
  const limit = { formula1: 0, operator: Excel.DataValidationOperator.greaterThanOrEqualTo };
  return v.kind === "whole" ? { wholeNumber: limit } : { decimal: limit };
}

/** Input cells: unlocked for a protected sheet, and checked (ExcelApi 1.8) with the prompt people see. */
function inputSteps(table: TablePlan, caps: ExcelCapabilities, protect: boolean): WriteStep[] {
  const top = table.startRow ?? 0;
  const rows = Math.max(1, table.rows.length);
  return table.columns.flatMap((c, i) => {
    const steps: WriteStep[] = [];
    if (protect && c.editable) steps.push(small((sheet) => (rangeAt(sheet, top + 1, table.startColumn + i, rows, 1).format.protection.locked = false)));
    const v = c.validation;
    if (v !== undefined && caps.dataValidation) {
      steps.push(
        small((sheet) => {
          const validation = rangeAt(sheet, top + 1, table.startColumn + i, rows, 1).dataValidation;
          validation.rule = validationRule(v);
          validation.prompt = { showPrompt: true, title: c.header.slice(0, 32), message: v.prompt };
          validation.errorAlert = { showAlert: true, style: Excel.DataValidationAlertStyle.stop, title: c.header.slice(0, 32), message: v.error };
        }, 4),
      );
    }
    return steps;
  });
}

/** Repeats shown once: a conditional number format that shows nothing where the visible row above holds the same value. */
function repeatSteps(table: TablePlan): WriteStep[] {
  const top = table.startRow ?? 0;
  if (table.rows.length < 2) return [];
  return table.columns.flatMap((c, i) => {
    if (c.hideRepeats !== true) return [];
    const column = table.startColumn + i;
    const rule = `=${repeatHidingRule(cellAddress(top + 2, column), cellAddress(top + 1, column))}`;
    return [
      small((sheet) => {
        const format = rangeAt(sheet, top + 2, column, table.rows.length - 1, 1).conditionalFormats.add(Excel.ConditionalFormatType.custom);
        format.custom.rule.formula = rule;
        format.custom.format.numberFormat = HIDDEN_NUMBER_FORMAT;
      }, 3),
    ];
  });
}

function tableSteps(table: TablePlan, tableName: string): WriteStep[] {
  const width = table.columns.length;
  const top = table.startRow ?? 0;
  const dataRows = table.rows.length > 0 ? table.rows : [table.columns.map(() => null)];
  const steps: WriteStep[] = [];
  const header = [table.columns.map((c) => toExcelInput(c.header, "text"))];
  steps.push({ bytes: jsonBytes(header) + ACTION_OVERHEAD_BYTES, queue: (sheet) => (rangeAt(sheet, top, table.startColumn, 1, width).values = header) });
  let start = 0;
  while (start < dataRows.length) {
    const chunk: (string | number | boolean)[][] = [];
    let bytes = 0;
    for (let r = start; r < dataRows.length && (chunk.length === 0 || bytes < VALUES_CHUNK_BYTES); r++) {
      const row = table.columns.map((c, i) => toExcelInput(dataRows[r]?.[i] ?? null, c.kind));
      bytes += jsonBytes(row);
      chunk.push(row);
    }
    const at = top + start + 1;
    // Formats travel with their rows, as full arrays: the shape Excel accepts on every host.
    const formats = table.columns.flatMap((c, i) => (c.numberFormat === undefined ? [] : [{ column: table.startColumn + i, cells: chunk.map(() => [c.numberFormat as string]) }]));
    steps.push({
      bytes: bytes + formats.reduce((n, f) => n + jsonBytes(f.cells) + ACTION_OVERHEAD_BYTES, ACTION_OVERHEAD_BYTES),
      queue: (sheet) => {
        rangeAt(sheet, at, table.startColumn, chunk.length, width).values = chunk;
        for (const f of formats) rangeAt(sheet, at, f.column, chunk.length, 1).numberFormat = f.cells;
      },
    });
    start += chunk.length;
  }
  const rowCount = dataRows.length + 1;
  steps.push(
    small((sheet) => {
      const whole = rangeAt(sheet, top, table.startColumn, rowCount, width);
      const created = sheet.tables.add(whole, true);
      created.name = tableName;
      created.style = "TableStyleLight9";
      whole.format.verticalAlignment = "Top";
      const head = rangeAt(sheet, top, table.startColumn, 1, width);
      head.format.font.bold = true;
      head.format.font.color = `#${PLAN_STYLE.headerFontColor}`;
      head.format.fill.color = `#${PLAN_STYLE.headerFill}`;
      head.format.wrapText = true;
      head.format.horizontalAlignment = "Center";
      table.columns.forEach((c, i) => {
        const column = rangeAt(sheet, top, table.startColumn + i, rowCount, 1);
        column.format.columnWidth = widthToPoints(c.width);
        if (c.wrap) column.format.wrapText = true;
        if (c.align !== "left") column.format.horizontalAlignment = c.align === "center" ? "Center" : "Right";
      });
      if (table.note !== undefined) {
        const note = rangeAt(sheet, top, table.startColumn + width + 1, 1, 1);
        note.values = [[toExcelInput(table.note, "text")]];
        note.format.wrapText = true;
        note.format.font.italic = true;
        note.format.font.color = `#${PLAN_STYLE.noteFontColor}`;
        note.format.columnWidth = widthToPoints(PLAN_STYLE.noteWidth);
      }
      whole.format.autofitRows();
    }, 12 + 3 * width),
  );
  return steps;
}

/** The plan's chart below its first table: bars of one column labelled by another (series categories need ExcelApi 1.7). */
function chartSteps(plan: SheetPlan): WriteStep[] {
  const chart = plan.chart;
  const table = plan.tables[0];
  if (chart === undefined || table === undefined || chart.rows < 1) return [];
  const at = (key: string) => table.columns.findIndex((c) => c.key === key);
  const [category, value] = [at(chart.categoryColumn), at(chart.valueColumn)];
  if (category < 0 || value < 0) return [];
  const top = table.startRow ?? 0;
  const below = top + table.rows.length + 2;
  return [
    small((sheet) => {
      const created = sheet.charts.add(Excel.ChartType.barClustered, rangeAt(sheet, top, table.startColumn + value, chart.rows + 1, 1), Excel.ChartSeriesBy.columns);
      created.title.text = chart.title;
      created.legend.visible = false;
      if (chart.maximum !== undefined) created.axes.valueAxis.maximum = chart.maximum;
      created.series.getItemAt(0).setXAxisValues(rangeAt(sheet, top + 1, table.startColumn + category, chart.rows, 1));
      created.setPosition(cellAddress(below, table.startColumn), cellAddress(below + 18, table.startColumn + Math.min(table.columns.length, 9) - 1));
    }, 8),
  ];
}

/**
 * Everything one sheet plan needs, as steps that never sync: the caller packs the steps of all
 * sheets into as few requests as the size limit allows. Tables get the names the caller chooses,
 * so new sheets can be built beside the old ones before anything is replaced.
 */
export function sheetPlanSteps(plan: SheetPlan, caps: ExcelCapabilities, tableName: (planned: string) => string): WriteStep[] {
  const blocks = plan.blocks ?? [];
  const steps: WriteStep[] = blocks.map((b) =>
    small((sheet) => {
      const cell = rangeAt(sheet, b.row, b.column, 1, 1);
      cell.values = [[toExcelInput(b.value, "text")]];
      if (b.bold) cell.format.font.bold = true;
      if (plan.protect && b.editable) cell.format.protection.locked = false;
    }, 3),
  );
  steps.push(...plan.tables.flatMap((table) => [...tableSteps(table, tableName(table.name)), ...repeatSteps(table), ...inputSteps(table, caps, plan.protect === true)]), ...chartSteps(plan));
  steps.push(
    small((sheet) => {
      sheet.tabColor = `#${plan.tabColor}`;
      sheet.freezePanes.freezeRows(plan.freezeRows);
      if (!caps.printSetup) return;
      const layout = sheet.pageLayout;
      layout.paperSize = "A4";
      layout.orientation = plan.print.orientation === "landscape" ? "Landscape" : "Portrait";
      layout.zoom = plan.print.fitToPagesWide > 0 ? { horizontalFitToPages: plan.print.fitToPagesWide, verticalFitToPages: 0 } : { scale: 100 };
      layout.centerHorizontally = true;
      layout.setPrintTitleRows(`$${plan.print.repeatRows.from}:$${plan.print.repeatRows.to}`);
      layout.headersFooters.defaultForAllPages.centerHeader = plan.print.headerCenter.replace(/&/gu, "&&");
      layout.headersFooters.defaultForAllPages.centerFooter = plan.print.footerCenter;
    }, 10),
  );
  return steps;
}

/**
 * Protects a sheet that asks for it, with no password so a user can unprotect it for a legitimate fix.
 * The caller queues it after everything else, renames included.
 */
export function protectSheet(plan: SheetPlan, sheet: Excel.Worksheet): void {
  if (plan.protect) sheet.protection.protect({ allowFormatColumns: true, allowFormatRows: true });
}
