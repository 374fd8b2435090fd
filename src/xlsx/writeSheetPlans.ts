import ExcelJS from "exceljs";
import { overlongCells, PlanRefusedError } from "../domain/plans/cellLimits";
import { HIDDEN_NUMBER_FORMAT, repeatHidingRule, type ColumnValidation, type SheetPlan, type TablePlan } from "../domain/plans/sheetPlan";
import { PLAN_STYLE } from "../domain/plans/planStyle";
import { estimateRowHeights } from "../domain/plans/rowHeights";
import { EXCEL_TEXT, type CellText } from "../domain/plans/textWidth";

const FONT = { name: PLAN_STYLE.fontName, size: PLAN_STYLE.fontSize } as const;

const A4_PAPER = 9;

function escapeHeaderFooter(text: string): string {
  return text.replace(/&/gu, "&&");
}

function argb(hex: string): string {
  return `FF${hex}`;
}

const THIN = { style: "thin" as const, color: { argb: argb(PLAN_STYLE.borderColor) } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

function validationOf(v: ColumnValidation): ExcelJS.DataValidation {
  const messages = { showInputMessage: true, prompt: v.prompt, showErrorMessage: true, errorStyle: "stop", error: v.error } as const;
  if (v.kind === "list") return { type: "list", allowBlank: true, formulae: [`"${v.values.join(",")}"`], ...messages };
  return { type: v.kind, allowBlank: true, operator: "greaterThanOrEqual", formulae: [0], ...messages };
}

function writeTable(ws: ExcelJS.Worksheet, table: TablePlan): void {
  // Excel tables need at least one data row; an empty list gets one blank row for users to fill.
  const rows = table.rows.length > 0 ? table.rows.map((r) => [...r]) : [table.columns.map(() => null)];
  const top = (table.startRow ?? 0) + 1;
  ws.addTable({
    name: table.name,
    ref: ws.getCell(top, table.startColumn + 1).address,
    headerRow: true,
    style: { theme: "TableStyleLight9", showRowStripes: true },
    columns: table.columns.map((c) => ({ name: c.header, filterButton: true })),
    rows,
  });
  table.columns.forEach((c, i) => {
    const column = ws.getColumn(table.startColumn + 1 + i);
    column.width = c.width;
    for (let r = top; r <= top + rows.length; r++) {
      const cell = ws.getCell(r, table.startColumn + 1 + i);
      cell.border = BORDER;
      cell.alignment = { wrapText: c.wrap, vertical: "top", horizontal: c.align };
      if (r > top && c.editable) cell.protection = { locked: false };
      if (r > top && c.validation) cell.dataValidation = validationOf(c.validation);
      if (r === top) {
        cell.font = { ...FONT, bold: true, color: { argb: argb(PLAN_STYLE.headerFontColor) } };
        cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(PLAN_STYLE.headerFill) } };
        cell.alignment = { wrapText: true, vertical: "middle", horizontal: "center" };
      } else if (c.kind === "text") {
        cell.numFmt = "@";
      } else if (c.numberFormat !== undefined) {
        cell.numFmt = c.numberFormat;
      }
    }
  });
  table.columns.forEach((c, i) => {
    if (c.hideRepeats !== true || rows.length < 2) return;
    const first = ws.getCell(top + 2, table.startColumn + 1 + i).address;
    const above = ws.getCell(top + 1, table.startColumn + 1 + i).address;
    const last = ws.getCell(top + rows.length, table.startColumn + 1 + i).address;
    ws.addConditionalFormatting({ ref: `${first}:${last}`, rules: [{ type: "expression", priority: 1, formulae: [repeatHidingRule(first, above)], style: { numFmt: HIDDEN_NUMBER_FORMAT } }] });
  });
  if (table.note !== undefined) {
    const noteColumn = table.startColumn + table.columns.length + 1;
    const cell = ws.getCell(top, noteColumn);
    cell.value = table.note;
    cell.font = { ...FONT, italic: true, color: { argb: argb(PLAN_STYLE.noteFontColor) } };
    cell.alignment = { wrapText: true, vertical: "top" };
    ws.getColumn(noteColumn).width = PLAN_STYLE.noteWidth;
  }
}

export interface WriteOptions {
  /**
   * The application whose line height the rows are sized for (Excel unless said): rows made for Excel
   * print with an empty band under their text in LibreOffice, rows made for LibreOffice clip in Excel.
   */
  readonly rowsFor?: CellText;
}

/**
 * Adds one worksheet per plan to the workbook: the file twin of the Office.js renderer. A text longer
 * than a cell holds is refused (PlanRefusedError, naming sheet and cell) before any sheet is added:
 * Excel would open such a file only to "repair" it by cutting the text where it pleases.
 */
export async function addSheetPlans(workbook: ExcelJS.Workbook, plans: readonly SheetPlan[], options: WriteOptions = {}): Promise<void> {
  const overlong = overlongCells(plans);
  if (overlong.length > 0) throw new PlanRefusedError(overlong);
  for (const plan of plans) {
    const ws = workbook.addWorksheet(plan.name, {
      state: plan.visibility === "veryHidden" ? "veryHidden" : "visible",
      properties: { tabColor: { argb: argb(plan.tabColor) } },
      views: [{ state: "frozen", ySplit: plan.freezeRows, xSplit: 0 }],
      pageSetup: {
        paperSize: A4_PAPER,
        orientation: plan.print.orientation,
        fitToPage: plan.print.fitToPagesWide > 0,
        fitToWidth: plan.print.fitToPagesWide,
        fitToHeight: 0,
        printTitlesRow: `${plan.print.repeatRows.from}:${plan.print.repeatRows.to}`,
        margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      },
      headerFooter: {
        oddHeader: `&C${escapeHeaderFooter(plan.print.headerCenter)}`,
        oddFooter: `&C${plan.print.footerCenter}`,
      },
    });
    for (const block of plan.blocks ?? []) {
      const cell = ws.getCell(block.row + 1, block.column + 1);
      cell.value = block.value === "" ? null : block.value;
      cell.numFmt = "@";
      if (block.bold) cell.font = { ...FONT, bold: true };
      if (block.editable) cell.protection = { locked: false };
    }
    for (const table of plan.tables) writeTable(ws, table);
    estimateRowHeights(plan, options.rowsFor ?? EXCEL_TEXT).forEach((height, r) => {
      if (height !== undefined) ws.getRow(r + 1).height = height;
    });
    // No password: whoever needs a legitimate fix can unprotect the sheet.
    if (plan.protect) await ws.protect("", { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });
  }
}

/** Plain bytes, no Node Buffer: the task pane renders templates with this too. */
export async function sheetPlansToXlsx(plans: readonly SheetPlan[], options: WriteOptions = {}): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Programme Monitor";
  workbook.created = new Date(0);
  await addSheetPlans(workbook, plans, options);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
