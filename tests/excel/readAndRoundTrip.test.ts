import { readFileSync } from "node:fs";
import type { OperationUi } from "../../src/domain/operations";
import { parseEmbeddedProgramme } from "../../src/domain/programme/embeddedProgramme";
import { parseMatrixGrid } from "../../src/domain/programme/parseMatrixGrid";
import type { SheetGrid } from "../../src/domain/sheetGrid";
import { needsTextGuard } from "../../src/excel/cellInput";
import { createProgrammeOperations } from "../../src/excel/programmeOperations";
import { readSheetGrid } from "../../src/excel/readSheetGrid";
import { writeOwnSheets } from "../../src/excel/writeOwnSheets";
import { readWorkbookGrids } from "../../src/xlsx/readWorkbookGrid";
import { HOSTS, installExcelSimulator, type InstalledSimulator } from "../support/excelSimulator";
import { fixturePath, readFixture } from "../support/fixtures";
import { loadIntoSimulator } from "../support/simFromGrid";
import { largeSheetPlan } from "../support/syntheticProgramme";

const yes: OperationUi = { confirmReplace: async () => true, progress: () => undefined };

describe("reading cells as they really are", () => {
  let sim: InstalledSimulator;
  afterEach(() => sim.uninstall());

  it("gives the same grid through the file adapter and through Office.js, and the expected one", async () => {
    const expected = JSON.parse(readFixture("grid", "cell-kinds.expected.json")) as SheetGrid[];
    const fromFile = await readWorkbookGrids(readFileSync(fixturePath("grid", "cell-kinds.xlsx")));
    expect(fromFile).toEqual(expected);
    sim = installExcelSimulator({ sheets: ["Дані"] });
    loadIntoSimulator(sim.model, fromFile);
    const fromExcel = await readSheetGrid("Дані");
    const hidden = await readSheetGrid("Старе");
    const { syncs, ...grid } = fromExcel;
    expect(grid).toEqual(expected[0]);
    expect({ ...hidden, syncs: undefined }).toEqual({ ...expected[1], syncs: undefined });
    expect(syncs).toBe(2);
  });

  it("reads merged areas only where the host can report them, and says so", async () => {
    sim = installExcelSimulator({ sheets: ["Дані"], apiVersion: HOSTS.excel2019 });
    loadIntoSimulator(sim.model, await readWorkbookGrids(readFileSync(fixturePath("grid", "cell-kinds.xlsx"))));
    const grid = await readSheetGrid("Дані");
    expect({ merges: grid.merges, mergesKnown: grid.mergesKnown }).toEqual({ merges: [], mergesKnown: false });
  });

  it("reads a sheet too large for one response in row blocks, every response under the limit but the refused one", async () => {
    sim = installExcelSimulator();
    await writeOwnSheets([largeSheetPlan()], yes);
    sim.resetStats();
    const grid = await readSheetGrid("Великий");
    expect(grid.cells).toHaveLength(60_003);
    expect(grid.cells.at(-1)).toEqual({ row: 20_000, column: 2, value: { kind: "number", value: 19_999 } });
    expect(grid.syncs).toBe(sim.stats.syncs.length);
  });
});

describe.each(["uk", "en"] as const)("the add-in's own «Програма» sheet in %s", (locale) => {
  let sim: InstalledSimulator;
  beforeEach(() => {
    sim = installExcelSimulator();
  });
  afterEach(() => sim.uninstall());

  it("imports back into the same programme it was written from", async () => {
    const original = parseEmbeddedProgramme().programme;
    await createProgrammeOperations(() => locale).loadEmbedded(yes);
    const parsed = parseMatrixGrid(await readSheetGrid("Програма"));
    expect(parsed.issues).toEqual([]);
    expect(parsed.programme.tasks).toEqual(original.tasks);
    expect(parsed.programme.agencies).toEqual(original.agencies);
    expect(parsed.programme.years).toEqual(original.years);
  });
});

describe.each(["uk-UA", "en-US"] as const)("text Excel would reinterpret, written under %s", (simLocale) => {
  const TEXTS = ["=СУМ(A1)", "+380 67 000 00 00", "-", "- пункт", "@ЧОДА", "01.02.2025", "2025-02-01", "10:30", "(5)", "5%", "1,5", "1 000", "4.10", "TRUE", "#N/A", "#DIV/0!", "#REF!", "1e5", "'цитата"];
  let sim: InstalledSimulator;
  beforeEach(() => {
    sim = installExcelSimulator({ locale: simLocale });
  });
  afterEach(() => sim.uninstall());

  it("stays exactly the text it was, never a number, date, formula or error value", async () => {
    const plan = largeSheetPlan(0);
    const table = plan.tables[0] as (typeof plan.tables)[number];
    const rows = TEXTS.map((text, i) => [text, text, i]);
    await writeOwnSheets([{ ...plan, tables: [{ ...table, rows }] }], yes);
    const grid = await readSheetGrid("Великий");
    const column = (c: number) => grid.cells.filter((x) => x.column === c && x.row > 0).map((x) => [x.value, x.formula]);
    expect(column(0)).toEqual(TEXTS.map((text) => [{ kind: "text", text }, undefined]));
    expect(TEXTS.every(needsTextGuard)).toBe(true);
    expect(needsTextGuard("Управління освіти")).toBe(false);
  });
});

describe.each([
  ["Excel 2019 (no merged areas reported)", HOSTS.excel2019],
  ["Microsoft 365", HOSTS.microsoft365],
])("a matrix pasted from Word onto the active sheet, on %s", (_label, apiVersion) => {
  it("imports into the programme of the annex text", async () => {
    const sim = installExcelSimulator({ apiVersion });
    try {
      const [sheet] = await readWorkbookGrids(readFileSync(fixturePath("matrix", "word-paste.xlsx")));
      loadIntoSimulator(sim.model, [{ ...(sheet as SheetGrid), sheet: "Аркуш1" }]);
      const outcome = await createProgrammeOperations(() => "uk").importActiveSheet(yes);
      expect(outcome).toMatchObject({ kind: "loaded", counts: { tasks: 7, measures: 28, agencies: 16 }, issues: [] });
    } finally {
      sim.uninstall();
    }
  });
});
