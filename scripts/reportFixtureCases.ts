// The report cases of issue 14: workbooks with several sheets, hidden drafts, identity that disagrees with the
// metadata, reports of another programme, missing or renamed columns, formulas saved without a value, rows that are no
// measures, and personal data the old detector let through. Used by make-report-fixtures.ts.
import ExcelJS from "exceljs";
import type { SheetPlan } from "../src/domain/plans/sheetPlan";
import { allMeasures, type Programme } from "../src/domain/programme/model";
import type { ReportingPeriod } from "../src/domain/programme/referenceLists";
import { META_SHEET, REPORT_COLUMNS, REPORT_TITLE } from "../src/domain/reports/reportFormat";
import { legacyTemplatePlans as templatePlans } from "./legacyTemplate";
import { units, type Unit } from "../src/domain/reports/units";
import { sheetPlansToXlsx } from "../src/xlsx/writeSheetPlans";

export type Expected = [code: string, severity: "error" | "warning" | "info", cell: string | null, sheet?: string];
/** One report a file must yield: its sheet, unit and period codes (null: not established), rows read and rows valid. */
export interface ExpectedReport {
  readonly sheet: string;
  readonly unit: string | null;
  readonly period: string | null;
  readonly rows: number;
  readonly valid: number;
}
export interface Case {
  readonly description: string;
  readonly issues: readonly Expected[];
  readonly reports?: readonly ExpectedReport[];
  readonly libreoffice?: boolean;
  readonly file?: string;
}
type Mutate = (wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet) => void;
export type CaseSpec = [string, Case, Mutate, (() => Promise<ExcelJS.Workbook>)?];

export interface Base {
  readonly programme: Programme;
  readonly unit: Unit;
  readonly period: ReportingPeriod;
  readonly sheet: string;
  readonly first: number;
  readonly assigned: readonly string[];
  readonly filled: () => Promise<ExcelJS.Workbook>;
  readonly fillSheet: (ws: ExcelJS.Worksheet) => void;
}

const OTHER_TITLE = "Регіональна програма запобігання та протидії домашньому насильству на період до 2025 року";
const OTHER_MEASURES = [
  "Забезпечення роботи мобільних бригад соціально-психологічної допомоги особам, які постраждали від домашнього насильства",
  "Проведення інформаційної кампанії «16 днів проти насильства»",
  "Організація навчання фахівців, які здійснюють заходи у сфері запобігання та протидії домашньому насильству",
  "Утворення притулків для осіб, які постраждали від домашнього насильства",
];

export function moreCases(b: Base): CaseSpec[] {
  const n = b.assigned.length;
  const last = b.first + n - 1;
  const ok = (sheet: string, unit = "Р03"): ExpectedReport => ({ sheet, unit, period: "2025-H1", rows: n, valid: n });
  const refused = (sheet: string, unit: string | null, period: string | null, rows = n): ExpectedReport => ({ sheet, unit, period, rows, valid: 0 });
  const unitOf = (code: string) => units(b.programme).find((u) => u.code === code) as Unit;
  const textOf = new Map(allMeasures(b.programme).map((m) => [m.code, m.text]));
  const noMeta = (wb: ExcelJS.Workbook) => wb.removeWorksheet((wb.getWorksheet(META_SHEET) as ExcelJS.Worksheet).id);

  /** A workbook of template sheets (each filled in), with the metadata of the first unit's template. */
  const workbook = async (sheets: readonly { unit: Unit; name?: string; state?: "hidden" | "veryHidden" }[]): Promise<ExcelJS.Workbook> => {
    const plans: SheetPlan[] = [];
    let meta: SheetPlan | undefined;
    for (const s of sheets) {
      const [report, m] = templatePlans(b.programme, s.unit, b.period) as [SheetPlan, SheetPlan];
      meta ??= s.unit.code === b.unit.code ? m : undefined;
      const name = s.name ?? report.name;
      plans.push({ ...report, name, tables: report.tables.map((t) => ({ ...t, name: `${t.name}_${plans.length}` })) });
    }
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await sheetPlansToXlsx([...plans, ...(meta ? [meta] : [])])) as unknown as ArrayBuffer);
    sheets.forEach((s, i) => {
      const ws = wb.getWorksheet((plans[i] as SheetPlan).name) as ExcelJS.Worksheet;
      b.fillSheet(ws);
      if (s.state) ws.state = s.state;
    });
    // As Excel does: the active sheet is a visible one (LibreOffice shows a hidden active sheet again).
    const active = sheets.findIndex((s) => s.state === undefined);
    wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: active, activeTab: active, visibility: "visible" }];
    return wb;
  };
  /** A draft of the same report: begun, never finished. */
  const draft = (ws: ExcelJS.Worksheet) => {
    for (let r = b.first; r <= last; r++) {
      ws.getCell(`C${r}`).value = "Виконується";
      ws.getCell(`D${r}`).value = 1;
      ws.getCell(`E${r}`).value = 1;
    }
  };

  /** A report typed by hand into a new workbook, without the template: no metadata, no table object. */
  const byHand = (columns: readonly string[], extra: (row: (string | number | Date | null)[][]) => void) => async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Звіт");
    const rows: (string | number | Date | null)[][] = [
      [REPORT_TITLE],
      [b.programme.title],
      ["Виконавець:", b.unit.name],
      ["Звітний період:", "I півріччя 2025 року"],
      ["Дата подання:", "15.07.2025"],
      [],
      REPORT_COLUMNS.filter((c) => columns.includes(c.key)).map((c) => c.header),
    ];
    extra(rows);
    rows.forEach((r, i) => r.forEach((v, c) => v !== null && (ws.getCell(i + 1, c + 1).value = v)));
    return wb;
  };
  const answers = (code: string, i: number, columns: readonly string[]) => {
    const all: Record<string, string | number> = { code, measure: textOf.get(code) ?? "", status: "Виконано", events: 2 + (i % 5), people: 40 + i, funds: 0, source: "Не потребує фінансування", info: "Проведено інформаційні зустрічі з учнівською молоддю.", reasons: "" };
    return REPORT_COLUMNS.filter((c) => columns.includes(c.key)).map((c) => all[c.key] ?? null);
  };
  const ALL_COLUMNS = REPORT_COLUMNS.map((c) => c.key);
  const NO_PEOPLE = ALL_COLUMNS.filter((k) => k !== "people");
  const half = Math.floor(n / 2);
  const signature = "Начальник відділу ____ І. Петренко";

  return [
    // Workbooks with more than one sheet.
    ["sheets-hidden-draft-first", { description: "a hidden draft of the report before the visible report (re-saved by LibreOffice): the draft is never read", issues: [["report.hiddenSheet", "info", null, "Чернетка"]], reports: [ok(b.sheet)], libreoffice: true }, (wb) => draft(wb.getWorksheet("Чернетка") as ExcelJS.Worksheet), () => workbook([{ unit: b.unit, name: "Чернетка", state: "hidden" }, { unit: b.unit }])],
    ["sheets-very-hidden-draft-first", { description: "a very hidden draft before the visible report", issues: [["report.hiddenSheet", "info", null, "Чернетка"]], reports: [ok(b.sheet)] }, (wb) => draft(wb.getWorksheet("Чернетка") as ExcelJS.Worksheet), () => workbook([{ unit: b.unit, name: "Чернетка", state: "veryHidden" }, { unit: b.unit }])],
    ["sheets-hidden-only", { description: "the only report sheet is hidden; a blank sheet is visible", issues: [["report.noSheet", "error", null], ["report.hiddenSheet", "info", null, b.sheet]], reports: [refused("Аркуш1", null, null, 0)] }, (wb) => {
      (wb.getWorksheet(b.sheet) as ExcelJS.Worksheet).state = "hidden";
      wb.addWorksheet("Аркуш1").getCell("A1").value = "Звіт — на прихованому аркуші";
      wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 2, activeTab: 2, visibility: "visible" }];
    }],
    ["sheets-two-units", { description: "two units' report sheets in one workbook (re-saved by LibreOffice); the metadata is the first template's", issues: [], reports: [ok(b.sheet), ok("Звіт Р01 2025-H1", "Р01")], libreoffice: true }, () => undefined, () => workbook([{ unit: b.unit }, { unit: unitOf("Р01") }])],
    ["sheets-two-units-renamed", { description: "two units' sheets, both renamed: the metadata names neither, so each is read by its header block", issues: [], reports: [ok("Умань"), ok("Звенигородка", "Р01")] }, () => undefined, () => workbook([{ unit: b.unit, name: "Умань" }, { unit: unitOf("Р01"), name: "Звенигородка" }])],
    // Identity: the metadata against the header block, and reports of another programme.
    ["identity-unit-other", { description: "a re-used file: the metadata says Уманська РДА, the header block Звенигородська", issues: [["report.identity.unit", "error", "B3"]], reports: [refused(b.sheet, null, "2025-H1")] }, (_wb, ws) => void (ws.getCell("B3").value = "Звенигородська районна державна адміністрація")],
    ["identity-period-other", { description: "the metadata says I півріччя 2025, the header block 9 місяців 2025 (re-saved by LibreOffice)", issues: [["report.identity.period", "error", "B4"]], reports: [refused(b.sheet, "Р03", null)], libreoffice: true }, (_wb, ws) => void (ws.getCell("B4").value = "9 місяців 2025 року")],
    ["other-programme-no-meta", { description: "rows of another programme's report pasted without metadata: the same codes, other measures", issues: [["report.unknownProgramme", "error", "A2"]], reports: [refused(b.sheet, "Р03", "2025-H1")] }, (wb, ws) => {
      noMeta(wb);
      ws.getCell("A2").value = OTHER_TITLE;
      for (let r = b.first; r <= last; r++) ws.getCell(`B${r}`).value = OTHER_MEASURES[r % OTHER_MEASURES.length] ?? "";
    }],
    // Columns missing, renamed past recognition, or renamed within it.
    ["column-people-renamed", { description: "«Охоплено осіб» renamed «Кількість охоплених»: no row is taken with 0 people", issues: [["report.missingColumn", "error", "A7"], ["report.extraColumn", "info", "E7"]], reports: [refused(b.sheet, "Р03", "2025-H1")] }, (_wb, ws) => void (ws.getCell("E7").value = "Кількість охоплених")],
    ["column-people-missing", { description: "typed by hand without the «Охоплено осіб» column (re-saved by LibreOffice)", issues: [["report.missingColumn", "error", "A7"]], reports: [refused("Звіт", "Р03", "2025-H1")], libreoffice: true }, () => undefined, byHand(NO_PEOPLE, (rows) => b.assigned.forEach((code, i) => rows.push(answers(code, i, NO_PEOPLE))))],
    ["column-wording", { description: "headers worded as people word them: «Статус», «Кількість охоплених осіб», «Використано коштів (тис. грн)»", issues: [["report.normalized.column", "info", "C7"], ["report.normalized.column", "info", "E7"], ["report.normalized.column", "info", "F7"]], reports: [ok(b.sheet)] }, (_wb, ws) => {
      ws.getCell("C7").value = "Статус";
      ws.getCell("E7").value = "Кількість охоплених осіб";
      ws.getCell("F7").value = "Використано коштів (тис. грн)";
    }],
    // Formulas written by a program that does not calculate them (no cached value).
    ["formula-no-value", { description: "formulas without a calculated value in a count, an amount, a status and a text", issues: [["report.cell.noValue", "error", "E8"], ["report.cell.noValue", "error", "F9"], ["report.cell.noValue", "error", "C10"], ["report.cell.noValue", "error", "H11"]], reports: [{ ...ok(b.sheet), valid: n - 4 }] }, (_wb, ws) => {
      ws.getCell("E8").value = { formula: "D8*20" } as ExcelJS.CellFormulaValue;
      ws.getCell("F9").value = { formula: "0.5*2" } as ExcelJS.CellFormulaValue;
      ws.getCell("C10").value = { formula: 'IF(D10>0,"Виконано","Не виконано")' } as ExcelJS.CellFormulaValue;
      ws.getCell("H11").value = { formula: '"Проведено "&D11&" зустрічі"' } as ExcelJS.CellFormulaValue;
    }],
    // Rows that are not measures.
    ["rows-under-table", { description: "«Усього» with sums, a signature and a date typed under the template's table (re-saved by LibreOffice)", issues: [["report.row.total", "info", `A${last + 1}`], ["report.row.notMeasure", "info", `A${last + 3}`], ["report.row.notMeasure", "info", `A${last + 4}`]], reports: [ok(b.sheet)], libreoffice: true }, (_wb, ws) => {
      ws.getCell(`B${last + 1}`).value = "Усього";
      ws.getCell(`D${last + 1}`).value = 75;
      ws.getCell(`E${last + 1}`).value = 1300;
      ws.getCell(`F${last + 1}`).value = 0;
      ws.getCell(`A${last + 3}`).value = signature;
      ws.getCell(`A${last + 4}`).value = new Date(Date.UTC(2025, 6, 15));
      ws.getCell(`A${last + 4}`).numFmt = "dd.mm.yyyy";
    }],
    ["rows-typed-by-hand", { description: "typed by hand: column numbers under the header, the header typed again mid-table, «Разом», a signature and a date (re-saved by LibreOffice)", issues: [["report.row.header", "info", "A8"], ["report.row.header", "info", `A${9 + half}`], ["report.row.total", "info", `A${10 + n}`], ["report.row.notMeasure", "info", `A${12 + n}`], ["report.row.notMeasure", "info", `A${13 + n}`]], reports: [ok("Звіт")], libreoffice: true }, () => undefined, byHand(ALL_COLUMNS, (rows) => {
      rows.push(ALL_COLUMNS.map((_, i) => i + 1));
      b.assigned.forEach((code, i) => {
        if (i === half) rows.push(REPORT_COLUMNS.map((c) => c.header));
        rows.push(answers(code, i, ALL_COLUMNS));
      });
      rows.push(["Разом:", null, null, 100, 1300, 0], [], [signature], ["15.07.2025"]);
    })],
    // Personal data the old detector let through.
    ["privacy-caps-surname", { description: "a surname in capitals with the name and patronymic", issues: [["report.privacy", "warning", "H8"]] }, (_wb, ws) => void (ws.getCell("H8").value = "Допомогу надано ШЕВЧЕНКО Ганні Іванівні, яка звернулася до ЦНАП.")],
    ["privacy-birth-date", { description: "a date of birth written «12.03.2008 р.н.»", issues: [["report.privacy", "warning", "H8"]] }, (_wb, ws) => void (ws.getCell("H8").value = "Неповнолітню (12.03.2008 р.н.) направлено до центру соціальних служб.")],
    ["privacy-apostrophe-surname", { description: "a surname with an apostrophe", issues: [["report.privacy", "warning", "H8"]] }, (_wb, ws) => void (ws.getCell("H8").value = "Консультацію надано Прокоп’євій Ганні Іванівні.")],
    ["privacy-initials-before", { description: "initials before the surname", issues: [["report.privacy", "warning", "H8"]] }, (_wb, ws) => void (ws.getCell("H8").value = "Заяву про встановлення статусу подала Г.І. Шевченко.")],
  ];
}
