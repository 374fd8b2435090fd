import { readFileSync } from "node:fs";
import { join } from "node:path";
import { RULES } from "../support/excelSimulator/conformance";

const root = join(__dirname, "..", "..");

describe("every behavioural rule in conformance.ts is named, sourced and exercised", () => {
  it("has unique ids", () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
  });

  it.each(RULES.map((r) => [r.id, r] as const))("%s: has a source and a simulator test named after it", (id, rule) => {
    expect(rule.source).toMatch(/learn\.microsoft\.com|support\.microsoft\.com|@types\/office-js/u);
    const test = readFileSync(join(root, rule.test), "utf8");
    // The rule's id opens the name of an `it` or `describe` in that file.
    expect(test).toMatch(new RegExp(`(it|describe)(\\.each\\([^)]*\\))?\\([\\s\\S]{0,200}?"\\[${id.replace(/\./gu, "\\.")}\\]`, "u"));
  });
});
