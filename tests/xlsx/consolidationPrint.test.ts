import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { convertWithLibreOffice, findLibreOffice } from "../../src/cli/libreoffice";
import type { DataRow } from "../../src/domain/consolidation/consolidate";
import { summarise } from "../../src/domain/consolidation/summaries";
import { SUMMARY_SHEETS, summarySheetPlans } from "../../src/domain/consolidation/summarySheets";
import { parseEmbeddedProgramme } from "../../src/domain/programme/embeddedProgramme";
import { parseMatrixGrid } from "../../src/domain/programme/parseMatrixGrid";
import { units } from "../../src/domain/reports/units";
import type { SheetGrid } from "../../src/domain/sheetGrid";
import { sheetPlansToXlsx } from "../../src/xlsx/writeSheetPlans";
import { readFixture, ROOT } from "../support/fixtures";
import { printedRows, readPrintedPages, rowName, rowsClipped, rowsWithGaps } from "../support/printedRows";
import { commandWorks, requireSystemTool } from "../support/systemTool";

const available = requireSystemTool("libreoffice", () => findLibreOffice() !== null) && requireSystemTool("pdfinfo/pdftoppm (poppler-utils)", () => commandWorks("pdfinfo", ["-v"]) && commandWorks("pdftoppm", ["-v"]));
const suite = available ? describe : describe.skip;

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [join(ROOT, "node_modules", "tsx", "dist", "cli.mjs"), join(ROOT, "src", "cli", "main.ts"), ...args], { encoding: "utf8", cwd: ROOT, maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface SummaryJson {
  period: string;
  files: number;
  accepted: number;
  rejected: { file: string; sheet: string | null; row?: number; codes: string[]; reason: string }[];
  rows: number;
  byTask: { task: string; expected: number; received: number; statuses: Record<string, number>; events: number; people: number; funds: number }[];
  byMeasure: { measure: string; received: number }[];
  byUnit: { unit: string; expected: number; received: number; onTime: boolean | null }[];
  byTerritory: { code: string; territory: string; district: string | null; expected: number; received: number }[];
  executors: Record<"required" | "byConsent", { expected: number; reported: number; notReported: string[] }>;
}

suite("the demo and consolidate: reports of every unit, validated, consolidated, printed", () => {
  jest.setTimeout(240_000);
  const out = mkdtempSync(join(tmpdir(), "pm-demo-"));
  const programme = parseEmbeddedProgramme().programme;

  let demo = "";
  beforeAll(() => {
    const r = cli("demo", "--out-dir", out);
    expect(r.code).toBe(0);
    demo = r.stdout;
    // 18 units and 2 of the 4 communities listed report for 2024; the migration service (by consent) skips I півріччя 2025.
    expect(r.stdout).toContain("Зведено 39 файлів");
  });

  it("lists four communities of two districts, shows them under their districts, and counts completeness in two figures", () => {
    expect(demo).toContain("Обов’язкові виконавці: звітували 14 з 14 (100,0%).");
    expect(demo).toContain("Виконавці за згодою (звітують добровільно): звітували 5 з 8 (62,5%).");
    expect(demo).toContain("Не звітували (за згодою): УДМС, Ладижинська сільська ТГ, Катеринопільська селищна ТГ.");
    expect(demo).toContain("  Звенигородський район: Звенигородська РДА 25/25 · Звенигородська міська ТГ 27/27 · Катеринопільська селищна ТГ 0/27");
    expect(demo).toContain("  Уманський район: Уманська РДА 25/25 · Уманська міська ТГ 27/27 · Ладижинська сільська ТГ 0/27");
    expect(demo).not.toContain("жодної громади не вказано");
  });

  it("consolidates the demo's reports into the JSON document the README describes", () => {
    const reports = readdirSync(join(out, "reports")).map((f) => join(out, "reports", f));
    // The communities are those listed on «Довідники» of the demo's programme.xlsx.
    const source = join(out, "programme.xlsx");
    const r = cli("consolidate", ...reports, "--source", source, "--period", "I півріччя 2025", "--json", "--out", join(out, "again.xlsx"));
    // The demo's reports hold a few typical mistakes: those rows are not taken, each listed with its reason (exit 1).
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout) as SummaryJson;
    expect(doc).toMatchObject({ period: "2025-H1", files: 39, accepted: 39 });
    expect(doc.executors.required).toMatchObject({ expected: 14, reported: 14 });
    expect(doc.executors.byConsent).toMatchObject({ expected: 8, reported: 5, notReported: ["В12", "Г02", "Г04"] });
    expect(doc.byTerritory.map((x) => [x.district, x.territory])).toEqual([
      ["Р01", "Звенигородська РДА"],
      ["Р01", "Звенигородська міська ТГ"],
      ["Р01", "Катеринопільська селищна ТГ"],
      ["Р02", "Золотоніська РДА"],
      ["Р03", "Уманська РДА"],
      ["Р03", "Уманська міська ТГ"],
      ["Р03", "Ладижинська сільська ТГ"],
      ["Р04", "Черкаська РДА"],
      [null, "Обласний рівень (обласні виконавці)"],
    ]);
    expect(doc.rejected.map((x) => [x.sheet, x.row, x.codes])).toEqual([
      ["Звіт В02 2024-Y", 8, ["report.status.unknown"]],
      ["Звіт В02 2025-H1", 8, ["report.status.unknown"]],
      ["Звіт В03 2024-Y", 9, ["report.count.invalid"]],
      ["Звіт В03 2025-H1", 9, ["report.count.invalid"]],
      ["Звіт В04 2024-Y", 8, ["report.reasons.missing"]],
      ["Звіт В04 2025-H1", 8, ["report.reasons.missing"]],
    ]);
    for (const x of doc.rejected) expect(r.stderr).toContain(x.reason);
    expect(doc.byTask.map((t) => t.task)).toEqual(["1", "2", "3", "4", "5", "6", "7"]);
    expect(doc.byMeasure).toHaveLength(28);
    expect(doc.byTask.reduce((n, t) => n + t.received, 0)).toBe(doc.rows);
    expect(doc.byUnit.find((u) => u.unit === "Черкаська РДА")?.onTime).toBe(true);
    expect(doc.byUnit.filter((u) => u.onTime === false)).toHaveLength(1);
    expect(r.stderr).toContain("уперше подано 01.08.2025, пізніше строку 20.07.2025");
    // The phone number one executor wrote into a narrative is listed, and kept out of the published table unless asked.
    expect(r.stderr).toMatch(/аркуш «Дані», клітинка J\d+: Текст звіту \S+ про захід [\d.]+ \(.+\.xlsx\) може містити персональні дані \(номер телефону\)/u);
    expect(r.stderr).toContain("додайте --include-personal-data");
    const kept = cli("consolidate", ...reports, "--source", source, "--period", "2025-H1", "--include-personal-data", "--out", join(out, "kept.xlsx"));
    expect(kept.code).toBe(1);
    expect(kept.stderr).toContain("номер телефону");
    expect(kept.stderr).not.toContain("додайте --include-personal-data");
    const year = JSON.parse(cli("consolidate", ...reports, "--source", source, "--period", "2024", "--json", "--out", join(out, "year.xlsx")).stdout) as SummaryJson;
    expect(year.period).toBe("2024-Y");
  });

  it("prints «Зведення» and «Звіт про виконання» on A4 landscape with headers repeated, every measure code and task name present", () => {
    const pdf = join(out, "summary-print.pdf");
    const info = spawnSync("pdfinfo", [pdf], { encoding: "utf8" }).stdout;
    expect(info).toMatch(/Page size:\s+841\.\d+ x 595\.\d+ pts \(A4\)/u);
    const pages = Number(/Pages:\s+(\d+)/u.exec(info)?.[1]);
    expect(pages).toBeGreaterThan(2);
    for (let page = 1; page <= pages; page++) {
      const text = spawnSync("pdftotext", ["-layout", "-f", String(page), "-l", String(page), pdf, "-"], { encoding: "utf8" }).stdout;
      // Both sheets carry the plan beside the funds used in the header row repeated on each page, its words whole; no figure is too wide for its cell.
      const header = /Найменування/u.test(text) && /Заплановано/u.test(text) && /Використано/u.test(text);
      expect({ page, footer: text.includes(`Сторінка ${page} з ${pages} · побудовано 28.11.2026`), header, clipped: text.includes("###") }).toEqual({ page, footer: true, header: true, clipped: false });
    }
    const all = spawnSync("pdftotext", [pdf, "-"], { encoding: "utf8" }).stdout.replace(/\s+/gu, " ");
    for (const m of programme.tasks.flatMap((t) => t.measures)) expect({ code: m.code, found: all.includes(`${m.code}.`) }).toEqual({ code: m.code, found: true });
    // pdftotext joins a word hyphenated at a line's end («нормативно-|правової») without its hyphen.
    const unhyphenated = all.replace(/-/gu, "");
    for (const t of programme.tasks) expect({ task: t.code, found: unhyphenated.includes(t.name.slice(0, 40).replace(/-/gu, "")) }).toEqual({ task: t.code, found: true });
    // Numbers print as Ukrainians write them: a space between thousands, a decimal comma.
    expect(all).toMatch(/ \d{1,3},\d% /u);
    // People reached with a space between thousands, then the plan the annex does not give, then the funds used with a decimal comma.
    expect(all).toMatch(/ \d{1,3} \d{3} не визначено \d{1,3},\d /u);
    expect(all).not.toMatch(/\d,\d{3}\b|\d\.\d%/u);
    expect(all).not.toContain("067 123 45 67");
    expect(all).toContain("можливі персональні дані");
    // The annex plans no funds: «не визначено» in the plan's columns, never a 0; executors keep their «(за згодою)».
    expect(all).toContain("не визначено");
    expect(all).toContain("(за згодою)");
    // A measure too long for one printed row goes on under it, naming the measure, rather than being cut off at 409 pt.
    expect(all).toMatch(/\d\.\d+ \(продовження\)/u);
    // The printed programme lists the demo's communities on «Довідники», as its workbook does.
    const programmeText = spawnSync("pdftotext", [join(out, "programme.pdf"), "-"], { encoding: "utf8" }).stdout.replace(/\s+/gu, " ");
    expect(programmeText).toContain("Катеринопільська селищна територіальна громада");
    // Rows fit their text in print: none with more than one empty line under it, none cut off (see printedRows).
    for (const printed of [pdf, join(out, "programme.pdf")]) {
      const rows = printedRows(readPrintedPages(printed));
      expect(rows.length).toBeGreaterThan(28);
      // «Довідники» sets lists side by side, each row as tall as the tallest cell of any of them: a short list
      // beside a long one has room to spare by design.
      expect(rowsWithGaps(rows.filter((r) => !r.heading.includes("Довідники"))).map(rowName)).toEqual([]);
      expect(rowsClipped(rows).map(rowName)).toEqual([]);
    }
  });
});

suite("«Зведення» and «Звіт про виконання» of a programme with planned funding, printed", () => {
  jest.setTimeout(240_000);
  const out = mkdtempSync(join(tmpdir(), "pm-funds-print-"));
  const funded = parseMatrixGrid(JSON.parse(readFixture("matrix-layouts", "second-standard-paste.grid.json")) as SheetGrid).programme;
  const everyUnit = units(funded);
  const row = (unitCode: string, measureCode: string, funds: number): DataRow => ({ unitCode, period: "2025-Y", measureCode, status: "Виконано частково", events: 3, people: 1250, funds, source: "Обласний бюджет", info: "Проведено заходи згідно з планом у всіх районах області.", reasons: "Частину коштів не освоєно через тривалі закупівлі.", submitted: "2026-01-15", firstSubmitted: "2026-01-15", file: `${unitCode}.xlsx`, sheet: "Звіт", row: 8, sha256: unitCode, importedAt: "t" });
  const rows = [row("В01", "1.1", 27.5), row("В01", "3.1", 1234.5), row("Г01", "3.1", 100.25), row("В07", "3.3", 0), row("В03", "2.2", 3.5)];
  let pages: string[] = [];
  /** The text cell by cell, so that a wrapped cell reads as one line. */
  let flowing = "";

  beforeAll(async () => {
    const s = summarise(funded, everyUnit, rows, "2025-Y");
    const plans = summarySheetPlans(funded, everyUnit, rows, [], s, { locale: "uk", builtOn: "2026-11-28" }).plans.filter((p) => p.name === SUMMARY_SHEETS.tasks || p.name === SUMMARY_SHEETS.report);
    const xlsx = join(out, "funded-print.xlsx");
    writeFileSync(xlsx, await sheetPlansToXlsx(plans));
    const pdf = convertWithLibreOffice(findLibreOffice() as string, xlsx, "pdf", out, "uk");
    const count = Number(/Pages:\s+(\d+)/u.exec(spawnSync("pdfinfo", [pdf], { encoding: "utf8" }).stdout)?.[1]);
    pages = Array.from({ length: count }, (_, i) => spawnSync("pdftotext", ["-layout", "-f", String(i + 1), "-l", String(i + 1), pdf, "-"], { encoding: "utf8" }).stdout);
    flowing = spawnSync("pdftotext", [pdf, "-"], { encoding: "utf8" }).stdout.replace(/\s+/gu, " ");
  });

  it("prints the plan, the funds used and the share used on every page's header row, whole words, nothing clipped", () => {
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((text, i) => {
      // The header row is repeated on every page, its words never broken (a broken one would not be found whole).
      expect({ page: i + 1, header: /Заплановано/u.test(text) && /Використано/u.test(text), footer: text.includes(`Сторінка ${i + 1} з ${pages.length}`), clipped: text.includes("###") }).toEqual({ page: i + 1, header: true, footer: true, clipped: false });
    });
    const all = flowing;
    expect(all).toContain("Освоєно, %");
    // 3.1: 720,0 planned, 1 234,5 + 100,3 used; task 3: 762,0 planned; the total 912,0 is the sum of the plans shown.
    for (const figure of ["720,0", "1 334,8", "762,0", "912,0", "1 365,8", "не визначено"]) expect({ figure, found: all.includes(figure) }).toEqual({ figure, found: true });
    expect(all).toMatch(/ 1\d{2},\d% /u);
    // The executors' cell wraps, and the text of the cells beside it comes between its lines.
    expect(all).toContain("міської ради (за згодою)");
    expect(all).toContain("Обласний бюджет Місцеві бюджети");
  });
});
