import { createHash } from "node:crypto";
import { consolidate, type ImportedFile } from "../../src/domain/consolidation/consolidate";
import { demoReports } from "../../src/domain/consolidation/demoReports";
import { publishedSummaries } from "../../src/domain/consolidation/publicReport";
import { summarise } from "../../src/domain/consolidation/summaries";
import { summarySheetPlans } from "../../src/domain/consolidation/summarySheets";
import type { SheetPlan } from "../../src/domain/plans/sheetPlan";
import { parseEmbeddedProgramme } from "../../src/domain/programme/embeddedProgramme";
import { reportingPeriods } from "../../src/domain/programme/referenceLists";
import { units } from "../../src/domain/reports/units";
import { validateWorkbook } from "../../src/domain/reports/validateReport";
import { readWorkbookGrids } from "../../src/xlsx/readWorkbookGrid";
import { sheetPlansToXlsx } from "../../src/xlsx/writeSheetPlans";

/**
 * Every summary sheet of I півріччя 2025 built from the demo's reports of every unit for the first halves
 * of 2024 and 2025 — the same part of two years, so that «Динаміка» prints its table.
 */
export async function demoSummaryPlans(locale: "uk" | "en" = "uk"): Promise<SheetPlan[]> {
  const programme = parseEmbeddedProgramme().programme;
  const all = units(programme);
  const ctx = { programme, units: all, asOf: "2026-11-28" };
  const imported: ImportedFile[] = [];
  for (const period of reportingPeriods(programme.years).filter((p) => p.code === "2024-H1" || p.code === "2025-H1")) {
    const due = `15.07.${period.year}`;
    for (const report of demoReports(programme, all, period, due, `01.08.${period.year}`)) {
      const bytes = await sheetPlansToXlsx(report.plans);
      const reports = validateWorkbook(await readWorkbookGrids(bytes), report.file, ctx);
      imported.push({ file: report.file, size: bytes.length, sha256: createHash("sha256").update(bytes).digest("hex"), reports });
    }
  }
  const result = consolidate(imported, [], "2026-11-28 09:00:00", { programme, units: all });
  const summaries = summarise(programme, all, result.rows, "2025-H1");
  const { published } = publishedSummaries(programme, all, result.rows, summaries, false, "[…]");
  return summarySheetPlans(programme, all, result.rows, result.log, summaries, { locale, builtOn: "2026-11-28", published }).plans;
}
