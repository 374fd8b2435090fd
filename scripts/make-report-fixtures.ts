// Builds tests/fixtures/reports/: report files as executors return them, one folder per case, each with
// the issues a careful reader finds in it (code, severity, cell) written by hand in case.json. The base is
// the template the CLI writes for Уманська РДА, I півріччя 2025, filled in; each case changes one thing.
// Files marked "libreoffice" are re-saved by LibreOffice Calc headless, as an agency using it would.
// Run: npx tsx scripts/make-report-fixtures.ts [CASE...] (needs soffice). Every case.json is written; a report file only
// when it is missing or its case is named (`--all`: every file), so the checked-in files do not change without need.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import ExcelJS from "exceljs";
import { programmeSheetPlans } from "../src/domain/plans/programmeSheets";
import { parseEmbeddedProgramme } from "../src/domain/programme/embeddedProgramme";
import { allMeasures } from "../src/domain/programme/model";
import { reportingPeriods } from "../src/domain/programme/referenceLists";
import { META_SHEET } from "../src/domain/reports/reportFormat";
import { legacyTemplatePlans as templatePlans } from "./legacyTemplate";
import { assignmentsOf, units } from "../src/domain/reports/units";
import { sheetPlansToXlsx } from "../src/xlsx/writeSheetPlans";
import { moreCases, type Case, type Expected } from "./reportFixtureCases";

const ROOT = "tests/fixtures/reports";
const programme = parseEmbeddedProgramme().programme;
const unit = units(programme).find((u) => u.code === "Р03");
const period = reportingPeriods(programme.years).find((p) => p.code === "2025-H1");
if (!unit || !period) throw new Error("Уманська РДА or 2025-H1 missing");
const SHEET = "Звіт Р03 2025-H1";
const FIRST = 8; // the first data row (1-based): header block in rows 1–5, table header in row 7
const assigned = assignmentsOf(programme, unit).map((a) => a.measure.code);
const notAssigned = allMeasures(programme).find((m) => !assigned.includes(m.code))?.code ?? "";
const ROW_410 = FIRST + assigned.indexOf("4.10");

/** The answers of a correct report, written into a template sheet of the district administrations. */
function fillSheet(ws: ExcelJS.Worksheet): void {
  ws.getCell("B5").value = new Date(Date.UTC(2025, 6, 15));
  ws.getCell("B5").numFmt = "dd.mm.yyyy";
  assigned.forEach((_, i) => {
    const r = FIRST + i;
    ws.getCell(`C${r}`).value = "Виконано";
    ws.getCell(`D${r}`).value = 2 + (i % 5);
    ws.getCell(`E${r}`).value = 40 + i;
    ws.getCell(`F${r}`).value = 0;
    ws.getCell(`G${r}`).value = "Не потребує фінансування";
    ws.getCell(`H${r}`).value = "Проведено заходи разом з Управлінням освіти і науки Черкаської обласної державної адміністрації у м. Умань та Уманському районі.";
  });
}

async function filled(): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await sheetPlansToXlsx(templatePlans(programme, unit as NonNullable<typeof unit>, period as NonNullable<typeof period>))) as unknown as ArrayBuffer);
  fillSheet(wb.getWorksheet(SHEET) as ExcelJS.Worksheet);
  return wb;
}

type Mutate = (wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet) => void;
const cases: [string, Case, Mutate, (() => Promise<ExcelJS.Workbook>)?][] = [
  ["good", { description: "a complete, correct report", issues: [] }, () => undefined],
  ["good-libreoffice", { description: "the same, re-saved by LibreOffice Calc", issues: [], libreoffice: true }, () => undefined],
  ["blank-template", { description: "the template sent back unfilled", issues: assigned.flatMap((_, i) => [["report.status.missing", "error", `C${FIRST + i}`] as Expected]) }, (_wb, ws) => {
    for (let i = 0; i < assigned.length; i++) for (const c of "CDEFGH") ws.getCell(`${c}${FIRST + i}`).value = null;
  }],
  ["status-case", { description: "status typed in lower case", issues: [["report.normalized.case", "info", "C8"]] }, (_wb, ws) => void (ws.getCell("C8").value = "виконано")],
  ["status-latin-o", { description: "a Latin «o» inside «Викoнано»", issues: [["report.normalized.latin", "info", "C8"]] }, (_wb, ws) => void (ws.getCell("C8").value = "Викoнано")],
  ["status-spaces", { description: "spaces around the status", issues: [["report.normalized.spaces", "info", "C8"]] }, (_wb, ws) => void (ws.getCell("C8").value = "  Виконано ")],
  ["status-unknown", { description: "a status not in the list", issues: [["report.status.unknown", "error", "C8"]] }, (_wb, ws) => void (ws.getCell("C8").value = "Зроблено")],
  ["count-text", { description: "«12 шт» in a count column", issues: [["report.count.invalid", "error", "D8"]] }, (_wb, ws) => void (ws.getCell("D8").value = "12 шт")],
  ["count-negative", { description: "a negative count", issues: [["report.count.invalid", "error", "E8"]] }, (_wb, ws) => void (ws.getCell("E8").value = -3)],
  ["count-fraction", { description: "a fraction of an event", issues: [["report.count.invalid", "error", "D8"]] }, (_wb, ws) => void (ws.getCell("D8").value = 2.5)],
  ["funds-text-comma", { description: "«1 234,5» typed as text, with a source", issues: [["report.normalized.numberText", "info", "F8"], ["report.normalized.thousands", "info", "F8"], ["report.normalized.decimalComma", "info", "F8"]] }, (_wb, ws) => {
    ws.getCell("F8").value = "1 234,5";
    ws.getCell("G8").value = "Обласний бюджет";
  }],
  ["column-people-twice", { description: "«Охоплено осіб» a second time, with other figures: which one is meant cannot be told", issues: [["report.duplicateColumn", "error", "J7"]] }, (_wb, ws) => {
    ws.getCell("J7").value = "Охоплено осіб";
    ws.getCell("J8").value = 5;
  }],
  ["column-extra-right", { description: "a «Примітка» column added right of the table: passed over with an info", issues: [["report.extraColumn", "info", "J7"]] }, (_wb, ws) => {
    ws.getCell("J7").value = "Примітка";
    ws.getCell("J8").value = "уточнено";
  }],
  ["funds-two-decimals", { description: "12,345 тис. грн: finer than the summaries show", issues: [["report.funds.precision", "warning", "F8"]] }, (_wb, ws) => {
    ws.getCell("F8").value = 12.345;
    ws.getCell("G8").value = "Обласний бюджет";
  }],
  ["funds-not-needed", { description: "funds used with «Не потребує фінансування»", issues: [["report.funds.notNeeded", "warning", "F8"]] }, (_wb, ws) => void (ws.getCell("F8").value = 5)],
  ["funds-no-source", { description: "funds used, no source", issues: [["report.funds.noSource", "warning", "G8"]] }, (_wb, ws) => {
    ws.getCell("F8").value = 5;
    ws.getCell("G8").value = null;
  }],
  ["source-unknown", { description: "a funding source not in the list", issues: [["report.source.unknown", "error", "G8"]] }, (_wb, ws) => void (ws.getCell("G8").value = "Спонсори")],
  ["count-formula", { description: "a formula where a count is expected", issues: [["report.cell.formula", "error", "D8"]] }, (_wb, ws) => void (ws.getCell("D8").value = { formula: "1+1", result: 2 })],
  ["people-error-value", { description: "#N/A in the people column", issues: [["report.cell.error", "error", "E8"]] }, (_wb, ws) => void (ws.getCell("E8").value = { error: "#N/A" } as ExcelJS.CellErrorValue)],
  ["done-with-nothing", { description: "«Виконано» with 0 events and 0 people", issues: [["report.done.nothing", "warning", "D8"]] }, (_wb, ws) => {
    ws.getCell("D8").value = 0;
    ws.getCell("E8").value = 0;
  }],
  ["not-done-no-reasons", { description: "«Не виконано» without reasons", issues: [["report.reasons.missing", "error", "I8"]] }, (_wb, ws) => void (ws.getCell("C8").value = "Не виконано")],
  ["partly-no-texts", { description: "«Виконано частково» without information or reasons", issues: [["report.info.missing", "error", "H8"], ["report.reasons.missing", "error", "I8"]] }, (_wb, ws) => {
    ws.getCell("C8").value = "Виконано частково";
    ws.getCell("H8").value = null;
  }],
  ["code-unknown", { description: "a code the programme lacks (and so its measure is missing)", issues: [["report.code.unknown", "error", "A8"], ["report.measure.missing", "warning", null]] }, (_wb, ws) => void (ws.getCell("A8").value = "9.9")],
  ["code-duplicate", { description: "the same measure twice", issues: [["report.code.duplicate", "error", "A9"], ["report.measure.missing", "warning", null]] }, (_wb, ws) => void (ws.getCell("A9").value = assigned[0] ?? "")],
  ["code-not-assigned", { description: `measure ${notAssigned}, not the district administrations'`, issues: [["report.code.notAssigned", "warning", "A8"], ["report.measure.missing", "warning", null]] }, (_wb, ws) => void (ws.getCell("A8").value = notAssigned)],
  ["code-trailing-point", { description: "a code written «1.1.»", issues: [["report.normalized.codeFormat", "info", "A8"]] }, (_wb, ws) => void (ws.getCell("A8").value = `${assigned[0] ?? ""}.`)],
  ["code-as-number-410", { description: "4.10 stored as the number 4.1: the measure text says 4.10", issues: [["report.code.asNumber", "warning", `A${ROW_410}`]] }, (_wb, ws) => void (ws.getCell(`A${ROW_410}`).value = 4.1)],
  ["measure-row-deleted", { description: "the last assigned measure's row emptied", issues: [["report.measure.missing", "warning", null]] }, (_wb, ws) => {
    for (const c of "ABCDEFGH") ws.getCell(`${c}${FIRST + assigned.length - 1}`).value = null;
  }],
  ["privacy-phone", { description: "a phone number in the narrative", issues: [["report.privacy", "warning", "H8"]] }, (_wb, ws) => void (ws.getCell("H8").value = "Консультацію надано за телефоном +380 67 123 45 67.")],
  ["privacy-email", { description: "an e-mail address", issues: [["report.privacy", "warning", "H8"]] }, (_wb, ws) => void (ws.getCell("H8").value = "Звернення надійшло з адреси olena.petrenko@ukr.net.")],
  ["privacy-full-name", { description: "a person's full name", issues: [["report.privacy", "warning", "H8"]] }, (_wb, ws) => void (ws.getCell("H8").value = "Допомогу надано Петренко Олені Іванівні.")],
  ["privacy-initials", { description: "a surname with initials", issues: [["report.privacy", "warning", "H8"]] }, (_wb, ws) => void (ws.getCell("H8").value = "Постраждала Петренко О. І. отримала статус.")],
  ["privacy-tax-number", { description: "an identity number", issues: [["report.privacy", "warning", "H8"]] }, (_wb, ws) => void (ws.getCell("H8").value = "РНОКПП 3012345678 передано до суду.")],
  ["text-too-long", { description: "a narrative over 2,000 characters", issues: [["report.text.long", "warning", "H8"]] }, (_wb, ws) => void (ws.getCell("H8").value = "Проведено інформаційну кампанію. ".repeat(70))],
  ["text-over-cell-limit", { description: "a narrative over 32,767 characters, more than an Excel cell holds (written by another tool)", issues: [["report.text.overCellLimit", "error", "H8"]] }, (_wb, ws) => void (ws.getCell("H8").value = "Проведено інформаційну кампанію. ".repeat(1000))],
  ["no-meta-unit-blank", { description: "rows pasted into a new workbook (no metadata), executor left blank", issues: [["report.unit.missing", "error", "B3"]] }, (wb, ws) => {
    wb.removeWorksheet((wb.getWorksheet(META_SHEET) as ExcelJS.Worksheet).id);
    ws.getCell("B3").value = null;
  }],
  ["no-meta-short-name", { description: "no metadata; executor written «уманська рда», period «1 півріччя 2025 р.»", issues: [] , libreoffice: true }, (wb, ws) => {
    wb.removeWorksheet((wb.getWorksheet(META_SHEET) as ExcelJS.Worksheet).id);
    ws.getCell("B3").value = "уманська рда";
    ws.getCell("B4").value = "1 півріччя 2025 р.";
  }],
  ["no-meta-unit-ambiguous", { description: "no metadata; «Управління» matches several executors", issues: [["report.unit.ambiguous", "error", "B3"]] }, (wb, ws) => {
    wb.removeWorksheet((wb.getWorksheet(META_SHEET) as ExcelJS.Worksheet).id);
    ws.getCell("B3").value = "Управління";
  }],
  ["no-meta-unit-unknown", { description: "no metadata; an executor the programme lacks", issues: [["report.unit.unknown", "error", "B3"]] }, (wb, ws) => {
    wb.removeWorksheet((wb.getWorksheet(META_SHEET) as ExcelJS.Worksheet).id);
    ws.getCell("B3").value = "Київська районна державна адміністрація";
  }],
  ["no-meta-period-unknown", { description: "no metadata; «II півріччя 2025» is not a reporting period", issues: [["report.period.unknown", "error", "B4"]] }, (wb, ws) => {
    wb.removeWorksheet((wb.getWorksheet(META_SHEET) as ExcelJS.Worksheet).id);
    ws.getCell("B4").value = "II півріччя 2025";
  }],
  ["no-meta-period-outside", { description: "no metadata; 2030, outside the programme's term", issues: [["report.period.outsideTerm", "error", "B4"]] }, (wb, ws) => {
    wb.removeWorksheet((wb.getWorksheet(META_SHEET) as ExcelJS.Worksheet).id);
    ws.getCell("B4").value = "2030 рік";
  }],
  ["column-renamed", { description: "«Причини невиконання» renamed past recognition: no row is taken", issues: [["report.missingColumn", "error", "A7"], ["report.extraColumn", "info", "I7"]], reports: [{ sheet: SHEET, unit: "Р03", period: "2025-H1", rows: assigned.length, valid: 0 }] }, (_wb, ws) => void (ws.getCell("I7").value = "Причини")],
  ["other-programme", { description: "a template of another programme (its metadata names another programme): no row is taken", issues: [["report.unknownProgramme", "error", "A2"]], reports: [{ sheet: SHEET, unit: "Р03", period: "2025-H1", rows: assigned.length, valid: 0 }] }, (wb, ws) => {
    (wb.getWorksheet(META_SHEET) as ExcelJS.Worksheet).getCell("B3").value = "p00000000";
    ws.getCell("A2").value = "Регіональна програма запобігання та протидії домашньому насильству на період до 2025 року";
  }],
];

function soffice(file: string, dir: string): void {
  const profile = pathToFileURL(mkdtempSync(join(tmpdir(), "pm-lo-"))).href;
  const out = mkdtempSync(join(tmpdir(), "pm-lo-out-"));
  execFileSync("soffice", [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", "xlsx", "--outdir", out, file], { stdio: "ignore" });
  writeFileSync(file, readFileSync(join(out, "report.xlsx")));
  rmSync(out, { recursive: true, force: true });
  void dir;
}

const ALL = process.argv.includes("--all");
const NAMED = new Set(process.argv.slice(2).filter((a) => a !== "--all"));
/** Whether a case's file is (re)written: ExcelJS and LibreOffice stamp the time, so rewriting changes every file. */
const rewrite = (name: string, file: string) => ALL || NAMED.has(name) || !existsSync(file);

async function main(): Promise<void> {
  if (ALL) rmSync(ROOT, { recursive: true, force: true });
  const all = [...cases, ...moreCases({ programme, unit: unit as NonNullable<typeof unit>, period: period as NonNullable<typeof period>, sheet: SHEET, first: FIRST, assigned, filled, fillSheet })];
  for (const [name, spec, mutate, build] of all) {
    const dir = join(ROOT, name);
    mkdirSync(dir, { recursive: true });
    const file = join(dir, "report.xlsx");
    if (rewrite(name, file)) {
      const wb = await (build ?? filled)();
      mutate(wb, wb.getWorksheet(SHEET) as ExcelJS.Worksheet);
      writeFileSync(file, new Uint8Array(await wb.xlsx.writeBuffer()));
      if (spec.libreoffice) soffice(file, dir);
    }
    writeFileSync(join(dir, "case.json"), `${JSON.stringify({ ...spec, file: "report.xlsx" }, null, 2)}\n`);
  }
  // Not a report at all: the programme workbook itself, and a report saved as .xls by LibreOffice.
  const notReport = join(ROOT, "programme-workbook");
  mkdirSync(notReport, { recursive: true });
  if (rewrite("programme-workbook", join(notReport, "report.xlsx"))) writeFileSync(join(notReport, "report.xlsx"), await sheetPlansToXlsx(programmeSheetPlans(programme)));
  writeFileSync(join(notReport, "case.json"), `${JSON.stringify({ description: "the programme workbook sent instead of a report", issues: [["report.noSheet", "error", null]], file: "report.xlsx" }, null, 2)}\n`);
  const xls = join(ROOT, "saved-as-xls");
  mkdirSync(xls, { recursive: true });
  if (rewrite("saved-as-xls", join(xls, "report.xls"))) {
    const wb = await filled();
    const tmp = mkdtempSync(join(tmpdir(), "pm-xls-"));
    writeFileSync(join(tmp, "report.xlsx"), new Uint8Array(await wb.xlsx.writeBuffer()));
    const profile = pathToFileURL(mkdtempSync(join(tmpdir(), "pm-lo-"))).href;
    execFileSync("soffice", [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", "xls", "--outdir", tmp, join(tmp, "report.xlsx")], { stdio: "ignore" });
    writeFileSync(join(xls, "report.xls"), readFileSync(join(tmp, "report.xls")));
  }
  writeFileSync(join(xls, "case.json"), `${JSON.stringify({ description: "a report saved as Excel 97–2003 by LibreOffice", issues: [["source.xls", "error", null]], file: "report.xls" }, null, 2)}\n`);
  process.stdout.write(`cases: ${all.length + 2}\n`);
}

void main();
