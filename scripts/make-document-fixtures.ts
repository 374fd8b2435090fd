// Builds tests/fixtures/documents/*.docx: the embedded annex as a Word document, written by LibreOffice Writer
// headless from HTML (task cells merged down over their measures, line breaks inside cells as paragraphs):
// the plain annex, one with the header row typed again mid-table (as documents do on each page), one with
// another table before the matrix, and one holding two matrices. Run: npx tsx scripts/make-document-fixtures.ts
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { annexGroups, annexRows } from "./annexTable";

const [header, , ...body] = annexRows();
const esc = (s: string) => s.replace(/&/gu, "&amp;").replace(/</gu, "&lt;").replace(/>/gu, "&gt;");
const paras = (s: string) => s.split("\n").map((p) => `<p>${esc(p.trim())}</p>`).join("");
const groups = annexGroups(body);
const headerRow = `<tr>${(header ?? []).map((h) => `<td><p><b>${esc(h)}</b></p></td>`).join("")}</tr>`;

function matrix(repeatHeaderAfterGroup = -1, splitAfterGroup = -1): string {
  let html = `<table border="1">${headerRow}<tr><td>1</td><td>2</td><td>3</td><td>4</td></tr>`;
  groups.forEach((g, gi) => {
    // A page break splits the table in two: an empty paragraph between the parts, no header repeated.
    if (gi === splitAfterGroup + 1 && splitAfterGroup >= 0) html += `</table><p style="page-break-before: always"></p><table border="1">`;
    g.measures.forEach((m, mi) => {
      html += `<tr>${mi === 0 ? `<td rowspan="${g.measures.length}">${paras(g.task)}</td>` : ""}${m.map((c) => `<td>${paras(c)}</td>`).join("")}</tr>`;
    });
    if (gi === repeatHeaderAfterGroup) html += headerRow;
  });
  return `${html}</table>`;
}

const title = "<p>Додаток 2 до Програми</p><p><b>ЗАВДАННЯ І ЗАХОДИ з виконання обласної цільової соціальної програми протидії торгівлі людьми на період до 2025 року</b></p>";
const other = `<p>Обсяг фінансування</p><table border="1"><tr><td>Рік</td><td>Сума, тис. грн</td></tr><tr><td>2023</td><td>100</td></tr></table>`;
const documents: Record<string, string> = {
  "annex.docx": title + matrix(),
  "annex-header-repeated.docx": title + matrix(3),
  "annex-after-other-table.docx": other + title + matrix(),
  "two-matrices.docx": title + matrix() + "<p>Додаток 3</p>" + matrix(),
  "annex-split.docx": title + matrix(-1, 3),
};

const dir = mkdtempSync(join(tmpdir(), "pm-docs-"));
const profile = pathToFileURL(mkdtempSync(join(tmpdir(), "pm-lo-"))).href;
for (const [name, bodyHtml] of Object.entries(documents)) {
  const html = join(dir, name.replace(/\.docx$/u, ".html"));
  writeFileSync(html, `<html><head><meta charset="utf-8"></head><body>${bodyHtml}</body></html>`);
  execFileSync("soffice", [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", "docx:MS Word 2007 XML", "--outdir", dir, html], { stdio: "ignore" });
  copyFileSync(join(dir, name), join("tests/fixtures/documents", name));
}
// The old binary formats are refused with a clear message: the annex saved as .doc by Writer, and as PDF.
execFileSync("soffice", [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", "doc:MS Word 97", "--outdir", dir, join(dir, "annex.html")], { stdio: "ignore" });
copyFileSync(join(dir, "annex.doc"), "tests/fixtures/documents/annex.doc");
execFileSync("soffice", [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", "pdf:writer_web_pdf_Export", "--outdir", dir, join(dir, "annex.html")], { stdio: "ignore" });
copyFileSync(join(dir, "annex.pdf"), "tests/fixtures/documents/annex.pdf");
process.stdout.write(`documents: ${Object.keys(documents).length + 2}\n`);
