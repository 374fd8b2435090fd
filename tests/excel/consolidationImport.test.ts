import { createHash } from "node:crypto";
import { runBuildSummaries } from "../../src/commands/buildSummariesCommand";
import type { DialogAnswer, DialogRequest } from "../../src/commands/dialogProtocol";
import { SUMMARY_SHEETS } from "../../src/domain/consolidation/summarySheets";
import { units } from "../../src/domain/reports/units";
import { createProgrammeOperations } from "../../src/excel/programmeOperations";
import { EVERY_HOST, installExcelSimulator, type InstalledSimulator } from "../support/excelSimulator";
import { consolidationOperations, programme, reportFiles, yes, summaryTable } from "../support/consolidation";

const districts = units(programme).filter((u) => u.type === "districtAdministration");
const districtFiles = (submitted?: string) => reportFiles(districts, submitted);
const ops = consolidationOperations();

describe.each(EVERY_HOST)("importing district reports in Excel on %s", (_label, apiVersion) => {
  let sim: InstalledSimulator;
  beforeEach(async () => {
    sim = installExcelSimulator({ apiVersion });
    await createProgrammeOperations(() => "uk").loadEmbedded(yes);
  });
  afterEach(() => sim.uninstall());

  it("validates every file, writes «Дані» with provenance, the import log and every summary", async () => {
    const files = await districtFiles();
    const asked: string[][] = [];
    const outcome = await ops.importFiles(files, { confirmReplace: async (r) => (asked.push([...r]), true), progress: () => undefined, confirmPersonalData: async () => true });
    expect(outcome.kind === "imported" && outcome.files.map((f) => f.status)).toEqual(["accepted", "acceptedWithWarnings", "acceptedWithWarnings", "acceptedWithWarnings"]);
    expect(asked).toEqual([]);
    const names = sim.model.sheets.map((s) => s.name);
    const { dynamics, ...always } = SUMMARY_SHEETS;
    for (const sheet of Object.values(always)) expect(names).toContain(sheet);
    // One year of data: no «Динаміка» yet.
    expect(names).not.toContain(dynamics);
    const data = sim.model.snapshot(SUMMARY_SHEETS.data);
    expect(data.length - 1).toBe(outcome.kind === "imported" ? outcome.rows : -1);
    expect(data[1]?.slice(12, 16)).toEqual([files[0]?.name, "Звіт Р01 2025-H1", 8, createHash("sha256").update(files[0]?.bytes ?? new Uint8Array()).digest("hex")]);
    expect(sim.model.snapshot(SUMMARY_SHEETS.log).slice(1).map((r) => r[9])).toEqual(["зведено", "зведено", "зведено", "зведено"]);
    // «За виконавцями» repeats each district's errors and warnings from the import log.
    const log = sim.model.snapshot(SUMMARY_SHEETS.log).slice(1).map((r) => [r[3], r[7], r[8]]);
    const byUnit = summaryTable(sim.model, SUMMARY_SHEETS.units);
    const at = (title: string) => byUnit[0]?.indexOf(title) ?? -1;
    const districtsRows = byUnit.slice(1).filter((r) => String(r[0]).startsWith("Р"));
    expect(districtsRows.map((r) => [r[0], r[at("Помилок")], r[at("Попереджень")]])).toEqual(log);
  });

  it("skips the very same files again, and replaces a newer report for the same unit and period only after asking", async () => {
    const files = await districtFiles();
    await ops.importFiles(files, { confirmReplace: async () => true, progress: () => undefined, confirmPersonalData: async () => true });
    const rows = sim.model.snapshot(SUMMARY_SHEETS.data).length;
    const again = await ops.importFiles(files, { confirmReplace: async () => true, progress: () => undefined, confirmPersonalData: async () => true });
    expect(again.kind === "imported" && again.files.map((f) => f.status)).toEqual(["skipped", "skipped", "skipped", "skipped"]);
    expect(sim.model.snapshot(SUMMARY_SHEETS.data)).toHaveLength(rows);
    const newer = (await districtFiles("18.07.2025")).slice(0, 1);
    const before = sim.model.fingerprint();
    expect(await ops.importFiles(newer, { confirmReplace: async () => false, progress: () => undefined, confirmPersonalData: async () => true })).toEqual({ kind: "cancelled" });
    expect(sim.model.fingerprint()).toBe(before);
    const asked: string[][] = [];
    const replaced = await ops.importFiles(newer, { confirmReplace: async (r) => (asked.push([...r]), true), progress: () => undefined, confirmPersonalData: async () => true });
    expect(asked).toEqual([["Р01 · 2025-H1"]]);
    expect(replaced.kind === "imported" && replaced.files[0]?.status).toBe("accepted");
    expect(sim.model.snapshot(SUMMARY_SHEETS.data)).toHaveLength(rows);
  });

  it("leaves the workbook as it was when Excel fails midway through the write", async () => {
    const files = await districtFiles();
    await ops.importFiles(files.slice(0, 2), { confirmReplace: async () => true, progress: () => undefined, confirmPersonalData: async () => true });
    const before = sim.model.fingerprint();
    sim.injectFault(150);
    await expect(ops.importFiles(files.slice(2), { confirmReplace: async () => true, progress: () => undefined, confirmPersonalData: async () => true })).rejects.toMatchObject({ code: "GeneralException" });
    expect(sim.model.fingerprint()).toBe(before);
  });

  it("rebuilds every summary from «Дані» for a chosen period", async () => {
    await ops.importFiles(await districtFiles(), { confirmReplace: async () => true, progress: () => undefined, confirmPersonalData: async () => true });
    expect(await ops.periods()).toEqual([{ code: "2025-H1", label: "I півріччя 2025 року" }]);
    expect(await ops.rebuild(null, yes)).toMatchObject({ kind: "built", period: "2025-H1", label: "I півріччя 2025 року" });
    const tasks = summaryTable(sim.model, SUMMARY_SHEETS.tasks);
    expect(tasks.map((r) => r[0]).slice(1, 8)).toEqual(["1", "2", "3", "4", "5", "6", "7"]);
    expect(tasks.at(-1)?.[1]).toBe("Разом");
  });
});

describe.each(EVERY_HOST)("the ribbon button «Зведення» on %s", (_label, apiVersion) => {
  it("rebuilds the summaries from «Дані» in one click and says for which period, or that there is no data yet", async () => {
    const sim = installExcelSimulator({ apiVersion });
    try {
      await createProgrammeOperations(() => "uk").loadEmbedded(yes);
      const shown: string[] = [];
      const dialog = async (r: DialogRequest): Promise<DialogAnswer> => (shown.push(r.text), "closed");
      await runBuildSummaries("uk", ops, dialog);
      await ops.importFiles(await districtFiles(), { confirmReplace: async () => true, progress: () => undefined, confirmPersonalData: async () => true });
      sim.model.sheetByName(SUMMARY_SHEETS.tasks)?.cells.clear();
      await runBuildSummaries("uk", ops, dialog);
      expect(shown[0]).toBe("У книзі немає даних звітів: спочатку імпортуйте файли.");
      const lines = shown[1]?.split("\n") ?? [];
      expect(lines[0]).toMatch(/^Зведення за I півріччя 2025 року побудовано \(\d+ рядк\S+ даних\)\.$/u);
      // Who reported, in two figures: the four district administrations are required; no executor by consent sent anything.
      expect(lines[1]).toBe("Звітували: обов’язкові виконавці — 4 з 14; за згодою — 0 з 4.");
      expect(lines[2]).toMatch(/^Попередження — Виконавець «органи місцевого самоврядування» — це громади області, але жодної громади не вказано\..* Що зробити: Додайте громади: вставте список/u);
      expect(summaryTable(sim.model, SUMMARY_SHEETS.tasks).at(-1)?.[1]).toBe("Разом");
    } finally {
      sim.uninstall();
    }
  });
});
