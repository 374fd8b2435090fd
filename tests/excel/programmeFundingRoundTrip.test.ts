import { readFileSync } from "node:fs";
import type { OperationUi } from "../../src/domain/operations";
import { programmeSheetPlans } from "../../src/domain/plans/programmeSheets";
import { parseMatrixGrid } from "../../src/domain/programme/parseMatrixGrid";
import type { SheetGrid } from "../../src/domain/sheetGrid";
import { readSheetGrid } from "../../src/excel/readSheetGrid";
import { writeOwnSheets } from "../../src/excel/writeOwnSheets";
import { HOSTS, installExcelSimulator } from "../support/excelSimulator";
import { fixturePath } from "../support/fixtures";

const yes: OperationUi = { confirmReplace: async () => true, progress: () => undefined };

describe.each([
  ["Excel 2019", HOSTS.excel2019],
  ["Microsoft 365", HOSTS.microsoft365],
])("«Програма» with planned funding and expected results, written to Excel and read back, on %s", (_label, apiVersion) => {
  it.each(["uk-UA", "en-US"] as const)("gives the same programme under %s regional settings", async (locale) => {
    const grid = JSON.parse(readFileSync(fixturePath("matrix-layouts", "second-standard-paste.grid.json"), "utf8")) as SheetGrid;
    const funded = parseMatrixGrid(grid).programme;
    const sim = installExcelSimulator({ apiVersion, locale });
    try {
      await writeOwnSheets(programmeSheetPlans(funded), yes);
      const again = parseMatrixGrid(await readSheetGrid("Програма"));
      expect(again.issues.map((i) => i.code)).toEqual(["measure.termUnreadable"]);
      expect(again.programme.tasks).toEqual(funded.tasks);
      expect(again.programme.fundingYears).toEqual(funded.fundingYears);
      // Multi-line amounts such as «1 234,5 / 300,0» stay text, never a number Excel made of them.
      const column = (await readSheetGrid("Програма")).cells.filter((c) => c.row === 3 && c.column === 8).map((c) => c.value);
      expect(column).toEqual([{ kind: "text", text: "1\u00A0234,5\n300,0" }]);
    } finally {
      sim.uninstall();
    }
  });
});
