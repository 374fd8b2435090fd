// The offline check of an Office add-in XML manifest: xmllint against Microsoft's published schemas, which are kept,
// unmodified, in schemas/office-manifest/ (see the README there for their source, licence and the repairs below).
"use strict";
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");

const SCHEMA_DIR = path.join(__dirname, "..", "schemas", "office-manifest");
const MAIN_SCHEMA = "OfficeAppManifestV1_1.xsd";

/**
 * The published schemas do not compile as they are. Each repair is applied to a temporary copy, so the stored
 * files stay byte-identical to the published ones.
 */
const REPAIRS = [
  {
    // Namespace names are identifiers, not addresses: a documentation-wide http→https rewrite broke them.
    find: /"https:\/\/www\.w3\.org\/(2001\/XMLSchema|2000\/09\/xmldsig#)"/gu,
    replace: '"http://www.w3.org/$1"',
  },
  {
    // XSD regular expressions have no lazy quantifiers; the `?` changes nothing when a whole value must match.
    find: /\{0,3\}\?/gu,
    replace: "{0,3}",
  },
];

/** The main schema imports the content add-in overrides, which Microsoft never published; task panes never use them. */
const MISSING_SCHEMAS = {
  "ContentAppVersionOverridesV1_0.xsd": [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" elementFormDefault="qualified"',
    '    targetNamespace="http://schemas.microsoft.com/office/contentappversionoverrides">',
    '  <xs:element name="VersionOverrides">',
    "    <xs:complexType>",
    '      <xs:sequence><xs:any minOccurs="0" maxOccurs="unbounded" processContents="lax"/></xs:sequence>',
    '      <xs:anyAttribute processContents="lax"/>',
    "    </xs:complexType>",
    "  </xs:element>",
    "</xs:schema>",
    "",
  ].join("\n"),
};

function writeCompilableSchemas(dir) {
  for (const name of fs.readdirSync(SCHEMA_DIR).filter((f) => f.endsWith(".xsd"))) {
    const published = fs.readFileSync(path.join(SCHEMA_DIR, name), "utf8");
    const repaired = REPAIRS.reduce((text, r) => text.replace(r.find, r.replace), published);
    fs.writeFileSync(path.join(dir, name), repaired);
  }
  for (const [name, text] of Object.entries(MISSING_SCHEMAS)) fs.writeFileSync(path.join(dir, name), text);
  return path.join(dir, MAIN_SCHEMA);
}

/**
 * Checks manifest XML against the schemas. Returns { valid, report } where report is xmllint's own account;
 * throws when the check itself cannot run (no xmllint, schemas that do not compile), which is never "valid".
 */
function checkManifest(xml) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pm-manifest-"));
  try {
    const schema = writeCompilableSchemas(dir);
    const manifest = path.join(dir, "manifest.xml");
    fs.writeFileSync(manifest, xml);
    const run = spawnSync("xmllint", ["--noout", "--nonet", "--schema", schema, manifest], { encoding: "utf8" });
    if (run.error) {
      throw new Error(`xmllint could not be started (${run.error.message}); install it: apt-get install libxml2-utils`);
    }
    const report = `${run.stdout}${run.stderr}`.split(dir + path.sep).join("").trim();
    // xmllint: 0 valid; 1 not well-formed; 3 and 4 not valid; anything else means the check did not happen.
    if (![0, 1, 3, 4].includes(run.status ?? -1)) throw new Error(`xmllint failed (exit ${run.status}):\n${report}`);
    return { valid: run.status === 0, report };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

module.exports = { checkManifest, SCHEMA_DIR };
