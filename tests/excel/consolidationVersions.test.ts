import { readFileSync } from "node:fs";
import { demoReports } from "../../src/domain/consolidation/demoReports";
import { SUMMARY_SHEETS } from "../../src/domain/consolidation/summarySheets";
import { units } from "../../src/domain/reports/units";
import { createProgrammeOperations } from "../../src/excel/programmeOperations";
import { sheetPlansToXlsx } from "../../src/xlsx/writeSheetPlans";
import { EVERY_HOST, installExcelSimulator, type InstalledSimulator } from "../support/excelSimulator";
import { consolidationOperations, H1, programme, yes, summaryTable } from "../support/consolidation";
import { fixturePath } from "../support/fixtures";

const [р01, р02] = units(programme).filter((u) => u.type === "districtAdministration");

/** A returned file of the command-line corpus, under the name the user gave it. */
const fixture = (path: string, name: string) => ({ name, bytes: new Uint8Array(readFileSync(fixturePath(path))) });

describe.each(EVERY_HOST)("the task pane's import keeps provenance by file and sheet, and the later version, on %s", (_label, apiVersion) => {
  let sim: InstalledSimulator;
  beforeEach(async () => {
    sim = installExcelSimulator({ apiVersion });
    await createProgrammeOperations(() => "uk").loadEmbedded(yes);
  });
  afterEach(() => sim.uninstall());

  const dataOf = () => sim.model.snapshot(SUMMARY_SHEETS.data).slice(1);
  const logOf = () => sim.model.snapshot(SUMMARY_SHEETS.log).slice(1);

  it("counts both districts' report sheets of one workbook, each with its sheet, as the CLI does", async () => {
    // Two report sheets copied into one workbook (sheet copies leave the metadata sheet behind).
    const sheets = [р01, р02].map((u) => demoReports(programme, [u as NonNullable<typeof u>], H1, "15.07.2025", "01.08.2025")[0]?.plans[0]);
    const bytes = await sheetPlansToXlsx(sheets.filter((p) => p !== undefined));
    const outcome = await consolidationOperations().importFiles([{ name: "дві РДА.xlsx", bytes }], yes);
    expect(outcome.kind === "imported" && outcome.files.map((f) => [f.file, f.sheet, f.status])).toEqual([
      ["дві РДА.xlsx", "Звіт Р01 2025-H1", "accepted"],
      ["дві РДА.xlsx", "Звіт Р02 2025-H1", "accepted"],
    ]);
    expect(new Set(dataOf().map((r) => `${r[0]} ${r[13]}`))).toEqual(new Set(["Р01 Звіт Р01 2025-H1", "Р02 Звіт Р02 2025-H1"]));
    expect(logOf().map((r) => [r[3], r[9], r[10]])).toEqual([["Р01", "зведено", "Звіт Р01 2025-H1"], ["Р02", "зведено", "Звіт Р02 2025-H1"]]);
    // The same workbook again: both sheets are already in «Дані».
    const again = await consolidationOperations().importFiles([{ name: "дві РДА.xlsx", bytes }], yes);
    expect(again.kind === "imported" && again.files.map((f) => f.status)).toEqual(["skipped", "skipped"]);
  });

  it("takes the version with the later «Дата подання» whatever the order, tells the user of the other, and judges timeliness by the first", async () => {
    // Уманська РДА's report of 15.07.2025 and its correction of 25.07.2025 (after the deadline), the correction first.
    const correction = fixture("reports-bad/consolidate-superseded-correction-first/b-correction.xlsx", "Р03 виправлений.xlsx");
    const original = fixture("reports-bad/consolidate-superseded-correction-first/a-original.xlsx", "Р03.xlsx");
    const outcome = await consolidationOperations().importFiles([correction, original], yes);
    if (outcome.kind !== "imported") throw new Error(outcome.kind);
    expect(outcome.files.map((f) => [f.file, f.status])).toEqual([["Р03 виправлений.xlsx", "accepted"], ["Р03.xlsx", "superseded"]]);
    expect(outcome.files[1]?.issues.map((i) => i.code)).toContain("consolidate.superseded");
    expect(new Set(dataOf().map((r) => [r[12], r[11], r[17]].join(" | ")))).toEqual(new Set(["Р03 виправлений.xlsx | 25.07.2025 | 15.07.2025"]));
    expect(logOf().map((r) => [r[0], r[9]])).toEqual([["Р03 виправлений.xlsx", "зведено"], ["Р03.xlsx", "не зведено: є новіша версія"]]);
    const byUnit = summaryTable(sim.model, SUMMARY_SHEETS.units);
    const row = byUnit.find((r) => r[0] === "Р03") ?? [];
    const at = (title: string) => byUnit[0]?.indexOf(title) ?? -1;
    expect([row[at("Вчасно")], row[at("Дата подання")]]).toEqual(["так", "25.07.2025 (уперше 15.07.2025)"]);
    // The older version imported later does not replace the newer one in «Дані».
    const older = await consolidationOperations().importFiles([fixture("reports/good/report.xlsx", "Р03 старий.xlsx")], yes);
    expect(older.kind === "imported" && older.files.map((f) => f.status)).toEqual(["superseded"]);
    expect(new Set(dataOf().map((r) => r[12]))).toEqual(new Set(["Р03 виправлений.xlsx"]));
  });
});
