/** Sheet names are the workbook's contract, Ukrainian in every locale. */
export const SUMMARY_SHEETS = {
  data: "Дані",
  log: "Журнал імпорту",
  tasks: "Зведення",
  measures: "За заходами",
  units: "За виконавцями",
  territories: "За територіями",
  report: "Звіт про виконання",
  dynamics: "Динаміка",
} as const;

/** Their tables, one per sheet under the same keys. */
export const SUMMARY_TABLES: Readonly<Record<keyof typeof SUMMARY_SHEETS, string>> = {
  data: "pmData",
  log: "pmImportLog",
  tasks: "pmSummaryTasks",
  measures: "pmSummaryMeasures",
  units: "pmSummaryUnits",
  territories: "pmSummaryTerritories",
  report: "pmPublicReport",
  dynamics: "pmDynamics",
};
