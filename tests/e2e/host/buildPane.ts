// Jest globalSetup of the e2e project: one production build for every e2e suite (the build is the slow part).
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";

const ROOT = join(__dirname, "..", "..", "..");
export const E2E_DIST = join(ROOT, "test-artifacts", "e2e-dist");
export const E2E_HOST = join(ROOT, "test-artifacts", "e2e-host.js");
/** Built as an organisation would build it, and served from a folder of its server, as the manifest says. */
export const E2E_BASE = "https://pm.example.gov.ua/programme-monitor/";

export default async function buildPane(): Promise<void> {
  const webpack = spawnSync("npx", ["webpack", "--mode", "production", "--output-path", E2E_DIST], {
    cwd: ROOT,
    env: { ...process.env, ADDIN_URL: E2E_BASE },
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (webpack.status !== 0) throw new Error(`webpack failed:\n${webpack.stdout}\n${webpack.stderr}`);
  const host = await build({ entryPoints: [join(ROOT, "tests/e2e/host/simulatorHost.ts")], bundle: true, format: "iife", write: false, target: "es2020" });
  mkdirSync(join(ROOT, "test-artifacts"), { recursive: true });
  writeFileSync(E2E_HOST, host.outputFiles[0]?.text ?? "");
}
