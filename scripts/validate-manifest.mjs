// npm run validate [-- FILE...]: the offline schema check (build/manifestSchema.js, needs xmllint), then the online
// check of the pinned office-addin-manifest (a devDependency) where the network allows it. Without files it checks
// manifest.xml and the production manifest the build makes from it, so an ADDIN_URL build cannot ship an invalid one.
// npm test runs it with --offline-only.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { checkManifest } = require("../build/manifestSchema.js");
const { addinAddress, productionManifest } = require("../build/deployment.js");

const root = new URL("..", import.meta.url).pathname;
const args = process.argv.slice(2);
const offlineOnly = args.includes("--offline-only");
const files = args.filter((a) => a !== "--offline-only");

const devManifest = join(root, "manifest.xml");
const EXAMPLE_ADDRESS = "https://pm.example.gov.ua/programme-monitor/";
const manifests =
  files.length > 0
    ? files.map((file) => ({ label: file, xml: readFileSync(file, "utf8") }))
    : [
        { label: "manifest.xml (development)", xml: readFileSync(devManifest, "utf8") },
        {
          label: `manifest.xml as built with ADDIN_URL=${EXAMPLE_ADDRESS}`,
          xml: productionManifest(readFileSync(devManifest, "utf8"), addinAddress(EXAMPLE_ADDRESS)),
        },
      ];

let failed = false;
for (const { label, xml } of manifests) {
  let check;
  try {
    check = checkManifest(xml);
  } catch (error) {
    console.error(`${label}: the offline check could not run. ${error.message}`);
    process.exit(2);
  }
  if (check.valid) {
    console.log(`${label}: valid against the published Office add-in manifest schemas (offline).`);
  } else {
    console.error(`${label}: NOT valid against the published Office add-in manifest schemas:\n${check.report}`);
    failed = true;
  }
}
if (failed) process.exit(1);
if (offlineOnly) process.exit(0);

// The online service validates files; the production manifests differ from the dev one only in their addresses.
const onlineTargets = files.length > 0 ? files : [devManifest];
const cli = join(root, "node_modules", ".bin", "office-addin-manifest");
for (const file of onlineTargets) {
  const online = spawnSync(cli, ["validate", file], { encoding: "utf8", timeout: 120_000 });
  const output = `${online.stdout ?? ""}${online.stderr ?? ""}`;
  const name = relative(process.cwd(), file) || file;
  if (/manifest is valid/iu.test(output)) {
    console.log(`${name}: valid (online validation service).`);
  } else if (/manifest is not valid/iu.test(output)) {
    console.error(output);
    process.exit(1);
  } else {
    console.log(`${name}: online validation skipped, the validation service could not be reached from this machine.`);
  }
}
