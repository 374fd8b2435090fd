import { readFileSync } from "node:fs";
import type { OperationUi } from "../../src/domain/operations";
import type { SheetGrid } from "../../src/domain/sheetGrid";
import { createProgrammeOperations } from "../../src/excel/programmeOperations";
import { createReportOperations } from "../../src/excel/reportOperations";
import { HIGHLIGHT_FORMULA } from "../../src/excel/reportSheets";
import { readWorkbookGrids } from "../../src/xlsx/readWorkbookGrid";
import { sheetPlansToXlsx } from "../../src/xlsx/writeSheetPlans";
import { EVERY_HOST, HOSTS, installExcelSimulator, PAYLOAD_LIMIT_BYTES, type InstalledSimulator } from "../support/excelSimulator";
import { fixturePath } from "../support/fixtures";
import { loadIntoSimulator } from "../support/simFromGrid";

const yes: OperationUi = { confirmReplace: async () => true, progress: () => undefined };
const SHEET = "Звіт Р03 2025-H1";
const checks = createReportOperations({ today: () => "2026-11-28", renderXlsx: sheetPlansToXlsx, policy: { delaysMs: [1] } });

async function reportGrids(name: string): Promise<SheetGrid[]> {
  return readWorkbookGrids(readFileSync(fixturePath("reports", name, "report.xlsx")));
}

/** A report sheet of `rows` data rows: the good report's rows repeated, so every repeat is a duplicate code. */
function grown(grid: SheetGrid, rows: number): SheetGrid {
  const body = grid.cells.filter((c) => c.row >= 7);
  const head = grid.cells.filter((c) => c.row < 7);
  const span = Math.max(...body.map((c) => c.row)) - 6;
  const cells = [...head];
  for (let r = 0; r < rows; r++) for (const c of body.filter((x) => x.row === 7 + (r % span))) cells.push({ ...c, row: 7 + r });
  return { ...grid, cells };
}

describe.each(EVERY_HOST)("checking report sheets in Excel on %s", (_label, apiVersion) => {
  let sim: InstalledSimulator;
  beforeEach(async () => {
    sim = installExcelSimulator({ apiVersion });
    await createProgrammeOperations(() => "uk").loadEmbedded(yes);
  });
  afterEach(() => sim.uninstall());

  function activate(name: string): void {
    const sheet = sim.model.sheetByName(name);
    if (sheet) sim.model.activeSheetId = sheet.id;
  }

  it("finds the same issues as the file check, reads in two syncs and highlights in two (the sheet's formats, then the new ones)", async () => {
    loadIntoSimulator(sim.model, (await reportGrids("partly-no-texts")).filter((g) => g.sheet === SHEET));
    activate(SHEET);
    sim.resetStats();
    const outcome = await checks.check("active");
    expect(outcome.issues.map((i) => [i.code, i.location.sheet, i.location.cell])).toEqual([
      ["report.info.missing", SHEET, "H8"],
      ["report.reasons.missing", SHEET, "I8"],
    ]);
    expect(outcome.reports).toEqual([{ sheet: SHEET, unit: "Уманська РДА", period: "2025-H1", rows: 25, errors: 2, warnings: 0, infos: 0 }]);
    expect(outcome.notices).toEqual([]);
    expect(sim.stats.syncs).toHaveLength(4);
    const sheet = sim.model.sheetByName(SHEET);
    expect(sheet?.conditionalFormats.map((c) => [c.rect, c.formula, c.fill])).toEqual([
      [{ row: 7, column: 7, rowCount: 1, columnCount: 1 }, HIGHLIGHT_FORMULA, "#FFC7CE"],
      [{ row: 7, column: 8, rowCount: 1, columnCount: 1 }, HIGHLIGHT_FORMULA, "#FFC7CE"],
    ]);
  });

  it("checks again after a fix: the fixed cell loses its colour, the others keep one highlight each, the user's own format stays", async () => {
    loadIntoSimulator(sim.model, (await reportGrids("partly-no-texts")).filter((g) => g.sheet === SHEET));
    activate(SHEET);
    const sheet = sim.model.sheetByName(SHEET) as NonNullable<ReturnType<typeof sim.model.sheetByName>>;
    await Excel.run(async (context) => {
      const own = context.workbook.worksheets.getItem(SHEET).getRange("A1").conditionalFormats.add(Excel.ConditionalFormatType.custom);
      own.custom.rule.formula = "=TRUE";
      own.custom.format.fill.color = "#00FF00";
      await context.sync();
    });
    await checks.check("active");
    sim.model.cellForWrite(sheet, 7, 7).value = "Проведено навчання для 40 фахівців.";
    sim.resetStats();
    const again = await checks.check("active");
    expect(again.issues.map((i) => [i.code, i.location.cell])).toEqual([["report.reasons.missing", "I8"]]);
    // Two to read, two to find the old highlights (formats, their rules), one to remove them and add the new.
    expect(sim.stats.syncs).toHaveLength(5);
    expect(sheet.conditionalFormats.map((c) => [c.rect, c.formula, c.fill])).toEqual([
      [{ row: 0, column: 0, rowCount: 1, columnCount: 1 }, "=TRUE", "#00FF00"],
      [{ row: 7, column: 8, rowCount: 1, columnCount: 1 }, HIGHLIGHT_FORMULA, "#FFC7CE"],
    ]);
  });

  it("checks the active sheet of a workbook with two units' reports by its own header, not by the other sheet's metadata", async () => {
    loadIntoSimulator(sim.model, await reportGrids("sheets-two-units"));
    activate("Звіт Р01 2025-H1");
    const outcome = await checks.check("active");
    expect(outcome.reports).toEqual([{ sheet: "Звіт Р01 2025-H1", unit: "Звенигородська РДА", period: "2025-H1", rows: 25, errors: 0, warnings: 0, infos: 0 }]);
    activate(SHEET);
    expect((await checks.check("all")).reports.map((r) => [r.sheet, r.unit, r.errors])).toEqual([[SHEET, "Уманська РДА", 0], ["Звіт Р01 2025-H1", "Звенигородська РДА", 0]]);
  });

  it("clears its own highlights and leaves the user's conditional formats alone", async () => {
    loadIntoSimulator(sim.model, (await reportGrids("partly-no-texts")).filter((g) => g.sheet === SHEET));
    activate(SHEET);
    const sheet = sim.model.sheetByName(SHEET);
    sheet?.conditionalFormats.push({ id: 999, type: "Custom", rect: { row: 7, column: 7, rowCount: 1, columnCount: 1 }, formula: "=H8=\"\"", fill: "#00FF00", numberFormat: null });
    await checks.check("active");
    expect(sheet?.conditionalFormats).toHaveLength(3);
    expect(await checks.clearHighlights()).toEqual({ removed: 2, protectedSheets: [] });
    expect(sheet?.conditionalFormats.map((c) => c.id)).toEqual([999]);
  });

  it("takes the communities and the programme from the workbook, and names the cell it shows", async () => {
    loadIntoSimulator(sim.model, (await reportGrids("measure-row-deleted")).filter((g) => g.sheet === SHEET));
    activate(SHEET);
    const outcome = await checks.check("all");
    expect(outcome.issues.map((i) => i.code)).toEqual(["report.measure.missing"]);
    await checks.showCell(SHEET, "C9");
    expect(sim.model.selection?.rect).toEqual({ row: 8, column: 2, rowCount: 1, columnCount: 1 });
    expect(sim.model.activeSheetId).toBe(sim.model.sheetByName(SHEET)?.id);
  });

  it("lists but does not highlight issues on a protected sheet, and says so", async () => {
    loadIntoSimulator(sim.model, (await reportGrids("status-unknown")).filter((g) => g.sheet === SHEET));
    activate(SHEET);
    const sheet = sim.model.sheetByName(SHEET);
    if (sheet) sheet.protected = true;
    const outcome = await checks.check("active");
    expect(outcome.issues.map((i) => i.code)).toEqual(["report.status.unknown"]);
    expect(outcome.highlighted).toBe(0);
    expect(outcome.notices).toEqual(["check.protectedNotHighlighted"]);
  });

  it.each([28, 2800])("reads %i rows in 2 syncs and highlights in 2, every request under 5 MB", async (rows) => {
    const [report] = (await reportGrids("good")).filter((g) => g.sheet === SHEET);
    loadIntoSimulator(sim.model, [grown(report as SheetGrid, rows)]);
    activate(SHEET);
    sim.resetStats();
    const outcome = await checks.check("active");
    expect(outcome.reports[0]?.rows).toBe(rows);
    expect(sim.stats.syncs).toHaveLength(4);
    for (const s of sim.stats.syncs) expect(s.payloadBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    expect(outcome.highlighted).toBe(rows - 25);
  });
});

describe("a report sheet too large for one response", () => {
  it("is read sheet by sheet in row blocks instead, and still checked whole", async () => {
    const sim = installExcelSimulator();
    try {
      await createProgrammeOperations(() => "uk").loadEmbedded(yes);
      const [report] = (await reportGrids("good")).filter((g) => g.sheet === SHEET);
      const big = grown(report as SheetGrid, 2800);
      const long = "Проведено навчання для фахівців громад з питань виявлення ознак торгівлі людьми. ".repeat(12);
      loadIntoSimulator(sim.model, [{ ...big, cells: big.cells.map((c) => (c.column === 7 && c.row > 6 ? { ...c, value: { kind: "text" as const, text: long } } : c)) }]);
      const sheet = sim.model.sheetByName(SHEET);
      if (sheet) sim.model.activeSheetId = sheet.id;
      sim.resetStats();
      const outcome = await checks.check("active");
      expect(outcome.reports[0]?.rows).toBe(2800);
      expect(sim.stats.syncs.some((s) => s.responseBytes > PAYLOAD_LIMIT_BYTES)).toBe(true);
      expect(outcome.issues.filter((i) => i.code === "report.text.long")).toHaveLength(0);
      expect(outcome.highlighted).toBe(2800 - 25);
    } finally {
      sim.uninstall();
    }
  });
});

describe("report templates in Excel", () => {
  let sim: InstalledSimulator;
  afterEach(() => sim.uninstall());

  it.each([
    [HOSTS.microsoft365, true],
    [HOSTS.excel2019, false],
  ])("on ExcelApi %s writes a protected sheet with codes locked and inputs unlocked; dropdowns only where 1.8 allows", async (apiVersion, dropdowns) => {
    sim = installExcelSimulator({ apiVersion });
    await createProgrammeOperations(() => "uk").loadEmbedded(yes);
    const choices = await checks.templateChoices();
    expect(choices.newWorkbook).toBe(dropdowns);
    expect(choices.units.map((u) => u.code)).toContain("Р03");
    const outcome = await checks.createTemplate("Р03", "2025-H1", "sheet", async () => true);
    expect(outcome).toEqual({ kind: "created", where: "sheet", name: SHEET, notices: dropdowns ? [] : ["template.noDropdowns"], removedLeftovers: [] });
    const sheet = sim.model.sheetByName(SHEET);
    expect(sheet?.protected).toBe(true);
    const cell = (a1: [number, number]) => (sheet ? sim.model.cell(sheet, a1[0], a1[1]) : undefined);
    expect(cell([7, 0])).toMatchObject({ value: "1.1", locked: true });
    expect(cell([7, 2])?.locked).toBe(false);
    expect(cell([7, 2])?.validation?.["rule"] ?? null).toEqual(dropdowns ? { list: { inCellDropDown: true, source: "Виконано,Виконується,Виконано частково,Не виконано" } } : null);
    // The plan for the year stands locked beside the funds used, with no check; the annex gives none.
    expect([cell([6, 5])?.value, cell([6, 6])?.value]).toEqual(["Заплановано на 2025 рік, тис. грн", "Використано коштів, тис. грн"]);
    expect(cell([7, 5])).toMatchObject({ value: "не визначено", locked: true });
    expect(cell([7, 5])?.validation ?? null).toBeNull();
    expect(cell([7, 6])?.locked).toBe(false);
    const check = await checks.check("active");
    // Read back, the plan is no answer and no unknown column: nothing is said of it.
    expect(check.reports[0]).toMatchObject({ unit: "Уманська РДА", period: "2025-H1", rows: 25, errors: 25, infos: 0 });
  });

  it("opens a template as a new workbook where ExcelApi 1.8 allows, with its metadata sheet", async () => {
    sim = installExcelSimulator();
    await createProgrammeOperations(() => "uk").loadEmbedded(yes);
    const outcome = await checks.createTemplate("Р03", "2025-H1", "workbook", async () => true);
    expect(outcome).toMatchObject({ kind: "created", where: "workbook", name: "Р03_Уманська_РДА_2025-H1.xlsx" });
    const [created] = sim.model.createdWorkbooks;
    const grids = await readWorkbookGrids(Buffer.from(created ?? "", "base64"));
    expect(grids.map((g) => [g.sheet, g.visibility])).toEqual([[SHEET, "visible"], ["pm_meta", "veryHidden"]]);
  });
});
