// Builds tests/fixtures/matrix-bad/: the bad and awkward inputs a new user really gives `matrix` and `demo`,
// each in its own folder with case.json (arguments, expected exit code, issue codes). Files that another
// program makes are made by it: .xls, .ods and .docx by LibreOffice headless, the encrypted workbook by
// officecrypto-tool. Run: npx tsx scripts/make-bad-fixtures.ts (needs soffice with Calc and Writer).
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import ExcelJS from "exceljs";
import { Zip, ZipDeflate, zipSync } from "fflate";
import type { BadInputCase as Case } from "../tests/support/badInputCase";

const ROOT = "tests/fixtures/matrix-bad";
const HEADER = ["Найменування завдання", "Найменування заходу", "Термін виконання", "Виконавці"];
const EXEC = "Управління у справах сім’ї, молоді та спорту Черкаської обласної державної адміністрації";
const LSG = "органи місцевого самоврядування (за згодою)";


function write(name: string, c: Case, files: Record<string, Uint8Array | string> = {}): void {
  const dir = join(ROOT, name);
  mkdirSync(dir, { recursive: true });
  for (const [file, data] of Object.entries(files)) writeFileSync(join(dir, file), data);
  writeFileSync(join(dir, "case.json"), `${JSON.stringify(c, null, 2)}\n`);
}

async function book(rows: unknown[][], build?: (wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Матриця");
  rows.forEach((row, r) => row.forEach((v, c) => v !== null && v !== undefined && (ws.getCell(r + 1, c + 1).value = v as ExcelJS.CellValue)));
  build?.(wb, ws);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const GOOD_ROWS = [HEADER, ["1. Перше завдання", "1) проведення навчань", "2024 рік", EXEC], [null, "2) інформування населення", "2025 рік", LSG]];

function annexText(title: string, measures: number): string {
  const lines = [title, "", ...HEADER.map((h) => `\t${h}`), "\t1", "\t2", "\t3", "\t4"];
  for (let m = 1; m <= measures; m++) lines.push(m === 1 ? "\t1. Завдання" : "\t", `\t${m}) захід номер ${m}`, "\t2024-2025 роки", `\t${EXEC}, ${LSG}`);
  return lines.join("\n");
}

function soffice(args: string[], cwd: string): void {
  const profile = pathToFileURL(mkdtempSync(join(tmpdir(), "pm-lo-"))).href;
  execFileSync("soffice", [`-env:UserInstallation=${profile}`, "--headless", ...args], { cwd, stdio: "ignore" });
}

/** A sheet whose XML inflates to `megabytes` of rows from a few hundred KB; `lie` shrinks the declared sizes. */
function bomb(megabytes: number, lie: boolean): Uint8Array {
  const parts: Uint8Array[] = [];
  const zip = new Zip((err, chunk) => {
    if (err) throw err;
    parts.push(chunk);
  });
  const small = (name: string, text: string) => {
    const f = new ZipDeflate(name, { level: 9 });
    zip.add(f);
    f.push(new TextEncoder().encode(text), true);
  };
  small("[Content_Types].xml", `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`);
  small("xl/workbook.xml", `<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Аркуш1" sheetId="1" r:id="rId1"/></sheets></workbook>`);
  small("xl/_rels/workbook.xml.rels", `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`);
  const sheet = new ZipDeflate("xl/worksheets/sheet1.xml", { level: 9 });
  zip.add(sheet);
  const enc = new TextEncoder();
  sheet.push(enc.encode(`<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`));
  const block = enc.encode(`<row r="1"><c r="A1" t="inlineStr"><is><t>${"x".repeat(1000)}</t></is></c></row>`.repeat(1000));
  for (let written = 0; written < megabytes * 1024 * 1024; written += block.length) sheet.push(block);
  sheet.push(enc.encode("</sheetData></worksheet>"), true);
  zip.end();
  const out = new Uint8Array(parts.reduce((s, p) => s + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  if (lie) {
    // Rewrite every declared uncompressed size (local headers and central directory) to 4 KB.
    const view = new DataView(out.buffer);
    for (let i = 0; i + 46 < out.length; i++) {
      const sig = view.getUint32(i, true);
      if (sig === 0x04034b50) view.setUint32(i + 22, 4096, true);
      if (sig === 0x02014b50) view.setUint32(i + 24, 4096, true);
      if (sig === 0x08074b50) view.setUint32(i + 12, 4096, true);
    }
  }
  return out;
}

async function main(): Promise<void> {
  rmSync(ROOT, { recursive: true, force: true });
  const good = await book(GOOD_ROWS);
  const goodTxt = annexText("ПРОГРАМА ПЕРЕВІРКИ", 2);

  // Arguments
  write("args-positional-file", { description: "matrix FILE without --source reads that file, not the embedded programme", args: ["matrix", "{dir}/input.txt"], exit: 0, stdout: ["ПРОГРАМА ПЕРЕВІРКИ", "2 заходи"] }, { "input.txt": goodTxt });
  write("args-misspelt-source", { description: "--sourc is refused and --source suggested", args: ["matrix", "--sourc", "{dir}/input.txt"], exit: 1, stderr: ["Невідомий параметр «--sourc»", "«--source»"] }, { "input.txt": goodTxt });
  write("args-source-without-value", { description: "--source with no value", args: ["matrix", "--source"], exit: 1, stderr: ["Параметр «--source» потребує значення"] });
  write("args-output-instead-of-out", { description: "--output is not an option; --out is suggested", args: ["matrix", "--output", "x.xlsx"], exit: 1, stderr: ["«--output»", "«--out»"] });
  write("args-unknown-option", { description: "--frobnicate", args: ["matrix", "--frobnicate"], exit: 1, stderr: ["Невідомий параметр «--frobnicate»"] });
  write("args-bad-lang", { description: "--lang xx", args: ["matrix", "--lang", "xx"], exit: 1, stderr: ["Мова «xx» не підтримується"] });
  write("args-unknown-command", { description: "a misspelt command", args: ["matrx"], exit: 1, stderr: ["Невідома команда «matrx»", "«matrix»"] });
  write("args-two-sources", { description: "two files", args: ["matrix", "{dir}/input.txt", "--source", "{dir}/input.txt"], exit: 1, stderr: ["кілька джерел"] }, { "input.txt": goodTxt });
  write("args-help", { description: "per-command help", args: ["matrix", "--help"], exit: 0, stdout: ["--sheet", "Коди виходу"] });
  write("args-demo-unknown-option", { description: "demo rejects options it does not take", args: ["demo", "--json"], exit: 1, stderr: ["«--json»"] });
  write("args-english", { description: "usage errors in English with --lang en", args: ["matrix", "--sourc", "x", "--lang", "en"], exit: 1, stderr: ["Unknown option “--sourc”", "Did you mean “--source”?"] });

  // Output files
  write("out-equals-source", { description: "--out equal to --source would overwrite the input", args: ["matrix", "{tmp}/matrix.xlsx", "--out", "{tmp}/matrix.xlsx", "--json"], exit: 2, issues: ["source.sheetRead", "output.isInput"], prepare: [{ path: "{tmp}/matrix.xlsx", content: "@input.xlsx" }], unchanged: ["{tmp}/matrix.xlsx"] }, { "input.xlsx": good });
  write("out-onto-txt", { description: "--out onto an existing .txt", args: ["matrix", "{dir}/input.txt", "--out", "{tmp}/notes.txt", "--json"], exit: 2, issues: ["output.notXlsx"], prepare: [{ path: "{tmp}/notes.txt", content: "мої нотатки" }], unchanged: ["{tmp}/notes.txt"] }, { "input.txt": goodTxt });
  write("out-is-directory", { description: "--out names a directory", args: ["matrix", "{dir}/input.txt", "--out", "{tmp}/folder.xlsx", "--json"], exit: 2, issues: ["output.isDirectory"], prepare: [{ path: "{tmp}/folder.xlsx/", content: "" }] }, { "input.txt": goodTxt });
  write("out-under-file", { description: "--out under a path that is a file", args: ["matrix", "{dir}/input.txt", "--out", "{tmp}/file.txt/out.xlsx", "--json"], exit: 2, issues: ["output.cannotWrite"], prepare: [{ path: "{tmp}/file.txt", content: "x" }], stderr: ["частина шляху — це файл"] }, { "input.txt": goodTxt });
  write("out-disk-full", { description: "the disk fills during the write (a file-size limit stands in for it): the previous workbook is untouched", args: ["matrix", "{dir}/input.txt", "--out", "{tmp}/previous.xlsx", "--json"], exit: 2, issues: ["output.cannotWrite"], prepare: [{ path: "{tmp}/previous.xlsx", content: "@previous.xlsx" }], unchanged: ["{tmp}/previous.xlsx"], fileSizeLimitKiB: 4, stderr: ["на диску забракло місця"] }, { "input.txt": goodTxt, "previous.xlsx": new Uint8Array(2000).fill(7) });
  write("demo-out-dir-under-file", { description: "demo --out-dir under a file", args: ["demo", "--out-dir", "{tmp}/file.txt/out", "--no-pdf"], exit: 2, stderr: ["Результат не записано: частина шляху — це файл, а не тека"], prepare: [{ path: "{tmp}/file.txt", content: "x" }] });

  // Formats, told by bytes
  const work = mkdtempSync(join(tmpdir(), "pm-bad-"));
  writeFileSync(join(work, "matrix.xlsx"), good);
  soffice(["--convert-to", "xls", "matrix.xlsx"], work);
  soffice(["--convert-to", "ods", "matrix.xlsx"], work);
  writeFileSync(join(work, "doc.html"), `<html><body><h1>Програма</h1><table><tr>${HEADER.map((h) => `<td>${h}</td>`).join("")}</tr></table></body></html>`);
  soffice(["--convert-to", "docx:MS Word 2007 XML", "doc.html"], work);
  soffice(["--convert-to", "pdf", "matrix.xlsx"], work);
  const officeCrypto = (await import("officecrypto-tool")) as unknown as { default?: { encrypt: (b: Buffer, o: { password: string }) => Promise<Buffer> }; encrypt?: (b: Buffer, o: { password: string }) => Promise<Buffer> };
  const encrypt = officeCrypto.encrypt ?? officeCrypto.default?.encrypt;
  if (!encrypt) throw new Error("officecrypto-tool has no encrypt()");
  const encrypted = await encrypt(Buffer.from(good), { password: "1234" });
  write("format-encrypted", { description: "a password-protected workbook (officecrypto-tool)", args: ["matrix", "{dir}/input.xlsx", "--json"], exit: 2, issues: ["source.encrypted"] }, { "input.xlsx": encrypted });
  write("format-xls-renamed", { description: "an .xls (LibreOffice) renamed .xlsx", args: ["matrix", "{dir}/input.xlsx", "--json"], exit: 2, issues: ["source.xls"] }, { "input.xlsx": readFileSync(join(work, "matrix.xls")) });
  write("format-csv-renamed", { description: "a .csv renamed .xlsx", args: ["matrix", "{dir}/input.xlsx", "--json"], exit: 2, issues: ["source.csv"] }, { "input.xlsx": `${HEADER.join(",")}\n1. Завдання,1) захід,2024,орган\n` });
  write("format-empty", { description: "an empty .xlsx (0 bytes)", args: ["matrix", "{dir}/input.xlsx", "--json"], exit: 2, issues: ["source.empty"] }, { "input.xlsx": "" });
  write("format-ods-renamed", { description: "an .ods (LibreOffice) renamed .xlsx", args: ["matrix", "{dir}/input.xlsx", "--json"], exit: 2, issues: ["source.ods"] }, { "input.xlsx": readFileSync(join(work, "matrix.ods")) });
  write("format-docx-renamed", { description: "a .docx (LibreOffice Writer) renamed .xlsx is read as the Word document it is: its table has headers but no measures", args: ["matrix", "{dir}/input.xlsx", "--json"], exit: 2, issues: ["matrix.noRows"] }, { "input.xlsx": readFileSync(join(work, "doc.docx")) });
  write("format-pdf", { description: "a PDF of the matrix", args: ["matrix", "{dir}/input.pdf", "--json"], exit: 2, issues: ["source.document"] }, { "input.pdf": readFileSync(join(work, "matrix.pdf")) });
  write("format-truncated-zip", { description: "a workbook cut short in transfer", args: ["matrix", "{dir}/input.xlsx", "--json"], exit: 2, issues: ["source.notWorkbook"] }, { "input.xlsx": good.subarray(0, Math.floor(good.length / 2)) });
  write("format-random-bytes", { description: "bytes that are no known format", args: ["matrix", "{dir}/input.xlsx", "--json"], exit: 2, issues: ["source.notWorkbook"] }, { "input.xlsx": Uint8Array.from({ length: 512 }, (_, i) => (i * 73 + 11) % 256) });
  write("format-zip-not-workbook", { description: "a zip archive holding other files", args: ["matrix", "{dir}/input.xlsx", "--json"], exit: 2, issues: ["source.notWorkbook"] }, { "input.xlsx": zipSync({ "readme.txt": new TextEncoder().encode("hello") }) });
  write("format-xlsx-named-txt", { description: "a workbook saved with a .txt name is read as a workbook", args: ["matrix", "{dir}/input.txt", "--json"], exit: 0, issues: ["source.sheetRead"] }, { "input.txt": good });

  // Size
  write("size-stray-cells-far-out", {
    description: "2,000 rows and formatted empty cells at XFD1 and A1048576: only cells with content are held",
    args: ["matrix", "{dir}/input.xlsx", "--json"],
    exit: 0,
    issues: ["source.sheetRead"],
    check: { measures: 2000 },
  }, {
    "input.xlsx": await book([HEADER, ...Array.from({ length: 2000 }, (_, i) => [i === 0 ? "1. Завдання" : null, `${i + 1}) захід ${i + 1}`, "2024 рік", EXEC])], (_wb, ws) => {
      ws.getCell("XFD1").border = { top: { style: "thin" } };
      ws.getCell("A1048576").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFF0000" } };
    }),
  });
  write("size-bomb-honest", { description: "a decompression bomb: 300 MB of sheet XML in a few hundred KB, sizes declared", args: ["matrix", "{dir}/input.xlsx", "--json"], exit: 2, issues: ["source.tooLarge"] }, { "input.xlsx": bomb(300, false) });
  write("size-bomb-lying", { description: "a decompression bomb whose zip declares 4 KB parts: stopped while inflating, at the row limit", args: ["matrix", "{dir}/input.xlsx", "--json"], exit: 2, issues: ["source.tooManyRows"] }, { "input.xlsx": bomb(300, true) });
  write("size-too-many-rows", {
    description: "60,000 rows",
    args: ["matrix", "{dir}/input.xlsx", "--json"],
    exit: 2,
    issues: ["source.tooManyRows"],
  }, { "input.xlsx": await book([HEADER, ...Array.from({ length: 60_000 }, (_, i) => [null, `${i + 1}) х`])]) });
  write("size-100000-measures", { description: "a 100,000-measure programme as annex text (generated at test time): parsed, no stack overflow", args: ["matrix", "{tmp}/generated.txt", "--json"], exit: 0, generate: { kind: "annex", measures: 100_000 }, check: { measures: 100_000 } });

  // Cell values
  write("cell-formula-without-value", {
    description: "a formula saved without a cached value is an issue at its cell, never «[object Object]»",
    args: ["matrix", "{dir}/input.xlsx", "--json"],
    exit: 2,
    issues: ["source.sheetRead", "matrix.formulaNoValue", "measure.noExecutors"],
  }, { "input.xlsx": await book([HEADER, ["1. Завдання", "1) захід", "2024 рік", { formula: "Довідник!A1" }]]) });
  write("cell-dates-in-term", {
    description: "real dates in the term column are read as the document writes them, with an info",
    args: ["matrix", "{dir}/input.xlsx", "--json"],
    exit: 0,
    issues: ["source.sheetRead", "matrix.dateAsText", "matrix.dateAsText"],
    check: { term: ["01.02.2025", "31.12.2025"] },
  }, {
    "input.xlsx": await book([HEADER, ["1. Завдання", "1) захід", new Date(Date.UTC(2025, 1, 1)), EXEC], [null, "2) захід", new Date(Date.UTC(2025, 11, 31)), EXEC]], (_wb, ws) => {
      ws.getCell("C2").numFmt = "dd.mm.yyyy";
      ws.getCell("C3").numFmt = "dd.mm.yyyy";
    }),
  });
  write("cell-code-as-number", {
    description: "«4.10» typed as a number in the code column becomes 4.1: a warning says so",
    args: ["matrix", "{dir}/input.xlsx", "--json"],
    exit: 0,
    issues: ["source.sheetRead", "matrix.codeAsNumber"],
  }, { "input.xlsx": await book([["№ заходу", ...HEADER], [4.1, "4. Завдання", "захід", "2024 рік", EXEC]]) });
  write("cell-merged-term-executors", {
    description: "term and executor cells merged down over two measures apply to both",
    args: ["matrix", "{dir}/input.xlsx", "--json"],
    exit: 0,
    issues: ["source.sheetRead"],
    check: { term: ["2024 рік", "2024 рік"], executorCounts: [1, 1] },
  }, {
    "input.xlsx": await book([HEADER, ["1. Завдання", "1) перший", "2024 рік", EXEC], [null, "2) другий", null, null]], (_wb, ws) => {
      ws.mergeCells("C2:C3");
      ws.mergeCells("D2:D3");
    }),
  });

  // Sheets
  const hiddenFirst = await book(GOOD_ROWS, (wb) => {
    const old = wb.addWorksheet("Стара матриця", { state: "hidden" });
    [HEADER, ["1. Старе завдання", "1) старий захід", "2020 рік", EXEC]].forEach((r) => old.addRow(r));
    (wb.worksheets as ExcelJS.Worksheet[]).reverse();
  });
  write("sheet-hidden-old-matrix", { description: "a hidden sheet with an old matrix is not preferred to the visible one; the sheet read is named", args: ["matrix", "{dir}/input.xlsx", "--json"], exit: 0, issues: ["source.sheetRead"], stderr: ["Прочитано аркуш «Матриця»"] }, { "input.xlsx": hiddenFirst });
  const onlyHidden = await book([["Примітки"]], (wb) => {
    const h = wb.addWorksheet("Дані", { state: "veryHidden" });
    GOOD_ROWS.forEach((r) => h.addRow(r));
  });
  write("sheet-only-hidden", { description: "the matrix is only on a very hidden sheet: not read, and the user is told how", args: ["matrix", "{dir}/input.xlsx", "--json"], exit: 2, issues: ["matrix.noHeader", "source.hiddenSheets"] }, { "input.xlsx": onlyHidden });
  write("sheet-chosen", { description: "--sheet reads a hidden sheet on purpose", args: ["matrix", "{dir}/input.xlsx", "--sheet", "Дані", "--json"], exit: 0, issues: ["source.sheetRead"] }, { "input.xlsx": onlyHidden });
  write("sheet-chosen-missing", { description: "--sheet with a name the workbook lacks", args: ["matrix", "{dir}/input.xlsx", "--sheet", "Немає", "--json"], exit: 2, issues: ["source.sheetNotFound"] }, { "input.xlsx": onlyHidden });

  // Columns
  write("col-number-before-measure", { description: "«№ заходу» before «Найменування заходу» is the code, not the measure text", args: ["matrix", "{dir}/input.xlsx", "--json"], exit: 0, issues: ["source.sheetRead"], check: { texts: ["проведення навчань", "інформування"] } }, {
    "input.xlsx": await book([["№ заходу", ...HEADER], ["1.1", "1. Завдання", "проведення навчань", "2024 рік", EXEC], ["1.2", null, "інформування", "2025 рік", EXEC]]),
  });
  write("col-variant-wording", { description: "«Строк виконання заходу» and «Відповідальні за виконання»", args: ["matrix", "{dir}/input.xlsx", "--json"], exit: 0, issues: ["source.sheetRead"] }, {
    "input.xlsx": await book([["Найменування завдання", "Зміст заходу", "Строк виконання заходу", "Відповідальні за виконання"], ["1. Завдання", "1) захід", "2024 рік", EXEC]]),
  });
  write("col-english-headers", { description: "the English headers the add-in itself writes", args: ["matrix", "{dir}/input.xlsx", "--json"], exit: 0, issues: ["source.sheetRead"] }, {
    "input.xlsx": await book([["Task no.", "Task", "Measure no.", "Measure", "Term", "Executors", "Executors, count"], ["1", "First task", "1.1", "training", "2024", `${EXEC} (by consent)`, 1]]),
  });
  write("col-header-below-30-rows", { description: "a header row 35 rows down is not found, and the message says how many rows were searched", args: ["matrix", "{dir}/input.xlsx", "--json"], exit: 2, issues: ["matrix.noHeader"], stderr: ["переглянуто рядки 1–30"] }, {
    "input.xlsx": await book([["Пояснення"], ...Array.from({ length: 34 }, (_, i) => [`рядок ${i + 2}`]), ...GOOD_ROWS]),
  });
  write("col-executors-missing", { description: "the measure column is present; what is missing is named at the header row, not at A1", args: ["matrix", "{dir}/input.xlsx", "--json"], exit: 2, issues: ["matrix.missingColumn", "matrix.missingColumn"], stderr: ["клітинка A3", "Не знайдено стовпця «Виконавці»"] }, {
    "input.xlsx": await book([["Звіт"], [], ["Найменування заходу", "Статус"], ["1) захід", "Виконано"]]),
  });
  write("col-two-notes", { description: "two «Примітка» columns: both kept, the second renamed", args: ["matrix", "{dir}/input.xlsx", "--json", "--out", "{tmp}/out.xlsx"], exit: 0, issues: ["source.sheetRead", "matrix.duplicateHeader"], check: { outHeaders: ["Примітка", "Примітка (2)"] } }, {
    "input.xlsx": await book([[...HEADER, "Примітка", "Примітка"], ["1. Завдання", "1) захід", "2024 рік", EXEC, "перша", "друга"]]),
  });

  // Excel's limits on write
  write("limit-40000-char-measure", { description: "a 40,000-character measure is an error naming it, never cut silently", args: ["matrix", "{dir}/input.xlsx", "--json"], exit: 2, issues: ["source.sheetRead", "measure.tooLong"] }, {
    "input.xlsx": await book([HEADER, ["1. Завдання", `1) ${"довгий текст ".repeat(3100)}`, "2024 рік", EXEC]]),
  });
  write("limit-long-title", { description: "a three-line title longer than a page header may be: the header is shortened, the title kept", args: ["matrix", "{dir}/input.txt", "--out", "{tmp}/out.xlsx"], exit: 0, check: { pageHeaderMax: 255 } }, {
    "input.txt": annexText(`ЗАВДАННЯ І ЗАХОДИ ${"з виконання обласної цільової соціальної програми протидії торгівлі людьми ".repeat(2)}\n${"на період до 2025 року ".repeat(4)}\n${"та забезпечення прав постраждалих осіб ".repeat(3)}`, 2),
  });

  // Executors
  write("executors-bare-consent", { description: "«, за згодою» without parentheses marks consent on the body before it", args: ["matrix", "{dir}/input.xlsx", "--json"], exit: 0, issues: ["source.sheetRead"], check: { agencies: 2, consent: [true, false] } }, {
    "input.xlsx": await book([HEADER, ["1. Завдання", "1) захід", "2024 рік", "Головне управління Національної поліції в Черкаській області, за згодою, Служба у справах дітей Черкаської обласної державної адміністрації"]]),
  });

  rmSync(work, { recursive: true, force: true });
  process.stdout.write("fixtures written\n");
}

void main();
