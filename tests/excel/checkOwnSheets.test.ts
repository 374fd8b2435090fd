import { t } from "../../src/domain/messages";
import { units } from "../../src/domain/reports/units";
import { createProgrammeOperations } from "../../src/excel/programmeOperations";
import { createReportOperations } from "../../src/excel/reportOperations";
import { sheetPlansToXlsx } from "../../src/xlsx/writeSheetPlans";
import { EVERY_HOST, installExcelSimulator, type InstalledSimulator } from "../support/excelSimulator";
import { consolidationOperations, programme, reportFiles, yes } from "../support/consolidation";

const checks = createReportOperations({ today: () => "2026-11-28", renderXlsx: sheetPlansToXlsx });

describe.each(EVERY_HOST)("checking reports in a workbook that holds the summaries, on %s", (_label, apiVersion) => {
  let sim: InstalledSimulator;
  beforeEach(async () => {
    sim = installExcelSimulator({ apiVersion });
    await createProgrammeOperations(() => "uk").loadEmbedded(yes);
    const outcome = await consolidationOperations().importFiles(await reportFiles(units(programme).filter((u) => u.type === "districtAdministration").slice(0, 2)), yes);
    if (outcome.kind !== "imported") throw new Error(outcome.kind);
  });
  afterEach(() => sim.uninstall());

  it("«Перевірити всі звіти» never takes «Дані» or a summary for a report, nor colours a cell of them", async () => {
    const addinSheets = ["Дані", "Журнал імпорту", "Зведення", "За заходами", "Звіт про виконання"];
    expect(addinSheets.every((s) => sim.model.sheetByName(s) !== undefined)).toBe(true);
    const outcome = await checks.check("all");
    // Only the workbook's own empty first sheet is looked at.
    expect(outcome.reports.map((r) => r.sheet)).toEqual(["Аркуш1"]);
    expect(outcome.highlighted).toBe(0);
    expect(sim.model.sheets.flatMap((s) => s.conditionalFormats.filter((c) => c.fill !== null).map(() => s.name))).toEqual([]);
  });

  it("«Перевірити цей аркуш» on «Дані» says it is the add-in's own sheet, not a report, and colours nothing", async () => {
    sim.model.activeSheetId = sim.model.sheetByName("Дані")?.id ?? -1;
    const outcome = await checks.check("active");
    expect(outcome.notices).toContain("check.activeIsAddinSheet");
    expect(outcome.highlighted).toBe(0);
    expect(t("uk", "check.activeIsAddinSheet")).toContain("не звіт");
  });
});
