// Renders a neutral layout table into the three forms a matrix arrives in: a Word document (the `docx`
// package: merged cells as gridSpan/vMerge, a paragraph per line, header rows repeated on each page), a
// workbook (ExcelJS: one row per measure, lines inside cells, merged areas, amounts as numbers), and the grid
// Excel makes when the Word table is pasted (every paragraph on a row of its own, one-line cells merged down).
import { AlignmentType, Document, Packer, PageOrientation, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import ExcelJS from "exceljs";
import type { CellValue, GridCell } from "../src/domain/cell";
import type { Rect, SheetGrid } from "../src/domain/sheetGrid";
import { amountOf, type LayoutTable, type LCell } from "./layoutTables";

const lines = (text: string) => text.split("\n");

export async function docxOf(table: LayoutTable): Promise<Buffer> {
  const header = (cell: LCell) =>
    // A header's words hyphenated across lines are one paragraph with a line break, as typed in a narrow cell.
    new Paragraph({ alignment: AlignmentType.CENTER, children: lines(cell.text).map((t, i) => new TextRun({ text: t, bold: true, ...(i > 0 ? { break: 1 } : {}) })) });
  const rows = table.rows.map(
    (row) =>
      new TableRow({
        tableHeader: row.kind === "header",
        children: row.cells.flatMap((cell) =>
          cell === null
            ? []
            : [
                new TableCell({
                  ...(cell.colSpan ? { columnSpan: cell.colSpan } : {}),
                  ...(cell.rowSpan ? { rowSpan: cell.rowSpan } : {}),
                  children: row.kind === "header" ? [header(cell)] : lines(cell.text).map((t) => new Paragraph({ children: [new TextRun({ text: t, bold: row.kind === "group" })] })),
                }),
              ],
        ),
      }),
  );
  const paragraph = (text: string) => new Paragraph({ children: text.split("\t").flatMap((t, i) => [...(i > 0 ? [new TextRun({ text: "\t\t\t" })] : []), new TextRun({ text: t })]) });
  const doc = new Document({
    sections: [
      {
        properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } },
        children: [...table.before.map(paragraph), new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } }), new Paragraph({}), ...table.after.map(paragraph)],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** Where each layout cell lands: a table row is one sheet row; spans become merged areas. */
function place(table: LayoutTable, top: number, heightOf: (row: number) => number): { at: { row: number; column: number; cell: LCell; rows: number }[]; bottom: number } {
  const starts: number[] = [];
  let r = top;
  table.rows.forEach((_, i) => {
    starts.push(r);
    r += heightOf(i);
  });
  const at: { row: number; column: number; cell: LCell; rows: number }[] = [];
  table.rows.forEach((row, i) => {
    row.cells.forEach((cell, column) => {
      if (cell === null) return;
      const span = cell.rowSpan ?? 1;
      const rows = (starts[i + span - 1] ?? r) + heightOf(i + span - 1) - (starts[i] ?? 0);
      at.push({ row: starts[i] ?? 0, column, cell, rows });
    });
  });
  return { at, bottom: r };
}

export async function xlsxOf(table: LayoutTable): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Аркуш1");
  table.before.forEach((text, i) => (ws.getCell(i + 1, 1).value = text));
  const top = table.before.length + 1;
  const { at, bottom } = place(table, top, () => 1);
  for (const { row, column, cell, rows } of at) {
    const target = ws.getCell(row + 1, column + 1);
    const n = cell.amount ? amountOf(cell.text) : null;
    target.value = n ?? (cell.text === "" ? null : cell.text);
    if (n !== null) target.numFmt = "#,##0.0";
    target.alignment = { wrapText: true, vertical: "top" };
    if (rows > 1 || (cell.colSpan ?? 1) > 1) ws.mergeCells(row + 1, column + 1, row + rows, column + (cell.colSpan ?? 1));
  }
  table.after.forEach((text, i) => {
    const [left = "", right] = text.split("\t");
    ws.getCell(bottom + 2 + i, 1).value = left;
    if (right !== undefined) ws.getCell(bottom + 2 + i, table.width).value = right;
  });
  ws.columns.forEach((c) => (c.width = 24));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A pasted cell's value as Excel types it: one-line amounts and four-digit years become numbers. */
function pastedValue(text: string, amount: boolean): CellValue | null {
  if (text.trim() === "") return null;
  const n = amount ? amountOf(text) : /^\d{4}$/u.test(text.trim()) ? Number(text) : /^\d+$/u.test(text.trim()) ? Number(text) : null;
  return n === null ? { kind: "text", text } : { kind: "number", value: n };
}

export function pastedGridOf(table: LayoutTable): SheetGrid {
  const cells: GridCell[] = [];
  const merges: Rect[] = [];
  table.before.forEach((text, i) => cells.push({ row: i, column: 0, value: { kind: "text", text } }));
  const top = table.before.length + 1;
  // A body row is as many sheet rows as its cell with the most paragraphs; a header keeps its line breaks in the cell.
  const heightOf = (i: number) => {
    const row = table.rows[i];
    if (!row || row.kind === "header") return 1;
    return Math.max(1, ...row.cells.map((c) => (c === null || (c.rowSpan ?? 1) > 1 ? 1 : lines(c.text).length)));
  };
  const { at, bottom } = place(table, top, heightOf);
  const rowKind = new Map<number, string>();
  let r = top;
  table.rows.forEach((row, i) => {
    rowKind.set(r, row.kind);
    r += heightOf(i);
  });
  for (const { row, column, cell, rows } of at) {
    const width = cell.colSpan ?? 1;
    const paragraphs = rowKind.get(row) === "header" || (cell.rowSpan ?? 1) > 1 ? [cell.text.replace(/\n/gu, rowKind.get(row) === "header" ? "\n" : " ")] : lines(cell.text);
    paragraphs.forEach((p, k) => {
      const value = pastedValue(p, cell.amount === true);
      if (value) cells.push({ row: row + k, column, value });
      // The last paragraph's cell covers what is left of the row, as Excel pastes it.
      const covers = k === paragraphs.length - 1 ? rows - k : 1;
      if (covers > 1 || width > 1) merges.push({ row: row + k, column, rowCount: covers, columnCount: width });
    });
  }
  table.after.forEach((text, i) => {
    const [left = "", right] = text.split("\t");
    cells.push({ row: bottom + 1 + i, column: 0, value: { kind: "text", text: left } });
    if (right !== undefined) cells.push({ row: bottom + 1 + i, column: table.width - 1, value: { kind: "text", text: right } });
  });
  cells.sort((a, b) => a.row - b.row || a.column - b.column);
  return { sheet: "Аркуш1", visibility: "visible", cells, merges, mergesKnown: true, tables: [] };
}
