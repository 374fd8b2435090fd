import { demoReports } from "../../src/domain/consolidation/demoReports";
import { SUMMARY_SHEETS } from "../../src/domain/consolidation/summarySheets";
import { EXCEL_CELL_CHARS } from "../../src/domain/cellLimit";
import { t } from "../../src/domain/messages";
import { runLoadProgramme } from "../../src/commands/loadProgrammeCommand";
import type { DialogRequest } from "../../src/commands/dialogProtocol";
import { PROGRAMME_SHEET_NAMES } from "../../src/domain/plans/programmeSheets";
import type { SheetPlan } from "../../src/domain/plans/sheetPlan";
import { assignmentsOf, units } from "../../src/domain/reports/units";
import { createProgrammeOperations } from "../../src/excel/programmeOperations";
import { createReportOperations } from "../../src/excel/reportOperations";
import { HIGHLIGHT_FORMULA } from "../../src/excel/reportSheets";
import { writeOwnSheets } from "../../src/excel/writeOwnSheets";
import { readWorkbookGrids } from "../../src/xlsx/readWorkbookGrid";
import { sheetPlansToXlsx } from "../../src/xlsx/writeSheetPlans";
import { consolidationOperations, H1, programme, reportFiles, yes } from "../support/consolidation";
import { EVERY_HOST, installExcelSimulator, type InstalledSimulator } from "../support/excelSimulator";
import { loadIntoSimulator } from "../support/simFromGrid";
import { largeSheetPlan } from "../support/syntheticProgramme";

const FAST = { delaysMs: [1] };
const TEMPLATE = "Звіт Р03 2025-H1";
const reports = createReportOperations({ today: () => "2026-11-28", renderXlsx: sheetPlansToXlsx, policy: FAST });
const programmeOps = createProgrammeOperations(() => "uk", FAST);
const communities = Array.from({ length: 30 }, (_, i) => `Громада ${i + 1} територіальна громада`);

/** A user who must never be asked: the test fails if they are. */
const neverAsked = {
  confirmReplace: async (): Promise<boolean> => {
    throw new Error("asked to replace");
  },
  confirmPersonalData: async (): Promise<boolean> => {
    throw new Error("asked about personal data");
  },
  progress: () => undefined,
};

/** What a user types into «Довідники»: the communities under the table, which Excel then grows to take in. */
function typeCommunities(sim: InstalledSimulator): void {
  const table = sim.model.tables.find((x) => x.name === "pmCommunities");
  if (!table) throw new Error("no pmCommunities");
  const sheet = sim.model.sheetById(table.sheetId);
  communities.forEach((name, r) => {
    sim.model.cellForWrite(sheet, table.rect.row + 1 + r, table.rect.column).value = name;
    sim.model.cellForWrite(sheet, table.rect.row + 1 + r, table.rect.column + 1).value = "Черкаський район";
  });
  table.rect = { ...table.rect, rowCount: communities.length + 1 };
}

describe.each(EVERY_HOST)("the add-in under Excel's rules on %s", (_label, apiVersion) => {
  let sim: InstalledSimulator;
  beforeEach(async () => {
    sim = installExcelSimulator({ apiVersion });
    await programmeOps.loadEmbedded(yes);
  });
  afterEach(() => sim.uninstall());

  describe("a cell holds at most 32,767 characters", () => {
    it("consolidates a measure of every district and community with long texts: «За заходами» shows its head with a marker, «Звіт про виконання» goes on in rows, in three syncs", async () => {
      typeCommunities(sim);
      const all = units(programme, communities.map((name) => ({ name, district: "Р04" }))).filter((u) => u.type !== "oblastExecutor");
      const shared = all.map((u) => assignmentsOf(programme, u).map((a) => a.measure.code));
      const measure = shared[0]?.find((code) => shared.every((codes) => codes.includes(code))) ?? "";
      const long = (unit: string) => Array.from({ length: 12 }, (_, i) => `${unit}: проведено захід ${i + 1} з інформування молоді про ризики торгівлі людьми`).join(". ") + ".";
      const files = await Promise.all(
        demoReports(programme, all, H1, "15.07.2025", "15.07.2025").map(async (r, u) => {
          const [sheet, meta] = r.plans as [SheetPlan, SheetPlan];
          const table = sheet.tables[0];
          const answers: Record<string, string | number> = { status: "Виконано", events: 2, people: 30, funds: 0, source: "Не потребує фінансування", info: long(all[u]?.shortName ?? ""), reasons: "" };
          const rows = (table?.rows ?? []).map((row) => (row[0] === measure ? (table?.columns ?? []).map((c, i) => answers[c.key] ?? row[i] ?? null) : row));
          return { name: r.file, bytes: await sheetPlansToXlsx([{ ...sheet, tables: [{ ...(table as NonNullable<typeof table>), rows }] }, meta]) };
        }),
      );
      let k = 0;
      sim.resetStats();
      const outcome = await consolidationOperations(async () => `h${k++}`).importFiles(files, yes);
      expect(outcome.kind).toBe("imported");
      expect(sim.stats.syncs).toHaveLength(3);
      const notes = outcome.kind === "imported" ? outcome.notes : [];
      expect(notes).toEqual([]);
      // «За заходами» shows the head of the joined text, saying where the rest is; «Звіт про виконання» goes on
      // in rows under the measure, each naming it; no cell passes the limit.
      const marker = t("uk", "sum.textShortened");
      const measures = sim.model.snapshot(SUMMARY_SHEETS.measures).flat().filter((v): v is string => typeof v === "string");
      expect(measures.filter((v) => v.endsWith(marker)).length).toBeGreaterThan(0);
      const report = sim.model.snapshot(SUMMARY_SHEETS.report);
      expect(report.filter((r) => r[2] === t("uk", "sum.continued", { measure })).length).toBeGreaterThan(10);
      for (const name of [SUMMARY_SHEETS.measures, SUMMARY_SHEETS.report]) {
        const cells = sim.model.snapshot(name).flat().filter((v): v is string => typeof v === "string");
        expect(Math.max(...cells.map((v) => v.length))).toBeLessThanOrEqual(EXCEL_CELL_CHARS);
      }
      // «Дані» keeps every executor's text whole.
      const data = sim.model.snapshot(SUMMARY_SHEETS.data).flat();
      for (const u of all) expect(data).toContain(long(u.shortName));
    }, 60_000);

    it("refuses a plan with a text no cell holds before any request, naming sheet and cell, and writes nothing", async () => {
      const before = sim.model.fingerprint();
      sim.resetStats();
      const plan = largeSheetPlan(3);
      const overlong: SheetPlan = { ...plan, tables: plan.tables.map((x) => ({ ...x, rows: [...x.rows.slice(0, 2), ["1.30", "ї".repeat(EXCEL_CELL_CHARS + 1), 3]] })) };
      const outcome = await writeOwnSheets([overlong], { confirmReplace: async () => true, progress: () => undefined }, FAST);
      expect(outcome).toEqual({ kind: "blocked", issues: [expect.objectContaining({ code: "write.cellTooLong", location: { sheet: "Великий", cell: "B4" } })] });
      expect(sim.stats.syncs).toHaveLength(0);
      expect(sim.model.fingerprint()).toBe(before);
    });
  });

  describe("tables on a protected sheet", () => {
    it("makes a template again where one exists: the protected old copy is unprotected and replaced, its table gone", async () => {
      expect(await reports.createTemplate("Р03", "2025-H1", "sheet", async () => true)).toMatchObject({ kind: "created" });
      const first = sim.model.sheetByName(TEMPLATE);
      expect(first?.protected).toBe(true);
      const asked: string[][] = [];
      sim.resetStats();
      const again = await reports.createTemplate("Р03", "2025-H1", "sheet", async (sheets) => (asked.push([...sheets]), true));
      expect(again).toMatchObject({ kind: "created", name: TEMPLATE });
      expect(asked).toEqual([[TEMPLATE]]);
      const sheet = sim.model.sheetByName(TEMPLATE);
      expect(sheet?.id).not.toBe(first?.id);
      expect(sheet?.protected).toBe(true);
      expect(sim.model.tables.filter((x) => x.sheetId === first?.id)).toEqual([]);
      expect(sim.model.sheets.map((s) => s.name).filter((n) => n.startsWith("~"))).toEqual([]);
      // Two to read the programme, one to look, one to look again, one for the old table, one to write.
      expect(sim.stats.syncs).toHaveLength(6);
    });

    it("replaces a programme sheet the user protected without a password, and protects it again if the write fails", async () => {
      const protectLists = () =>
        Excel.run(async (context) => {
          context.workbook.worksheets.getItem(PROGRAMME_SHEET_NAMES.lists).protection.protect({ allowFormatColumns: true, allowSort: true });
          await context.sync();
        });
      // How many actions a reload takes, counted on a twin workbook: the fault goes halfway, after the unprotect.
      const twin = installExcelSimulator({ apiVersion });
      await programmeOps.loadEmbedded(yes);
      await protectLists();
      const start = twin.appliedActions;
      await programmeOps.loadEmbedded(yes);
      const actions = twin.appliedActions - start;
      twin.uninstall();
      await protectLists();
      const before = sim.model.fingerprint();
      sim.injectFault(Math.floor(actions / 2), "GeneralException");
      await expect(programmeOps.loadEmbedded(yes)).rejects.toMatchObject({ code: "GeneralException" });
      expect(sim.model.fingerprint()).toBe(before);
      expect(await programmeOps.loadEmbedded(yes)).toMatchObject({ kind: "loaded" });
      expect(sim.model.sheetByName(PROGRAMME_SHEET_NAMES.lists)?.protected).toBe(false);
    });

    it("says which sheet is protected with a password, what to do, and leaves the workbook as it was", async () => {
      await reports.createTemplate("Р03", "2025-H1", "sheet", async () => true);
      await Excel.run(async (context) => {
        const protection = context.workbook.worksheets.getItem(TEMPLATE).protection;
        protection.unprotect();
        protection.protect({ allowFormatColumns: true }, "пароль");
        await context.sync();
      });
      const before = sim.model.fingerprint();
      const outcome = await reports.createTemplate("Р03", "2025-H1", "sheet", async () => true);
      expect(outcome).toEqual({ kind: "blocked", issues: [expect.objectContaining({ code: "write.sheetPasswordProtected", location: { sheet: TEMPLATE }, params: { sheet: TEMPLATE } })] });
      expect(sim.model.fingerprint()).toBe(before);
      expect(t("uk", "issue.write.sheetPasswordProtected", { sheet: TEMPLATE })).toContain(`«${TEMPLATE}»`);
      expect(t("uk", "issue.write.sheetPasswordProtected.fix", { sheet: TEMPLATE })).toContain("Зняти захист аркуша");
    });
  });

  it("clears the highlights of every sheet but one protected since, and names that one", async () => {
    const all = units(programme);
    for (const f of await reportFiles(all.filter((u) => ["Р01", "Р02", "Р03"].includes(u.code)))) {
      loadIntoSimulator(sim.model, (await readWorkbookGrids(f.bytes)).filter((g) => g.visibility === "visible"));
    }
    const checked = await reports.check("all");
    const ours = (name: string) => sim.model.sheetByName(name)?.conditionalFormats.filter((c) => c.formula === HIGHLIGHT_FORMULA) ?? [];
    const highlighted = sim.model.sheets.filter((s) => ours(s.name).length > 0).map((s) => s.name);
    expect(highlighted).toHaveLength(2);
    expect(checked.highlighted).toBeGreaterThan(0);
    const [open, locked] = highlighted as [string, string];
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem(locked).protection.protect();
      await context.sync();
    });
    const kept = ours(locked).length;
    sim.resetStats();
    const outcome = await reports.clearHighlights();
    expect(outcome).toEqual({ removed: expect.any(Number), protectedSheets: [locked] });
    expect(outcome.removed).toBeGreaterThan(0);
    expect(ours(open)).toEqual([]);
    expect(ours(locked)).toHaveLength(kept);
    expect(sim.stats.syncs).toHaveLength(4);
    expect(t("uk", "check.clearProtected", { sheets: `«${locked}»` })).toContain(locked);
  });

  describe("a workbook whose structure is protected (Review → Protect Workbook)", () => {
    beforeEach(async () => {
      await Excel.run(async (context) => {
        context.workbook.protection.protect();
        await context.sync();
      });
    });

    const blocked = { kind: "blocked", issues: [expect.objectContaining({ code: "write.workbookProtected", severity: "error" })] };

    it.each([
      ["loading the programme again", () => programmeOps.loadEmbedded(neverAsked), 1],
      ["importing report files", async () => consolidationOperations().importFiles(await reportFiles(units(programme).slice(0, 3)), neverAsked), 1],
      ["rebuilding the summaries", () => consolidationOperations().rebuild(null, neverAsked), 1],
      ["making a template on a sheet", () => reports.createTemplate("Р03", "2025-H1", "sheet", neverAsked.confirmReplace), 2],
    ] as const)("%s: says so from the first sync, asks nothing and changes nothing", async (_what, run, syncs) => {
      const before = sim.model.fingerprint();
      sim.resetStats();
      expect(await run()).toEqual(blocked);
      expect(sim.stats.syncs).toHaveLength(syncs);
      expect(sim.model.fingerprint()).toBe(before);
    });

    it("from the ribbon, shows one report telling where to turn it off, and no question before it", async () => {
      const shown: DialogRequest[] = [];
      await runLoadProgramme("uk", programmeOps, async (request) => (shown.push(request), request.mode === "confirm" ? "yes" : "closed"));
      expect(shown.map((r) => r.mode)).toEqual(["report"]);
      expect(shown[0]?.text).toContain("Структуру книги захищено");
      expect(shown[0]?.text).toContain("Рецензування → Захистити книгу");
    });
  });
});
