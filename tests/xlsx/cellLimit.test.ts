import { EXCEL_CELL_CHARS } from "../../src/domain/cellLimit";
import { PlanRefusedError } from "../../src/domain/plans/cellLimits";
import type { SheetPlan } from "../../src/domain/plans/sheetPlan";
import { readWorkbookGrids } from "../../src/xlsx/readWorkbookGrid";
import { sheetPlansToXlsx } from "../../src/xlsx/writeSheetPlans";
import { largeSheetPlan } from "../support/syntheticProgramme";

describe("the file renderer and Excel's 32,767 characters a cell", () => {
  const plan = largeSheetPlan(3);
  const withText = (text: string): SheetPlan => ({ ...plan, tables: plan.tables.map((x) => ({ ...x, rows: [...x.rows.slice(0, 2), ["1.30", text, 3]] })) });

  it("writes a text of exactly 32,767 characters whole", async () => {
    const limit = "ї".repeat(EXCEL_CELL_CHARS);
    const [grid] = await readWorkbookGrids(await sheetPlansToXlsx([withText(limit)]));
    expect(grid?.cells.find((c) => c.row === 3 && c.column === 1)?.value).toEqual({ kind: "text", text: limit });
  });

  it("refuses a longer one before writing anything, naming its sheet and cell, rather than leave Excel to cut it on opening", async () => {
    const refused = sheetPlansToXlsx([withText("ї".repeat(EXCEL_CELL_CHARS + 1))]);
    await expect(refused).rejects.toBeInstanceOf(PlanRefusedError);
    await expect(refused).rejects.toMatchObject({ issues: [{ code: "write.cellTooLong", severity: "error", location: { sheet: "Великий", cell: "B4" }, params: { length: EXCEL_CELL_CHARS + 1, limit: EXCEL_CELL_CHARS } }] });
  });
});
