import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import { programmeSheetPlans, OWN_SHEETS } from "../../src/domain/plans/programmeSheets";
import { parseEmbeddedProgramme } from "../../src/domain/programme/embeddedProgramme";
import { parseMatrixGrid } from "../../src/domain/programme/parseMatrixGrid";
import { readWorkbookGrids } from "../../src/xlsx/readWorkbookGrid";
import { sheetPlansToXlsx } from "../../src/xlsx/writeSheetPlans";
import { fixturePath } from "../support/fixtures";

describe("the xlsx renderer of sheet plans", () => {
  const parsed = parseEmbeddedProgramme();

  it("writes every plan as a sheet with its tables and print settings", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await sheetPlansToXlsx(programmeSheetPlans(parsed.programme))) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual([...OWN_SHEETS]);
    const ws = wb.getWorksheet("Програма");
    expect(ws?.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: "1:1" });
    expect(ws?.headerFooter.oddFooter).toBe("&CСторінка &P з &N");
    expect(ws?.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(Object.keys((ws as unknown as { tables: Record<string, unknown> }).tables)).toEqual(["pmMeasures"]);
    expect(ws?.getCell("C19").value).toBe("4.10");
    expect(ws?.getCell("C19").numFmt).toBe("@");
  });

  it("reads a pasted matrix with merged task cells into the same programme as the annex text", async () => {
    const [sheet] = await readWorkbookGrids(readFileSync(fixturePath("matrix", "pasted-matrix.xlsx")));
    const fromGrid = parseMatrixGrid(sheet as NonNullable<typeof sheet>, { file: "pasted-matrix.xlsx" });
    expect(fromGrid.issues).toEqual([]);
    expect(fromGrid.programme.tasks).toEqual(parsed.programme.tasks);
    expect(fromGrid.programme.agencies).toEqual(parsed.programme.agencies);
  });

  it("refuses bytes that are not a workbook with an exception the CLI turns into a message", async () => {
    await expect(readWorkbookGrids(Buffer.from("not a zip file"))).rejects.toThrow();
  });
});

describe("the annex pasted from Word, as LibreOffice Calc lays it out (scripts/make-word-paste-fixture.ts)", () => {
  it("reads paragraphs split over rows and merged task, term and executor cells into the programme of the annex text", async () => {
    const [sheet] = await readWorkbookGrids(readFileSync(fixturePath("matrix", "word-paste.xlsx")));
    expect(sheet?.merges.length).toBeGreaterThan(7);
    const parsed = parseMatrixGrid(sheet as NonNullable<typeof sheet>, { file: "word-paste.xlsx" });
    const annex = parseEmbeddedProgramme().programme;
    expect(parsed.issues).toEqual([]);
    expect(parsed.programme.tasks).toEqual(annex.tasks);
    expect(parsed.programme.agencies).toEqual(annex.agencies);
  });
});
