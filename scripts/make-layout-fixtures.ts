// Builds tests/fixtures/matrix-layouts/: each layout programmes are published in (the standard form, tasks
// across the table, the variants, an amendment annex), written from the embedded programme and from a second,
// invented one, in every format a matrix arrives in: .docx made with the `docx` package, the same re-saved by
// LibreOffice Writer, .xlsx made with ExcelJS, the same re-saved by LibreOffice Calc, and the sheet Excel makes
// of it when the table is pasted from Word (a grid: every paragraph on a row of its own, single cells merged
// down). Beside each is what it must read as (*.expected.json), written from the programme's data, never
// from the parser. Run: npx tsx scripts/make-layout-fixtures.ts
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { expectedOf, type Expected } from "./layoutExpected";
import { embeddedProgramme, SECOND, type SourceMeasure, type SourceProgramme } from "./layoutProgrammes";
import { amendment, groupRows, standardForm, variants, type LayoutTable } from "./layoutTables";
import { docxOf, pastedGridOf, xlsxOf } from "./layoutRender";

const OUT = "tests/fixtures/matrix-layouts";

const SUB_MEASURE: SourceMeasure = {
  code: "3.1.1",
  text: "Облаштування кімнат для постраждалих осіб у притулку",
  term: "2025 рік",
  executorsCell: "Департамент соціального захисту населення облдержадміністрації",
  funding: [{ source: "Обласний бюджет", byYear: { 2025: "150,0" } }],
  expectedResult: "Облаштовано 2 кімнати",
  expect: { executors: [["Департамент соціального захисту населення облдержадміністрації", false]], termYears: [2025], termReadable: true },
};

interface Layout {
  readonly name: string;
  readonly programme: SourceProgramme;
  readonly table: LayoutTable;
  readonly expected: Omit<Expected, "format">;
}

async function main(): Promise<void> {
  const embedded = embeddedProgramme();
  const layouts: Layout[] = [
    { name: "second-standard", programme: SECOND, table: standardForm(SECOND), expected: expectedOf(SECOND, "standard") },
    { name: "second-groups", programme: SECOND, table: groupRows(SECOND, true), expected: expectedOf(SECOND, "groups") },
    { name: "second-variants", programme: SECOND, table: variants(SECOND), expected: expectedOf(SECOND, "variants") },
    { name: "second-amendment", programme: SECOND, table: amendment(SECOND, SUB_MEASURE), expected: expectedOf(SECOND, "amendment", SUB_MEASURE) },
    { name: "embedded-standard", programme: embedded, table: standardForm(embedded), expected: expectedOf(embedded, "standard") },
    { name: "embedded-groups", programme: embedded, table: groupRows(embedded, false), expected: expectedOf(embedded, "groups") },
    { name: "embedded-variants", programme: embedded, table: variants(embedded), expected: expectedOf(embedded, "variants") },
  ];
  mkdirSync(OUT, { recursive: true });
  const dir = mkdtempSync(join(tmpdir(), "pm-layouts-"));
  const profile = pathToFileURL(mkdtempSync(join(tmpdir(), "pm-lo-"))).href;
  const office = (filter: string, file: string, outDir: string) => {
    mkdirSync(outDir, { recursive: true });
    execFileSync("soffice", [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", filter, "--outdir", outDir, file], { stdio: "ignore" });
  };
  const write = (file: string, format: string, expected: Layout["expected"], extraIssues: Expected["issues"] = []) => {
    writeFileSync(join(OUT, file.replace(/\.(docx|xlsx|grid\.json)$/u, ".expected.json")), `${JSON.stringify({ format, ...expected, issues: [...extraIssues, ...expected.issues] }, null, 2)}\n`);
  };
  const sheetRead = [{ code: "source.sheetRead", severity: "info", params: { sheet: "Аркуш1" } }];
  for (const layout of layouts) {
    const docx = join(dir, `${layout.name}-docxjs.docx`);
    writeFileSync(docx, await docxOf(layout.table));
    copyFileSync(docx, join(OUT, `${layout.name}-docxjs.docx`));
    write(`${layout.name}-docxjs.docx`, "Word document made with the docx package", layout.expected);

    office("docx:MS Word 2007 XML", docx, join(dir, "writer"));
    copyFileSync(join(dir, "writer", `${layout.name}-docxjs.docx`), join(OUT, `${layout.name}-writer.docx`));
    write(`${layout.name}-writer.docx`, "the Word document opened and saved again by LibreOffice Writer", layout.expected);

    const xlsx = join(dir, `${layout.name}-exceljs.xlsx`);
    writeFileSync(xlsx, await xlsxOf(layout.table));
    copyFileSync(xlsx, join(OUT, `${layout.name}-exceljs.xlsx`));
    write(`${layout.name}-exceljs.xlsx`, "workbook made with ExcelJS, one row per measure", layout.expected, sheetRead);

    office("xlsx", xlsx, join(dir, "calc"));
    copyFileSync(join(dir, "calc", `${layout.name}-exceljs.xlsx`), join(OUT, `${layout.name}-calc.xlsx`));
    write(`${layout.name}-calc.xlsx`, "the workbook opened and saved again by LibreOffice Calc", layout.expected, sheetRead);

    writeFileSync(join(OUT, `${layout.name}-paste.grid.json`), `${JSON.stringify(pastedGridOf(layout.table))}\n`);
    write(`${layout.name}-paste.grid.json`, "the sheet Excel makes of the table pasted from Word (a paragraph per row)", layout.expected);
  }
  process.stdout.write(`layouts: ${layouts.length}, fixtures: ${layouts.length * 5}\n`);
}

void main();
