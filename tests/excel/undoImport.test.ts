import { units } from "../../src/domain/reports/units";
import { createProgrammeOperations } from "../../src/excel/programmeOperations";
import { writeOwnSheets } from "../../src/excel/writeOwnSheets";
import { largeSheetPlan } from "../support/syntheticProgramme";
import { EVERY_HOST_AND_UNDO_GROUPS, HOSTS, installExcelSimulator, type InstalledSimulator } from "../support/excelSimulator";
import { restore } from "../support/restoreModel";
import { consolidationOperations, programme, reportFiles, yes } from "../support/consolidation";
import { visibleWorkbook } from "../support/visibleWorkbook";

const districts = units(programme).filter((u) => u.type === "districtAdministration");
const ops = consolidationOperations();
const agree = async () => true;

jest.setTimeout(120_000);

describe.each(EVERY_HOST_AND_UNDO_GROUPS)("undoing the last import on %s", (_label, apiVersion) => {
  let sim: InstalledSimulator;
  beforeEach(async () => {
    sim = installExcelSimulator({ apiVersion });
    await createProgrammeOperations(() => "uk").loadEmbedded(yes);
  });
  afterEach(() => sim.uninstall());

  it("imports, undoes, and finds the workbook exactly as before: every sheet, cell, format, table and the active sheet", async () => {
    const before = sim.model.fingerprint();
    expect((await ops.status(null)).undo).toBeNull();
    await ops.importFiles(await reportFiles(districts), yes);
    expect(sim.model.fingerprint()).not.toBe(before);
    expect((await ops.status(null)).undo).toEqual({ at: "2026-11-28 10:00:00", files: 4 });
    sim.resetStats();
    const offers: unknown[] = [];
    expect(await ops.undoLastImport(async (offer) => (offers.push(offer), true))).toEqual({ kind: "undone", at: "2026-11-28 10:00:00" });
    expect(offers).toEqual([{ at: "2026-11-28 10:00:00", files: 4 }]);
    // Two syncs read the memo, one request swaps the sheets back.
    expect(sim.stats.syncs).toHaveLength(3);
    expect(sim.model.fingerprint()).toBe(before);
    expect((await ops.status(null)).undo).toBeNull();
    expect(await ops.undoLastImport(agree)).toEqual({ kind: "nothing" });
  });

  it("takes the last import back to what the one before left, and keeps the copies only until the next import", async () => {
    const files = await reportFiles(districts);
    const keptNow = () => sim.model.sheets.filter((s) => s.name.startsWith("~undo~")).map((s) => s.name);
    await ops.importFiles(files.slice(0, 2), yes);
    await ops.importFiles(files.slice(2), yes);
    const afterSecond = visibleWorkbook(sim.model);
    const keptBySecond = keptNow();
    expect(keptBySecond).toEqual(expect.arrayContaining(["~undo~Дані", "~undo~Журнал імпорту", "~undo~Зведення", "~undo~Звіт про виконання"]));
    expect(sim.model.sheets.filter((s) => s.visibility === "VeryHidden").map((s) => s.name).sort()).toEqual(["pm_state", ...keptBySecond].sort());
    // A third import (the same file again: skipped, but logged) keeps its own copies and drops the second's.
    await ops.importFiles(files.slice(0, 1), yes);
    const keptByThird = keptNow();
    expect(keptByThird).toHaveLength(keptBySecond.length);
    expect(keptByThird.filter((n) => keptBySecond.includes(n))).toEqual([]);
    expect(await ops.undoLastImport(agree)).toMatchObject({ kind: "undone" });
    expect(visibleWorkbook(sim.model)).toEqual(afterSecond);
    expect(keptNow()).toEqual([]);
    expect(await ops.undoLastImport(agree)).toEqual({ kind: "nothing" });
  });

  it("changes nothing when the user says no, and restores the summaries a rebuild made after the import", async () => {
    const files = await reportFiles(districts);
    await ops.importFiles(files.slice(0, 2), yes);
    const afterFirst = visibleWorkbook(sim.model);
    await ops.importFiles(files.slice(2), yes);
    const afterSecond = sim.model.fingerprint();
    expect(await ops.undoLastImport(async () => false)).toEqual({ kind: "cancelled" });
    expect(sim.model.fingerprint()).toBe(afterSecond);
    await ops.rebuild("2025-H1", yes);
    expect((await ops.status(null)).summaries.built).toEqual({ period: { code: "2025-H1", label: "I півріччя 2025 року" }, at: "2026-11-28 10:00:00" });
    expect(await ops.undoLastImport(agree)).toMatchObject({ kind: "undone" });
    expect(visibleWorkbook(sim.model)).toEqual(afterFirst);
  });

  it("leaves the import in place, or finishes the undo, whichever action of it Excel fails", async () => {
    const files = await reportFiles(districts);
    await ops.importFiles(files.slice(0, 2), yes);
    const afterFirst = visibleWorkbook(sim.model);
    await ops.importFiles(files.slice(2), yes);
    const afterSecond = sim.model.fingerprint();
    const saved = sim.model;
    sim.uninstall();
    const attempt = async (faultAt: number | null) => {
      sim = installExcelSimulator({ apiVersion });
      restore(sim.model, saved);
      if (faultAt !== null) sim.injectFault(faultAt);
      const outcome = await ops.undoLastImport(agree).then(() => "undone", () => "failed");
      return { outcome, actions: sim.appliedActions };
    };
    const clean = await attempt(null);
    expect(clean.outcome).toBe("undone");
    sim.uninstall();
    const seen = new Set<string>();
    const wrong: string[] = [];
    for (let at = 1; at <= clean.actions; at++) {
      const { outcome } = await attempt(at);
      const as = outcome === "undone" ? visibleWorkbook(sim.model) === afterFirst : sim.model.fingerprint() === afterSecond;
      // The sheets as they stand, to name what went wrong at which action.
      if (!as) wrong.push(`${at} ${outcome}: ${sim.model.sheets.map((s) => `${s.name}${s.visibility === "Visible" ? "" : ` (${s.visibility})`}`).join(", ")}`);
      seen.add(outcome);
      sim.uninstall();
    }
    expect(wrong).toEqual([]);
    expect([...seen].sort()).toEqual(["failed", "undone"]);
    sim = installExcelSimulator({ apiVersion });
  });
});

describe("an import that Excel fails in its last request (the swap and the kept copies)", () => {
  it("is rolled back or completed, and then offers an undo only where the undo restores the workbook as before", async () => {
    let sim = installExcelSimulator({ apiVersion: HOSTS.microsoft365 });
    const files = await reportFiles(districts);
    await createProgrammeOperations(() => "uk").loadEmbedded(yes);
    const beforeFirst = visibleWorkbook(sim.model);
    await ops.importFiles(files.slice(0, 2), yes);
    const saved = sim.model;
    const before = sim.model.fingerprint();
    const beforeVisible = visibleWorkbook(saved);
    sim.uninstall();
    const attempt = async (faultAt: number | null) => {
      sim = installExcelSimulator({ apiVersion: HOSTS.microsoft365 });
      restore(sim.model, saved);
      if (faultAt !== null) sim.injectFault(faultAt);
      const outcome = await ops.importFiles(files.slice(2), yes).then((o) => o.kind, () => "failed");
      return { outcome, actions: sim.appliedActions, commit: sim.stats.syncs.at(-1)?.actions ?? 0 };
    };
    const clean = await attempt(null);
    const afterVisible = visibleWorkbook(sim.model);
    sim.uninstall();
    const wrong: string[] = [];
    const seen = new Set<string>();
    // The commit builds nothing: it renames, deletes, protects and keeps (~600 actions). Every action of its
    // tail (the kept copies and the memo, protection, activation, hiding) and a sample of the rest.
    const first = clean.actions - clean.commit + 1;
    const points = [...Array(clean.commit).keys()].map((i) => first + i).filter((at) => at > clean.actions - 100 || (at - first) % 40 === 0);
    for (const at of points) {
      const { outcome } = await attempt(at);
      seen.add(outcome);
      const sheets = () => sim.model.sheets.map((s) => `${s.name}${s.visibility === "Visible" ? "" : ` (${s.visibility})`}`).join(", ");
      if (outcome === "failed" ? sim.model.fingerprint() !== before : visibleWorkbook(sim.model) !== afterVisible) wrong.push(`${at} ${outcome}: ${sheets()}`);
      else if ((await ops.status(null)).undo !== null) {
        // Rolled back, the first import is the last one: its undo is still the right one.
        await ops.undoLastImport(agree);
        if (visibleWorkbook(sim.model) !== (outcome === "failed" ? beforeFirst : beforeVisible)) wrong.push(`${at} ${outcome}, then undone: ${sheets()}`);
      }
      sim.uninstall();
    }
    expect(wrong).toEqual([]);
    expect([...seen].sort()).toEqual(["failed", "imported"]);
  }, 300_000);
});

describe("Excel's own undo: a whole import or load is one step where ExcelApi 1.20 allows it", () => {
  it("[run.mergeUndoGroup] merges every sync of a load and of an import into one undo step on ExcelApi 1.20, one step per sync below", async () => {
    const steps = async (apiVersion: string) => {
      const sim = installExcelSimulator({ apiVersion });
      try {
        await createProgrammeOperations(() => "uk").loadEmbedded(yes);
        const load = [...sim.undo.steps];
        sim.resetStats();
        await ops.importFiles(await reportFiles(districts), yes);
        return { load, import: [...sim.undo.steps], writes: sim.stats.syncs.length - 2 };
      } finally {
        sim.uninstall();
      }
    };
    expect(await steps(HOSTS.microsoft365Undo)).toMatchObject({ load: [1], import: [1] });
    const older = await steps(HOSTS.microsoft365);
    expect(older.import).toEqual(Array<number>(older.writes).fill(1));
    // A write too large for one request (20,000 rows): one undo step for all its requests, or one per request.
    const large = async (apiVersion: string) => {
      const sim = installExcelSimulator({ apiVersion });
      try {
        const outcome = await writeOwnSheets([largeSheetPlan()], yes);
        return { steps: [...sim.undo.steps], requests: outcome.kind === "written" ? outcome.requests : 0 };
      } finally {
        sim.uninstall();
      }
    };
    const merged = await large(HOSTS.microsoft365Undo);
    expect(merged.requests).toBeGreaterThan(1);
    expect(merged.steps).toEqual([merged.requests]);
    const separate = await large(HOSTS.microsoft365);
    expect(separate.steps).toEqual(Array<number>(separate.requests).fill(1));
  });

  it("[worksheet.deleteVeryHidden] refuses to delete a very hidden sheet, as Excel does (Worksheet.delete), and deletes it once merely hidden", async () => {
    const sim = installExcelSimulator({ apiVersion: HOSTS.excel2019, sheets: ["Аркуш1", "Копія"] });
    try {
      const hideThenDelete = (first: "VeryHidden" | "Hidden") =>
        Excel.run(async (context) => {
          const sheet = context.workbook.worksheets.getItem("Копія");
          sheet.visibility = first;
          sheet.delete();
          await context.sync();
        });
      await expect(hideThenDelete("VeryHidden")).rejects.toMatchObject({ code: "InvalidOperation" });
      expect(sim.model.sheets.map((s) => [s.name, s.visibility])).toEqual([["Аркуш1", "Visible"], ["Копія", "VeryHidden"]]);
      await hideThenDelete("Hidden");
      expect(sim.model.sheets.map((s) => s.name)).toEqual(["Аркуш1"]);
    } finally {
      sim.uninstall();
    }
  });

  it("[run.mergeUndoGroup] refuses mergeUndoGroup below ExcelApi 1.20, as Excel has no such option there", async () => {
    const sim = installExcelSimulator({ apiVersion: HOSTS.microsoft365 });
    try {
      await expect(Excel.run({ mergeUndoGroup: true }, async (context) => context.sync())).rejects.toMatchObject({ code: "ApiNotFound" });
    } finally {
      sim.uninstall();
    }
  });
});

// Last in this file: a host's refusal is remembered for the rest of the session (the module's state).
describe("a host that refuses to group a batch for undo (UndoNotSupported)", () => {
  it("gets the import again, ungrouped, after the refused attempt is rolled back", async () => {
    const sim = installExcelSimulator({ apiVersion: HOSTS.microsoft365Undo });
    try {
      await createProgrammeOperations(() => "uk").loadEmbedded(yes);
      const before = sim.model.fingerprint();
      sim.resetStats();
      // Past the two reads, inside the write's one request.
      sim.injectFault(100, "UndoNotSupported");
      const outcome = await ops.importFiles(await reportFiles(districts), yes);
      expect(outcome.kind === "imported" && outcome.files.map((f) => f.status)).toEqual(["accepted", "acceptedWithWarnings", "acceptedWithWarnings", "acceptedWithWarnings"]);
      // The refused batch (rolled back), the recovery, then the import again: read, read, write.
      expect(sim.stats.syncs.length).toBeGreaterThan(3);
      expect(await ops.undoLastImport(agree)).toMatchObject({ kind: "undone" });
      expect(sim.model.fingerprint()).toBe(before);
    } finally {
      sim.uninstall();
    }
  });
});
