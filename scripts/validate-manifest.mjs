// npm run validate: the offline XSD check (../shared/tools/validate-manifest, needs xmllint), then
// the online check of the pinned office-addin-manifest (a devDependency) where the network allows it.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const manifest = join(root, "manifest.xml");
const offlineTool = join(root, "..", "shared", "tools", "validate-manifest");

if (!existsSync(offlineTool)) {
  console.error(`Offline validator not found at ${offlineTool}: it ships in the shared/ folder beside the project.`);
  process.exit(2);
}
const offline = spawnSync("bash", [offlineTool, manifest], { stdio: "inherit" });
if (offline.status !== 0) process.exit(offline.status ?? 1);

if (process.argv.includes("--offline-only")) process.exit(0);

const cli = join(root, "node_modules", ".bin", "office-addin-manifest");
const online = spawnSync(cli, ["validate", manifest], { encoding: "utf8", timeout: 120_000 });
const output = `${online.stdout ?? ""}${online.stderr ?? ""}`;
if (/manifest is valid/iu.test(output)) {
  console.log("Online validation: the manifest is valid.");
} else if (/manifest is not valid/iu.test(output)) {
  console.error(output);
  process.exit(1);
} else {
  console.log("Online validation skipped: the validation service could not be reached from this machine.");
}
