// Builds the consolidation and command-line cases of tests/fixtures/reports-bad/: returned reports and command
// lines a new user really gives `consolidate`, `template` and `validate`, each in its own folder with case.json
// (arguments, expected exit code, what must be said, what must not change). Only the cases listed here are
// rewritten; other cases in the folder are left alone. Run: npx tsx scripts/make-reports-bad-fixtures.ts
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { deflateSync, Deflate, unzipSync } from "fflate";
import { programmeSheetPlans } from "../src/domain/plans/programmeSheets";
import { parseEmbeddedProgramme } from "../src/domain/programme/embeddedProgramme";
import { allMeasures } from "../src/domain/programme/model";
import { reportingPeriods } from "../src/domain/programme/referenceLists";
import { META_SHEET } from "../src/domain/reports/reportFormat";
import { reportSheetName, templateFileName } from "../src/domain/reports/templatePlan";
import { legacyTemplatePlans as templatePlans } from "./legacyTemplate";
import { assignmentsOf, units } from "../src/domain/reports/units";
import { sheetPlansToXlsx } from "../src/xlsx/writeSheetPlans";
import type { CommandCase as Case } from "../tests/support/commandCase";

const ROOT = "tests/fixtures/reports-bad";
const programme = parseEmbeddedProgramme().programme;
const all = units(programme);
const FIRST = 8; // the first data row (1-based): header block in rows 1–5, table header in row 7

const unitOf = (code: string) => all.find((u) => u.code === code) as (typeof all)[number];
const periodOf = (code: string) => reportingPeriods(programme.years).find((p) => p.code === code) as ReturnType<typeof reportingPeriods>[number];
const assigned = (code: string) => assignmentsOf(programme, unitOf(code)).map((a) => a.measure.code);

interface Fill {
  readonly submitted?: string;
  /** People in row i (0-based); the default is 40 + i. */
  readonly people?: (i: number) => number;
  readonly funds?: (i: number) => number;
}

/** The template the CLI writes for a unit and period, filled in as a careful executor would. */
async function filled(unit: string, period: string, fill: Fill = {}): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await sheetPlansToXlsx(templatePlans(programme, unitOf(unit), periodOf(period)))) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(reportSheetName(unitOf(unit), periodOf(period))) as ExcelJS.Worksheet;
  const [d, m, y] = (fill.submitted ?? "15.07.2025").split(".").map(Number) as [number, number, number];
  ws.getCell("B5").value = new Date(Date.UTC(y, m - 1, d));
  ws.getCell("B5").numFmt = "dd.mm.yyyy";
  assigned(unit).forEach((_, i) => {
    const r = FIRST + i;
    const funds = fill.funds?.(i) ?? 0;
    ws.getCell(`C${r}`).value = "Виконано";
    ws.getCell(`D${r}`).value = 2 + (i % 5);
    ws.getCell(`E${r}`).value = fill.people?.(i) ?? 40 + i;
    ws.getCell(`F${r}`).value = funds;
    ws.getCell(`G${r}`).value = funds > 0 ? "Обласний бюджет" : "Не потребує фінансування";
    ws.getCell(`H${r}`).value = "Проведено інформаційні зустрічі з учнівською молоддю.";
  });
  return wb;
}

const bytes = async (wb: ExcelJS.Workbook) => new Uint8Array(await wb.xlsx.writeBuffer());
const sheetOf = (wb: ExcelJS.Workbook) => wb.worksheets.find((w) => w.name.startsWith("Звіт")) as ExcelJS.Worksheet;

/** Two units' report sheets in one workbook, as an official who copies sheets together makes it (no metadata sheet). */
async function twoUnits(): Promise<Uint8Array> {
  const wb = await filled("Р03", "2025-H1");
  wb.removeWorksheet((wb.getWorksheet(META_SHEET) as ExcelJS.Worksheet).id);
  const other = sheetOf(await filled("Р04", "2025-H1"));
  const copy = wb.addWorksheet(other.name);
  other.eachRow((row, r) => row.eachCell((cell, c) => {
    const to = copy.getCell(r, c);
    to.value = cell.value;
    if (cell.numFmt) to.numFmt = cell.numFmt;
  }));
  return bytes(wb);
}

// A zip written by hand, so one part can declare a size it does not have.
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(chunks: Iterable<Uint8Array>): number {
  let c = 0xffffffff;
  for (const chunk of chunks) for (const b of chunk) c = (CRC_TABLE[(c ^ b) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
interface Entry { name: string; data: Uint8Array; crc: number; size: number; declared: number }
function zip(entries: readonly Entry[]): Uint8Array {
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = new TextEncoder().encode(e.name);
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint16(8, 8, true);
    local.setUint32(14, e.crc, true);
    local.setUint32(18, e.data.length, true);
    local.setUint32(22, e.declared, true);
    local.setUint16(26, name.length, true);
    const dir = new DataView(new ArrayBuffer(46));
    dir.setUint32(0, 0x02014b50, true);
    dir.setUint16(4, 20, true);
    dir.setUint16(6, 20, true);
    dir.setUint16(10, 8, true);
    dir.setUint32(16, e.crc, true);
    dir.setUint32(20, e.data.length, true);
    dir.setUint32(24, e.declared, true);
    dir.setUint16(28, name.length, true);
    dir.setUint32(42, offset, true);
    parts.push(new Uint8Array(local.buffer), name, e.data);
    central.push(new Uint8Array(dir.buffer), name);
    offset += 30 + name.length + e.data.length;
  }
  const size = central.reduce((n, p) => n + p.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, entries.length, true);
  end.setUint16(10, entries.length, true);
  end.setUint32(12, size, true);
  end.setUint32(16, offset, true);
  const out = new Uint8Array(offset + size + 22);
  let at = 0;
  for (const p of [...parts, ...central, new Uint8Array(end.buffer)]) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** A good report whose xl/styles.xml inflates to `megabytes` of number formats while its zip declares 4 KB. */
async function stylesBomb(megabytes: number): Promise<Uint8Array> {
  const parts = unzipSync(await bytes(await filled("Р03", "2025-H1")));
  const entries: Entry[] = Object.entries(parts).map(([name, data]) => ({ name, data: deflateSync(data, { level: 9 }), crc: crc32([data]), size: data.length, declared: data.length }));
  const styles = entries.find((e) => e.name === "xl/styles.xml") as Entry;
  const enc = new TextEncoder();
  const head = enc.encode(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1">`);
  const block = enc.encode(`<numFmt numFmtId="164" formatCode="0.0"/>`.repeat(25_000));
  const tail = enc.encode(`</numFmts></styleSheet>`);
  const compressed: Uint8Array[] = [];
  const deflate = new Deflate({ level: 9 }, (chunk) => void compressed.push(chunk));
  const plain: Uint8Array[] = [head];
  deflate.push(head);
  let size = head.length;
  while (size < megabytes * 1024 * 1024) {
    deflate.push(block);
    plain.push(block);
    size += block.length;
  }
  deflate.push(tail, true);
  plain.push(tail);
  size += tail.length;
  const data = new Uint8Array(compressed.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of compressed) {
    data.set(c, at);
    at += c.length;
  }
  Object.assign(styles, { data, crc: crc32(plain), size, declared: 4096 });
  return zip(entries);
}

function write(name: string, c: Case, files: Record<string, Uint8Array | string> = {}): void {
  const dir = join(ROOT, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const [file, data] of Object.entries(files)) writeFileSync(join(dir, file), data);
  writeFileSync(join(dir, "case.json"), `${JSON.stringify(c, null, 2)}\n`);
}

const SHEET = "Звіт Р03 2025-H1";
const OUT = ["--json", "--out", "{tmp}/summary.xlsx"];

async function main(): Promise<void> {
  const r03 = assigned("Р03");
  const good = await bytes(await filled("Р03", "2025-H1"));
  const r04 = await bytes(await filled("Р04", "2025-H1"));
  const notAssigned = allMeasures(programme).find((m) => !r03.includes(m.code))?.code ?? "";
  const first = r03[0] as string;
  const programmeBook = await sheetPlansToXlsx(programmeSheetPlans(programme));
  const bomb = await stylesBomb(250);

  // Which reports are counted
  write("consolidate-two-sheets", {
    description: "one workbook holding the report sheets of two districts: both are counted (provenance is file and sheet)",
    args: ["consolidate", "{dir}/two-units.xlsx", ...OUT],
    exit: 0,
    json: { accepted: 2, byUnit: { Р03: { received: r03.length }, Р04: { received: assigned("Р04").length } } },
    rejected: [],
    addsUp: true,
  }, { "two-units.xlsx": await twoUnits() });
  write("consolidate-identical-copy", {
    description: "the very same file given twice under another name: the copy is skipped and listed",
    args: ["consolidate", "{dir}/report.xlsx", "{tmp}/copy.xlsx", ...OUT],
    prepare: [{ path: "{tmp}/copy.xlsx", content: "@report.xlsx" }],
    exit: 1,
    json: { accepted: 1, byUnit: { Р03: { received: r03.length } } },
    rejected: [{ file: "copy.xlsx", sheet: SHEET, codes: ["consolidate.sameFile"] }],
    stderr: ["copy.xlsx", "report.xlsx"],
  }, { "report.xlsx": good });
  write("consolidate-row-errors", {
    description: "rows with errors are not taken, each listed with its reason; the rest of the report is",
    args: ["consolidate", "{dir}/report.xlsx", ...OUT],
    exit: 1,
    json: { accepted: 1, byUnit: { Р03: { received: r03.length - 2 } } },
    rejected: [{ file: "report.xlsx", sheet: SHEET, row: 8, codes: ["report.status.unknown"] }, { file: "report.xlsx", sheet: SHEET, row: 9, codes: ["report.count.invalid"] }],
    stderr: ["рядок 8", "«Зроблено»", "рядок 9"],
    addsUp: true,
  }, {
    "report.xlsx": await bytes(await (async () => {
      const wb = await filled("Р03", "2025-H1");
      sheetOf(wb).getCell("C8").value = "Зроблено";
      sheetOf(wb).getCell("D9").value = "12 шт";
      return wb;
    })()),
  });
  write("consolidate-not-assigned", {
    description: `a row on measure ${notAssigned}, not the district administrations': not counted anywhere, as the message says, and listed`,
    args: ["consolidate", "{dir}/report.xlsx", ...OUT],
    exit: 1,
    json: { byUnit: { Р03: { received: r03.length - 1 } }, byMeasure: { [notAssigned]: { received: 0 } } },
    rejected: [{ file: "report.xlsx", sheet: SHEET, row: 8, codes: ["report.code.notAssigned"] }],
    stderr: [`Захід ${notAssigned} не доручено`, "не зводиться"],
    addsUp: true,
  }, {
    "report.xlsx": await bytes(await (async () => {
      const wb = await filled("Р03", "2025-H1", { people: (i) => (i === 0 ? 5000 : 40 + i) });
      sheetOf(wb).getCell("A8").value = notAssigned;
      return wb;
    })()),
  });

  // Two versions of one report
  const original = await bytes(await filled("Р03", "2025-H1", { submitted: "15.07.2025" }));
  const correction = await bytes(await filled("Р03", "2025-H1", { submitted: "25.07.2025", people: (i) => 50 + i }));
  const versions: Case = {
    description: "",
    args: [],
    exit: 1,
    json: { accepted: 1, byUnit: { Р03: { received: r03.length, onTime: true, submitted: "25.07.2025", firstSubmitted: "15.07.2025" } }, byMeasure: { [first]: { people: 50 } } },
    rejected: [{ file: "a-original.xlsx", sheet: SHEET, codes: ["consolidate.superseded"] }],
    stderr: ["a-original.xlsx", "b-correction.xlsx", "25.07.2025"],
    absent: ["2025-07-25"],
  };
  write("consolidate-superseded-correction-last", { ...versions, description: "a correction with a later «Дата подання» given after the original: the correction wins; being on time is judged by the first submission", args: ["consolidate", "{dir}/a-original.xlsx", "{dir}/b-correction.xlsx", ...OUT] }, { "a-original.xlsx": original, "b-correction.xlsx": correction });
  write("consolidate-superseded-correction-first", { ...versions, description: "the same two versions in the other order: the later «Дата подання» wins whatever the order and names", args: ["consolidate", "{dir}/b-correction.xlsx", "{dir}/a-original.xlsx", ...OUT] }, { "a-original.xlsx": original, "b-correction.xlsx": correction });
  write("consolidate-same-date-conflict", {
    description: "two different versions of one report with the same «Дата подання»: neither is taken, both are listed; the other district is",
    args: ["consolidate", "{dir}/v1.xlsx", "{dir}/v2.xlsx", "{dir}/r04.xlsx", ...OUT],
    exit: 1,
    json: { accepted: 1, byUnit: { Р03: { received: 0 }, Р04: { received: assigned("Р04").length } } },
    rejected: [{ file: "v1.xlsx", sheet: SHEET, codes: ["consolidate.versionsConflict"] }, { file: "v2.xlsx", sheet: SHEET, codes: ["consolidate.versionsConflict"] }],
    stderr: ["v1.xlsx", "v2.xlsx", "15.07.2025"],
  }, { "v1.xlsx": original, "v2.xlsx": await bytes(await filled("Р03", "2025-H1", { submitted: "15.07.2025", people: (i) => 60 + i })), "r04.xlsx": r04 });
  write("validate-two-versions", {
    description: "validate given the original and a correction of one report: each report line names its sheet, and both versions are told with the one consolidation will take (the later «Дата подання»)",
    args: ["validate", "{dir}/b-correction.xlsx", "{dir}/a-original.xlsx"],
    exit: 0,
    stdout: ["a-original.xlsx, аркуш «Звіт Р03 2025-H1»", "b-correction.xlsx, аркуш «Звіт Р03 2025-H1»", "кількох версіях", "буде взято одну — ту, що має пізнішу «Дату подання»: b-correction.xlsx — Звіт Р03 2025-H1 (25.07.2025)"],
    absent: ["2025-07-25"],
  }, { "a-original.xlsx": original, "b-correction.xlsx": correction });
  write("validate-two-versions-same-date", {
    description: "validate given two different versions of one report with the same «Дата подання»: an error on each, as consolidation will take neither",
    args: ["validate", "{dir}/v1.xlsx", "{dir}/v2.xlsx"],
    exit: 1,
    stdout: ["не видно, яка новіша", "v1.xlsx — Звіт Р03 2025-H1 (15.07.2025)", "v2.xlsx — Звіт Р03 2025-H1 (15.07.2025)"],
  }, { "v1.xlsx": original, "v2.xlsx": await bytes(await filled("Р03", "2025-H1", { submitted: "15.07.2025", people: (i) => 60 + i })) });
  write("consolidate-same-content", {
    description: "the same report saved twice (other bytes, same figures and date): one is taken, the other listed as the same report",
    args: ["consolidate", "{dir}/report.xlsx", "{dir}/saved-again.xlsx", ...OUT],
    exit: 1,
    json: { accepted: 1, byUnit: { Р03: { received: r03.length } } },
    rejected: [{ file: "saved-again.xlsx", sheet: SHEET, codes: ["consolidate.sameContent"] }],
  }, {
    "report.xlsx": good,
    "saved-again.xlsx": await bytes(await (async () => {
      const wb = await filled("Р03", "2025-H1");
      wb.creator = "Інший комп’ютер";
      sheetOf(wb).properties.tabColor = { argb: "FF00B050" };
      return wb;
    })()),
  });

  // Files that cannot be taken
  write("consolidate-unreadable-file", {
    description: "a CSV among the reports: listed with its reason, the good report taken",
    args: ["consolidate", "{dir}/report.xlsx", "{dir}/notes.xlsx", ...OUT],
    exit: 1,
    json: { accepted: 1 },
    rejected: [{ file: "notes.xlsx", sheet: null, codes: ["source.csv"] }],
    stderr: ["notes.xlsx"],
  }, { "report.xlsx": good, "notes.xlsx": "Код заходу;Стан виконання\n1.1;Виконано\n" });
  write("consolidate-nothing-usable", {
    description: "only a blank template: nothing could be consolidated (exit 2), every row listed, nothing written",
    args: ["consolidate", "{dir}/blank.xlsx", ...OUT],
    exit: 2,
    json: { accepted: 0, period: null },
    rejected: [{ file: "blank.xlsx", sheet: SHEET, codes: ["consolidate.noValidRows"] }, ...r03.map((_, i) => ({ file: "blank.xlsx", sheet: SHEET, row: FIRST + i, codes: ["report.status.missing"] }))],
    tmpFiles: [],
  }, { "blank.xlsx": await sheetPlansToXlsx(templatePlans(programme, unitOf("Р03"), periodOf("2025-H1"))) });
  write("consolidate-styles-bomb", {
    description: "a report whose styles part is a decompression bomb (sizes declared 4 KB): refused while inflating, named as a report, the good report taken",
    args: ["consolidate", "{dir}/report.xlsx", "{dir}/../validate-styles-bomb/bomb.xlsx", ...OUT],
    exit: 1,
    json: { accepted: 1 },
    rejected: [{ file: "bomb.xlsx", sheet: null, codes: ["source.tooLarge"] }],
    stderr: ["bomb.xlsx", "звіт"],
    absent: ["partBytes", "матриц"],
  }, { "report.xlsx": good });

  // Periods
  write("consolidate-period-without-reports", {
    description: "--period with no reports: exit 2, naming the periods that have data; nothing written",
    args: ["consolidate", "{dir}/report.xlsx", "--period", "I квартал 2025", "--out", "{tmp}/summary.xlsx"],
    exit: 2,
    stderr: ["I квартал 2025 року", "I півріччя 2025 року", "2025-H1"],
    tmpFiles: [],
  }, { "report.xlsx": good });
  const year = await Promise.all(["Р01", "Р02", "Р03", "Р04"].map(async (u) => bytes(await filled(u, "2024-Y", { submitted: "15.01.2025" }))));
  write("consolidate-latest-incomplete", {
    description: "without --period the latest period is taken, and the output says how complete it is and which period is the most complete",
    args: ["consolidate", "{dir}/r01-2024.xlsx", "{dir}/r02-2024.xlsx", "{dir}/r03-2024.xlsx", "{dir}/r04-2024.xlsx", "{dir}/r03-2025-h1.xlsx", "--out", "{tmp}/summary.xlsx"],
    exit: 0,
    stdout: ["I півріччя 2025 року", "2024 рік", "--period 2024-Y"],
  }, { "r01-2024.xlsx": year[0] as Uint8Array, "r02-2024.xlsx": year[1] as Uint8Array, "r03-2024.xlsx": year[2] as Uint8Array, "r04-2024.xlsx": year[3] as Uint8Array, "r03-2025-h1.xlsx": good });

  // What the user reads
  write("consolidate-late-dates", {
    description: "a late report: dates as people write them (01.08.2025), never ISO",
    args: ["consolidate", "{dir}/report.xlsx", ...OUT],
    exit: 0,
    stderr: ["01.08.2025", "20.07.2025"],
    absent: ["2025-08-01", "2025-07-20"],
  }, { "report.xlsx": await bytes(await filled("Р03", "2025-H1", { submitted: "01.08.2025" })) });
  write("consolidate-decrease-words", {
    description: "a cumulative figure going down: the column and the periods are named as the user knows them, not «people» or 2025-9M",
    args: ["consolidate", "{dir}/h1.xlsx", "{dir}/9m.xlsx", "--out", "{tmp}/summary.xlsx"],
    exit: 0,
    stderr: ["«Охоплено осіб»", "I півріччя 2025 року", "9 місяців 2025 року"],
    absent: ["«people»", "«events»", "за 2025-9M", "за 2025-H1"],
  }, { "h1.xlsx": good, "9m.xlsx": await bytes(await filled("Р03", "2025-9M", { submitted: "15.10.2025", people: (i) => (i === 0 ? 10 : 40 + i) })) });
  write("consolidate-funds-rounding", {
    description: "funds with tenths that do not add up exactly in binary: every figure in --json is rounded as shown, and every total is the sum of its parts",
    args: ["consolidate", "{dir}/report.xlsx", ...OUT],
    exit: 0,
    addsUp: true,
    json: { total: { funds: Math.round(r03.reduce((n, _, i) => n + [0.1, 0.2, 17.4, 0.7][i % 4]!, 0) * 10) / 10 } },
  }, { "report.xlsx": await bytes(await filled("Р03", "2025-H1", { funds: (i) => [0.1, 0.2, 17.4, 0.7][i % 4] as number })) });

  // Outputs never replace inputs
  write("consolidate-out-is-source", {
    description: "consolidate --out equal to --source: refused, the programme workbook untouched",
    args: ["consolidate", "{dir}/report.xlsx", "--source", "{tmp}/programme.xlsx", "--out", "{tmp}/programme.xlsx"],
    prepare: [{ path: "{tmp}/programme.xlsx", content: "@programme.xlsx" }],
    exit: 2,
    stderr: ["збігається з вхідним файлом"],
    unchanged: ["{tmp}/programme.xlsx"],
  }, { "report.xlsx": good, "programme.xlsx": programmeBook });
  write("consolidate-out-is-report-link", {
    description: "consolidate --out through a symbolic link to one of the reports: refused by real path, the report untouched",
    args: ["consolidate", "{tmp}/report.xlsx", "--out", "{tmp}/link.xlsx"],
    prepare: [{ path: "{tmp}/report.xlsx", content: "@report.xlsx" }, { path: "{tmp}/link.xlsx", content: "->report.xlsx" }],
    exit: 2,
    stderr: ["збігається з вхідним файлом"],
    unchanged: ["{tmp}/report.xlsx"],
  }, { "report.xlsx": good });
  write("template-out-is-source", {
    description: "template --out equal to --source: refused, the programme workbook untouched",
    args: ["template", "--unit", "Р03", "--period", "2025-H1", "--source", "{tmp}/programme.xlsx", "--out", "{tmp}/programme.xlsx"],
    prepare: [{ path: "{tmp}/programme.xlsx", content: "@programme.xlsx" }],
    exit: 2,
    stderr: ["збігається з вхідним файлом"],
    unchanged: ["{tmp}/programme.xlsx"],
  }, { "programme.xlsx": programmeBook });
  const filledName = templateFileName(unitOf("Р03"), periodOf("2025-H1"));
  write("template-all-keeps-filled-report", {
    description: "template --all into a folder holding a returned report under the template's name: that file is skipped with a message, the others written",
    args: ["template", "--all", "--period", "2025-H1", "--out-dir", "{tmp}/t"],
    prepare: [{ path: "{tmp}/t/", content: "" }, { path: `{tmp}/t/${filledName}`, content: "@filled.xlsx" }],
    exit: 1,
    stderr: [filledName, "заповнений звіт"],
    unchanged: [`{tmp}/t/${filledName}`],
  }, { "filled.xlsx": good });
  write("template-all-replaces-blank", {
    description: "template --all again over blank templates: they are replaced",
    args: ["template", "--all", "--period", "2025-H1", "--out-dir", "{tmp}/t"],
    prepare: [{ path: "{tmp}/t/", content: "" }, { path: `{tmp}/t/${filledName}`, content: "@blank.xlsx" }],
    exit: 0,
  }, { "blank.xlsx": await sheetPlansToXlsx(templatePlans(programme, unitOf("Р03"), periodOf("2025-H1"))) });
  write("template-unit-out-filled-report", {
    description: "template --out onto a filled report: refused, the report untouched",
    args: ["template", "--unit", "Р03", "--period", "2025-H1", "--out", "{tmp}/returned.xlsx"],
    prepare: [{ path: "{tmp}/returned.xlsx", content: "@filled.xlsx" }],
    exit: 2,
    stderr: ["returned.xlsx", "заповнений звіт"],
    unchanged: ["{tmp}/returned.xlsx"],
  }, { "filled.xlsx": good });
  write("template-all-target-is-folder", {
    description: "template --all where a folder has the template's name: skipped, and the advice names --out-dir, the option this command takes",
    args: ["template", "--all", "--period", "2025-H1", "--out-dir", "{tmp}/t"],
    prepare: [{ path: `{tmp}/t/${filledName}/`, content: "" }],
    exit: 1,
    stderr: [filledName, "--out-dir"],
    absent: ["--out "],
  });

  // Misused options: a usage error (64), nothing written
  write("usage-validate-no-files", { description: "validate with no files", args: ["validate"], cwdTmp: true, exit: 1, stderr: ["validate"], tmpFiles: [] });
  write("usage-consolidate-no-out", { description: "consolidate without --out writes nothing, not even into the current folder", args: ["consolidate", "{dir}/report.xlsx"], cwdTmp: true, exit: 1, stderr: ["--out"], tmpFiles: [] }, { "report.xlsx": good });
  write("usage-consolidate-no-files", { description: "consolidate with --out but no reports", args: ["consolidate", "--out", "{tmp}/summary.xlsx"], exit: 1, tmpFiles: [] });
  write("usage-template-all-with-out", { description: "template --all with --out (instead of --out-dir) writes nothing into the current folder", args: ["template", "--all", "--period", "2025-H1", "--out", "{tmp}/x.xlsx"], cwdTmp: true, exit: 1, stderr: ["--out-dir"], tmpFiles: [] });
  write("usage-template-unit-with-out-dir", { description: "template --unit with --out-dir (instead of --out) writes nothing into the current folder", args: ["template", "--unit", "Р03", "--period", "2025-H1", "--out-dir", "{tmp}/d"], cwdTmp: true, exit: 1, stderr: ["--out"], tmpFiles: [] });
  write("usage-template-unit-and-all", { description: "template with both --unit and --all", args: ["template", "--unit", "Р03", "--all", "--period", "2025-H1", "--out-dir", "{tmp}/d"], cwdTmp: true, exit: 1, tmpFiles: [] });

  // validate: reports over the limits are named as reports
  write("validate-styles-bomb", {
    description: "validate a report whose styles part is a decompression bomb: exit 2, the message speaks of the report, not of a programme matrix, and no internal word",
    args: ["validate", "{dir}/bomb.xlsx"],
    exit: 2,
    stdout: ["bomb.xlsx", "звіт"],
    absent: ["partBytes", "матриц"],
  }, { "bomb.xlsx": bomb });
  write("validate-rows-bomb", {
    description: "validate a workbook that inflates to more rows than the limit: the advice speaks of the report",
    args: ["validate", "{dir}/../../matrix-bad/size-bomb-lying/input.xlsx"],
    exit: 2,
    stdout: ["звіт"],
    absent: ["матриц", "програма не містить"],
  });
  write("validate-help-exit-codes", { description: "validate --help states the exit codes, usage errors included", args: ["validate", "--help"], exit: 0, stdout: ["помилка в командному рядку"] });
  write("consolidate-help-exit-codes", { description: "consolidate --help states its exit codes", args: ["consolidate", "--help"], exit: 0, stdout: ["помилка в командному рядку", "1 —", "2 —"] });
  process.stdout.write("report command cases written\n");
}

void main();
