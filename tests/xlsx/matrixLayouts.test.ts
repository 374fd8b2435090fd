import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { loadProgrammeSource } from "../../src/cli/loadSource";
import type { ParsedProgramme } from "../../src/domain/programme/buildProgramme";
import { allMeasures } from "../../src/domain/programme/model";
import { parseMatrixGrid } from "../../src/domain/programme/parseMatrixGrid";
import { programmeYears } from "../../src/domain/programme/programmeYears";
import { termYears } from "../../src/domain/programme/termYears";
import type { SheetGrid } from "../../src/domain/sheetGrid";
import { programmeSheetPlans } from "../../src/domain/plans/programmeSheets";
import { rowsCutOff } from "../../src/domain/plans/printCheck";
import { chooseSheet } from "../../src/domain/programme/chooseSheet";
import { programmeOfWorkbook } from "../../src/domain/reports/workbookProgramme";
import { readWorkbookGrids } from "../../src/xlsx/readWorkbookGrid";
import { sheetPlansToXlsx } from "../../src/xlsx/writeSheetPlans";
import { fixturePath } from "../support/fixtures";

interface Expected {
  format: string;
  title: string;
  years: { from: number; to: number };
  fundingYears: number[] | null;
  tasks: unknown[];
  issues: { code: string; severity: string; params: Record<string, unknown> }[];
}

const DIR = fixturePath("matrix-layouts");
const CASES = readdirSync(DIR)
  .filter((f) => !f.endsWith(".expected.json"))
  .sort()
  .map((file) => ({ file, expected: file.replace(/\.(docx|xlsx|grid\.json)$/u, ".expected.json") }));

async function read(file: string): Promise<ParsedProgramme> {
  if (!file.endsWith(".grid.json")) return loadProgrammeSource(join(DIR, file));
  return parseMatrixGrid(JSON.parse(readFileSync(join(DIR, file), "utf8")) as SheetGrid);
}

/** The programme as the fixtures' expectations state it: what a reader of the document must get. */
function seen(parsed: ParsedProgramme) {
  const p = parsed.programme;
  return {
    title: p.title,
    years: p.years,
    fundingYears: p.fundingYears,
    tasks: p.tasks.map((t) => ({
      code: t.code,
      name: t.name,
      measures: t.measures.map((m) => ({
        code: m.code,
        text: m.text,
        term: m.term,
        termYears: termYears(m, p.years),
        executors: m.executors.map((e) => [e.name, e.consent]),
        fundingSources: m.fundingSources,
        plannedFunding: m.plannedFunding,
        expectedResult: m.expectedResult,
      })),
    })),
    issues: parsed.issues.map((i) => ({ code: i.code, severity: i.severity, params: i.params })),
  };
}

describe("programmes in the layouts oblasts publish, from every format (tests/fixtures/matrix-layouts)", () => {
  it("covers four layouts × two programmes in five formats: docx (docx package and Writer), xlsx (ExcelJS and Calc), a pasted sheet", () => {
    const layouts = new Set(CASES.map((c) => c.file.replace(/-(docxjs|writer|exceljs|calc|paste)\..*$/u, "")));
    expect([...layouts].sort()).toEqual(["embedded-groups", "embedded-standard", "embedded-variants", "second-amendment", "second-groups", "second-standard", "second-variants"]);
    expect(CASES).toHaveLength(layouts.size * 5);
  });

  it.each(CASES)("$file", async ({ file, expected }) => {
    const { format, ...want } = JSON.parse(readFileSync(join(DIR, expected), "utf8")) as Expected;
    expect(format).not.toBe("");
    expect(seen(await read(file))).toEqual(want);
  });

  it.each(CASES.filter((c) => c.file.endsWith(".grid.json")))("$file, pasted in Excel 2019, which reports no merged areas", ({ file, expected }) => {
    const { format, ...want } = JSON.parse(readFileSync(join(DIR, expected), "utf8")) as Expected;
    expect(format).toMatch(/pasted/u);
    const grid = JSON.parse(readFileSync(join(DIR, file), "utf8")) as SheetGrid;
    expect(seen(parseMatrixGrid({ ...grid, merges: [], mergesKnown: false }))).toEqual(want);
  });
});

describe("«Програма» with planned funding and expected results, written and read back", () => {
  const grids = CASES.filter((c) => c.file.endsWith(".grid.json")).map((c) => c.file);

  it.each(grids.flatMap((file) => (["uk", "en"] as const).map((locale) => ({ file, locale }))))("$file ($locale)", async ({ file, locale }) => {
    const original = parseMatrixGrid(JSON.parse(readFileSync(join(DIR, file), "utf8")) as SheetGrid).programme;
    const [sheet] = await readWorkbookGrids(await sheetPlansToXlsx(programmeSheetPlans(original, locale)));
    const again = parseMatrixGrid(sheet as SheetGrid).programme;
    expect(again.tasks).toEqual(original.tasks);
    // The title stays in the page header, not in the table: the years are those the terms and funding columns give.
    const years = programmeYears("", allMeasures(original).map((m) => m.term), original.fundingYears ?? []);
    expect({ fundingYears: again.fundingYears, sources: again.hasFundingSources, results: again.hasExpectedResults, years: again.years }).toEqual({
      fundingYears: original.fundingYears,
      sources: original.hasFundingSources,
      results: original.hasExpectedResults,
      years,
    });
  });

  it("shows a measure's sources, its planned total and each year's plan, each amount level with its source", async () => {
    const p = parseMatrixGrid(JSON.parse(readFileSync(join(DIR, "second-standard-paste.grid.json"), "utf8")) as SheetGrid).programme;
    const table = programmeSheetPlans(p)[0]?.tables[0];
    const at = (code: string) => {
      const row = table?.rows.find((r) => r[table.columns.findIndex((c) => c.key === "measureCode")] === code) ?? [];
      return Object.fromEntries((table?.columns ?? []).map((c, i) => [c.key, row[i]]));
    };
    expect(table?.columns.map((c) => c.header)).toEqual([
      "№ завдання", "Завдання", "№ заходу", "Захід", "Термін виконання", "Виконавці", "Джерела фінансування",
      "План усього, тис. грн", "План на 2024 р., тис. грн", "План на 2025 р., тис. грн", "План на 2026 р., тис. грн", "План на 2027 р., тис. грн", "Очікуваний результат",
    ]);
    expect(at("1.2")).toMatchObject({ fundingSources: "Обласний бюджет", plannedTotal: 200.5, "plannedYear:2024": 120.5, "plannedYear:2025": 80, "plannedYear:2026": null });
    expect(at("1.3")).toMatchObject({ fundingSources: "Обласний бюджет\nМісцеві бюджети", plannedTotal: "1\u00A0234,5\n300,0", "plannedYear:2024": "1\u00A0234,5\n300,0", "plannedYear:2025": "–\n–" });
    expect(at("2.2")).toMatchObject({ fundingSources: "Не потребує фінансування", plannedTotal: null, expectedResult: "Розміщено не менше 100 рекламних матеріалів щороку" });
  });

  it.each(["uk", "en"] as const)("keeps a measure of 120 executors with a long text whole and uncut (%s): the list runs on in the line, the rest goes on in rows that read back as the same measure", async (locale) => {
    const p = parseMatrixGrid(JSON.parse(readFileSync(join(DIR, "second-standard-paste.grid.json"), "utf8")) as SheetGrid).programme;
    const executors = Array.from({ length: 120 }, (_, i) => ({ name: `Виконавчий комітет ${i + 1}-ї сільської територіальної громади`, consent: i % 2 === 0, agencyCode: "" }));
    const text = Array.from({ length: 60 }, (_, i) => `Проведення інформаційного заходу номер ${i + 1} для учнівської молоді громади.`).join(" ");
    const [first, ...others] = p.tasks;
    const [measure, ...rest] = first?.measures ?? [];
    const big = { ...p, tasks: [{ ...(first as NonNullable<typeof first>), measures: [{ ...(measure as NonNullable<typeof measure>), text, executors }, ...rest] }, ...others] };
    const [plan] = programmeSheetPlans(big, locale);
    const table = plan?.tables[0];
    expect(table?.rows.length).toBeGreaterThan(allMeasures(big).length);
    expect(rowsCutOff(plan as NonNullable<typeof plan>)).toEqual([]);
    const [sheet] = await readWorkbookGrids(await sheetPlansToXlsx([plan as NonNullable<typeof plan>]));
    const again = parseMatrixGrid(sheet as SheetGrid);
    const shape = (q: typeof p) => allMeasures(q).map((m) => ({ code: m.code, text: m.text, term: m.term, executors: m.executors.map((e) => [e.name, e.consent]), funding: m.plannedFunding }));
    expect(shape(again.programme)).toEqual(shape(big));
  });

  it.each(["uk", "en"] as const)("gives the programme's title back from «Довідники» when the workbook is read again (%s)", async (locale) => {
    const original = parseMatrixGrid(JSON.parse(readFileSync(join(DIR, "second-standard-paste.grid.json"), "utf8")) as SheetGrid).programme;
    expect(original.title).toMatch(/^НАПРЯМИ ДІЯЛЬНОСТІ/u);
    const grids = await readWorkbookGrids(await sheetPlansToXlsx(programmeSheetPlans(original, locale)));
    expect(chooseSheet(grids, "programme.xlsx", undefined).programme.title).toBe(original.title);
    expect(chooseSheet(grids, "programme.xlsx", "Програма").programme.title).toBe(original.title);
    expect(programmeOfWorkbook(grids).programme.title).toBe(original.title);
  });
});
