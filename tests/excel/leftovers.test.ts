import type { DialogAnswer, DialogRequest } from "../../src/commands/dialogProtocol";
import { runBuildSummaries } from "../../src/commands/buildSummariesCommand";
import { runLoadProgramme } from "../../src/commands/loadProgrammeCommand";
import { OWN_SHEETS } from "../../src/domain/plans/programmeSheets";
import { SUMMARY_SHEETS } from "../../src/domain/consolidation/summarySheets";
import { units } from "../../src/domain/reports/units";
import { createProgrammeOperations } from "../../src/excel/programmeOperations";
import { consolidationOperations, programme, reportFiles, yes } from "../support/consolidation";
import { EVERY_HOST, installExcelSimulator, type InstalledSimulator } from "../support/excelSimulator";

const FAST = { delaysMs: [1, 1] };
const sheetNames = (sim: InstalledSimulator) => sim.model.sheets.map((s) => s.name);
const temporary = (sim: InstalledSimulator) => sheetNames(sim).filter((n) => /^~(new|old)~.*~\d+$/u.test(n));

/** A ribbon user who answers every question with «yes» and reads every report. */
function ribbonUser() {
  const reports: string[] = [];
  const dialog = async (r: DialogRequest): Promise<DialogAnswer> => (r.mode === "confirm" ? "yes" : (reports.push(r.text), "closed"));
  return { reports, dialog };
}

describe.each(EVERY_HOST)("sheets an unfinished write left behind, on %s", (_label, apiVersion) => {
  let sim: InstalledSimulator;
  const operations = createProgrammeOperations(() => "uk", FAST);
  beforeEach(async () => {
    sim = installExcelSimulator({ apiVersion, sheets: ["Аркуш1"] });
    await operations.loadEmbedded(yes);
    // The user's own sheets, one with a name like the add-in's temporary ones.
    sim.model.fill("Мої нотатки", [["нотатка"]]);
    sim.model.fill("~new~ чернетка", [["моє"]]);
  });
  afterEach(() => sim.uninstall());

  /** The session is lost in the middle of a reload's write, after its first sheets were built: recovery cannot run either. */
  async function interruptedReload(): Promise<void> {
    sim.resetStats();
    await operations.loadEmbedded(yes);
    const [look, lookAgain, tables] = sim.stats.syncs.map((s) => s.actions);
    sim.dropConnection((look ?? 0) + (lookAgain ?? 0) + (tables ?? 0) + 40);
    await expect(operations.loadEmbedded(yes)).rejects.toMatchObject({ code: "RequestAborted" });
    sim.reconnect();
  }

  it("[write.leftovers] the next load removes the temporary sheets in its own write request, says so, and leaves the user's sheets alone", async () => {
    sim.resetStats();
    await operations.loadEmbedded(yes);
    const cleanSyncs = sim.stats.syncs.length;
    await interruptedReload();
    const left = temporary(sim);
    expect(left.length).toBeGreaterThan(0);
    expect(left.every((n) => n.startsWith("~new~"))).toBe(true);

    sim.resetStats();
    const user = ribbonUser();
    await runLoadProgramme("uk", createProgrammeOperations(() => "uk", FAST), user.dialog);
    expect(temporary(sim)).toEqual([]);
    expect(sheetNames(sim)).toEqual(["Аркуш1", "Мої нотатки", "~new~ чернетка", ...OWN_SHEETS]);
    expect(sim.model.snapshot("~new~ чернетка")).toEqual([["моє"]]);
    expect(user.reports).toHaveLength(1);
    expect(user.reports[0]?.split("\n").at(-1)).toBe(`Видалено аркуші, які лишив під тимчасовими назвами незавершений запис: ${left.map((n) => `«${n}»`).join(", ")}.`);
    // No sync was added: the leftovers were found by the first look and deleted with the write.
    expect(sim.stats.syncs).toHaveLength(cleanSyncs);
  });

  it("[write.leftovers] removes an old copy set aside by a commit that got past renaming, and says so in English", async () => {
    sim.model.fill("~old~Довідники~1", [["стара копія"]]);
    const outcome = await createProgrammeOperations(() => "en", FAST).loadEmbedded(yes);
    expect(outcome).toMatchObject({ kind: "loaded", removedLeftovers: ["~old~Довідники~1"] });
    expect(temporary(sim)).toEqual([]);
    const user = ribbonUser();
    sim.model.fill("~new~Програма~3", [["half-built"]]);
    await runLoadProgramme("en", createProgrammeOperations(() => "en", FAST), user.dialog);
    expect(user.reports[0]).toContain("Removed the sheets an unfinished write had left under temporary names: «~new~Програма~3».");
  });

  it("[write.leftovers] never deletes an old copy that nothing replaced: it stops and asks the user to rename it back", async () => {
    const reference = sim.model.sheetByName("Довідники");
    if (!reference) throw new Error("no «Довідники»");
    reference.name = "~old~Довідники~1";
    const before = sim.model.fingerprint();
    const outcome = await operations.loadEmbedded(yes);
    expect(outcome).toEqual({
      kind: "blocked",
      issues: [{ code: "write.leftoverOldCopy", severity: "error", location: { sheet: "~old~Довідники~1" }, params: { sheet: "~old~Довідники~1" } }],
    });
    expect(sim.model.fingerprint()).toBe(before);
  });

  it("[write.leftovers] a rebuild of the summaries removes them too, within its three syncs", async () => {
    const files = await reportFiles(units(programme));
    let k = 0;
    const ops = consolidationOperations(async () => `hash-${k++}`);
    await ops.importFiles(files, yes);
    await interruptedReload();
    const left = temporary(sim);
    expect(left.length).toBeGreaterThan(0);
    sim.resetStats();
    const reports: string[] = [];
    await runBuildSummaries("uk", ops, async (r) => (r.mode === "report" && reports.push(r.text), "closed"));
    expect(sim.stats.syncs).toHaveLength(3);
    expect(temporary(sim)).toEqual([]);
    expect(sheetNames(sim)).toEqual(expect.arrayContaining(["Мої нотатки", "~new~ чернетка", ...OWN_SHEETS, SUMMARY_SHEETS.data, SUMMARY_SHEETS.tasks, SUMMARY_SHEETS.report]));
    expect(reports[0]?.split("\n")).toContain(`Видалено аркуші, які лишив під тимчасовими назвами незавершений запис: ${left.map((n) => `«${n}»`).join(", ")}.`);
  }, 60_000);
});
