import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { ProgrammeJson } from "../../src/domain/programme/programmeJson";
import { fixturePath, ROOT } from "../support/fixtures";

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [join(ROOT, "node_modules", "tsx", "dist", "cli.mjs"), join(ROOT, "src", "cli", "main.ts"), ...args], { encoding: "utf8", cwd: ROOT });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("programme-monitor CLI", () => {
  jest.setTimeout(60_000);
  const tmp = mkdtempSync(join(tmpdir(), "pm-cli-"));

  it("prints exactly one JSON document for the embedded programme: 7 tasks, 28 measures, names as written", () => {
    const r = cli("matrix", "--json");
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as ProgrammeJson;
    expect(doc.tasks).toHaveLength(7);
    const measures = doc.tasks.flatMap((t) => t.measures);
    expect(measures).toHaveLength(28);
    const m42 = measures.find((m) => m.code === "4.2");
    expect(m42?.term).toBe("2023-2025 роки");
    expect(m42?.executors[0]).toEqual({ name: "Управління у справах сім’ї, молоді та спорту Черкаської обласної державної адміністрації", consent: false, agencyCode: "В01" });
    expect(m42?.executors.filter((e) => e.consent).map((e) => e.name)).toContain("органи місцевого самоврядування");
    expect(doc.executors).toHaveLength(16);
    expect(doc.executors.every((e) => typeof e.kind === "string" && e.name.trim() === e.name && !/\s{2}/u.test(e.name))).toBe(true);
    expect(doc.issues).toEqual([]);
    // The seed has no funding or result columns: undefined, not 0 or empty; its terms cover 2023–2025.
    expect(m42).toMatchObject({ plannedFunding: null, expectedResult: null, fundingSources: [], termYears: { years: [2023, 2024, 2025], readable: true } });
    expect(doc.fundingYears).toBeNull();
  });

  it("prints the standard form's planned funding by year, expected results and the years each term covers", () => {
    const r = cli("matrix", "--json", fixturePath("matrix-layouts", "second-standard-docxjs.docx"));
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as ProgrammeJson;
    expect({ years: doc.years, fundingYears: doc.fundingYears }).toEqual({ years: { from: 2024, to: 2027 }, fundingYears: [2024, 2025, 2026, 2027] });
    const byCode = new Map(doc.tasks.flatMap((t) => t.measures).map((m) => [m.code, m]));
    expect(byCode.get("1.3")).toMatchObject({
      term: "І квартал 2024 року",
      termYears: { years: [2024], readable: true },
      fundingSources: ["Обласний бюджет", "Місцеві бюджети"],
      plannedFunding: [{ source: "Обласний бюджет", year: 2024, amount: 1234.5 }, { source: "Місцеві бюджети", year: 2024, amount: 300 }],
      expectedResult: "Утворено 10 мобільних бригад",
    });
    expect(byCode.get("3.4")?.termYears).toEqual({ years: [2024, 2025, 2026, 2027], readable: false });
    expect(doc.issues.map((i) => [i.code, i.location.cell])).toEqual([["funding.notAmount", "H14"], ["measure.termUnreadable", "D15"]]);
    expect(r.stderr).toContain("Строк виконання заходу 3.4 «після затвердження порядку» не вдалося прочитати");
  });

  it("imports another programme from a .txt and a pasted matrix from an .xlsx, writing the workbook with --out", async () => {
    expect(cli("matrix", "--json", "--source", fixturePath("annex", "quirks-five-columns.txt")).code).toBe(0);
    const out = join(tmp, "from-grid.xlsx");
    const r = cli("matrix", "--source", fixturePath("matrix", "pasted-matrix.xlsx"), "--out", out);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Завантажено: 7 завдань, 28 заходів, 16 виконавців.");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Програма", "Виконавці", "Призначення", "Довідники"]);
  });

  it("exits 2 with an issue naming the file for a corrupt workbook, a foreign format, a missing file and a sheet without a matrix", async () => {
    const corrupt = join(tmp, "зламаний.xlsx");
    writeFileSync(corrupt, "PK\u0003\u0004 not really a zip");
    const corruptRun = cli("matrix", "--source", corrupt, "--json");
    expect(corruptRun.code).toBe(2);
    expect(JSON.parse(corruptRun.stdout).issues).toEqual([{ code: "source.notWorkbook", severity: "error", location: { file: "зламаний.xlsx" }, params: {} }]);
    expect(corruptRun.stderr).toMatch(/^Помилка — файл «зламаний\.xlsx»: Файл не є книгою Excel \(\.xlsx\) або пошкоджений\. Що зробити: Відкрийте файл в Excel/mu);
    expect(corruptRun.stderr).not.toMatch(/zip|https?:|at \S+ \(/u);

    const pdf = join(tmp, "звіт.xlsx.pdf");
    writeFileSync(pdf, "%PDF-1.4\n%…");
    const foreign = cli("matrix", "--source", pdf);
    expect(foreign.code).toBe(2);
    expect(foreign.stderr).toContain("Помилка — файл «звіт.xlsx.pdf»: Це документ PDF, а не книга Excel чи текст додатка.");

    expect(cli("matrix", "--source", join(tmp, "немає.txt"), "--lang", "en").stderr).toMatch(/^Error — file “немає\.txt”: The file was not found\./mu);

    const wrong = new ExcelJS.Workbook();
    wrong.addWorksheet("Звіт").addRows([["Захід", "Статус"], ["1) щось", "Виконано"]]);
    const wrongPath = join(tmp, "звіт.xlsx");
    await wrong.xlsx.writeFile(wrongPath);
    const wrongRun = cli("matrix", "--source", wrongPath, "--json");
    expect(wrongRun.code).toBe(2);
    // «Захід» is the measure column; what is missing is named, at the header row.
    expect(JSON.parse(wrongRun.stdout).issues).toEqual(
      ["task", "executors"].map((column) => ({ code: "matrix.missingColumn", severity: "error", location: { file: "звіт.xlsx", sheet: "Звіт", cell: "A1" }, params: { column } })),
    );
    expect(wrongRun.stderr).toContain("Помилка — файл «звіт.xlsx», аркуш «Звіт», клітинка A1: Не знайдено стовпця «Виконавці».");
  });

  it("writes a template per unit, communities from the programme workbook's «Довідники» included, and validates them", async () => {
    const programmeBook = join(tmp, "programme.xlsx");
    expect(cli("matrix", "--out", programmeBook).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(programmeBook);
    (wb.getWorksheet("Довідники") as ExcelJS.Worksheet).getCell("L2").value = "Смілянська міська територіальна громада";
    await wb.xlsx.writeFile(programmeBook);
    const outDir = join(tmp, "templates");
    const r = cli("template", "--all", "--period", "I півріччя 2025 року", "--source", programmeBook, "--out-dir", outDir);
    expect(r.code).toBe(0);
    const files = r.stdout.trim().split("\n");
    expect(files).toHaveLength(19);
    expect(files.some((f) => f.endsWith("Г01_Смілянська_міська_ТГ_2025-H1.xlsx"))).toBe(true);
    const community = files.find((f) => f.includes("Г01")) as string;
    const v = cli("validate", community, "--source", programmeBook, "--json");
    expect(v.code).toBe(1);
    const doc = JSON.parse(v.stdout) as { files: { unit: string; rows: number; issues: { code: string }[] }[] };
    expect(doc.files[0]?.unit).toBe("Смілянська міська територіальна громада");
    expect(new Set(doc.files[0]?.issues.map((i) => i.code))).toEqual(new Set(["report.status.missing"]));
    expect(cli("template", "--unit", "Управління", "--period", "2025-H1", "--out", join(tmp, "x.xlsx")).stderr).toContain("відповідають кілька виконавців");
  });
});

