import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fixturePath, ROOT } from "../support/fixtures";

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [join(ROOT, "node_modules", "tsx", "dist", "cli.mjs"), join(ROOT, "src", "cli", "main.ts"), ...args], { encoding: "utf8", cwd: ROOT });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("validate checks against the programme --source gives, and says so when a report is another programme's", () => {
  jest.setTimeout(120_000);
  const dir = mkdtempSync(join(tmpdir(), "pm-validate-source-"));
  const source = fixturePath("matrix-layouts", "second-standard-exceljs.xlsx");

  it("names --source in its help, and points to it when a report of another programme is checked against the embedded one", () => {
    expect(cli("validate", "--help").stdout).toContain("--source ФАЙЛ");
    expect(cli("template", "--unit", "В01", "--period", "2025-H1", "--source", source, "--out", join(dir, "b01.xlsx")).code).toBe(0);
    expect(readdirSync(dir)).toEqual(["b01.xlsx"]);
    const without = cli("validate", join(dir, "b01.xlsx"));
    expect(without.code).toBe(1);
    expect(without.stderr).toContain("дайте --source ФАЙЛ");
    const withSource = cli("validate", join(dir, "b01.xlsx"), "--source", source);
    expect(withSource.stdout).not.toContain("іншої програми");
    expect(withSource.stderr).not.toContain("дайте --source ФАЙЛ");
  });
});
