import { demoReports } from "../../src/domain/consolidation/demoReports";
import { SUMMARY_SHEETS } from "../../src/domain/consolidation/summarySheets";
import type { ImportUi } from "../../src/domain/consolidation/operations";
import type { OperationUi } from "../../src/domain/operations";
import { parseEmbeddedProgramme } from "../../src/domain/programme/embeddedProgramme";
import { reportingPeriods } from "../../src/domain/programme/referenceLists";
import { units } from "../../src/domain/reports/units";
import { createConsolidationOperations } from "../../src/excel/consolidationOperations";
import { createProgrammeOperations } from "../../src/excel/programmeOperations";
import { readSourceBytes } from "../../src/xlsx/readSource";
import { sheetPlansToXlsx } from "../../src/xlsx/writeSheetPlans";
import { HOSTS, installExcelSimulator, type InstalledSimulator } from "../support/excelSimulator";

const programme = parseEmbeddedProgramme().programme;
const all = units(programme);
const H1 = reportingPeriods(programme.years).find((p) => p.code === "2025-H1") as NonNullable<ReturnType<typeof reportingPeriods>[number]>;
const yes: OperationUi & ImportUi = { confirmReplace: async () => true, progress: () => undefined };

let files: { name: string; bytes: Uint8Array }[] = [];
let resubmitted: { name: string; bytes: Uint8Array }[] = [];
beforeAll(async () => {
  const make = (submitted: string) => Promise.all(demoReports(programme, all, H1, submitted, "01.08.2025").map(async (r) => ({ name: r.file, bytes: await sheetPlansToXlsx(r.plans) })));
  files = await make("15.07.2025");
  resubmitted = (await make("14.07.2025")).slice(0, 3);
});

/** Distinct hashes per copy, so copies of one file are told apart as files (their units then repeat). */
function operations() {
  let k = 0;
  return createConsolidationOperations({ readFile: readSourceBytes, sha256: async () => `hash-${k++}`, now: () => "2026-11-28 10:00:00", today: () => "2026-11-28", locale: () => "uk", policy: { delaysMs: [1] } });
}

const copies = (n: number) => Array.from({ length: n }, (_, i) => files[i % files.length] as { name: string; bytes: Uint8Array }).map((f, i) => ({ name: `${i}-${f.name}`, bytes: f.bytes }));

describe.each([
  ["Excel 2019 (ExcelApi 1.7)", HOSTS.excel2019],
  ["Microsoft 365", HOSTS.microsoft365],
])("the consolidation batch on %s", (_label, apiVersion) => {
  let sim: InstalledSimulator;
  beforeEach(async () => {
    sim = installExcelSimulator({ apiVersion });
    await createProgrammeOperations(() => "uk").loadEmbedded(yes);
    sim.resetStats();
  });
  afterEach(() => sim.uninstall());

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
    const outcome = await ops.importFiles(resubmitted, { confirmReplace: async () => ((syncsWhenAsked = sim.stats.syncs.length), true), progress: () => undefined });
    expect(outcome.kind === "imported" && outcome.files.map((f) => f.status)).toEqual(["accepted", "acceptedWithWarnings", "acceptedWithWarnings"]);
    expect(syncsWhenAsked).toBe(2);
    expect(sim.stats.syncs.length).toBe(3);
  });

  it("gives the summaries Ukrainian-style number formats: thousands grouped, funds to one decimal, completeness in per cent", async () => {
    await operations().importFiles(files, yes);
    const sheet = sim.model.sheetByName(SUMMARY_SHEETS.tasks);
    if (!sheet) throw new Error("no «Зведення»");
    const header = sim.model.snapshot(SUMMARY_SHEETS.tasks)[0] ?? [];
    const format = (title: string) => sim.model.cell(sheet, 1, header.indexOf(title))?.numberFormat;
    expect([format("Очікувано звітів"), format("Використано коштів, тис. грн"), format("Повнота")]).toEqual(["#,##0", "#,##0.0", "0.0%"]);
  });

  it("rebuilds the summaries in three syncs", async () => {
    const ops = operations();
    await ops.importFiles(files, yes);
    sim.resetStats();
    expect(await ops.rebuild(null)).toMatchObject({ kind: "built", period: "2025-H1" });
    expect(sim.stats.syncs.length).toBe(3);
  });

  it("keeps a sheet the user added while answering, and rolls back when the user deleted one of the summaries meanwhile", async () => {
    const ops = operations();
    await ops.importFiles(files, yes);
    const kept = await ops.importFiles(resubmitted.slice(0, 1), { confirmReplace: async () => (sim.model.fill("Мої нотатки", [["нотатка"]]), true), progress: () => undefined });
    expect(kept.kind).toBe("imported");
    expect(sim.model.snapshot("Мої нотатки")).toEqual([["нотатка"]]);
    const before = sim.model.fingerprint();
    const deleting = () => {
      const sheet = sim.model.sheetByName(SUMMARY_SHEETS.territories);
      if (sheet) sim.model.sheets.splice(sim.model.sheets.indexOf(sheet), 1);
      return sim.model.fingerprint();
    };
    let afterDeletion = "";
    await expect(ops.importFiles(resubmitted.slice(1, 2), { confirmReplace: async () => ((afterDeletion = deleting()), true), progress: () => undefined })).rejects.toMatchObject({ code: "ItemNotFound" });
    expect(afterDeletion).not.toBe(before);
    expect(sim.model.fingerprint()).toBe(afterDeletion);
  });
});

describe("a failure at any action of a consolidation write (Microsoft 365)", () => {
  it("leaves the workbook as it was, or the import complete, and never deletes a sheet the user made", async () => {
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
    const answer = (sim: InstalledSimulator): ImportUi => ({ confirmReplace: async () => (sim.model.fill("Мої нотатки", [["нотатка"]]), true), progress: () => undefined });
    await reference.ops.importFiles([...resubmitted.slice(0, 1), ...files.slice(2, 3)], answer(reference.sim));
    const actions = reference.sim.appliedActions - start;
    const notes = (sim: InstalledSimulator) => sim.model.sheets.splice(sim.model.sheets.findIndex((s) => s.name === "Мої нотатки"), 1);
    notes(reference.sim);
    const complete = reference.sim.model.fingerprint();
    reference.sim.uninstall();
    expect(actions).toBeGreaterThan(50);
    let restored = 0;
    for (let k = 1; k <= actions; k++) {
      const { sim, ops } = await setUp();
      try {
        expect(sim.model.fingerprint()).toBe(before);
        sim.injectFault(k);
        const result = await ops.importFiles([...resubmitted.slice(0, 1), ...files.slice(2, 3)], answer(sim)).then(
          (o) => o.kind,
          (e: { code?: string }) => e.code,
        );
        // A failure before the question leaves nothing to look for; after it, the user's sheet survives.
        if (sim.model.sheetByName("Мої нотатки") === undefined) expect(sim.appliedActions - start).toBeLessThan(actions);
        else {
          expect(sim.model.snapshot("Мої нотатки")).toEqual([["нотатка"]]);
          notes(sim);
        }
        if (result === "imported") expect({ k, complete: sim.model.fingerprint() === complete }).toEqual({ k, complete: true });
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
