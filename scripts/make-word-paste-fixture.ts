// Builds tests/fixtures/matrix/word-paste.xlsx the way a matrix pasted from Word arrives in a spreadsheet:
// each paragraph of a cell on a row of its own, single-paragraph cells merged down over those rows, and the
// task cell merged over all its measures. The HTML is laid out here; LibreOffice Calc (headless) turns it
// into the .xlsx, so the merges and cell types are a real spreadsheet application's, not ExcelJS's.
import { execFileSync } from "node:child_process";
import { mkdtempSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { annexGroups, annexRows } from "./annexTable";

const [header, , ...body] = annexRows();

const esc = (s: string) => s.replace(/&/gu, "&amp;").replace(/</gu, "&lt;").replace(/>/gu, "&gt;");
const paragraphs = (s: string) => s.split("\n").map((p) => p.trim()).filter((p) => p !== "");

const groups = annexGroups(body);

let html = `<html><head><meta charset="utf-8"></head><body><p>Додаток 2 до Програми (вставлено з Word)</p><table border="1">`;
html += `<tr>${(header ?? []).map((h) => `<td>${esc(h)}</td>`).join("")}</tr><tr><td>1</td><td>2</td><td>3</td><td>4</td></tr>`;
for (const group of groups) {
  const spans = group.measures.map((m) => Math.max(1, ...m.map((c) => paragraphs(c).length)));
  const taskRows = spans.reduce((a, b) => a + b, 0);
  group.measures.forEach((measure, mi) => {
    const span = spans[mi] as number;
    for (let r = 0; r < span; r++) {
      let tr = "<tr>";
      if (mi === 0 && r === 0) tr += `<td rowspan="${taskRows}">${esc(paragraphs(group.task).join(" "))}</td>`;
      for (const cell of measure) {
        const ps = paragraphs(cell);
        if (ps.length <= 1) {
          if (r === 0) tr += `<td rowspan="${span}">${esc(ps[0] ?? "")}</td>`;
        } else if (r < ps.length) {
          // The last paragraph's cell covers what is left of the group, as Excel pastes it.
          const rest = r === ps.length - 1 ? span - r : 1;
          tr += `<td${rest > 1 ? ` rowspan="${rest}"` : ""}>${esc(ps[r] as string)}</td>`;
        }
      }
      html += `${tr}</tr>`;
    }
  });
}
html += "</table></body></html>";

const dir = mkdtempSync(join(tmpdir(), "pm-paste-"));
const source = join(dir, "word-paste.html");
writeFileSync(source, html);
const profile = pathToFileURL(mkdtempSync(join(tmpdir(), "pm-lo-"))).href;
execFileSync("soffice", [`-env:UserInstallation=${profile}`, "--headless", "--infilter=HTML (StarCalc)", "--convert-to", "xlsx", "--outdir", dir, source], { stdio: "inherit" });
renameSync(join(dir, "word-paste.xlsx"), "tests/fixtures/matrix/word-paste.xlsx");
process.stdout.write(`groups: ${groups.length}, rows: ${body.length}\n`);
