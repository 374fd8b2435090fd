import { spawn } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { build } from "esbuild";
import type { CommandCase } from "../support/commandCase";
import { fixturePath, ROOT } from "../support/fixtures";

const CORPUS = fixturePath("reports-bad");
const CASES = readdirSync(CORPUS)
  .filter((name) => existsSync(join(CORPUS, name, "case.json")))
  .sort()
  .map((name) => ({ name, spec: JSON.parse(readFileSync(join(CORPUS, name, "case.json"), "utf8")) as CommandCase }));
// Its own bundle: the matrix corpus builds another in parallel, and neither may read the other's half-written file.
const CLI = join(ROOT, "test-artifacts", "cli", "programme-monitor-reports.cjs");

function run(args: readonly string[], cwd: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => !e.isDirectory())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

interface Figures {
  expected: number;
  received: number;
  statuses: Record<string, number>;
  events: number;
  people: number;
  funds: number;
}
interface SummaryJson {
  total: Figures;
  byTask: (Figures & { task: string })[];
  byMeasure: (Figures & { measure: string })[];
  byUnit: { code: string; expected: number; received: number }[];
  byTerritory: { code: string; territory: string; expected: number; received: number; events: number; people: number; funds: number }[];
  rejected: { file: string; sheet: string | null; row?: number; codes: string[]; reason: string }[];
}

/** The arrays of the document keyed by their code, so that a case can name the one unit or measure it is about. */
function keyed(doc: SummaryJson & Record<string, unknown>): Record<string, unknown> {
  const by = <T,>(list: readonly T[] | undefined, key: (x: T) => string) => Object.fromEntries((list ?? []).map((x) => [key(x), x]));
  return { ...doc, byTask: by(doc.byTask, (x) => x.task), byMeasure: by(doc.byMeasure, (x) => x.measure), byUnit: by(doc.byUnit, (x) => x.code), byTerritory: by(doc.byTerritory, (x) => x.code) };
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Every summary adds up to «Зведення», and every figure is written as it is shown (tenths of тис. грн, no float noise). */
function expectAddsUp(doc: SummaryJson): void {
  const sum = (list: readonly object[], field: "expected" | "received" | "events" | "people" | "funds") => list.reduce((n, x) => n + ((x as Record<string, number>)[field] ?? 0), 0);
  for (const [name, list] of [["byTask", doc.byTask], ["byMeasure", doc.byMeasure], ["byTerritory", doc.byTerritory]] as const) {
    for (const field of ["expected", "received", "events", "people"] as const) expect({ name, field, value: sum(list, field) }).toEqual({ name, field, value: doc.total[field] });
    expect({ name, funds: round1(sum(list, "funds")) }).toEqual({ name, funds: doc.total.funds });
  }
  for (const field of ["expected", "received"] as const) expect({ byUnit: field, value: sum(doc.byUnit, field) }).toEqual({ byUnit: field, value: doc.total[field] });
  for (const status of Object.keys(doc.total.statuses)) expect(doc.byTask.reduce((n, x) => n + (x.statuses[status] ?? 0), 0)).toBe(doc.total.statuses[status]);
  for (const f of [doc.total, ...doc.byTask, ...doc.byMeasure, ...doc.byTerritory]) expect(f.funds).toBe(round1(f.funds));
}

describe("report command lines under bad input: every case in tests/fixtures/reports-bad, as a user runs it", () => {
  jest.setTimeout(120_000);

  beforeAll(async () => {
    await build({ entryPoints: [join(ROOT, "src/cli/main.ts")], bundle: true, platform: "node", format: "cjs", outfile: CLI, logLevel: "error" });
  });

  it("has a case for each kind of consolidation and command-line problem", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30);
  });

  it.each(CASES)("$name", async ({ name, spec }) => {
    const dir = join(CORPUS, name);
    const tmp = mkdtempSync(join(tmpdir(), `pm-cmd-${name}-`));
    const fill = (s: string) => s.replace("{dir}", dir).replace("{tmp}", tmp);
    for (const p of spec.prepare ?? []) {
      const path = fill(p.path);
      if (path.endsWith("/")) mkdirSync(path, { recursive: true });
      else if (p.content.startsWith("->")) symlinkSync(p.content.slice(2), path);
      else if (p.content.startsWith("@")) copyFileSync(join(dir, p.content.slice(1)), path);
      else writeFileSync(path, p.content);
    }
    const before = (spec.unchanged ?? []).map((p) => readFileSync(fill(p)));
    const prepared = filesUnder(tmp);
    const r = await run(spec.args.map(fill), spec.cwdTmp ? tmp : ROOT);
    const seen = `${r.stdout}\n${r.stderr}`;

    expect({ name, exit: r.code, stderr: r.code === spec.exit ? "" : r.stderr }).toEqual({ name, exit: spec.exit, stderr: "" });
    expect(seen).not.toMatch(/\n\s+at \S+|https?:\/\/|\[object Object\]|node:internal|undefined|NaN/u);
    for (const text of spec.stderr ?? []) expect(r.stderr).toContain(text);
    for (const text of spec.stdout ?? []) expect(r.stdout).toContain(text);
    for (const text of spec.absent ?? []) expect(seen).not.toContain(text);
    (spec.unchanged ?? []).forEach((p, i) => expect(readFileSync(fill(p)).equals(before[i] as Buffer)).toBe(true));
    if (spec.tmpFiles) expect(filesUnder(tmp).filter((f) => !prepared.includes(f))).toEqual(spec.tmpFiles);
    if (spec.json || spec.rejected || spec.addsUp) {
      const doc = JSON.parse(r.stdout) as SummaryJson & Record<string, unknown>;
      if (spec.json) expect(keyed(doc)).toMatchObject(spec.json);
      if (spec.rejected) {
        expect(doc.rejected.map((x) => ({ file: x.file, sheet: x.sheet, ...(x.row === undefined ? {} : { row: x.row }), codes: x.codes }))).toEqual(spec.rejected.map((x) => ({ sheet: null, ...x })));
        // Each is said on stderr as well, with its reason in words.
        for (const x of doc.rejected) {
          expect(x.reason.trim()).not.toBe("");
          expect(r.stderr).toContain(x.reason);
        }
      }
      if (spec.addsUp) expectAddsUp(doc);
    }
  });
});
