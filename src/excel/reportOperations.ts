import { issue } from "../domain/issues";
import type { MessageKey } from "../domain/messages";
import { countBySeverity, type ReportOperations } from "../domain/reportOperations";
import { PROGRAMME_SHEET_NAMES } from "../domain/plans/programmeSheets";
import { emptyClassIssues } from "../domain/reports/classMembers";
import { units } from "../domain/reports/units";
import { validateWorkbook } from "../domain/reports/validateReport";
import { communitiesOf, programmeOfWorkbook } from "../domain/reports/workbookProgramme";
import type { SheetPlan } from "../domain/plans/sheetPlan";
import { reportingPeriods } from "../domain/programme/referenceLists";
import { templateFileName, templatePlans } from "../domain/reports/templatePlan";
import { overlongCells } from "../domain/plans/cellLimits";
import { isAddinSheet } from "./addinSheets";
import { detectCapabilities } from "./capabilities";
import { clearHighlights, highlightIssues, readReportSheets, selectCell } from "./reportSheets";
import { writeOwnSheets } from "./writeOwnSheets";
import { DEFAULT_RETRY, type RetryPolicy } from "./runExcel";

export interface ReportDeps {
  readonly today: () => string;
  /** Renders sheet plans to .xlsx bytes; the composition root loads the file library lazily. */
  readonly renderXlsx: (plans: readonly SheetPlan[]) => Promise<Uint8Array>;
  readonly policy?: RetryPolicy;
}

function base64(bytes: Uint8Array): string {
  let binary = "";
  // Chunks keep String.fromCharCode's arguments few, whatever the workbook's size.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Checking reports in the open workbook: 2 syncs to read, 2–3 to highlight anew, whatever the number of rows. */
export function createReportOperations(deps: ReportDeps): ReportOperations {
  const today = deps.today;
  const policy = deps.policy ?? DEFAULT_RETRY;
  const workbookProgramme = async () => {
    const read = await readReportSheets("active", [PROGRAMME_SHEET_NAMES.programme, PROGRAMME_SHEET_NAMES.lists], policy);
    const { programme } = programmeOfWorkbook(read.grids);
    return { programme, units: units(programme, communitiesOf(read.grids).communities), workbookProtected: read.workbookProtected };
  };
  return {
    async check(scope) {
      const read = await readReportSheets(scope, [PROGRAMME_SHEET_NAMES.programme, PROGRAMME_SHEET_NAMES.lists], policy);
      const { programme, fromWorkbook } = programmeOfWorkbook(read.grids);
      const ctx = { programme, units: units(programme, communitiesOf(read.grids).communities), asOf: today() };
      // The add-in's own sheets (programme, summaries, «Дані») are never reports; in "all" mode the programme's are read only to know it.
      const candidates = read.grids.filter((g) => !isAddinSheet(g.sheet));
      const reports = validateWorkbook(candidates, undefined, ctx, read.sheetNames);
      const issues = reports.flatMap((r) => r.issues);
      // Said for each year the reports are for (each year's terms decide what the class would have been expected in).
      const years = [...new Set(reports.flatMap((r) => (r.period === null ? [] : [r.period.year])))];
      const notes = years.length === 0 ? emptyClassIssues(ctx.programme, ctx.units) : years.flatMap((year) => emptyClassIssues(ctx.programme, ctx.units, year));
      const highlighted = await highlightIssues(issues, candidates.map((g) => g.sheet), read.protectedSheets);
      const notices: MessageKey[] = [];
      if (!fromWorkbook) notices.push("check.embeddedProgramme");
      if (scope === "active" && isAddinSheet(read.activeSheet)) notices.push("check.activeIsAddinSheet");
      if (read.protectedSheets.some((s) => issues.some((i) => i.location.sheet === s && i.severity !== "info"))) notices.push("check.protectedNotHighlighted");
      return {
        reports: reports.map((r) => ({ sheet: r.sheet, unit: r.unit?.shortName ?? null, period: r.period?.code ?? null, rows: r.rows.length, ...countBySeverity(r.issues) })),
        issues,
        highlighted,
        notices,
        notes: [...new Map(notes.map((n) => [n.params["name"], n])).values()],
      };
    },
    clearHighlights: () => clearHighlights(policy),
    showCell: (sheet, cell) => selectCell(sheet, cell),
    async templateChoices() {
      const { programme, units: all } = await workbookProgramme();
      return {
        units: all.map((u) => ({ code: u.code, name: u.name })),
        periods: reportingPeriods(programme.years).map((p) => ({ code: p.code, label: p.label })),
        newWorkbook: detectCapabilities().dataValidation,
        notes: emptyClassIssues(programme, all),
      };
    },
    async createTemplate(unitCode, periodCode, where, confirmReplace) {
      const { programme, units: all, workbookProtected } = await workbookProgramme();
      // Known from the first sync, told before anything is asked: a protected structure takes no new sheet.
      if (where === "sheet" && workbookProtected) return { kind: "blocked", issues: [issue("write.workbookProtected", "error", {})] };
      const unit = all.find((u) => u.code === unitCode);
      const period = reportingPeriods(programme.years).find((p) => p.code === periodCode);
      if (!unit || !period) throw new Error(`unknown unit ${unitCode} or period ${periodCode}`);
      const plans = templatePlans(programme, unit, period);
      const overlong = overlongCells(plans);
      if (overlong.length > 0) return { kind: "blocked", issues: overlong };
      const caps = detectCapabilities();
      if (where === "workbook") {
        await Excel.createWorkbook(base64(await deps.renderXlsx(plans)));
        return { kind: "created", where, name: templateFileName(unit, period), notices: [], removedLeftovers: [] };
      }
      // On a sheet of this workbook: no metadata sheet (one workbook may hold many reports); the header block identifies it.
      const report = plans[0] as SheetPlan;
      const written = await writeOwnSheets([report], { confirmReplace, progress: () => undefined }, policy);
      if (written.kind !== "written") return written.kind === "cancelled" ? { kind: "cancelled" } : written;
      return { kind: "created", where, name: report.name, notices: caps.dataValidation ? [] : ["template.noDropdowns"], removedLeftovers: written.removedLeftovers };
    },
  };
}
