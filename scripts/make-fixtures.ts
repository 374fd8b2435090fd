// Builds tests/fixtures/matrix/pasted-matrix.xlsx: the embedded annex table as Word pastes it into Excel —
// raw cell text with its line breaks and quirks, the task cell merged down over its measures.
import ExcelJS from "exceljs";
import { annexRows } from "./annexTable";

const rows = annexRows();

async function main(): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Аркуш1");
  ws.getCell("A1").value = "Додаток 2 до Програми (вставлено з Word)";
  rows.forEach((row, r) => {
    row.forEach((value, c) => {
      ws.getCell(r + 3, c + 1).value = value === "" ? null : value;
    });
  });
  // Merge each task cell down over the blank cells of its continuation rows.
  let taskRow = -1;
  for (let r = 2; r <= rows.length; r++) {
    const first = rows[r - 1]?.[0] ?? "";
    const excelRow = r + 2;
    if (first.trim() !== "") {
      if (taskRow > 0 && excelRow - 1 > taskRow) ws.mergeCells(taskRow, 1, excelRow - 1, 1);
      taskRow = excelRow;
    }
  }
  if (taskRow > 0 && rows.length + 2 > taskRow) ws.mergeCells(taskRow, 1, rows.length + 2, 1);
  await wb.xlsx.writeFile("tests/fixtures/matrix/pasted-matrix.xlsx");
  process.stdout.write(`rows: ${rows.length}\n`);
}

void main();
