import { demoReports } from "../../src/domain/consolidation/demoReports";
import { SUMMARY_SHEETS } from "../../src/domain/consolidation/summarySheets";
import { META_SHEET } from "../../src/domain/reports/reportFormat";
import { units } from "../../src/domain/reports/units";
import { createProgrammeOperations } from "../../src/excel/programmeOperations";
import { readWorkbookGrids } from "../../src/xlsx/readWorkbookGrid";
import { sheetPlansToXlsx } from "../../src/xlsx/writeSheetPlans";
import { EVERY_HOST, installExcelSimulator, type InstalledSimulator } from "../support/excelSimulator";
import { loadIntoSimulator } from "../support/simFromGrid";
import { consolidationOperations, H1, programme, yes } from "../support/consolidation";

const ops = consolidationOperations();

describe.each(EVERY_HOST)("importing report sheets copied into the workbook on %s", (_label, apiVersion) => {
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
    expect(await ops.importSheets(yes)).toEqual({ kind: "noReports", notes: [] });
    expect(sim.model.fingerprint()).toBe(empty);
    expect(before).not.toBe(empty);
  });

  it("never takes a hidden report sheet (a draft), even one listed first: it is named in an info, and the visible report is taken", async () => {
    const [draft, report] = await copyIn(2);
    const hide = (name: string | undefined, how: "Hidden" | "VeryHidden") => {
      const sheet = sim.model.sheetByName(name ?? "");
      if (sheet === undefined) throw new Error(`no sheet ${String(name)}`);
      sim.model.setVisibility(sheet, how);
    };
    hide(draft, "VeryHidden");
    const outcome = await ops.importSheets(yes);
    if (outcome.kind !== "imported") throw new Error(`expected an import, got ${outcome.kind}`);
    expect(outcome.files.map((f) => f.file)).toEqual([`ця книга: ${String(report)}`]);
    expect(outcome.notes.filter((n) => n.code !== "units.noCommunities").map((n) => [n.code, n.severity, n.params["sheet"]])).toEqual([["report.hiddenSheet", "info", draft]]);
    const data = sim.model.snapshot(SUMMARY_SHEETS.data);
    expect(new Set(data.slice(1).map((r) => String(r[13])))).toEqual(new Set([report]));
  });

  it("says no report was found, and names the hidden report sheet, when the only report is hidden; nothing is written", async () => {
    const [only] = await copyIn(1);
    const sheet = sim.model.sheetByName(only ?? "");
    if (sheet === undefined) throw new Error("no report sheet");
    sim.model.setVisibility(sheet, "Hidden");
    const before = sim.model.fingerprint();
    const outcome = await ops.importSheets(yes);
    expect(outcome.kind === "noReports" && outcome.notes.map((n) => [n.code, n.params["sheet"]])).toEqual([["report.hiddenSheet", only]]);
    expect(sim.model.fingerprint()).toBe(before);
  });
});
