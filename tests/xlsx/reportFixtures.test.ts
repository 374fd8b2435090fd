import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { readSourceFile } from "../../src/cli/loadSource";
import { formatIssue } from "../../src/domain/messages";
import { parseEmbeddedProgramme } from "../../src/domain/programme/embeddedProgramme";
import { reportsOfSource } from "../../src/domain/reports/reportsOfSource";
import type { ValidatedReport } from "../../src/domain/reports/validateReport";
import { units } from "../../src/domain/reports/units";
import { fixturePath } from "../support/fixtures";

/** [code, severity, cell] — and the sheet, where the case names it (an issue about a whole sheet has no cell). */
type Expected = [code: string, severity: string, cell: string | null, sheet?: string];
interface ExpectedReport {
  sheet: string;
  unit: string | null;
  period: string | null;
  rows: number;
  valid: number;
}
interface Spec {
  description: string;
  issues: Expected[];
  reports?: ExpectedReport[];
  file: string;
}
const CORPUS = fixturePath("reports");
const CASES = readdirSync(CORPUS).sort().map((name) => ({ name, spec: JSON.parse(readFileSync(join(CORPUS, name, "case.json"), "utf8")) as Spec }));
const programme = parseEmbeddedProgramme().programme;
const ctx = { programme, units: units(programme), asOf: "2026-11-28" };
const read = new Map<string, Promise<ValidatedReport[]>>();
/** The one reading of a returned file that the CLI and the task pane share; each case's file is read once. */
function reportsOf(name: string, file: string): Promise<ValidatedReport[]> {
  const known = read.get(name) ?? readSourceFile(join(CORPUS, name, file)).then((source) => reportsOfSource(source, file, ctx));
  read.set(name, known);
  return known;
}

describe("report validation on returned files (tests/fixtures/reports, expectations written by hand)", () => {
  it("has at least 55 cases, several re-saved by LibreOffice or typed by hand", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(55);
  });

  it.each(CASES)("$name", async ({ name, spec }) => {
    const reports = await reportsOf(name, spec.file);
    const issues = reports.flatMap((r) => r.issues);
    expect(issues.map((i, k): Expected => (spec.issues[k]?.length === 4 ? [i.code, i.severity, i.location.cell ?? null, i.location.sheet ?? ""] : [i.code, i.severity, i.location.cell ?? null]))).toEqual(spec.issues);
    if (spec.reports) {
      expect(reports.map((r): ExpectedReport => ({ sheet: r.sheet, unit: r.unit?.code ?? null, period: r.period?.code ?? null, rows: r.rows.length, valid: r.rows.filter((x) => x.valid).length }))).toEqual(spec.reports);
    }
  });

  it("says every finding in words a user knows, in both languages: no parameter left unfilled, no internal name, dates as 15.07.2025", async () => {
    const all = (await Promise.all(CASES.map(({ name, spec }) => reportsOf(name, spec.file)))).flat().flatMap((r) => r.issues);
    const texts = (locale: "uk" | "en") => all.map((i) => formatIssue(locale, i)).flatMap((f) => [f.where, f.message, f.fix]);
    const internal = /\{\w+|\b\d{4}-\d{2}-\d{2}\b|\b(partBytes|totalBytes|undefined|null|NaN|noValue|veryHidden)\b|\breport\.(?!xlsx?\b)\w/u;
    expect(new Set(all.map((i) => i.code)).size).toBeGreaterThan(40);
    expect(texts("en").filter((x) => internal.test(x))).toEqual([]);
    expect(texts("uk").filter((x) => internal.test(x) || /\b(events|people|funds|source|info|reasons|measure|code|unit|period)\b/u.test(x))).toEqual([]);
  }, 60_000);

  it.each([
    ["size-too-many-rows", "source.tooManyRows"],
    ["size-bomb-honest", "source.tooLarge"],
  ])("refuses %s before parsing it, with a clear message", async (name, code) => {
    const source = await readSourceFile(fixturePath("matrix-bad", name, "input.xlsx"));
    expect(source.kind === "refused" && source.issues.map((i) => i.code)).toEqual([code]);
  });
});
