/** Reporting format, version 1: the contract with the districts and agencies (README, «Формат звіту»). */
export const REPORT_FORMAT = { id: "pm-report", version: 1 } as const;

/** The very hidden sheet that carries the report's identity, so a renamed sheet or file is still known. */
export const META_SHEET = "pm_meta";

/** "Звіт Р03 2025-H1": the template's report sheet, unique per unit and period, and the sheet its metadata belongs to. */
export function templateSheetName(unitCode: string, periodCode: string): string {
  return `Звіт ${unitCode} ${periodCode}`;
}

export const REPORT_TITLE = "Інформація про виконання заходів програми";

export const HEADER_LABELS = { unit: "Виконавець:", period: "Звітний період:", submitted: "Дата подання:" } as const;
export type HeaderField = keyof typeof HEADER_LABELS;

/**
 * The table's columns, in order; the headers are part of the contract and stay Ukrainian in every locale.
 * A required column that is missing makes the whole report unusable (its figures would silently read as 0);
 * «Захід» only helps to read a code, so without it the codes are read alone. `also` lists the wordings people
 * give a header, read with an info (punctuation, case and spacing never matter). A funds header without
 * «тис. грн» is not among them: an amount in hryvnias would be read a thousand times too large.
 */
export const REPORT_COLUMNS = [
  { key: "code", header: "Код заходу", required: true, also: ["№ заходу", "Номер заходу", "Код"] },
  { key: "measure", header: "Захід", required: false, also: ["Зміст заходу", "Найменування заходу", "Назва заходу"] },
  { key: "status", header: "Стан виконання", required: true, also: ["Стан", "Статус", "Статус виконання", "Стан виконання заходу"] },
  { key: "events", header: "Кількість проведених заходів", required: true, also: ["Кількість заходів", "Проведено заходів", "Кількість проведених заходів, од"] },
  { key: "people", header: "Охоплено осіб", required: true, also: ["Кількість охоплених осіб", "Охоплено осіб, чол", "Кількість осіб, охоплених заходами"] },
  { key: "funds", header: "Використано коштів, тис. грн", required: true, also: ["Використано коштів (тис. грн)", "Обсяг використаних коштів, тис. грн", "Фактично використано коштів, тис. грн", "Використано, тис. грн"] },
  { key: "source", header: "Джерело фінансування", required: true, also: ["Джерела фінансування", "Джерело"] },
  { key: "info", header: "Інформація про виконання", required: true, also: ["Інформація про виконання заходу", "Стан виконання (інформація)", "Опис виконання"] },
  { key: "reasons", header: "Причини невиконання", required: true, also: ["Причини невиконання (часткового виконання)", "Причини невиконання або часткового виконання"] },
] as const;

export type ReportColumnKey = (typeof REPORT_COLUMNS)[number]["key"];

/**
 * Beside «Використано коштів» the template shows the measure's plan for the report's year, from the programme:
 * information for the executor, not an answer. It is locked, never validated, and passed over when a report is
 * read — a report on an older template has no such column, one typed by hand may have it or not.
 */
export function plannedHeader(year: number): string {
  return `Заплановано на ${year} рік, тис. грн`;
}

/** Free text past this length is hard to print and to read in a summary. */
export const LONG_TEXT_CHARS = 2000;
