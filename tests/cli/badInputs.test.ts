import { spawn } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import ExcelJS from "exceljs";
import type { ProgrammeJson } from "../../src/domain/programme/programmeJson";
import { fixturePath, ROOT } from "../support/fixtures";
import { syntheticAnnex } from "../support/syntheticProgramme";
import type { BadInputCase } from "../support/badInputCase";


const CORPUS = fixturePath("matrix-bad");
const CASES = readdirSync(CORPUS).sort().map((name) => ({ name, spec: JSON.parse(readFileSync(join(CORPUS, name, "case.json"), "utf8")) as BadInputCase }));
const CLI = join(ROOT, "test-artifacts", "cli", "programme-monitor.cjs");

function run(args: readonly string[], limitKiB?: number): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const command = limitKiB === undefined ? [process.execPath, CLI, ...args] : ["bash", "-c", `ulimit -f ${limitKiB}; exec "$0" "$@"`, process.execPath, CLI, ...args];
  return new Promise((resolve) => {
    const child = spawn(command[0] as string, command.slice(1), { cwd: ROOT });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

describe("the CLI under bad input: every case in tests/fixtures/matrix-bad, as a user runs it", () => {
  jest.setTimeout(120_000);

  beforeAll(async () => {
    // One bundled file starts in a fraction of tsx's time; it is the same source the npm script runs.
    await build({ entryPoints: [join(ROOT, "src/cli/main.ts")], bundle: true, platform: "node", format: "cjs", outfile: CLI, logLevel: "error" });
  });

  it("has at least 40 cases", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
  });

  it.each(CASES)("$name", async ({ name, spec }) => {
    const dir = join(CORPUS, name);
    const tmp = mkdtempSync(join(tmpdir(), `pm-bad-${name}-`));
    const fill = (s: string) => s.replace("{dir}", dir).replace("{tmp}", tmp);
    for (const p of spec.prepare ?? []) {
      const path = fill(p.path);
      if (path.endsWith("/")) mkdirSync(path, { recursive: true });
      else if (p.content.startsWith("@")) copyFileSync(join(dir, p.content.slice(1)), path);
      else writeFileSync(path, p.content);
    }
    if (spec.generate) writeFileSync(join(tmp, "generated.txt"), syntheticAnnex(1, spec.generate.measures, "Служба у справах дітей обласної державної адміністрації, органи місцевого самоврядування (за згодою)"));
    const before = (spec.unchanged ?? []).map((p) => readFileSync(fill(p)));
    const r = await run(spec.args.map(fill), spec.fileSizeLimitKiB);
    const seen = `${r.stdout}\n${r.stderr}`;

    expect({ name, exit: r.code }).toEqual({ name, exit: spec.exit });
    // What a user sees never holds a stack trace, a library's URL or an object's default text.
    expect(seen).not.toMatch(/\n\s+at \S+|https?:\/\/|\[object Object\]|node:internal/u);
    for (const text of spec.stderr ?? []) expect(r.stderr).toContain(text);
    for (const text of spec.stdout ?? []) expect(r.stdout).toContain(text);
    (spec.unchanged ?? []).forEach((p, i) => expect(readFileSync(fill(p)).equals(before[i] as Buffer)).toBe(true));
    const doc = spec.args.includes("--json") && r.stdout.trim() !== "" ? (JSON.parse(r.stdout) as ProgrammeJson) : null;
    if (spec.issues) {
      expect(spec.args).toContain("--json");
      expect(doc?.issues.map((i) => i.code)).toEqual(spec.issues);
    }
    const measures = doc?.tasks.flatMap((t) => t.measures) ?? [];
    const c = spec.check ?? {};
    if (c.measures !== undefined) expect(measures).toHaveLength(c.measures);
    if (c.term) expect(measures.map((m) => m.term)).toEqual(c.term);
    if (c.executorCounts) expect(measures.map((m) => m.executors.length)).toEqual(c.executorCounts);
    if (c.texts) expect(measures.map((m) => m.text)).toEqual(c.texts);
    if (c.agencies !== undefined) expect(doc?.executors).toHaveLength(c.agencies);
    if (c.consent) expect(measures[0]?.executors.map((e) => e.consent)).toEqual(c.consent);
    if (c.outHeaders || c.pageHeaderMax !== undefined) {
      const out = join(tmp, "out.xlsx");
      expect(existsSync(out)).toBe(true);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(out);
      const sheet = wb.getWorksheet("Програма");
      if (c.outHeaders) {
        const headers = (sheet?.getRow(1).values as unknown[]).filter((v) => typeof v === "string");
        expect(headers.slice(-c.outHeaders.length)).toEqual(c.outHeaders);
      }
      if (c.pageHeaderMax !== undefined) {
        for (const ws of wb.worksheets) expect((ws.headerFooter.oddHeader ?? "").length).toBeLessThanOrEqual(c.pageHeaderMax);
      }
    }
  });
});
