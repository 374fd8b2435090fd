import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { convertWithLibreOffice, findLibreOffice, printSheetPlans } from "../../src/cli/libreoffice";
import { programmeSheetPlans } from "../../src/domain/plans/programmeSheets";
import type { SheetPlan } from "../../src/domain/plans/sheetPlan";
import { EXCEL_TEXT, LIBREOFFICE_TEXT, textPx, type CellText } from "../../src/domain/plans/textWidth";
import { parseEmbeddedProgramme } from "../../src/domain/programme/embeddedProgramme";
import { parseMatrixGrid } from "../../src/domain/programme/parseMatrixGrid";
import type { SheetGrid } from "../../src/domain/sheetGrid";
import { sheetPlansToXlsx } from "../../src/xlsx/writeSheetPlans";
import { demoSummaryPlans } from "../support/demoSummaries";
import { fixturePath, ROOT } from "../support/fixtures";
import { printedRows, readPrintedPages, rowName, rowsClipped, rowsWithGaps } from "../support/printedRows";
import { commandWorks, requireSystemTool } from "../support/systemTool";

const office = findLibreOffice();
const available =
  requireSystemTool("libreoffice", () => office !== null) &&
  requireSystemTool("pdftotext/pdftoppm (poppler-utils)", () => commandWorks("pdftotext", ["-v"]) && commandWorks("pdftoppm", ["-v"]));
const suite = available ? describe : describe.skip;

/** Words of three letters or more (numbers print in the locale's style, so they are left to other checks). */
const words = (text: string) => text.split(/[^\p{L}]+/u).filter((w) => w.length >= 3);
const count = (list: readonly string[]) => list.reduce((m, w) => m.set(w, (m.get(w) ?? 0) + 1), new Map<string, number>());

/**
 * Every word the plans' tables show, of the tokens no line breaks inside (a file name wider than its column is
 * broken anywhere): a value hidden as a repeat of the row above is not shown.
 */
function shownWords(plans: readonly SheetPlan[]): string[] {
  const whole = (text: string, width: number) => text.split(/\s+/u).filter((token) => textPx(token, "regular", LIBREOFFICE_TEXT.glyphPx) <= LIBREOFFICE_TEXT.columnTextPx(width));
  return plans.flatMap((plan) =>
    plan.tables.flatMap((table) => [
      ...table.columns.flatMap((c) => words(c.header)),
      ...table.rows.flatMap((row, r) =>
        row.flatMap((v, i) => {
          const column = table.columns[i];
          if (typeof v !== "string" || column === undefined || (column.hideRepeats === true && r > 0 && table.rows[r - 1]?.[i] === v)) return [];
          return whole(v, column.width).flatMap(words);
        }),
      ),
    ]),
  );
}

suite("printed pages without gaps: every row of every printed sheet fits its text in LibreOffice's PDF", () => {
  jest.setTimeout(300_000);
  const dir = mkdtempSync(join(tmpdir(), "pm-pages-"));
  let plans: SheetPlan[] = [];

  beforeAll(async () => {
    const funded = parseMatrixGrid(JSON.parse(readFileSync(fixturePath("matrix-layouts", "second-standard-paste.grid.json"), "utf8")) as SheetGrid).programme;
    const [programme] = programmeSheetPlans(parseEmbeddedProgramme().programme);
    const [withFunding] = programmeSheetPlans(funded);
    if (programme === undefined || withFunding === undefined) throw new Error("no «Програма»");
    // Every sheet an official prints: both layouts of «Програма» and every summary but «Дані» (data, not for print).
    plans = [programme, { ...withFunding, name: "Програма з фінансуванням" }, ...(await demoSummaryPlans()).filter((p) => p.name !== "Дані")];
  });

  const bodyRows = (list: readonly SheetPlan[]) => list.reduce((n, p) => n + (p.tables[0]?.rows.length ?? 0), 0);

  /** What the print check finds in a PDF of `list`: rows with a gap, rows cut off, words not on paper. */
  function check(pdf: string, list: readonly SheetPlan[]) {
    const pages = readPrintedPages(pdf);
    const rows = printedRows(pages);
    // Words as printed, each line on its own (plain pdftotext joins a word broken after its hyphen).
    const printed = count(pages.flatMap((p) => p.lines.flatMap((l) => words(l.text))));
    return {
      rows,
      gaps: rowsWithGaps(rows).map(rowName),
      clipped: rowsClipped(rows).map(rowName),
      missing: [...count(shownWords(list))].filter(([w, n]) => (printed.get(w) ?? 0) < n),
    };
  }

  it("as the CLI prints them: no row has more than one empty line under its last line, none is cut off, every word is on paper", async () => {
    const found = check(await printSheetPlans(office as string, plans, "printed", dir, "uk"), plans);
    // Every row of every sheet was found between its borders (a row is never split across pages).
    expect(found.rows.length).toBe(bodyRows(plans));
    expect(found.gaps).toEqual([]);
    expect(found.clipped).toEqual([]);
    expect(found.missing).toEqual([]);
    const artifacts = join(ROOT, "test-artifacts");
    mkdirSync(artifacts, { recursive: true });
    for (const old of readdirSync(artifacts).filter((f) => f.startsWith("printed-page-"))) rmSync(join(artifacts, old));
    spawnSync("pdftoppm", ["-r", "50", "-png", join(dir, "printed.pdf"), join(artifacts, "printed-page")]);
  });

  it("finds the gaps rows sized for Excel's lines leave in LibreOffice's print, and the text of rows too short for it cut off", async () => {
    const sample = plans.filter((p) => p.name === "Програма" || p.name === "Звіт про виконання");
    const print = async (name: string, rowsFor: CellText) => {
      writeFileSync(join(dir, `${name}.xlsx`), await sheetPlansToXlsx(sample, { rowsFor }));
      return check(convertWithLibreOffice(office as string, join(dir, `${name}.xlsx`), "pdf", dir, "uk"), sample);
    };
    // Rows as the files people open have them (and as every PDF had them before): 15 pt a line against LibreOffice's 11.1.
    const excel = await print("excel", EXCEL_TEXT);
    expect(excel.rows.length).toBe(bodyRows(sample));
    expect(excel.gaps.length).toBeGreaterThan(0.8 * excel.rows.length);
    expect([excel.clipped, excel.missing]).toEqual([[], []]);
    const short = await print("short", { ...LIBREOFFICE_TEXT, linePt: 0.75 * LIBREOFFICE_TEXT.linePt });
    expect(short.clipped.length).toBeGreaterThan(0.5 * short.rows.length);
    expect(short.gaps).toEqual([]);
  });
});
