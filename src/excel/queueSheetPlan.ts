import { rangeAddress } from "../domain/a1";
import { PLAN_STYLE } from "../domain/plans/planStyle";
import type { SheetPlan, TablePlan } from "../domain/plans/sheetPlan";
import type { ExcelCapabilities } from "./capabilities";
import { toExcelInput } from "./cellInput";

/** Excel column width is in points; one character of the default font is about 7 px = 5.25 pt plus padding. */
export function widthToPoints(characters: number): number {
  return Math.round(characters * 5.6 + 5);
}

function rangeAt(sheet: Excel.Worksheet, row: number, column: number, rows: number, columns: number): Excel.Range {
  // getRangeByIndexes needs ExcelApi 1.7; an A1 address works on every host.
  return sheet.getRange(rangeAddress(row, column, rows, columns));
}

function queueTable(sheet: Excel.Worksheet, table: TablePlan): void {
  const width = table.columns.length;
  const dataRows = table.rows.length > 0 ? table.rows : [table.columns.map(() => null)];
  const values = [
    table.columns.map((c) => toExcelInput(c.header, "text")),
    ...dataRows.map((row) => table.columns.map((c, i) => toExcelInput(row[i] ?? null, c.kind))),
  ];
  const whole = rangeAt(sheet, 0, table.startColumn, values.length, width);
  whole.values = values;
  const created = sheet.tables.add(whole, true);
  created.name = table.name;
  created.style = "TableStyleLight9";
  whole.format.verticalAlignment = "Top";

  const header = rangeAt(sheet, 0, table.startColumn, 1, width);
  header.format.font.bold = true;
  header.format.font.color = `#${PLAN_STYLE.headerFontColor}`;
  header.format.fill.color = `#${PLAN_STYLE.headerFill}`;
  header.format.wrapText = true;
  header.format.horizontalAlignment = "Center";

  table.columns.forEach((c, i) => {
    const column = rangeAt(sheet, 0, table.startColumn + i, values.length, 1);
    column.format.columnWidth = widthToPoints(c.width);
    if (c.wrap) column.format.wrapText = true;
    if (c.align !== "left") column.format.horizontalAlignment = c.align === "center" ? "Center" : "Right";
  });

  if (table.note !== undefined) {
    const note = rangeAt(sheet, 0, table.startColumn + width + 1, 1, 1);
    note.values = [[toExcelInput(table.note, "text")]];
    note.format.wrapText = true;
    note.format.font.italic = true;
    note.format.font.color = `#${PLAN_STYLE.noteFontColor}`;
    note.format.columnWidth = widthToPoints(PLAN_STYLE.noteWidth);
  }
  whole.format.autofitRows();
}

/** Queues everything one sheet plan needs on a worksheet proxy. It never syncs: the caller batches all sheets. */
export function queueSheetPlan(sheet: Excel.Worksheet, plan: SheetPlan, caps: ExcelCapabilities): void {
  for (const table of plan.tables) queueTable(sheet, table);
  sheet.tabColor = `#${plan.tabColor}`;
  sheet.freezePanes.freezeRows(plan.freezeRows);
  if (caps.printSetup) {
    const layout = sheet.pageLayout;
    layout.paperSize = "A4";
    layout.orientation = plan.print.orientation === "landscape" ? "Landscape" : "Portrait";
    layout.zoom = { horizontalFitToPages: plan.print.fitToPagesWide, verticalFitToPages: 0 };
    layout.centerHorizontally = true;
    layout.setPrintTitleRows(`$${plan.print.repeatRows.from}:$${plan.print.repeatRows.to}`);
    layout.headersFooters.defaultForAllPages.centerHeader = plan.print.headerCenter.replace(/&/gu, "&&");
    layout.headersFooters.defaultForAllPages.centerFooter = plan.print.footerCenter;
  }
}
