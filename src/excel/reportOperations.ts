import type { MessageKey } from "../domain/messages";
import { countBySeverity, type ReportOperations } from "../domain/reportOperations";
import { PROGRAMME_SHEET_NAMES } from "../domain/plans/programmeSheets";
import { units } from "../domain/reports/units";
import { validateWorkbook } from "../domain/reports/validateReport";
import { communitiesOf, programmeOfWorkbook } from "../domain/reports/workbookProgramme";
import { clearHighlights, highlightIssues, readReportSheets, selectCell } from "./reportSheets";
import { DEFAULT_RETRY, type RetryPolicy } from "./runExcel";

const OWN = new Set<string>(Object.values(PROGRAMME_SHEET_NAMES));

/** Checking reports in the open workbook: 2 syncs to read, 1 to highlight, whatever the number of rows. */
export function createReportOperations(today: () => string = () => new Date().toISOString().slice(0, 10), policy: RetryPolicy = DEFAULT_RETRY): ReportOperations {
  return {
    async check(scope) {
      const read = await readReportSheets(scope, [PROGRAMME_SHEET_NAMES.programme, PROGRAMME_SHEET_NAMES.lists], policy);
      const { programme, fromWorkbook } = programmeOfWorkbook(read.grids);
      const ctx = { programme, units: units(programme, communitiesOf(read.grids)), asOf: today() };
      // The add-in's own sheets are never reports; in "all" mode they are read only to know the programme.
      const candidates = read.grids.filter((g) => !OWN.has(g.sheet));
      const reports = validateWorkbook(candidates, undefined, ctx);
      const issues = reports.flatMap((r) => r.issues);
      const highlighted = await highlightIssues(issues, read.protectedSheets);
      const notices: MessageKey[] = [];
      if (!fromWorkbook) notices.push("check.embeddedProgramme");
      if (read.protectedSheets.some((s) => issues.some((i) => i.location.sheet === s && i.severity !== "info"))) notices.push("check.protectedNotHighlighted");
      return {
        reports: reports.map((r) => ({ sheet: r.sheet, unit: r.unit?.shortName ?? null, period: r.period?.label ?? null, rows: r.rows.length, ...countBySeverity(r.issues) })),
        issues,
        highlighted,
        notices,
      };
    },
    clearHighlights: () => clearHighlights(policy),
    showCell: (sheet, cell) => selectCell(sheet, cell),
  };
}
