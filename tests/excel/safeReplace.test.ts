import type { OperationUi } from "../../src/domain/operations";
import { OWN_SHEETS } from "../../src/domain/plans/programmeSheets";
import { parseAnnexText } from "../../src/domain/programme/parseAnnexText";
import { programmeSheetPlans } from "../../src/domain/plans/programmeSheets";
import { createProgrammeOperations } from "../../src/excel/programmeOperations";
import { writeOwnSheets } from "../../src/excel/writeOwnSheets";
import { until } from "../support/until";
import { EVERY_HOST, HOSTS, installExcelSimulator, PAYLOAD_LIMIT_BYTES, type InstalledSimulator, type SimWorkbookModel } from "../support/excelSimulator";
import { largeSheetPlan, syntheticAnnex } from "../support/syntheticProgramme";

const FAST = { delaysMs: [1, 1] };
const COMMUNITIES = [["Смілянська міська територіальна громада", "Черкаський район"], ["Городищенська міська територіальна громада", "Черкаський район"], ["Мошнівська сільська територіальна громада", "Черкаський район"]];

function ui(answer: boolean, whileAsking?: () => void): OperationUi {
  return {
    confirmReplace: async () => {
      whileAsking?.();
      return answer;
    },
    progress: () => undefined,
  };
}

/** What a user does by hand: types rows under a table, which Excel then grows to take them in. */
function typeIntoTable(model: SimWorkbookModel, tableName: string, rows: string[][]): void {
  const table = model.tables.find((t) => t.name === tableName);
  if (!table) throw new Error(`no table ${tableName}`);
  const sheet = model.sheetById(table.sheetId);
  rows.forEach((row, r) => row.forEach((v, c) => (model.cellForWrite(sheet, table.rect.row + 1 + r, table.rect.column + c).value = v)));
  table.rect = { ...table.rect, rowCount: Math.max(table.rect.rowCount, rows.length + 1) };
}

function tableRows(model: SimWorkbookModel, tableName: string): unknown[][] {
  const table = model.tables.find((t) => t.name === tableName);
  if (!table) return [];
  const sheet = model.sheetById(table.sheetId);
  return Array.from({ length: table.rect.rowCount - 1 }, (_, r) =>
    Array.from({ length: table.rect.columnCount }, (_, c) => model.cell(sheet, table.rect.row + 1 + r, table.rect.column + c)?.value ?? null),
  );
}

describe.each(EVERY_HOST)("reloading the programme safely on %s", (_label, apiVersion) => {
  let sim: InstalledSimulator;
  const operations = createProgrammeOperations(() => "uk", FAST);

  async function loadedWithUserData(): Promise<void> {
    await operations.loadEmbedded(ui(true));
    typeIntoTable(sim.model, "pmCommunities", COMMUNITIES);
    typeIntoTable(sim.model, "pmFunding", [["Державний бюджет"], ["Обласний бюджет"], ["Місцеві бюджети"], ["Інші джерела"], ["Не потребує фінансування"], ["Кошти міжнародної технічної допомоги"]]);
  }

  beforeEach(() => {
    sim = installExcelSimulator({ apiVersion });
  });
  afterEach(() => sim.uninstall());

  it("keeps the communities and the reference rows the user typed in", async () => {
    await loadedWithUserData();
    expect(await operations.loadEmbedded(ui(true))).toMatchObject({ kind: "loaded" });
    expect(tableRows(sim.model, "pmCommunities")).toEqual(COMMUNITIES);
    expect(tableRows(sim.model, "pmFunding").map((r) => r[0])).toContain("Кошти міжнародної технічної допомоги");
    expect(sim.model.sheets.map((s) => s.name)).toEqual(["Аркуш1", ...OWN_SHEETS]);
  });

  it("leaves the previous sheets and the communities exactly as they were when any action of the reload fails", async () => {
    await loadedWithUserData();
    const before = sim.model.fingerprint();
    const start = sim.appliedActions;
    await operations.loadEmbedded(ui(true));
    const actions = sim.appliedActions - start;
    expect(actions).toBeGreaterThan(100);
    const reloaded = sim.model.fingerprint();
    let failedAndRestored = 0;
    for (let k = 1; k <= actions; k++) {
      sim.uninstall();
      sim = installExcelSimulator({ apiVersion });
      await loadedWithUserData();
      expect(sim.model.fingerprint()).toBe(before);
      sim.injectFault(k);
      const result = await operations.loadEmbedded(ui(true)).then(
        (outcome) => outcome.kind,
        (error: { code?: string }) => error.code,
      );
      // Either the whole reload happened, or none of it did.
      if (result === "loaded") {
        expect({ k, after: sim.model.fingerprint() === reloaded }).toEqual({ k, after: true });
      } else {
        expect({ k, result, unchanged: sim.model.fingerprint() === before }).toEqual({ k, result: "GeneralException", unchanged: true });
        failedAndRestored++;
      }
    }
    expect(failedAndRestored).toBeGreaterThan(actions / 2);
  });

  it("refuses to write when a foreign sheet holds one of its table names, and changes nothing", async () => {
    const model = sim.model;
    model.fill("Мій звіт", [["Код", "Назва"], ["1", "x"]]);
    model.tables.push({ id: model.newTableId(), name: "pmUnits", sheetId: model.sheetByName("Мій звіт")?.id ?? 0, rect: { row: 0, column: 0, rowCount: 2, columnCount: 2 }, style: "TableStyleLight1", showBandedRows: true });
    const before = model.fingerprint();
    expect(await operations.loadEmbedded(ui(true))).toEqual({
      kind: "blocked",
      issues: [{ code: "write.tableNameTaken", severity: "error", location: { sheet: "Мій звіт" }, params: { table: "pmUnits", sheet: "Мій звіт" } }],
    });
    expect(model.fingerprint()).toBe(before);
  });

  it("asks outside any batch and writes nothing when the workbook changed while the user was answering", async () => {
    await operations.loadEmbedded(ui(true));
    let syncsWhileAsking = -1;
    const outcome = await operations.loadEmbedded(
      ui(true, () => {
        syncsWhileAsking = sim.stats.syncs.length;
        const sheet = sim.model.sheetByName("Довідники");
        if (sheet) sheet.name = "Довідники (мої)";
      }),
    );
    expect(outcome).toEqual({ kind: "changed" });
    expect(syncsWhileAsking).toBeGreaterThan(0);
    expect(sim.model.sheets.map((s) => s.name)).toEqual(["Аркуш1", "Програма", "Виконавці", "Призначення", "Довідники (мої)"]);
  });

  const delaysForCellEdit = apiVersion === HOSTS.microsoft365;

  it(`[edit.delayForCellEdit] ${delaysForCellEdit ? "asks Excel to hold its requests" : "tries again"} while the user is editing a cell, and goes on once they finish`, async () => {
    await operations.loadEmbedded(ui(true));
    const before = sim.model.fingerprint();
    sim.resetStats();
    sim.model.cellEditMode = true;
    const reload = createProgrammeOperations(() => "uk", { delaysMs: [15, 30, 60, 120] }).loadEmbedded(ui(true));
    // Should the wait below fail, the reload must not outlive the test unobserved.
    reload.catch(() => undefined);
    // Excel 2019 refuses the first request (and it is tried again later); Microsoft 365 holds it.
    await until(() => (delaysForCellEdit ? sim.model.requestsWaitingForCellEdit === 1 : sim.stats.syncs.length >= 1));
    expect(sim.model.fingerprint()).toBe(before);
    sim.model.cellEditMode = false;
    expect(await reload).toMatchObject({ kind: "loaded" });
    // On Microsoft 365 nothing was refused: the reload took its usual four syncs (look, look again, read the tables, write).
    if (delaysForCellEdit) expect(sim.stats.syncs).toHaveLength(4);
  });

  // Only a host without delayForCellEdit gives up: Microsoft 365 holds the request as long as the user edits.
  if (!delaysForCellEdit) {
    it("tells the user to finish editing when they do not, having changed nothing", async () => {
      await operations.loadEmbedded(ui(true));
      const before = sim.model.fingerprint();
      sim.model.cellEditMode = true;
      await expect(operations.loadEmbedded(ui(true))).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
      sim.model.cellEditMode = false;
      expect(sim.model.fingerprint()).toBe(before);
    });
  }
});

describe("large writes stay under Excel on the web's 5 MB per request", () => {
  let sim: InstalledSimulator;
  beforeEach(() => {
    sim = installExcelSimulator();
  });
  afterEach(() => sim.uninstall());

  it("writes the 1,500-measure programme in requests that each fit", async () => {
    const programme = parseAnnexText(syntheticAnnex(60, 25)).programme;
    const outcome = await writeOwnSheets(programmeSheetPlans(programme), { confirmReplace: async () => true, progress: () => undefined });
    expect(outcome).toMatchObject({ kind: "written" });
    const writes = sim.stats.syncs.slice(1);
    expect(writes.length).toBe(outcome.kind === "written" ? outcome.requests : -1);
    for (const s of sim.stats.syncs) expect(s.payloadBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    expect(sim.model.snapshot("Програма")).toHaveLength(1501);
  });

  it("splits a 20,000-row sheet of Cyrillic text (UTF-8 bytes counted) into several requests, every one under the limit", async () => {
    const plan = largeSheetPlan();
    const outcome = await writeOwnSheets([plan], { confirmReplace: async () => true, progress: () => undefined });
    expect(outcome).toMatchObject({ kind: "written" });
    const total = sim.stats.syncs.reduce((s, x) => s + x.payloadBytes, 0);
    expect(total).toBeGreaterThan(2 * PAYLOAD_LIMIT_BYTES);
    expect(outcome.kind === "written" && outcome.requests).toBeGreaterThanOrEqual(3);
    for (const s of sim.stats.syncs) expect(s.payloadBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    const rows = sim.model.snapshot("Великий");
    expect(rows).toHaveLength(20_001);
    expect(rows[1]?.[0]).toBe("1.10");
    expect(rows[20_000]?.[2]).toBe(19_999);
  });
});
