import { readFileSync } from "node:fs";
import { runCheckReports } from "../../src/commands/checkReportsCommand";
import type { DialogAnswer, DialogRequest } from "../../src/commands/dialogProtocol";
import { createProgrammeOperations } from "../../src/excel/programmeOperations";
import { createReportOperations } from "../../src/excel/reportOperations";
import { readWorkbookGrids } from "../../src/xlsx/readWorkbookGrid";
import { sheetPlansToXlsx } from "../../src/xlsx/writeSheetPlans";
import { EVERY_HOST, installExcelSimulator } from "../support/excelSimulator";
import { fixturePath } from "../support/fixtures";
import { loadIntoSimulator } from "../support/simFromGrid";

describe.each(EVERY_HOST)("the ribbon button «Перевірити звіти» on %s", (_label, apiVersion) => {
  it("checks every report sheet in one click, highlights, and reports the counts in a dialog", async () => {
    const sim = installExcelSimulator({ apiVersion });
    try {
      await createProgrammeOperations(() => "uk").loadEmbedded({ confirmReplace: async () => true, progress: () => undefined });
      for (const name of ["status-unknown", "funds-no-source"]) {
        const grids = await readWorkbookGrids(readFileSync(fixturePath("reports", name, "report.xlsx")));
        loadIntoSimulator(sim.model, grids.filter((g) => g.sheet !== "pm_meta").map((g) => ({ ...g, sheet: `${g.sheet.slice(0, 20)} ${name.slice(0, 6)}` })));
      }
      const shown: DialogRequest[] = [];
      const dialog = async (r: DialogRequest): Promise<DialogAnswer> => {
        shown.push(r);
        return "closed";
      };
      await runCheckReports("uk", createReportOperations({ today: () => "2026-11-28", renderXlsx: sheetPlansToXlsx }), dialog);
      expect(shown).toHaveLength(1);
      expect(shown[0]?.text.split("\n")[0]).toBe("Перевірено звітів: 2. Помилок: 1, попереджень: 1, довідок: 0. Підсвічено клітинок: 2.");
      expect(shown[0]?.text).toContain("Уманська РДА, I півріччя 2025 року — 25 рядків; помилок 1");
      // No community is listed in «Довідники»: the dialog says so, as the pane does.
      expect(shown[0]?.text).toContain("жодної громади не вказано");
      // In English the period is named in English too.
      await runCheckReports("en", createReportOperations({ today: () => "2026-11-28", renderXlsx: sheetPlansToXlsx }), dialog);
      expect(shown[1]?.text).toContain("Уманська РДА, H1 2025 — 25 rows");
      expect(shown[1]?.text).not.toContain("півріччя");
      // The two highlights; the «Програма» sheet's own formats (task names shown once) are not the check's.
      expect(sim.model.sheets.flatMap((s) => s.conditionalFormats).filter((c) => c.fill !== null)).toHaveLength(2);
    } finally {
      sim.uninstall();
    }
  });
});
