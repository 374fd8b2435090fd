// Builds tests/fixtures/documents/annex-*.txt: the embedded annex as Word saves plain text — UTF-8 with a BOM,
// "Unicode text" (UTF-16 LE and BE, with a BOM) and Cyrillic (Windows-1251, via the system's iconv).
import { execFileSync } from "node:child_process";
import { Buffer } from "node:buffer";
import { readFileSync, writeFileSync } from "node:fs";

const source = "src/domain/programme/embedded/cherkasy-anti-trafficking-2025.txt";
const dir = "tests/fixtures/documents";
const text = readFileSync(source, "utf8");
const le = Buffer.from(text, "utf16le");
const be = Buffer.from(le);
for (let i = 0; i < be.length; i += 2) [be[i], be[i + 1]] = [be[i + 1], be[i]];
writeFileSync(`${dir}/annex-utf8-bom.txt`, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")]));
writeFileSync(`${dir}/annex-utf16le-bom.txt`, Buffer.concat([Buffer.from([0xff, 0xfe]), le]));
writeFileSync(`${dir}/annex-utf16be-bom.txt`, Buffer.concat([Buffer.from([0xfe, 0xff]), be]));
writeFileSync(`${dir}/annex-windows-1251.txt`, execFileSync("iconv", ["-f", "UTF-8", "-t", "CP1251", source]));
