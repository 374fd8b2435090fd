import { demoReports } from "../../src/domain/consolidation/demoReports";
import { SUMMARY_SHEETS } from "../../src/domain/consolidation/summarySheets";
import { reportingPeriods, type ReportingPeriod } from "../../src/domain/programme/referenceLists";
import { units } from "../../src/domain/reports/units";
import { createConsolidationOperations } from "../../src/excel/consolidationOperations";
import { createProgrammeOperations } from "../../src/excel/programmeOperations";
import { readSourceBytes } from "../../src/xlsx/readSource";
import { sheetPlansToXlsx } from "../../src/xlsx/writeSheetPlans";
import { EVERY_HOST_AND_UNDO_GROUPS, installExcelSimulator, type InstalledSimulator } from "../support/excelSimulator";
import { consolidationOperations, programme, reportFiles, yes } from "../support/consolidation";
import { restore } from "../support/restoreModel";
import { until } from "../support/until";
import { visibleWorkbook } from "../support/visibleWorkbook";

const districts = units(programme).filter((u) => u.type === "districtAdministration");
const H1_2024 = reportingPeriods(programme.years).find((p) => p.code === "2024-H1") as ReportingPeriod;
const ops = consolidationOperations();
const agree = async () => true;

jest.setTimeout(120_000);

async function reportFiles2024(list: typeof districts): Promise<{ name: string; bytes: Uint8Array }[]> {
  return Promise.all(demoReports(programme, list, H1_2024, "15.07.2024", "01.08.2024").map(async (r) => ({ name: r.file, bytes: await sheetPlansToXlsx(r.plans) })));
}

const protect = (sheet: string, options: Excel.WorksheetProtectionOptions, password?: string) =>
  Excel.run(async (context) => {
    context.workbook.worksheets.getItem(sheet).protection.protect(options, password);
    await context.sync();
  });

describe.each(EVERY_HOST_AND_UNDO_GROUPS)("undoing the last import, with what main's writes guard against, on %s", (_label, apiVersion) => {
  let sim: InstalledSimulator;
  beforeEach(async () => {
    sim = installExcelSimulator({ apiVersion });
    await createProgrammeOperations(() => "uk").loadEmbedded(yes);
  });
  afterEach(() => sim.uninstall());

  it("restores every sheet an import writes — «Дані», «Журнал імпорту», each summary, «Динаміка» — with the protection users gave them", async () => {
    await ops.importFiles(await reportFiles2024(districts.slice(0, 2)), yes);
    // One year of data: no «Динаміка» yet; the next import, of another year, makes it, and its undo takes it away.
    expect(sim.model.sheetByName(SUMMARY_SHEETS.dynamics)).toBeUndefined();
    const oneYear = visibleWorkbook(sim.model);
    await ops.importFiles(await reportFiles(districts.slice(0, 2)), yes);
    expect(sim.model.sheetByName(SUMMARY_SHEETS.dynamics)).toBeDefined();
    expect(await ops.undoLastImport(agree)).toMatchObject({ kind: "undone" });
    expect(visibleWorkbook(sim.model)).toBe(oneYear);

    await ops.importFiles(await reportFiles(districts.slice(0, 2)), yes);
    // Users protect what they mean to keep as it is; the add-in replaces such sheets (no password) and undo protects them again.
    await protect(SUMMARY_SHEETS.data, { allowFormatColumns: true, allowSort: true });
    await protect(SUMMARY_SHEETS.dynamics, { allowAutoFilter: true });
    const before = visibleWorkbook(sim.model);
    await ops.importFiles(await reportFiles(districts.slice(2)), yes);
    const visible = sim.model.sheets.filter((s) => s.visibility === "Visible").map((s) => s.name);
    expect(visible).toEqual(expect.arrayContaining(Object.values(SUMMARY_SHEETS)));
    expect(sim.model.sheetByName(SUMMARY_SHEETS.data)?.protected).toBe(false);
    sim.resetStats();
    expect(await ops.undoLastImport(agree)).toMatchObject({ kind: "undone" });
    // Two syncs read the memo, one request swaps the sheets back, protection included.
    expect(sim.stats.syncs).toHaveLength(3);
    expect(visibleWorkbook(sim.model)).toBe(before);
    expect(sim.model.sheetByName(SUMMARY_SHEETS.dynamics)?.protectionOptions).toMatchObject({ allowAutoFilter: true });
  });

  it("undoes an import over summaries protected since, unprotecting them (no password) and protecting them again whichever action Excel fails", async () => {
    await ops.importFiles(await reportFiles(districts.slice(0, 2)), yes);
    const afterFirst = visibleWorkbook(sim.model);
    await ops.importFiles(await reportFiles(districts.slice(2)), yes);
    await protect(SUMMARY_SHEETS.data, { allowFormatRows: true });
    await protect(SUMMARY_SHEETS.tasks, {});
    const saved = sim.model;
    const protectedSince = saved.fingerprint();
    sim.uninstall();
    const attempt = async (faultAt: number | null) => {
      sim = installExcelSimulator({ apiVersion });
      restore(sim.model, saved);
      if (faultAt !== null) sim.injectFault(faultAt);
      const outcome = await ops.undoLastImport(agree).then((o) => o.kind, () => "failed");
      return { outcome, actions: sim.appliedActions, swap: sim.stats.syncs.at(-1)?.actions ?? 0 };
    };
    const clean = await attempt(null);
    expect(clean.outcome).toBe("undone");
    expect(visibleWorkbook(sim.model)).toBe(afterFirst);
    sim.uninstall();
    const wrong: string[] = [];
    const seen = new Set<string>();
    // Every action of the swap's one request, from the unprotects at its head to the memo at its end.
    for (let at = clean.actions - clean.swap + 1; at <= clean.actions; at++) {
      const { outcome } = await attempt(at);
      seen.add(outcome);
      if (outcome === "undone" ? visibleWorkbook(sim.model) !== afterFirst : sim.model.fingerprint() !== protectedSince) {
        wrong.push(`${at} ${outcome}: ${sim.model.sheets.map((s) => `${s.name}${s.protected ? " (protected)" : ""}${s.visibility === "Visible" ? "" : ` (${s.visibility})`}`).join(", ")}`);
      }
      sim.uninstall();
    }
    expect(wrong).toEqual([]);
    // A refused unprotect leaves that sheet protected: it is named, as a write names a sheet with a password.
    expect([...seen].sort()).toEqual(["blocked", "failed", "undone"]);
    sim = installExcelSimulator({ apiVersion });
  });

  it("changes nothing and says why when a sheet to replace has a password, or the workbook's structure is protected", async () => {
    await ops.importFiles(await reportFiles(districts.slice(0, 2)), yes);
    await ops.importFiles(await reportFiles(districts.slice(2)), yes);
    await protect(SUMMARY_SHEETS.log, {}, "пароль");
    const locked = sim.model.fingerprint();
    expect(await ops.undoLastImport(agree)).toEqual({
      kind: "blocked",
      issues: [expect.objectContaining({ code: "write.sheetPasswordProtected", location: { sheet: SUMMARY_SHEETS.log }, params: { sheet: SUMMARY_SHEETS.log } })],
    });
    expect(sim.model.fingerprint()).toBe(locked);
    await Excel.run(async (context) => {
      context.workbook.protection.protect();
      await context.sync();
    });
    const structure = sim.model.fingerprint();
    const asked: unknown[] = [];
    // Told before the question: nothing could be swapped.
    expect(await ops.undoLastImport(async (offer) => (asked.push(offer), true))).toEqual({ kind: "blocked", issues: [expect.objectContaining({ code: "write.workbookProtected" })] });
    expect(asked).toEqual([]);
    expect(sim.model.fingerprint()).toBe(structure);
    // The pane still reads where the work stands, and still offers the undo for when the structure is unprotected.
    expect((await ops.status(null)).undo).toEqual({ at: "2026-11-28 10:00:00", files: 2 });
  });

  it("waits while the user edits a cell, then undoes", async () => {
    const patient = createConsolidationOperations({ readFile: readSourceBytes, sha256: async (b) => String(b.length), now: () => "2026-11-28 10:00:00", today: () => "2026-11-28", locale: () => "uk", policy: { delaysMs: [15, 30, 60, 120, 240] } });
    await patient.importFiles(await reportFiles(districts.slice(0, 2)), yes);
    const afterFirst = visibleWorkbook(sim.model);
    await patient.importFiles(await reportFiles(districts.slice(2)), yes);
    const afterSecond = sim.model.fingerprint();
    sim.resetStats();
    // The user starts editing a cell while the question is open.
    const undone = patient.undoLastImport(async () => ((sim.model.cellEditMode = true), true));
    undone.catch(() => undefined);
    // Microsoft 365 holds the request; Excel 2019 refuses it (nothing changes), and it is tried again later.
    await until(() => sim.model.requestsWaitingForCellEdit === 1 || sim.stats.syncs.length >= 3);
    expect(sim.model.fingerprint()).toBe(afterSecond);
    sim.model.cellEditMode = false;
    expect(await undone).toMatchObject({ kind: "undone" });
    expect(visibleWorkbook(sim.model)).toBe(afterFirst);
  });
});
