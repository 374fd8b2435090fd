import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { fixturePath, ROOT } from "../support/fixtures";

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [join(ROOT, "node_modules", "tsx", "dist", "cli.mjs"), join(ROOT, "src", "cli", "main.ts"), ...args], { encoding: "utf8", cwd: ROOT });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface Figures {
  funds: number;
  planned: number | null;
  fundsShare: number | null;
}
interface SummaryJson {
  total: Figures;
  byTask: (Figures & { task: string })[];
  byMeasure: (Figures & { measure: string; sources: string[] })[];
}

/** A template the CLI wrote, filled in by header (so the plan beside the funds stays as written), saved in place. */
async function fill(file: string, funds: (code: string) => number): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.worksheets.find((w) => w.name.startsWith("Звіт")) as ExcelJS.Worksheet;
  const at = new Map<string, number>();
  ws.getRow(7).eachCell((cell, c) => void at.set(String(cell.value), c));
  const set = (r: number, header: string, value: string | number) => void (ws.getCell(r, at.get(header) ?? 0).value = value);
  ws.getCell("B5").value = "15.07.2025";
  for (let r = 8; ws.getCell(r, 1).value !== null; r++) {
    const used = funds(String(ws.getCell(r, 1).value));
    set(r, "Стан виконання", "Виконується");
    set(r, "Кількість проведених заходів", 1);
    set(r, "Охоплено осіб", 10);
    set(r, "Використано коштів, тис. грн", used);
    set(r, "Джерело фінансування", used > 0 ? "Обласний бюджет" : "Не потребує фінансування");
    set(r, "Інформація про виконання", "Заходи тривають.");
  }
  await wb.xlsx.writeFile(file);
}

describe("consolidate --json compares the programme's plan with the funds used", () => {
  jest.setTimeout(120_000);
  const tmp = mkdtempSync(join(tmpdir(), "pm-funds-"));

  it("gives each task's and each measure's plan for the period's year, the share used, and the total as the sum of the plans", async () => {
    const source = fixturePath("matrix-layouts", "second-standard-exceljs.xlsx");
    const dir = join(tmp, "standard");
    expect(cli("template", "--all", "--period", "2025-H1", "--source", source, "--out-dir", dir).code).toBe(0);
    const file = (unit: string) => join(dir, readdirSync(dir).find((f) => f.startsWith(`${unit}_`)) ?? "");
    await fill(file("В01"), (code) => (code === "3.1" ? 300.5 : code === "1.1" ? 27.5 : 0));
    await fill(file("Г01"), (code) => (code === "3.1" ? 100 : 0));
    const r = cli("consolidate", file("В01"), file("Г01"), "--source", source, "--period", "2025-H1", "--json", "--out", join(tmp, "standard.xlsx"));
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: expect.any(String) });
    const doc = JSON.parse(r.stdout) as SummaryJson;
    expect(doc.byTask.map((x) => [x.task, x.planned, x.funds, x.fundsShare])).toEqual([["1", 135, 27.5, 0.204], ["2", 15, 0, 0], ["3", 762, 400.5, 0.526]]);
    expect(doc.total).toMatchObject({ planned: 912, funds: 428, fundsShare: 0.469 });
    expect(doc.byMeasure.find((m) => m.measure === "3.1")).toMatchObject({ planned: 720, funds: 400.5, fundsShare: 0.556, sources: ["Обласний бюджет", "Місцеві бюджети"] });
    expect(doc.byMeasure.find((m) => m.measure === "3.3")).toMatchObject({ planned: null, fundsShare: null, sources: ["Державний бюджет"] });

    // The workbook written beside it prints the same: the plan headed with its year, executors with their marks.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(tmp, "standard.xlsx"));
    const report = wb.getWorksheet("Звіт про виконання") as ExcelJS.Worksheet;
    const header = (report.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(["№ з/п", "Найменування завдання", "Найменування заходу", "Виконавці", "Термін виконання", "Джерела фінансування", "Заплановано на 2025 рік, тис. грн", "Використано коштів, тис. грн", "Проведено заходів", "Охоплено осіб", "Стан виконання"]);
    const row31 = (report.getSheetValues() as unknown[][]).find((v) => String(v?.[3] ?? "").startsWith("3.1. ")) ?? [];
    expect(row31.slice(4, 9)).toEqual(["Департамент соціального захисту населення облдержадміністрації; виконавчий комітет Полтавської міської ради (за згодою)", "2024-2027 роки", "Обласний бюджет\nМісцеві бюджети", 720, 400.5]);
  });

  it("says the plan is not defined — null, never 0 — for a programme without funding columns", async () => {
    const file = join(tmp, "seed.xlsx");
    expect(cli("template", "--unit", "Р03", "--period", "2025-H1", "--out", file).code).toBe(0);
    await fill(file, (code) => (code === "1.1" ? 5 : 0));
    const r = cli("consolidate", file, "--period", "2025-H1", "--json", "--out", join(tmp, "seed-summary.xlsx"));
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as SummaryJson;
    const figures = [doc.total, ...doc.byTask, ...doc.byMeasure];
    expect(figures.filter((f) => f.planned !== null || f.fundsShare !== null)).toEqual([]);
    expect(doc.total.funds).toBe(5);
  });
});
