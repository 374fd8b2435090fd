/** Reporting format, version 1: the contract with the districts and agencies (README, «Формат звіту»). */
export const REPORT_FORMAT = { id: "pm-report", version: 1 } as const;

/** The very hidden sheet that carries the report's identity, so a renamed sheet or file is still known. */
export const META_SHEET = "pm_meta";

export const REPORT_TITLE = "Інформація про виконання заходів програми";

export const HEADER_LABELS = { unit: "Виконавець:", period: "Звітний період:", submitted: "Дата подання:" } as const;
export type HeaderField = keyof typeof HEADER_LABELS;

/** The table's columns, in order; the headers are part of the contract and stay Ukrainian in every locale. */
export const REPORT_COLUMNS = [
  { key: "code", header: "Код заходу" },
  { key: "measure", header: "Захід" },
  { key: "status", header: "Стан виконання" },
  { key: "events", header: "Кількість проведених заходів" },
  { key: "people", header: "Охоплено осіб" },
  { key: "funds", header: "Використано коштів, тис. грн" },
  { key: "source", header: "Джерело фінансування" },
  { key: "info", header: "Інформація про виконання" },
  { key: "reasons", header: "Причини невиконання" },
] as const;

export type ReportColumnKey = (typeof REPORT_COLUMNS)[number]["key"];

/** Free text past this length is hard to print and to read in a summary. */
export const LONG_TEXT_CHARS = 2000;
