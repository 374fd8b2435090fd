import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { parseMatrixGrid } from "../../src/domain/programme/parseMatrixGrid";
import { parseEmbeddedProgramme } from "../../src/domain/programme/embeddedProgramme";
import type { Programme } from "../../src/domain/programme/model";
import { reportingPeriods } from "../../src/domain/programme/referenceLists";
import { reportSheetName, templatePlans } from "../../src/domain/reports/templatePlan";
import { units, type Unit } from "../../src/domain/reports/units";
import { validateWorkbook } from "../../src/domain/reports/validateReport";
import type { SheetGrid } from "../../src/domain/sheetGrid";
import { readWorkbookGrids } from "../../src/xlsx/readWorkbookGrid";
import { sheetPlansToXlsx } from "../../src/xlsx/writeSheetPlans";
import { fixturePath, readFixture } from "../support/fixtures";

const funded = parseMatrixGrid(JSON.parse(readFixture("matrix-layouts", "second-standard-paste.grid.json")) as SheetGrid).programme;
const seed = parseEmbeddedProgramme().programme;

/** The template the CLI writes, as an .xlsx opened by ExcelJS (another program than the one that wrote it would be no different). */
async function template(programme: Programme, unitCode: string, period: string) {
  const unit = units(programme).find((u) => u.code === unitCode) as Unit;
  const p = reportingPeriods(programme.years).find((x) => x.code === period) ?? (undefined as never);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await sheetPlansToXlsx(templatePlans(programme, unit, p))) as unknown as ArrayBuffer);
  return { wb, ws: wb.getWorksheet(reportSheetName(unit, p)) as ExcelJS.Worksheet };
}

/** The column under a header of row 7, by its text. */
const columnOf = (ws: ExcelJS.Worksheet, header: string) => {
  let found = 0;
  ws.getRow(7).eachCell((cell, c) => void (cell.value === header && (found = c)));
  if (found === 0) throw new Error(`no column «${header}»`);
  return found;
};

describe("the report template's plan column, written to .xlsx and read back", () => {
  it("stands locked beside «Використано коштів», with the figures of the year and no check, while the funds keep theirs", async () => {
    const { ws } = await template(funded, "В01", "2025-H1");
    expect([6, 7].map((c) => ws.getCell(7, c).value)).toEqual(["Заплановано на 2025 рік, тис. грн", "Використано коштів, тис. грн"]);
    expect([8, 9, 10, 11].map((r) => [ws.getCell(r, 1).value, ws.getCell(r, 6).value])).toEqual([["1.1", 55], ["3.1", 720], ["3.2", 30], ["3.4", 12]]);
    expect(ws.getCell("F8").numFmt).toBe("#,##0.0");
    expect(ws.getCell("F8").protection?.locked).not.toBe(false);
    expect(ws.getCell("F8").dataValidation).toBeUndefined();
    expect(ws.getCell("G8").protection).toMatchObject({ locked: false });
    expect(ws.getCell("G8").dataValidation).toMatchObject({ type: "decimal" });
  });

  it("says «не визначено» for a programme without funding columns", async () => {
    const { ws } = await template(seed, "Р03", "2025-H1");
    expect(ws.getCell("F8").value).toBe("не визначено");
    expect(ws.getCell("F32").value).toBe("не визначено");
  });

  it("is filled in, saved and read: every figure from its own column, the plan passed over, nothing said about it", async () => {
    const { wb, ws } = await template(funded, "В01", "2025-H1");
    const at = (header: string) => columnOf(ws, header);
    expect(at("Заплановано на 2025 рік, тис. грн")).toBe(at("Використано коштів, тис. грн") - 1);
    ws.getCell("B5").value = "15.07.2025";
    for (let r = 8; r <= 11; r++) {
      ws.getCell(r, at("Стан виконання")).value = "Виконується";
      ws.getCell(r, at("Кількість проведених заходів")).value = r - 7;
      ws.getCell(r, at("Охоплено осіб")).value = 10 * (r - 7);
      ws.getCell(r, at("Використано коштів, тис. грн")).value = r === 9 ? 300.5 : 0;
      ws.getCell(r, at("Джерело фінансування")).value = r === 9 ? "Обласний бюджет" : "Не потребує фінансування";
      ws.getCell(r, at("Інформація про виконання")).value = "Заходи тривають.";
    }
    const grids = await readWorkbookGrids(new Uint8Array(await wb.xlsx.writeBuffer()));
    const [report] = validateWorkbook(grids, "r.xlsx", { programme: funded, units: units(funded), asOf: "2026-11-28" });
    expect(report?.issues).toEqual([]);
    expect(report?.rows.map((r) => [r.code, r.events, r.people, r.funds, r.source])).toEqual([["1.1", 1, 10, 0, "Не потребує фінансування"], ["3.1", 2, 20, 300.5, "Обласний бюджет"], ["3.2", 3, 30, 0, "Не потребує фінансування"], ["3.4", 4, 40, 0, "Не потребує фінансування"]]);
  });

  it("leaves a report returned on an older template, without the plan, read as before", async () => {
    const grids = await readWorkbookGrids(readFileSync(fixturePath("reports", "good", "report.xlsx")));
    expect(grids.find((g) => g.sheet.startsWith("Звіт"))?.cells.some((c) => c.value.kind === "text" && c.value.text.startsWith("Заплановано"))).toBe(false);
    const [report] = validateWorkbook(grids, "report.xlsx", { programme: seed, units: units(seed), asOf: "2026-11-28" });
    expect(report?.issues).toEqual([]);
    expect(report?.rows.length).toBeGreaterThan(20);
    expect(report?.rows.every((r) => r.valid && r.funds === 0 && r.source === "Не потребує фінансування")).toBe(true);
  });
});
