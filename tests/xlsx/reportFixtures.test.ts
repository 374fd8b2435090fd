import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { readSourceFile } from "../../src/cli/loadSource";
import { parseEmbeddedProgramme } from "../../src/domain/programme/embeddedProgramme";
import { units } from "../../src/domain/reports/units";
import { validateWorkbook } from "../../src/domain/reports/validateReport";
import { fixturePath } from "../support/fixtures";

type Expected = [code: string, severity: string, cell: string | null];
const CORPUS = fixturePath("reports");
const CASES = readdirSync(CORPUS).sort().map((name) => ({ name, spec: JSON.parse(readFileSync(join(CORPUS, name, "case.json"), "utf8")) as { description: string; issues: Expected[]; file: string } }));
const programme = parseEmbeddedProgramme().programme;
const ctx = { programme, units: units(programme), asOf: "2026-11-28" };

describe("report validation on returned files (tests/fixtures/reports, expectations written by hand)", () => {
  it("has at least 30 cases, several re-saved by LibreOffice", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30);
  });

  it.each(CASES)("$name", async ({ name, spec }) => {
    const source = await readSourceFile(join(CORPUS, name, spec.file));
    const issues = source.kind === "workbook" ? validateWorkbook(source.sheets, spec.file, ctx).flatMap((r) => r.issues) : source.kind === "refused" ? source.issues : [];
    expect(issues.map((i): Expected => [i.code, i.severity, i.location.cell ?? null])).toEqual(spec.issues);
  });

  it.each([
    ["size-too-many-rows", "source.tooManyRows"],
    ["size-bomb-honest", "source.tooLarge"],
  ])("refuses %s before parsing it, with a clear message", async (name, code) => {
    const source = await readSourceFile(fixturePath("matrix-bad", name, "input.xlsx"));
    expect(source.kind === "refused" && source.issues.map((i) => i.code)).toEqual([code]);
  });
});

