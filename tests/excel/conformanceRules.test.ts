import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import * as conformance from "../support/excelSimulator/conformance";
import { ROOT } from "../support/fixtures";

interface Rule {
  readonly id: string;
  readonly rule: string;
  readonly source: string;
}

const isRule = (x: unknown): x is Rule => typeof x === "object" && x !== null && typeof (x as Rule).id === "string" && typeof (x as Rule).source === "string";

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? testFiles(join(dir, e.name)) : e.name.endsWith(".test.ts") ? [join(dir, e.name)] : []));
}

describe("conformance.ts: the behavioural rules the simulator and the test doubles enforce", () => {
  // Every exported list of rules, whichever change added it.
  const rules = Object.values(conformance as Record<string, unknown>).filter(Array.isArray).flat().filter(isRule);
  const tests = testFiles(join(ROOT, "tests")).map((f) => readFileSync(f, "utf8")).join("\n");

  it("names a source for every rule, and no id twice", () => {
    expect(rules.length).toBeGreaterThan(0);
    for (const r of rules) expect({ id: r.id, hasSource: r.source.length > 20, hasRule: r.rule.length > 20 }).toEqual({ id: r.id, hasSource: true, hasRule: true });
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
  });

  it("has a test naming each rule as [id]", () => {
    expect(rules.filter((r) => !tests.includes(`[${r.id}]`)).map((r) => r.id)).toEqual([]);
  });
});
