// npm test: typecheck, lint, offline manifest check, then every Jest suite (domain, Excel adapter,
// files + LibreOffice, task pane in Chromium). Ends with one plain "N passed, N failed" line.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const bin = (name) => join(root, "node_modules", ".bin", name);

function step(title, command, args) {
  process.stdout.write(`\n== ${title}\n`);
  const started = Date.now();
  const r = spawnSync(command, args, { cwd: root, stdio: "inherit" });
  process.stdout.write(`== ${title}: ${r.status === 0 ? "ok" : "FAILED"} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  return r.status === 0;
}

const results = [];
// Steps before Jest count as one failure each; Jest's own failures are counted test by test.
results.push(step("typecheck (tsc --noEmit)", bin("tsc"), ["--noEmit", "-p", "."]));
results.push(step("lint (eslint)", bin("eslint"), ["."]));
results.push(step("manifests (offline XSD: development and ADDIN_URL build)", process.execPath, [join(root, "scripts", "validate-manifest.mjs"), "--offline-only"]));

mkdirSync(join(root, "test-artifacts"), { recursive: true });
const report = join(root, "test-artifacts", "jest-results.json");
const jestOk = step("jest (domain, excel, files, e2e)", bin("jest"), ["--json", `--outputFile=${report}`, ...process.argv.slice(2)]);

let passed = 0;
let failed = 0;
let skipped = 0;
if (existsSync(report)) {
  const j = JSON.parse(readFileSync(report, "utf8"));
  passed = j.numPassedTests;
  failed = j.numFailedTests + j.numRuntimeErrorTestSuites;
  skipped = j.numPendingTests;
}
if (!jestOk && failed === 0) failed = 1;
const stepFailures = results.filter((ok) => !ok).length;
process.stdout.write(`\n${passed} passed, ${failed + stepFailures} failed, ${skipped} skipped\n`);
process.exit(stepFailures === 0 && jestOk ? 0 : 1);
