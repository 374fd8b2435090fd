import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { cellText } from "../../src/domain/cell";
import { readWorkbookGrids } from "../../src/xlsx/readWorkbookGrid";

/** The CLI in this process: what it prints on each stream, and its exit code. */
async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, stdout: out.join("\n"), stderr: err.join("\n") };
}

const tmp = mkdtempSync(join(tmpdir(), "pm-communities-"));
const path = (...parts: string[]) => join(tmp, ...parts);
const TEXT_LIST = "Уманська міська територіальна громада; Уманський район\nЗвенигородська міська територіальна громада, Звенигородський район\n";
writeFileSync(path("list.txt"), TEXT_LIST);
writeFileSync(path("header-only.txt"), "Територіальна громада; Район\n\n");

async function xlsxList(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Громади");
  ws.addRows([["Територіальна громада", "Район"], ["Уманська міська територіальна громада", "Уманський"], ["Катеринопільська селищна територіальна громада", "Звенигородська РДА"], ["Смілянська міська територіальна громада", "Смілянський район"]]);
  await wb.xlsx.writeFile(file);
}

/** A template filled in as a careful executor would: every measure «Виконано». */
async function filledFrom(template: string, out: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(template) as unknown as ArrayBuffer);
  const ws = wb.worksheets.find((w) => w.name.startsWith("Звіт")) as ExcelJS.Worksheet;
  ws.getCell("B5").value = "10.07.2025";
  // Column F holds the programme's plan for the year (locked); the answers are C–E and G–I.
  for (let r = 8; ws.getCell(`A${r}`).value !== null; r++) ([[3, "Виконано"], [4, 1], [5, 20], [7, 0], [8, "Не потребує фінансування"], [9, "Проведено зустрічі."]] as const).forEach(([c, v]) => (ws.getCell(r, c).value = v));
  await wb.xlsx.writeFile(out);
  return out;
}

const NO_COMMUNITIES = "«органи місцевого самоврядування» — це громади області, але жодної громади не вказано";

describe("the communities a command works with: none by default (and it says so), or --communities FILE", () => {
  jest.setTimeout(120_000);

  it("template --all says that no community is listed, how many measures that leaves, and how to add them", async () => {
    const r = await cli("template", "--all", "--period", "2025-H1", "--out-dir", path("none"));
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(NO_COMMUNITIES);
    expect(r.stderr).toContain("не очікується у 27 заходах; без жодного виконавця лишається заходів: 1 (6.1)");
    expect(r.stderr).toContain("«Довідники»");
    expect(r.stderr).toContain("--communities ФАЙЛ");
    expect(readdirSync(path("none")).filter((f) => f.startsWith("Г"))).toEqual([]);
    const en = await cli("template", "--all", "--period", "2025-H1", "--out-dir", path("none-en"), "--lang", "en");
    expect(en.stderr).toContain("stands for the oblast’s communities, but no community is listed");
    expect(en.stderr).toContain("measures left with no executor at all: 1 (6.1)");
  });

  it("template --all --communities list.txt writes a template for each community listed, and the warning is gone", async () => {
    const r = await cli("template", "--all", "--period", "2025-H1", "--out-dir", path("text"), "--communities", path("list.txt"));
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("Громад у списку «list.txt»: 2.");
    expect(r.stderr).not.toContain(NO_COMMUNITIES);
    expect(readdirSync(path("text")).filter((f) => f.startsWith("Г")).sort()).toEqual(["Г01_Уманська_міська_ТГ_2025-H1.xlsx", "Г02_Звенигородська_міська_ТГ_2025-H1.xlsx"]);
    const one = await cli("template", "--unit", "Уманська міська ТГ", "--period", "2025-H1", "--out", path("umanska.xlsx"), "--communities", path("list.txt"));
    expect(one.code).toBe(0);
  });

  it("reads an .xlsx list under its headers, and names a district it does not know", async () => {
    await xlsxList(path("list.xlsx"));
    const r = await cli("template", "--all", "--period", "2025-H1", "--out-dir", path("xlsx"), "--communities", path("list.xlsx"));
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("Громад у списку «list.xlsx»: 3.");
    expect(r.stderr).toMatch(/файл «list\.xlsx», аркуш «Громади», клітинка A4: Район «Смілянський район» громади «Смілянська міська територіальна громада» не розпізнано/u);
    expect(readdirSync(path("xlsx")).filter((f) => f.startsWith("Г"))).toHaveLength(3);
  });

  it("refuses a list it cannot use, saying why, and writes nothing", async () => {
    const missing = await cli("template", "--all", "--period", "2025-H1", "--out-dir", path("refused"), "--communities", path("no-such.txt"));
    expect([missing.code, missing.stderr]).toEqual([2, expect.stringContaining("файл «no-such.txt»: Файл не знайдено.")]);
    mkdirSync(path("folder.txt"));
    const folder = await cli("validate", path("list.txt"), "--communities", path("folder.txt"));
    expect([folder.code, folder.stderr]).toEqual([2, expect.stringContaining("Це тека, а не файл.")]);
    const empty = await cli("consolidate", path("list.txt"), "--out", path("s.xlsx"), "--communities", path("header-only.txt"));
    expect([empty.code, empty.stderr]).toEqual([2, expect.stringContaining("У списку громад немає жодної громади.")]);
    expect(readdirSync(tmp)).not.toContain("refused");
    expect(readdirSync(tmp)).not.toContain("s.xlsx");
    const noValue = await cli("template", "--all", "--period", "2025-H1", "--out-dir", path("refused"), "--communities");
    expect(noValue.code).toBe(1);
  });

  it("consolidates a community's report only when the community is listed, with completeness in two figures in --json and on stdout", async () => {
    const filled = await filledFrom(path("text", "Г01_Уманська_міська_ТГ_2025-H1.xlsx"), path("filled.xlsx"));

    const checked = await cli("validate", filled);
    expect([checked.code, checked.stderr]).toEqual([1, expect.stringContaining(NO_COMMUNITIES)]);
    expect((await cli("validate", filled, "--communities", path("list.txt"))).code).toBe(0);
    const without = await cli("consolidate", filled, "--json", "--out", path("without.xlsx"));
    expect(without.code).toBe(2);
    expect(without.stderr).toContain("Виконавця «Уманська міська територіальна громада» немає в переліку");

    const r = await cli("consolidate", filled, "--json", "--out", path("with.xlsx"), "--communities", path("list.txt"));
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as { executors: Record<"required" | "byConsent", { expected: number; reported: number; notReported: string[] }>; byUnit: { code: string; byConsent: boolean }[]; byTerritory: { code: string; district: string | null }[]; classesWithoutMembers: unknown[] };
    expect(doc.executors.required).toMatchObject({ expected: 14, reported: 0 });
    expect(doc.executors.byConsent).toMatchObject({ expected: 6, reported: 1 });
    expect(doc.executors.byConsent.notReported).toEqual(["В11", "В12", "В13", "В14", "Г02"]);
    expect(doc.byUnit.find((u) => u.code === "Г01")?.byConsent).toBe(true);
    expect(doc.byTerritory.filter((x) => x.district === "Р03").map((x) => x.code)).toEqual(["Р03", "Г01"]);
    expect(doc.classesWithoutMembers).toEqual([]);
    const text = await cli("consolidate", filled, "--out", path("with2.xlsx"), "--communities", path("list.txt"));
    expect(text.stdout).toContain("Обов’язкові виконавці: звітували 0 з 14 (0,0%).");
    expect(text.stdout).toContain("Виконавці за згодою (звітують добровільно): звітували 1 з 6 (16,7%).");
    expect(text.stdout).toContain("Не звітували (за згодою): Черкаський обласний центр зайнятості, УДМС, Регіональний центр з надання безоплатної вторинної правової допомоги, БО «100% ЖИТТЯ ЧЕРКАСИ», Звенигородська міська ТГ.");
    // The sheets say it too: the two figures above «Зведення».
    const grids = await readWorkbookGrids(readFileSync(path("with.xlsx")));
    const tasks = grids.find((g) => g.sheet === "Зведення");
    // The lines above the table, a long one going on in the rows under it, as wide as the table.
    const lines = (tasks?.cells ?? []).filter((c) => c.column === 0 && c.row < 8).map((c) => cellText(c.value));
    expect(lines[0]).toBe("Обов’язкові виконавці: звітували 0 з 14 (0,0%).");
    expect(lines[1]).toMatch(/^Не звітували \(обов’язкові\): Управління у справах сім’ї/u);
    expect(lines).toContain("Виконавці за згодою (звітують добровільно): звітували 1 з 6 (16,7%).");
  });

  it("consolidate without communities says so with its summaries, and --json names the class and what it leaves", async () => {
    const r = await cli("consolidate", await filledFrom(path("text", "Р01_Звенигородська_РДА_2025-H1.xlsx"), path("р01.xlsx")), "--json", "--out", path("blank.xlsx"));
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as { classesWithoutMembers: unknown[] };
    expect(doc.classesWithoutMembers).toEqual([{ code: "В16", name: "органи місцевого самоврядування", measures: 27, withoutExecutor: ["6.1"] }]);
    expect(r.stderr).toContain(NO_COMMUNITIES);
    const grids = await readWorkbookGrids(readFileSync(path("blank.xlsx")));
    expect((grids.find((g) => g.sheet === "Зведення")?.cells ?? []).map((c) => cellText(c.value))).toContainEqual(expect.stringContaining(NO_COMMUNITIES));
  });
});
