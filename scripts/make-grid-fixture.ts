// Builds tests/fixtures/grid/cell-kinds.xlsx: one cell of every kind both adapters must read alike —
// text that looks like a number, numbers, booleans, a date, an error value, formulas with cached
// results, a merged area, a table, and a hidden sheet.
import ExcelJS from "exceljs";

async function main(): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Дані");
  ws.getCell("A1").value = "Текст";
  ws.getCell("B1").value = "4.10";
  ws.getCell("C1").value = "#N/A";
  ws.getCell("A2").value = 42;
  ws.getCell("B2").value = 1.5;
  ws.getCell("C2").value = true;
  ws.getCell("A3").value = new Date(Date.UTC(2025, 1, 1));
  ws.getCell("A3").numFmt = "dd.mm.yyyy";
  ws.getCell("B3").value = { error: "#N/A" } as ExcelJS.CellErrorValue;
  ws.getCell("C3").value = { formula: "A2*2", result: 84 };
  ws.getCell("D3").value = { formula: "B1&\"!\"", result: "4.10!" };
  ws.getCell("A5").value = "Об’єднана";
  ws.mergeCells("A5:B6");
  ws.addTable({ name: "pmProbe", ref: "D5", headerRow: true, columns: [{ name: "Код" }, { name: "Назва" }], rows: [["1.1", "перший"]] });
  const hidden = wb.addWorksheet("Старе", { state: "hidden" });
  hidden.getCell("A1").value = "стара матриця";
  await wb.xlsx.writeFile("tests/fixtures/grid/cell-kinds.xlsx");
}

void main();
