import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { convertWithLibreOffice, findLibreOffice, printSheetPlans } from "../../src/cli/libreoffice";
import { programmeSheetPlans } from "../../src/domain/plans/programmeSheets";
import { parseEmbeddedProgramme } from "../../src/domain/programme/embeddedProgramme";
import { parseMatrixGrid } from "../../src/domain/programme/parseMatrixGrid";
import { readWorkbookGrids } from "../../src/xlsx/readWorkbookGrid";
import { sheetPlansToXlsx } from "../../src/xlsx/writeSheetPlans";
import type { SheetGrid } from "../../src/domain/sheetGrid";
import { fixturePath, ROOT } from "../support/fixtures";
import { printedRows, readPrintedPages, rowName, rowsClipped, rowsWithGaps } from "../support/printedRows";
import { commandWorks, requireSystemTool } from "../support/systemTool";

const office = findLibreOffice();
const available =
  requireSystemTool("libreoffice", () => office !== null) && requireSystemTool("pdfinfo/pdftotext (poppler-utils)", () => commandWorks("pdfinfo", ["-v"]));
const suite = available ? describe : describe.skip;

function pdfText(pdf: string, page?: number): string {
  const range = page === undefined ? [] : ["-f", String(page), "-l", String(page)];
  return spawnSync("pdftotext", ["-layout", ...range, pdf, "-"], { encoding: "utf8" }).stdout;
}

suite("printing and round trips through a real spreadsheet application (LibreOffice)", () => {
  jest.setTimeout(180_000);
  const parsed = parseEmbeddedProgramme();
  const dir = mkdtempSync(join(tmpdir(), "pm-print-"));

  it("prints the Програма sheet on A4 landscape with the header row on every page and all 28 measure codes", async () => {
    const plan = programmeSheetPlans(parsed.programme).filter((p) => p.name === "Програма");
    const pdf = await printSheetPlans(office as string, plan, "programme-sheet", dir);
    const info = spawnSync("pdfinfo", [pdf], { encoding: "utf8" }).stdout;
    const pages = Number(/Pages:\s+(\d+)/u.exec(info)?.[1]);
    expect(info).toMatch(/Page size:\s+841\.\d+ x 595\.\d+ pts \(A4\)/u);
    expect(pages).toBeGreaterThan(1);
    for (let page = 1; page <= pages; page++) {
      const text = pdfText(pdf, page);
      expect({ page, header: /№\s+заходу|Захід/u.test(text) && /Виконавці/u.test(text) }).toEqual({ page, header: true });
      expect(text).toContain(`Сторінка ${page} з ${pages}`);
    }
    const all = pdfText(pdf);
    const codes = parsed.programme.tasks.flatMap((t) => t.measures.map((m) => m.code));
    expect(codes).toHaveLength(28);
    for (const code of codes) expect({ code, found: new RegExp(`(^|\\s)${code.replace(".", "\\.")}(\\s|$)`, "mu").test(all) }).toEqual({ code, found: true });
    // No text is clipped: every measure's whole text is on paper (compared without spaces and hyphens, which
    // pdftotext drops where a word was broken at a line end).
    const squeeze = (text: string) => text.replace(/[\s\-‐]+/gu, "");
    const raw = squeeze(spawnSync("pdftotext", [pdf, "-"], { encoding: "utf8" }).stdout);
    for (const m of parsed.programme.tasks.flatMap((t) => t.measures)) expect({ measure: m.code, printed: raw.includes(squeeze(m.text)) }).toEqual({ measure: m.code, printed: true });
    // Every row fits its text: no more than one empty line under it, none cut off (see printedRows).
    const rows = printedRows(readPrintedPages(pdf));
    expect(rows).toHaveLength(28);
    expect([...rowsWithGaps(rows), ...rowsClipped(rows)].map(rowName)).toEqual([]);
    // A task's name is printed at the head of its measures, not repeated beside each of them (the first
    // words of its name, which wrap within the column, appear once per task that starts with them).
    const flat = all.replace(/\s+/gu, " ");
    const firstWord = (name: string) => name.split(/\s+/u)[0] ?? "";
    for (const task of parsed.programme.tasks) {
      const word = firstWord(task.name);
      const tasks = parsed.programme.tasks.filter((x) => firstWord(x.name) === word).length;
      expect({ task: task.code, printed: flat.split(`${word} `).length - 1 }).toEqual({ task: task.code, printed: tasks });
    }
  });

  it("keeps the programme intact when an agency opens and re-saves the workbook", async () => {
    const xlsx = join(dir, "programme.xlsx");
    writeFileSync(xlsx, await sheetPlansToXlsx(programmeSheetPlans(parsed.programme)));
    const outDir = mkdtempSync(join(tmpdir(), "pm-resaved-"));
    const resaved = convertWithLibreOffice(office as string, xlsx, "xlsx", outDir);
    const sheets = await readWorkbookGrids(readFileSync(resaved));
    expect(sheets.map((s) => s.sheet)).toEqual(["Програма", "Виконавці", "Призначення", "Довідники"]);
    const codes = (sheets[0]?.cells ?? []).filter((c) => c.column === 2 && c.row > 0).map((c) => c.value);
    expect(codes).toEqual(parsed.programme.tasks.flatMap((t) => t.measures.map((m) => ({ kind: "text", text: m.code }))));
    // The add-in's own sheet, re-saved by another application, still reads back as the same programme.
    const again = parseMatrixGrid(sheets[0] as NonNullable<(typeof sheets)[0]>, { file: "programme.xlsx" });
    expect(again.issues).toEqual([]);
    expect(again.programme.tasks).toEqual(parsed.programme.tasks);
  });

  it("re-imports a pasted matrix after LibreOffice has saved it", async () => {
    const outDir = mkdtempSync(join(tmpdir(), "pm-matrix-"));
    const resaved = convertWithLibreOffice(office as string, fixturePath("matrix", "pasted-matrix.xlsx"), "xlsx", outDir);
    const [sheet] = await readWorkbookGrids(readFileSync(resaved));
    const result = parseMatrixGrid(sheet as NonNullable<typeof sheet>);
    expect(result.issues).toEqual([]);
    expect(result.programme.tasks).toEqual(parsed.programme.tasks);
  });

  it("prints «Програма» with sources, planned amounts by year and expected results: every measure, amount and text on A4 landscape", async () => {
    const funded = parseMatrixGrid(JSON.parse(readFileSync(fixturePath("matrix-layouts", "second-standard-paste.grid.json"), "utf8")) as SheetGrid).programme;
    const plan = programmeSheetPlans(funded).filter((p) => p.name === "Програма");
    const pdf = await printSheetPlans(office as string, plan, "programme-funded", dir, "uk");
    const info = spawnSync("pdfinfo", [pdf], { encoding: "utf8" }).stdout;
    const pages = Number(/Pages:\s+(\d+)/u.exec(info)?.[1]);
    expect(info).toMatch(/Page size:\s+841\.\d+ x 595\.\d+ pts \(A4\)/u);
    for (let page = 1; page <= pages; page++) {
      const text = pdfText(pdf, page);
      expect({ page, header: /Джерела/u.test(text) && /2027 р\./u.test(text) && /Очікуваний/u.test(text) }).toEqual({ page, header: true });
    }
    // Nothing is clipped: every word of every measure's texts is on paper as often as the sheet holds it (counted
    // word by word, since pdftotext may interleave the lines of cells side by side).
    const words = (text: string) => text.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 3);
    const count = (list: readonly string[]) => list.reduce((m, w) => m.set(w, (m.get(w) ?? 0) + 1), new Map<string, number>());
    const printed = count(words(spawnSync("pdftotext", [pdf, "-"], { encoding: "utf8" }).stdout));
    const measures = funded.tasks.flatMap((t) => t.measures);
    const wanted = count(measures.flatMap((m) => words([m.code, m.text, m.term, m.expectedResult ?? "", ...m.fundingSources, ...m.executors.map((e) => e.name)].join(" "))));
    const short = [...wanted].filter(([w, n]) => (printed.get(w) ?? 0) < n);
    expect(short).toEqual([]);
    const rows = printedRows(readPrintedPages(pdf));
    expect(rows).toHaveLength(measures.length);
    expect([...rowsWithGaps(rows), ...rowsClipped(rows)].map(rowName)).toEqual([]);
    // Amounts print as Ukrainian tables write them.
    const flat = spawnSync("pdftotext", [pdf, "-"], { encoding: "utf8" }).stdout.replace(/\s+/gu, " ");
    for (const amount of ["1 234,5", "2 120,0", "560,0", "120,5", "200,5", "12,0"]) expect({ amount, printed: flat.includes(amount) }).toEqual({ amount, printed: true });
    spawnSync("pdftoppm", ["-r", "60", "-png", pdf, join(ROOT, "test-artifacts", "programme-funded")]);
  });

  it("keeps planned funding and expected results when the «Програма» sheet is re-saved by LibreOffice", async () => {
    const funded = parseMatrixGrid(JSON.parse(readFileSync(fixturePath("matrix-layouts", "second-standard-paste.grid.json"), "utf8")) as SheetGrid).programme;
    const xlsx = join(dir, "programme-funded-resave.xlsx");
    writeFileSync(xlsx, await sheetPlansToXlsx(programmeSheetPlans(funded)));
    const resaved = convertWithLibreOffice(office as string, xlsx, "xlsx", mkdtempSync(join(tmpdir(), "pm-resaved-")));
    const [sheet] = await readWorkbookGrids(readFileSync(resaved));
    const again = parseMatrixGrid(sheet as SheetGrid);
    expect(again.programme.tasks).toEqual(funded.tasks);
    expect(again.programme.fundingYears).toEqual([2024, 2025, 2026, 2027]);
  });
});

