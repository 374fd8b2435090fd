import type { Issue } from "../../src/domain/issues";
import { formatIssue } from "../../src/domain/messages";
import { demoReports } from "../../src/domain/consolidation/demoReports";
import { SUMMARY_SHEETS } from "../../src/domain/consolidation/summarySheets";
import { units } from "../../src/domain/reports/units";
import { createProgrammeOperations } from "../../src/excel/programmeOperations";
import { createReportOperations } from "../../src/excel/reportOperations";
import { sheetPlansToXlsx } from "../../src/xlsx/writeSheetPlans";
import { EVERY_HOST, installExcelSimulator, type InstalledSimulator } from "../support/excelSimulator";
import { consolidationOperations, H1, programme, reportFiles, summaryTable, yes } from "../support/consolidation";

/** What an official pastes into «Довідники»: names and districts in two columns, one «назва; район» in one cell, one district nobody knows. */
const TYPED: readonly (readonly [string, string])[] = [
  ["Уманська міська територіальна громада", "Уманський район"],
  ["Звенигородська міська територіальна громада; Звенигородський район", ""],
  ["Смілянська міська територіальна громада", "Смілянський район"],
];
const COMMUNITIES = [
  { name: "Уманська міська територіальна громада", district: "Р03" },
  { name: "Звенигородська міська територіальна громада", district: "Р01" },
  { name: "Смілянська міська територіальна громада", district: null },
];

const districts = units(programme).filter((u) => u.type === "districtAdministration");
const communities = units(programme, COMMUNITIES).filter((u) => u.type === "community");

function typeCommunities(sim: InstalledSimulator): void {
  const table = sim.model.tables.find((x) => x.name === "pmCommunities");
  if (!table) throw new Error("no pmCommunities");
  const sheet = sim.model.sheetById(table.sheetId);
  TYPED.forEach((row, r) => row.forEach((value, c) => (sim.model.cellForWrite(sheet, table.rect.row + 1 + r, table.rect.column + c).value = value)));
  table.rect = { ...table.rect, rowCount: TYPED.length + 1 };
}

describe.each(EVERY_HOST)("communities in Excel on %s: listed on «Довідники», or said to be missing", (_label, apiVersion) => {
  let sim: InstalledSimulator;
  const ops = consolidationOperations();
  beforeEach(async () => {
    sim = installExcelSimulator({ apiVersion });
    await createProgrammeOperations(() => "uk").loadEmbedded(yes);
  });
  afterEach(() => sim.uninstall());

  it("gives «Довідники» a column for the district beside each community", () => {
    const table = sim.model.tables.find((x) => x.name === "pmCommunities");
    expect(summaryTable(sim.model, "Довідники")[0]?.slice(table?.rect.column ?? 0, (table?.rect.column ?? 0) + 2)).toEqual(["Територіальна громада", "Район"]);
  });

  it("says after a consolidation that no community is listed, what that leaves out and how to add them, and gives who reported in two figures", async () => {
    const outcome = await ops.importFiles(await reportFiles(districts), yes);
    if (outcome.kind !== "imported") throw new Error(outcome.kind);
    const warning = outcome.notes.find((i) => i.code === "units.noCommunities");
    expect(warning).toMatchObject({ severity: "warning", params: { measures: 27, orphans: 1, codes: " (6.1)" } });
    expect(outcome.reporting).toEqual({ required: { expected: 14, reported: 4, notReported: expect.arrayContaining(["В01", "В10"]) }, byConsent: { expected: 4, reported: 0, notReported: ["В11", "В12", "В13", "В14"] } });
    // The lines above the table, a long one going on in the rows under it.
    const top = sim.model.tables.find((x) => sim.model.sheetById(x.sheetId).name === SUMMARY_SHEETS.tasks)?.rect.row ?? 0;
    const above = sim.model.snapshot(SUMMARY_SHEETS.tasks).slice(0, top).map((r) => String(r[0] ?? ""));
    expect(above.join(" ")).toContain("жодної громади не вказано");
    expect(above[0]).toBe("Обов’язкові виконавці: звітували 4 з 14 (28,6%).");
  });

  it("expects the communities typed in, takes their reports, and shows each under its district in «За територіями»", async () => {
    typeCommunities(sim);
    const files = [...(await reportFiles(districts)), ...(await Promise.all(demoReports(programme, communities.slice(0, 2), H1, "15.07.2025", "01.08.2025").map(async (r) => ({ name: r.file, bytes: await sheetPlansToXlsx(r.plans) }))))];
    const outcome = await ops.importFiles(files, yes);
    if (outcome.kind !== "imported") throw new Error(outcome.kind);
    expect(outcome.files.map((f) => f.status).filter((s) => s === "rejected")).toEqual([]);
    expect(outcome.notes.map((i) => i.code)).not.toContain("units.noCommunities");
    // The district nobody knows is named with its cell on «Довідники».
    expect(outcome.notes.filter((i) => i.code === "communities.unknownDistrict").map((i) => [i.location.sheet, i.params["name"]])).toEqual([["Довідники", "Смілянська міська територіальна громада"]]);
    expect(outcome.reporting?.byConsent).toEqual({ expected: 7, reported: 2, notReported: ["В11", "В12", "В13", "В14", "Г03"] });
    const territories = summaryTable(sim.model, SUMMARY_SHEETS.territories).map((r) => [r[0] ?? "", r[1], r[2]]);
    expect(territories.slice(1)).toEqual([
      ["Звенигородський район", "Звенигородська РДА", 25],
      ["Звенигородський район", "Звенигородська міська ТГ", 27],
      ["Золотоніський район", "Золотоніська РДА", 25],
      ["Уманський район", "Уманська РДА", 25],
      ["Уманський район", "Уманська міська ТГ", 27],
      ["Черкаський район", "Черкаська РДА", 25],
      ["район не вказано", "Смілянська міська ТГ", 27],
      ["", "Обласний рівень (обласні виконавці)", 126],
    ]);
    // The district is named once at the head of its group: the column hides a value equal to the visible one above.
    expect(sim.model.sheetByName(SUMMARY_SHEETS.territories)?.conditionalFormats.length).toBeGreaterThan(0);
  });

  it("keeps the communities and their districts when the programme is loaded again", async () => {
    typeCommunities(sim);
    await createProgrammeOperations(() => "uk").loadEmbedded(yes);
    const table = sim.model.tables.find((x) => x.name === "pmCommunities");
    const rows = summaryTable(sim.model, "Довідники").slice(1, 1 + TYPED.length).map((r) => r.slice(table?.rect.column ?? 0, (table?.rect.column ?? 0) + 2));
    expect(rows).toEqual(TYPED.map(([name, district]) => [name, district === "" ? null : district]));
  });

  it("says in the template and checking steps too that no community is listed, and stops saying it once they are", async () => {
    const checks = createReportOperations({ today: () => "2026-11-28", renderXlsx: sheetPlansToXlsx });
    const choices = await checks.templateChoices();
    expect(choices.notes.map((i) => [i.code, i.severity, i.params["orphans"]])).toEqual([["units.noCommunities", "warning", 1]]);
    // In Excel the way is «Довідники»; the command line's options are for the command line's own output.
    const fix = formatIssue("uk", choices.notes[0] as Issue).fix;
    expect(fix).toContain("«Довідники»");
    expect(fix).not.toContain("--");
    expect(choices.units.some((u) => u.code.startsWith("Г"))).toBe(false);
    await checks.createTemplate("Р03", "2025-H1", "sheet", async () => true);
    const checked = await checks.check("active");
    expect(checked.reports).toHaveLength(1);
    expect(checked.notes.map((i) => [i.code, i.params["measures"]])).toEqual([["units.noCommunities", 27]]);
    // A note about the programme, not a remark on the report: the report's own remarks do not carry it.
    expect(checked.issues.map((i) => i.code)).not.toContain("units.noCommunities");
    typeCommunities(sim);
    expect((await checks.templateChoices()).notes).toEqual([]);
    expect((await checks.check("active")).notes).toEqual([]);
  });
});
