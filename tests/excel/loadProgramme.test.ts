import { readFileSync } from "node:fs";
import type { OperationUi } from "../../src/domain/operations";
import { OWN_SHEETS } from "../../src/domain/plans/programmeSheets";
import { parseEmbeddedProgramme } from "../../src/domain/programme/embeddedProgramme";
import { createProgrammeOperations } from "../../src/excel/programmeOperations";
import { readWorkbookGrids } from "../../src/xlsx/readWorkbookGrid";
import { EVERY_HOST, HOSTS, installExcelSimulator, type InstalledSimulator } from "../support/excelSimulator";
import { fixturePath } from "../support/fixtures";
import { loadIntoSimulator } from "../support/simFromGrid";

function ui(answer: boolean): OperationUi & { asked: string[][]; steps: string[] } {
  const asked: string[][] = [];
  const steps: string[] = [];
  return {
    asked,
    steps,
    confirmReplace: async (existing) => {
      asked.push([...existing]);
      return answer;
    },
    progress: (step) => {
      steps.push(step);
    },
  };
}

const operations = createProgrammeOperations(() => "uk");

describe.each(EVERY_HOST)("loading the embedded programme on %s", (_label, apiVersion) => {
  let sim: InstalledSimulator;
  beforeEach(() => {
    sim = installExcelSimulator({ apiVersion });
  });
  afterEach(() => sim.uninstall());

  it("writes the four sheets into an empty workbook in at most 2 syncs", async () => {
    const outcome = await operations.loadEmbedded(ui(true));
    expect(outcome).toMatchObject({ kind: "loaded", counts: { tasks: 7, measures: 28, agencies: 16 } });
    expect(sim.stats.syncs.length).toBeLessThanOrEqual(2);
    expect(sim.model.sheets.map((s) => s.name)).toEqual(["Аркуш1", ...OWN_SHEETS]);
    expect(sim.model.sheets.find((s) => s.name === "Програма")?.id).toBe(sim.model.activeSheetId);
  });

  it("keeps measure codes such as 4.10 as text, not the number 4.1", async () => {
    await operations.loadEmbedded(ui(true));
    const rows = sim.model.snapshot("Програма");
    expect(rows[0]).toEqual(["№ завдання", "Завдання", "№ заходу", "Захід", "Термін виконання", "Виконавці", "К-сть виконавців"]);
    expect(rows.map((r) => r[2]).slice(1)).toEqual(allMeasureCodes());
    expect(rows.find((r) => r[2] === "4.2")?.[6]).toBe(14);
    expect(sim.model.tables.map((t) => t.name)).toEqual(["pmMeasures", "pmAgencies", "pmAssignments", "pmStatuses", "pmPeriods", "pmFunding", "pmUnits", "pmCommunities", "pmTitle"]);
  });

  it("shows a task's number and name once at the head of its measures, every row keeping its values for filters and sorts", async () => {
    await operations.loadEmbedded(ui(true));
    const sheet = sim.model.sheetByName("Програма");
    expect(sheet?.conditionalFormats.map((c) => ({ formula: c.formula, numberFormat: c.numberFormat, rect: c.rect }))).toEqual([
      { formula: "=AND(A3=A2,SUBTOTAL(103,A2)=1)", numberFormat: ";;;", rect: { row: 2, column: 0, rowCount: 27, columnCount: 1 } },
      { formula: "=AND(B3=B2,SUBTOTAL(103,B2)=1)", numberFormat: ";;;", rect: { row: 2, column: 1, rowCount: 27, columnCount: 1 } },
    ]);
    expect(sim.model.snapshot("Програма").slice(1).every((r) => r[0] !== null && r[1] !== null)).toBe(true);
  });

  it("fills the reference lists: statuses, 12 periods, funding sources, units with the 4 district administrations, an empty community list", async () => {
    await operations.loadEmbedded(ui(true));
    const rows = sim.model.snapshot("Довідники");
    const column = (c: number) => rows.slice(1).map((r) => r[c]).filter((v) => v !== null);
    expect(column(0)).toEqual(["Виконано", "Виконується", "Виконано частково", "Не виконано"]);
    expect(column(3)).toHaveLength(12);
    expect(column(3)[0]).toBe("I квартал 2023 року");
    expect(column(5)).toContain("Не потребує фінансування");
    expect(column(8).filter((n) => String(n).includes("районна державна адміністрація"))).toEqual([
      "Звенигородська районна державна адміністрація",
      "Золотоніська районна державна адміністрація",
      "Уманська районна державна адміністрація",
      "Черкаська районна державна адміністрація",
    ]);
    expect([rows[0]?.[11], rows[0]?.[12]]).toEqual(["Територіальна громада", "Район"]);
    expect([column(11), column(12)]).toEqual([[], []]);
    expect(String(rows[0]?.[14])).toMatch(/^Список громад заповнює/u);
  });

  it("sets print and freeze options where the host supports them, and says when it could not", async () => {
    const outcome = await operations.loadEmbedded(ui(true));
    const sheet = sim.model.sheetByName("Програма");
    expect(sheet?.frozenRows).toBe(1);
    if (apiVersion === HOSTS.excel2019) {
      expect(outcome).toMatchObject({ notices: ["programme.printSkipped"] });
      expect(sheet?.pageLayout.orientation).toBe("Portrait");
    } else {
      expect(outcome).toMatchObject({ notices: [] });
      expect(sheet?.pageLayout).toMatchObject({
        orientation: "Landscape",
        paperSize: "A4",
        zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
        printTitleRows: "$1:$1",
        centerFooter: "Сторінка &P з &N",
      });
    }
  });

  it("asks before replacing its own sheets, outside any batch, and a 'no' leaves the workbook byte-for-byte unchanged", async () => {
    await operations.loadEmbedded(ui(true));
    sim.model.fill("Нотатки", [["моя нотатка", 42]]);
    const before = sim.model.fingerprint();
    sim.resetStats();
    const answerNo = ui(false);
    expect(await operations.loadEmbedded(answerNo)).toEqual({ kind: "cancelled" });
    expect(answerNo.asked).toEqual([[...OWN_SHEETS]]);
    expect(sim.model.fingerprint()).toBe(before);
    expect(sim.stats.syncs).toHaveLength(1);
  });

  it("replaces only its own sheets on a 'yes', in 4 syncs (inspect; re-check, read own tables, write), and keeps what the user wrote elsewhere", async () => {
    await operations.loadEmbedded(ui(true));
    sim.model.fill("Нотатки", [["моя нотатка", 42]]);
    sim.model.fill("Аркуш1", [["дані користувача"]]);
    sim.resetStats();
    const outcome = await operations.loadEmbedded(ui(true));
    expect(outcome.kind).toBe("loaded");
    expect(sim.stats.syncs).toHaveLength(4);
    expect(sim.model.sheets.map((s) => s.name).sort()).toEqual(["Аркуш1", "Нотатки", ...OWN_SHEETS].sort());
    expect(sim.model.snapshot("Нотатки")).toEqual([["моя нотатка", 42]]);
    expect(sim.model.snapshot("Аркуш1")).toEqual([["дані користувача"]]);
    expect(sim.model.tables).toHaveLength(9);
  });
});

function allMeasureCodes(): string[] {
  return parseEmbeddedProgramme().programme.tasks.flatMap((t) => t.measures.map((m) => m.code));
}

describe("replacing when the workbook holds nothing but the add-in's sheets", () => {
  it("works, although Excel forbids deleting the last sheet", async () => {
    const sim = installExcelSimulator({ sheets: ["Програма"] });
    try {
      const outcome = await operations.loadEmbedded(ui(true));
      expect(outcome.kind).toBe("loaded");
      expect(sim.model.sheets.map((s) => s.name)).toEqual([...OWN_SHEETS]);
    } finally {
      sim.uninstall();
    }
  });
});

describe("importing a matrix pasted on the active sheet", () => {
  let sim: InstalledSimulator;
  beforeEach(() => {
    sim = installExcelSimulator();
  });
  afterEach(() => sim.uninstall());

  it("yields the same programme as the annex text, with merged task cells", async () => {
    const [pasted] = await readWorkbookGrids(readFileSync(fixturePath("matrix", "pasted-matrix.xlsx")));
    loadIntoSimulator(sim.model, [{ ...(pasted as NonNullable<typeof pasted>), sheet: "Аркуш1" }]);
    const outcome = await operations.importActiveSheet(ui(true));
    expect(outcome).toMatchObject({ kind: "loaded", counts: { tasks: 7, measures: 28, agencies: 16 }, issues: [] });
    const imported = OWN_SHEETS.map((name) => sim.model.snapshot(name));
    sim.uninstall();
    sim = installExcelSimulator();
    await operations.loadEmbedded(ui(true));
    // The same but for the title «Довідники» keeps: the pasted table has none above it.
    const title = (rows: unknown[][]) => rows.map((r) => r[15] ?? null);
    const embedded = OWN_SHEETS.map((name) => sim.model.snapshot(name));
    expect(title(embedded[3] ?? [])[1]).toBe(parseEmbeddedProgramme().programme.title);
    expect(title(imported[3] ?? [])[1]).toBeNull();
    const withoutTitle = (sheets: unknown[][][]) => sheets.map((rows, i) => (i === 3 ? rows.map((r) => r.slice(0, 15)) : rows));
    expect(withoutTitle(embedded)).toEqual(withoutTitle(imported));
  });

  it("rejects a sheet with the wrong columns, names the sheet, the header cell and the missing columns, and leaves the workbook unchanged", async () => {
    sim.model.fill("Аркуш1", [["Звіт"], [], ["Захід", "Виконавці", "Статус"], ["1) щось", "орган", "Виконано"]]);
    const before = sim.model.fingerprint();
    const outcome = await operations.importActiveSheet(ui(true));
    expect(outcome).toEqual({
      kind: "unusable",
      issues: [
        // Without a term column the programme's years would apply; without tasks there is nothing to read.
        { code: "matrix.missingColumn", severity: "error", location: { sheet: "Аркуш1", cell: "A3" }, params: { column: "task" } },
      ],
    });
    expect(sim.model.fingerprint()).toBe(before);
  });

  it("reports an empty active sheet as empty, on every host, and writes nothing", async () => {
    for (const apiVersion of [HOSTS.excel2019, HOSTS.microsoft365]) {
      sim.uninstall();
      sim = installExcelSimulator({ apiVersion });
      const before = sim.model.fingerprint();
      expect(await operations.importActiveSheet(ui(true))).toEqual({
        kind: "unusable",
        issues: [{ code: "matrix.empty", severity: "error", location: { sheet: "Аркуш1", cell: "A1" }, params: {} }],
      });
      expect(sim.model.fingerprint()).toBe(before);
    }
  });

  it("writes text that starts with '=' back as text, never as a formula", async () => {
    sim.model.fill("Аркуш1", [
      ["Найменування завдання", "Найменування заходу", "Термін виконання", "Виконавці"],
      ["1. Завдання", "1) =СУМ(навчання)", "2024 рік", "органи місцевого самоврядування"],
    ]);
    const outcome = await operations.importActiveSheet(ui(true));
    expect(outcome.kind).toBe("loaded");
    const sheet = sim.model.sheetByName("Програма");
    const cell = sheet && sim.model.cell(sheet, 1, 3);
    expect(cell).toMatchObject({ value: "=СУМ(навчання)", formula: null });
  });

  it("reports formula error values with their cell and writes nothing", async () => {
    sim.model.fill("Аркуш1", [
      ["Найменування завдання", "Найменування заходу", "Термін виконання", "Виконавці"],
      ["1. Завдання", "1) захід", "2024 рік", "#N/A"],
    ], { row: 2, column: 1 });
    const before = sim.model.fingerprint();
    const outcome = await operations.importActiveSheet(ui(true));
    expect(outcome).toMatchObject({ kind: "unusable" });
    expect(outcome.kind === "unusable" && outcome.issues).toEqual([
      { code: "matrix.cellError", severity: "error", location: { sheet: "Аркуш1", cell: "E4" }, params: { value: "#N/A" } },
      { code: "measure.noExecutors", severity: "error", location: { sheet: "Аркуш1", cell: "E4" }, params: { code: "1.1" } },
    ]);
    expect(sim.model.fingerprint()).toBe(before);
  });
});
