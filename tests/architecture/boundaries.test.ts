import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { ROOT } from "../support/fixtures";

/** The layering in DEVELOPERS.md is enforced by lint rules; these prove the rules bite. */
describe("architecture boundaries", () => {
  jest.setTimeout(60_000);

  // ESLint loads eslint.config.mjs with a dynamic import, which Jest's module sandbox cannot do: use the CLI.
  async function messages(code: string, file: string): Promise<string[]> {
    const run = spawnSync(process.execPath, [join(ROOT, "node_modules/eslint/bin/eslint.js"), "--stdin", "--stdin-filename", join(ROOT, file), "--format", "json"], {
      cwd: ROOT,
      input: code,
      encoding: "utf8",
    });
    const [result] = JSON.parse(run.stdout) as { messages: { ruleId: string | null; message: string }[] }[];
    return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
  }

  it("forbids Office.js, React, ExcelJS and Node built-ins in src/domain", async () => {
    const found = await messages(
      'import ExcelJS from "exceljs";\nimport { useState } from "react";\nimport { readFileSync } from "node:fs";\nexport const x = [ExcelJS, useState, readFileSync, Office.context];\n',
      "src/domain/probe.ts",
    );
    expect(found).toEqual([
      expect.stringMatching(/^no-restricted-imports: .*ExcelJS/u),
      expect.stringMatching(/^no-restricted-imports: .*React/u),
      expect.stringMatching(/^no-restricted-imports: .*Node built-ins/u),
      expect.stringMatching(/^no-restricted-globals: .*Office/u),
    ]);
  });

  it("keeps Excel.run and context.sync out of task-pane components", async () => {
    const found = await messages(
      "export async function f() {\n  await Excel.run(async (context) => {\n    await context.sync();\n  });\n}\n",
      "src/taskpane/components/Probe.tsx",
    );
    expect(found).toEqual(expect.arrayContaining([expect.stringMatching(/Excel/u), expect.stringMatching(/context\.sync belongs in src\/excel/u)]));
  });

  it("flags a sync inside a loop in the Excel adapter", async () => {
    const found = await messages(
      "export async function f(names: string[]) {\n  await Excel.run(async (context) => {\n    for (const n of names) {\n      context.workbook.worksheets.add(n);\n      await context.sync();\n    }\n  });\n}\n",
      "src/excel/probe.ts",
    );
    expect(found).toEqual([expect.stringMatching(/^office-addins\/no-context-sync-in-loop/u)]);
  });
});
