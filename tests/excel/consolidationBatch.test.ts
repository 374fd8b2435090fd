import type { ImportUi } from "../../src/domain/consolidation/operations";
import { runBuildSummaries } from "../../src/commands/buildSummariesCommand";
import type { DialogAnswer, DialogRequest } from "../../src/commands/dialogProtocol";
import { SUMMARY_SHEETS, SUMMARY_TABLES } from "../../src/domain/consolidation/summarySheets";
import { units } from "../../src/domain/reports/units";
import { createProgrammeOperations } from "../../src/excel/programmeOperations";
import { EVERY_HOST, HOSTS, installExcelSimulator, type InstalledSimulator } from "../support/excelSimulator";
import { visibleWorkbook } from "../support/visibleWorkbook";
import { consolidationOperations, programme, reportFiles, yes, summaryTable } from "../support/consolidation";

const all = units(programme);

let files: { name: string; bytes: Uint8Array }[] = [];
let resubmitted: { name: string; bytes: Uint8Array }[] = [];
beforeAll(async () => {
  files = await reportFiles(all);
  resubmitted = (await reportFiles(all, "18.07.2025")).slice(0, 3);
});

/** Distinct hashes per copy, so copies of one file are told apart as files (their units then repeat). */
function operations() {
  let k = 0;
  return consolidationOperations(async () => `hash-${k++}`);
}

const copies = (n: number) => Array.from({ length: n }, (_, i) => files[i % files.length] as { name: string; bytes: Uint8Array }).map((f, i) => ({ name: `${i}-${f.name}`, bytes: f.bytes }));

describe.each(EVERY_HOST)("the consolidation batch on %s", (_label, apiVersion) => {
  let sim: InstalledSimulator;
  beforeEach(async () => {
    sim = installExcelSimulator({ apiVersion });
    await createProgrammeOperations(() => "uk").loadEmbedded(yes);
    sim.resetStats();
  });
  afterEach(() => sim.uninstall());
  /** The row of «Зведення»'s header: the table stands under the lines saying who reported. */
  const tableTop = () => sim.model.tables.find((t) => t.name === SUMMARY_TABLES.tasks)?.rect.row ?? -1;

  it.each([4, 70])("imports %i files in three syncs, each request under the limit", async (n) => {
    const outcome = await operations().importFiles(copies(n), yes);
    expect(outcome.kind === "imported" && outcome.files).toHaveLength(n);
    expect(sim.stats.syncs.length).toBe(3);
    expect(Math.max(...sim.stats.syncs.map((s) => s.payloadBytes))).toBeLessThan(4_000_000);
  });

  it("asks outside the batch before replacing reports, and still takes three syncs in all", async () => {
    const ops = operations();
    await ops.importFiles(files, yes);
    sim.resetStats();
    let syncsWhenAsked = -1;
    const outcome = await ops.importFiles(resubmitted, { confirmReplace: async () => ((syncsWhenAsked = sim.stats.syncs.length), true), progress: () => undefined, confirmPersonalData: async () => true });
    expect(outcome.kind === "imported" && outcome.files.map((f) => f.status)).toEqual(["accepted", "acceptedWithWarnings", "acceptedWithWarnings"]);
    expect(syncsWhenAsked).toBe(2);
    expect(sim.stats.syncs.length).toBe(3);
  });

  it("gives the summaries Ukrainian-style number formats: thousands grouped, funds to one decimal, completeness in per cent", async () => {
    await operations().importFiles(files, yes);
    const sheet = sim.model.sheetByName(SUMMARY_SHEETS.tasks);
    if (!sheet) throw new Error("no «Зведення»");
    const header = summaryTable(sim.model, SUMMARY_SHEETS.tasks)[0] ?? [];
    const format = (title: string) => sim.model.cell(sheet, tableTop() + 1, header.indexOf(title))?.numberFormat;
    expect([format("Очікувано звітів"), format("Використано коштів, тис. грн"), format("Повнота")]).toEqual(["#,##0", "#,##0.0", "0.0%"]);
  });

  it.each([
    [false, "a marker in its place"],
    [true, "the text as it is"],
  ])("lists the personal data bound for «Звіт про виконання» before building it; answered %s, the published table shows %s", async (include) => {
    const asked: string[][] = [];
    const outcome = await operations().importFiles(files, { ...yes, confirmPersonalData: async (f) => (asked.push(f.map((i) => `${i.location.sheet ?? ""}!${i.location.cell ?? ""} ${String(i.params["kind"])} ${String(i.params["unit"])} ${String(i.params["measure"])}`)), include) });
    const data = sim.model.snapshot(SUMMARY_SHEETS.data);
    const row = data.findIndex((r) => String(r[9]).includes("067 123 45 67"));
    expect(asked).toEqual([[`Дані!J${row + 1} phone ${String(data[row]?.[0])} ${String(data[row]?.[3])}`]]);
    expect(outcome).toMatchObject({ kind: "imported", redacted: include ? 0 : 1 });
    const published = JSON.stringify(sim.model.snapshot(SUMMARY_SHEETS.report));
    expect(published.includes("067 123 45 67")).toBe(include);
    expect(published.includes("можливі персональні дані")).toBe(!include);
    // The internal sheets keep the text, where the officials correct it («Дані», found above); «За заходами» is never redacted.
    expect(JSON.stringify(sim.model.snapshot(SUMMARY_SHEETS.measures))).not.toContain("можливі персональні дані");
  });

  it("from the ribbon, asks about personal data in a dialog and says how many texts the marker replaced", async () => {
    await operations().importFiles(files, yes);
    const requests: DialogRequest[] = [];
    const dialog = async (r: DialogRequest): Promise<DialogAnswer> => (requests.push(r), r.mode === "confirm" ? "no" : "closed");
    expect(await runBuildSummaries("uk", operations(), dialog)).toBeNull();
    expect(requests.map((r) => r.mode)).toEqual(["confirm", "report"]);
    expect(requests[0]?.text).toMatch(/^Попередження — аркуш «Дані», клітинка J\d+: Текст звіту \S+ про захід \S+ \(.+\.xlsx\) може містити персональні дані \(номер телефону\)/u);
    expect(requests[1]?.text).toContain("замінено позначкою 1 текст з можливими персональними даними");
    expect(JSON.stringify(sim.model.snapshot(SUMMARY_SHEETS.report))).not.toContain("067 123 45 67");
  });

  it("draws a chart of completion by task below «Зведення», its bars the completeness of the seven tasks (the total left out)", async () => {
    await operations().importFiles(files, yes);
    const header = summaryTable(sim.model, SUMMARY_SHEETS.tasks)[0] ?? [];
    const column = (title: string) => header.indexOf(title);
    // The lines of who reported stand above the table; the chart follows the table wherever it starts.
    const top = tableTop();
    expect(top).toBeGreaterThan(0);
    expect(sim.model.sheetByName(SUMMARY_SHEETS.tasks)?.charts).toEqual([
      expect.objectContaining({
        type: "BarClustered",
        title: "Повнота звітування за завданнями, I півріччя 2025 року",
        source: { row: top, column: column("Повнота"), rowCount: 8, columnCount: 1 },
        categories: { row: top + 1, column: column("№ завдання"), rowCount: 7, columnCount: 1 },
        valueAxisMaximum: 1,
        position: { start: `A${top + 11}`, end: `I${top + 29}` },
      }),
    ]);
  });

  it("refuses a report with errors whole when the user unticks «take the valid rows»", async () => {
    const taken = await operations().importFiles(files.slice(0, 3), yes);
    sim.uninstall();
    sim = installExcelSimulator({ apiVersion });
    await createProgrammeOperations(() => "uk").loadEmbedded(yes);
    const refused = await operations().importFiles(files.slice(0, 3), { ...yes, acceptValidRows: false });
    // The second report has a status out of the list in one row, the third words in a count.
    expect(taken.kind === "imported" && taken.files.map((f) => f.status)).toEqual(["accepted", "acceptedWithWarnings", "acceptedWithWarnings"]);
    expect(refused.kind === "imported" && refused.files.map((f) => [f.status, f.accepted])).toEqual([["accepted", expect.any(Number)], ["rejected", 0], ["rejected", 0]]);
  });

  it("rebuilds the summaries in three syncs", async () => {
    const ops = operations();
    await ops.importFiles(files, yes);
    sim.resetStats();
    expect(await ops.rebuild(null, yes)).toMatchObject({ kind: "built", period: "2025-H1" });
    expect(sim.stats.syncs.length).toBe(3);
  });

  it("keeps a sheet the user added while answering, and rolls back when the user deleted one of the summaries meanwhile", async () => {
    const ops = operations();
    await ops.importFiles(files, yes);
    const kept = await ops.importFiles(resubmitted.slice(0, 1), { confirmReplace: async () => (sim.model.fill("Мої нотатки", [["нотатка"]]), true), progress: () => undefined, confirmPersonalData: async () => true });
    expect(kept.kind).toBe("imported");
    expect(sim.model.snapshot("Мої нотатки")).toEqual([["нотатка"]]);
    const before = sim.model.fingerprint();
    const deleting = () => {
      const sheet = sim.model.sheetByName(SUMMARY_SHEETS.territories);
      if (sheet) sim.model.sheets.splice(sim.model.sheets.indexOf(sheet), 1);
      return sim.model.fingerprint();
    };
    let afterDeletion = "";
    await expect(ops.importFiles(resubmitted.slice(1, 2), { confirmReplace: async () => ((afterDeletion = deleting()), true), progress: () => undefined, confirmPersonalData: async () => true })).rejects.toMatchObject({ code: "ItemNotFound" });
    expect(afterDeletion).not.toBe(before);
    expect(sim.model.fingerprint()).toBe(afterDeletion);
  });
});

describe("a failure at any action of a consolidation write (Microsoft 365)", () => {
  it("leaves the workbook as it was, or the import complete, and never deletes a sheet the user made (good, partly bad and foreign files)", async () => {
    // A replacing report, one with an error row (taken in part), and a file that is no workbook at all.
    const batch = [...resubmitted.slice(0, 1), ...files.slice(2, 3), { name: "нотатки.xlsx", bytes: new TextEncoder().encode("не книга Excel") }];
    const setUp = async () => {
      const sim = installExcelSimulator({ apiVersion: HOSTS.microsoft365 });
      await createProgrammeOperations(() => "uk").loadEmbedded(yes);
      const ops = operations();
      await ops.importFiles(files.slice(0, 2), yes);
      return { sim, ops };
    };
    const reference = await setUp();
    const before = reference.sim.model.fingerprint();
    const start = reference.sim.appliedActions;
    const answer = (sim: InstalledSimulator): ImportUi => ({ confirmReplace: async () => (sim.model.fill("Мої нотатки", [["нотатка"]]), true), progress: () => undefined, confirmPersonalData: async () => true });
    const referenceOutcome = await reference.ops.importFiles(batch, answer(reference.sim));
    expect(referenceOutcome.kind === "imported" && referenceOutcome.files.map((f) => f.status)).toEqual(["accepted", "acceptedWithWarnings", "rejected"]);
    const actions = reference.sim.appliedActions - start;
    const notes = (sim: InstalledSimulator) => sim.model.sheets.splice(sim.model.sheets.findIndex((s) => s.name === "Мої нотатки"), 1);
    notes(reference.sim);
    // Complete as the user sees it: a write that recovery had to finish keeps no copies for undo.
    const complete = visibleWorkbook(reference.sim.model);
    reference.sim.uninstall();
    expect(actions).toBeGreaterThan(50);
    let restored = 0;
    for (let k = 1; k <= actions; k++) {
      const { sim, ops } = await setUp();
      try {
        expect(sim.model.fingerprint()).toBe(before);
        sim.injectFault(k);
        const result = await ops.importFiles(batch, answer(sim)).then(
          (o) => o.kind,
          (e: { code?: string }) => e.code,
        );
        // A failure before the question leaves nothing to look for; after it, the user's sheet survives.
        if (sim.model.sheetByName("Мої нотатки") === undefined) expect(sim.appliedActions - start).toBeLessThan(actions);
        else {
          expect(sim.model.snapshot("Мої нотатки")).toEqual([["нотатка"]]);
          notes(sim);
        }
        if (result === "imported") expect({ k, complete: visibleWorkbook(sim.model) === complete }).toEqual({ k, complete: true });
        else {
          expect({ k, result, unchanged: sim.model.fingerprint() === before }).toEqual({ k, result: "GeneralException", unchanged: true });
          restored++;
        }
      } finally {
        sim.uninstall();
      }
    }
    expect(restored).toBeGreaterThan(actions / 2);
  }, 600_000);
});
