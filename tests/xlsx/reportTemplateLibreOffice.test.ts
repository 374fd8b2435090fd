import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { convertWithLibreOffice, findLibreOffice } from "../../src/cli/libreoffice";
import { ROOT } from "../support/fixtures";
import { commandWorks, requireSystemTool } from "../support/systemTool";

const office = findLibreOffice();
const available = requireSystemTool("libreoffice", () => office !== null) && requireSystemTool("pdfinfo (poppler-utils)", () => commandWorks("pdfinfo", ["-v"]));
const suite = available ? describe : describe.skip;

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [join(ROOT, "node_modules", "tsx", "dist", "cli.mjs"), join(ROOT, "src", "cli", "main.ts"), ...args], { encoding: "utf8", cwd: ROOT });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const SHEET = "Звіт Р03 2025-H1";

suite("a report template written by the CLI, filled in and saved by LibreOffice, then validated", () => {
  jest.setTimeout(180_000);
  const dir = mkdtempSync(join(tmpdir(), "pm-template-"));
  const template = join(dir, "template.xlsx");

  beforeAll(() => {
    expect(cli("template", "--unit", "Уманська РДА", "--period", "I півріччя 2025 року", "--out", template).code).toBe(0);
  });

  async function fillAndResave(name: string, seed: (ws: ExcelJS.Worksheet) => void): Promise<string> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(template);
    const ws = wb.getWorksheet(SHEET) as ExcelJS.Worksheet;
    for (let r = 8; r <= 32; r++) {
      ws.getCell(`C${r}`).value = "Виконується";
      ws.getCell(`D${r}`).value = 1;
      ws.getCell(`E${r}`).value = 15;
      // F holds the programme's plan for the year, for the executor's information.
      ws.getCell(`G${r}`).value = 0;
      ws.getCell(`H${r}`).value = "Не потребує фінансування";
      ws.getCell(`I${r}`).value = "Заходи тривають відповідно до плану.";
    }
    seed(ws);
    const filled = join(dir, `${name}.xlsx`);
    await wb.xlsx.writeFile(filled);
    const outDir = mkdtempSync(join(tmpdir(), "pm-template-lo-"));
    return convertWithLibreOffice(office as string, filled, "xlsx", outDir);
  }

  it("carries dropdowns, number checks with Ukrainian prompts, locked codes and a very hidden metadata sheet", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(template);
    const ws = wb.getWorksheet(SHEET) as ExcelJS.Worksheet;
    expect(ws.getCell("C8").dataValidation).toMatchObject({ type: "list", formulae: ['"Виконано,Виконується,Виконано частково,Не виконано"'], prompt: "Виберіть стан виконання зі списку." });
    expect(ws.getCell("D8").dataValidation).toMatchObject({ type: "whole", operator: "greaterThanOrEqual" });
    expect(ws.getCell("G8").dataValidation).toMatchObject({ type: "decimal" });
    expect([ws.getCell("F7").value, ws.getCell("F8").value, ws.getCell("F8").protection?.locked]).toEqual(["Заплановано на 2025 рік, тис. грн", "не визначено", undefined]);
    expect(ws.getCell("A8").protection?.locked).not.toBe(false);
    expect(ws.getCell("C8").protection).toMatchObject({ locked: false });
    expect((ws as unknown as { sheetProtection: { sheet: boolean } | null }).sheetProtection?.sheet).toBe(true);
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([[SHEET, "visible"], ["pm_meta", "veryHidden"]]);
  });

  it("validates with no errors once filled in and saved by LibreOffice", async () => {
    const resaved = await fillAndResave("filled", () => undefined);
    const r = cli("validate", resaved, "--json");
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as { files: { unit: string; period: string; rows: number; issues: { severity: string }[] }[]; summary: { errors: number } };
    expect(doc.files).toHaveLength(1);
    expect(doc.files[0]).toMatchObject({ unit: "Уманська районна державна адміністрація", period: "2025-H1", rows: 25 });
    expect(doc.summary.errors).toBe(0);
  });

  it("gives exactly the seeded mistakes, with their cells, after LibreOffice saved it", async () => {
    const resaved = await fillAndResave("seeded", (ws) => {
      ws.getCell("C9").value = "Зроблено";
      ws.getCell("D10").value = "два";
      ws.getCell("C11").value = "Не виконано";
      ws.getCell("I12").value = "Консультація за тел. 067 123 45 67";
      // Typed over the plan (the sheet unprotected): information, never an answer, so nothing is said of it.
      ws.getCell("F13").value = "багато";
    });
    const r = cli("validate", resaved, "--json");
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout) as { files: { issues: { severity: string; code: string; cell: string | null }[] }[] };
    expect(doc.files[0]?.issues.map((i) => [i.code, i.severity, i.cell])).toEqual([
      ["report.status.unknown", "error", "C9"],
      ["report.count.invalid", "error", "D10"],
      ["report.reasons.missing", "error", "J11"],
      ["report.privacy", "warning", "I12"],
    ]);
  });

  it("prints on A4 landscape with the table header repeated on every page", () => {
    const pdf = convertWithLibreOffice(office as string, template, "pdf", dir);
    const info = spawnSync("pdfinfo", [pdf], { encoding: "utf8" }).stdout;
    expect(info).toMatch(/Page size:\s+841\.\d+ x 595\.\d+ pts \(A4\)/u);
    const pages = Number(/Pages:\s+(\d+)/u.exec(info)?.[1]);
    for (let page = 1; page <= pages; page++) {
      const text = spawnSync("pdftotext", ["-layout", "-f", String(page), "-l", String(page), pdf, "-"], { encoding: "utf8" }).stdout;
      // The narrative cells never hold these header words, so finding both means the header row was printed.
      expect({ page, header: /Джерело/u.test(text) && /Причини/u.test(text) }).toEqual({ page, header: true });
    }
    expect(pages).toBeGreaterThan(1);
  });
});
