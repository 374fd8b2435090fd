import { createHash } from "node:crypto";
import { demoReports } from "../../src/domain/consolidation/demoReports";
import type { ImportUi } from "../../src/domain/consolidation/operations";
import { SUMMARY_SHEETS } from "../../src/domain/consolidation/summarySheets";
import type { OperationUi } from "../../src/domain/operations";
import { parseEmbeddedProgramme } from "../../src/domain/programme/embeddedProgramme";
import { reportingPeriods } from "../../src/domain/programme/referenceLists";
import { META_SHEET } from "../../src/domain/reports/reportFormat";
import { units } from "../../src/domain/reports/units";
import { createConsolidationOperations } from "../../src/excel/consolidationOperations";
import { createProgrammeOperations } from "../../src/excel/programmeOperations";
import { readWorkbookGrids } from "../../src/xlsx/readWorkbookGrid";
import { readSourceBytes } from "../../src/xlsx/readSource";
import { sheetPlansToXlsx } from "../../src/xlsx/writeSheetPlans";
import { HOSTS, installExcelSimulator, type InstalledSimulator } from "../support/excelSimulator";
import { loadIntoSimulator } from "../support/simFromGrid";

const programme = parseEmbeddedProgramme().programme;
const H1 = reportingPeriods(programme.years).find((p) => p.code === "2025-H1") as NonNullable<ReturnType<typeof reportingPeriods>[number]>;
const yes: OperationUi & ImportUi = { confirmReplace: async () => true, progress: () => undefined, confirmPersonalData: async () => true };
const ops = createConsolidationOperations({
  readFile: readSourceBytes,
  sha256: async (b) => createHash("sha256").update(b).digest("hex"),
  now: () => "2026-11-28 10:00:00",
  today: () => "2026-11-28",
  locale: () => "uk",
  policy: { delaysMs: [1] },
});

describe.each([
  ["Excel 2019 (ExcelApi 1.7)", HOSTS.excel2019],
  ["Microsoft 365", HOSTS.microsoft365],
])("importing report sheets copied into the workbook on %s", (_label, apiVersion) => {
  let sim: InstalledSimulator;
  beforeEach(async () => {
    sim = installExcelSimulator({ apiVersion });
    await createProgrammeOperations(() => "uk").loadEmbedded(yes);
  });
  afterEach(() => sim.uninstall());

  /** What an official does by hand: copies the report sheet of a returned file (its hidden metadata stays behind). */
  async function copyIn(count: number): Promise<string[]> {
    const districts = units(programme).filter((u) => u.type === "districtAdministration").slice(0, count);
    const names: string[] = [];
    for (const r of demoReports(programme, districts, H1, "15.07.2025", "01.08.2025")) {
      const grids = (await readWorkbookGrids(await sheetPlansToXlsx(r.plans))).filter((g) => g.sheet !== META_SHEET);
      loadIntoSimulator(sim.model, grids);
      names.push(...grids.map((g) => g.sheet));
    }
    return names;
  }

  it("validates and consolidates every report sheet in three syncs, with the sheet as provenance, and passes over other sheets", async () => {
    const sheets = await copyIn(2);
    sim.model.fill("Мої нотатки", [["нарада 12.12"]]);
    sim.resetStats();
    const outcome = await ops.importSheets(yes);
    expect(sim.stats.syncs.length).toBe(3);
    expect(outcome.kind === "imported" && outcome.files.map((f) => [f.file, f.status])).toEqual(sheets.map((s, i) => [`ця книга: ${s}`, i === 0 ? "accepted" : "acceptedWithWarnings"]));
    const data = sim.model.snapshot(SUMMARY_SHEETS.data);
    const provenance = new Set(data.slice(1).map((r) => `${String(r[12])} | ${String(r[13])}`));
    expect([...provenance]).toEqual(sheets.map((s) => `ця книга: ${s} | ${s}`));
  });

  it("skips sheets already imported unchanged, and says so when the workbook holds no report sheet", async () => {
    await copyIn(1);
    await ops.importSheets(yes);
    const before = sim.model.fingerprint();
    const again = await ops.importSheets(yes);
    expect(again.kind === "imported" && again.files.map((f) => f.status)).toEqual(["skipped"]);
    sim.uninstall();
    sim = installExcelSimulator({ apiVersion });
    await createProgrammeOperations(() => "uk").loadEmbedded(yes);
    const empty = sim.model.fingerprint();
    expect(await ops.importSheets(yes)).toEqual({ kind: "noReports" });
    expect(sim.model.fingerprint()).toBe(empty);
    expect(before).not.toBe(empty);
  });
});
