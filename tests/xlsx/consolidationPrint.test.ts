import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { findLibreOffice } from "../../src/cli/libreoffice";
import { parseEmbeddedProgramme } from "../../src/domain/programme/embeddedProgramme";
import { ROOT } from "../support/fixtures";
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
}

suite("the demo and consolidate: reports of every unit, validated, consolidated, printed", () => {
  jest.setTimeout(240_000);
  const out = mkdtempSync(join(tmpdir(), "pm-demo-"));
  const programme = parseEmbeddedProgramme().programme;

  beforeAll(() => {
    const r = cli("demo", "--out-dir", out);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Зведено 36 файлів");
  });

  it("consolidates the demo's reports into the JSON document the README describes", () => {
    const reports = readdirSync(join(out, "reports")).map((f) => join(out, "reports", f));
    const r = cli("consolidate", ...reports, "--period", "I півріччя 2025", "--json", "--out", join(out, "again.xlsx"));
    // The demo's reports hold a few typical mistakes: those rows are not taken, each listed with its reason (exit 1).
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout) as SummaryJson;
    expect(doc).toMatchObject({ period: "2025-H1", files: 36, accepted: 36 });
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
    const kept = cli("consolidate", ...reports, "--period", "2025-H1", "--include-personal-data", "--out", join(out, "kept.xlsx"));
    expect(kept.code).toBe(1);
    expect(kept.stderr).toContain("номер телефону");
    expect(kept.stderr).not.toContain("додайте --include-personal-data");
    const year = JSON.parse(cli("consolidate", ...reports, "--period", "2024", "--json", "--out", join(out, "year.xlsx")).stdout) as SummaryJson;
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
      expect({ page, footer: text.includes(`Сторінка ${page} з ${pages} · побудовано 28.11.2026`), header: /Найменування/u.test(text) }).toEqual({ page, footer: true, header: true });
    }
    const all = spawnSync("pdftotext", [pdf, "-"], { encoding: "utf8" }).stdout.replace(/\s+/gu, " ");
    for (const m of programme.tasks.flatMap((t) => t.measures)) expect({ code: m.code, found: all.includes(`${m.code}.`) }).toEqual({ code: m.code, found: true });
    for (const t of programme.tasks) expect({ task: t.code, found: all.includes(t.name.slice(0, 40)) }).toEqual({ task: t.code, found: true });
    // Numbers print as Ukrainians write them: a space between thousands, a decimal comma.
    expect(all).toMatch(/ \d{1,3},\d% /u);
    expect(all).toMatch(/ \d{1,3} \d{3} \d{1,3},\d /u);
    expect(all).not.toMatch(/\d,\d{3}\b|\d\.\d%/u);
    expect(all).not.toContain("067 123 45 67");
    expect(all).toContain("можливі персональні дані");
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
