import { createHash } from "node:crypto";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { consolidate, type ImportedFile } from "../domain/consolidation/consolidate";
import { publishedSummaries } from "../domain/consolidation/publicReport";
import { DEMO_COMMUNITIES, demoReports, reportsInDemo } from "../domain/consolidation/demoReports";
import { reportingLines } from "../domain/consolidation/summaryHeadlines";
import { districtName } from "../domain/reports/communities";
import { summarise } from "../domain/consolidation/summaries";
import { SUMMARY_SHEETS, summarySheetPlans } from "../domain/consolidation/summarySheets";
import { issueLine, t, type Locale } from "../domain/messages";
import type { SheetPlan } from "../domain/plans/sheetPlan";
import type { Programme } from "../domain/programme/model";
import { periodLabel, reportingPeriods } from "../domain/programme/referenceLists";
import { units } from "../domain/reports/units";
import { validateWorkbook } from "../domain/reports/validateReport";
import { readWorkbookGrids } from "../xlsx/readWorkbookGrid";
import { sheetPlansToXlsx } from "../xlsx/writeSheetPlans";
import type { Io } from "./reportCommands";
import { writeFileAtomically } from "./writeOutput";

/**
 * The demo's second half: filled reports of every unit for 2024 and I півріччя 2025 (a few with typical
 * mistakes) written under out/reports, validated, consolidated into out/summary.xlsx; and the two sheets
 * an official prints for a meeting, for the caller to print.
 */
export async function demoConsolidation(io: Io, programme: Programme, outDir: string, locale: Locale): Promise<{ summary: string; print: SheetPlan[] } | null> {
  const all = units(programme, DEMO_COMMUNITIES);
  const periods = reportingPeriods(programme.years).filter((p) => p.code === "2024-Y" || p.code === "2025-H1");
  const dir = join(outDir, "reports");
  await mkdir(dir, { recursive: true });
  const ctx = { programme, units: all, asOf: "2026-11-28" };
  const imported: ImportedFile[] = [];
  for (const period of periods) {
    const onTime = period.code === "2024-Y" ? "15.01.2025" : "15.07.2025";
    const late = period.code === "2024-Y" ? "03.02.2025" : "01.08.2025";
    const reporting = all.filter((u) => reportsInDemo(u, period));
    for (const report of demoReports(programme, reporting, period, onTime, late)) {
      const bytes = await sheetPlansToXlsx(report.plans);
      const refused = await writeFileAtomically(join(dir, report.file), bytes, "--out-dir");
      if (refused) {
        io.err(issueLine(locale, refused));
        return null;
      }
      const reports = validateWorkbook(await readWorkbookGrids(bytes), report.file, ctx);
      imported.push({ file: report.file, size: bytes.length, sha256: createHash("sha256").update(bytes).digest("hex"), reports });
    }
    io.out(t(locale, "demo.reportsWritten", { count: reporting.length, period: periodLabel(period.code, locale) }));
  }
  const result = consolidate(imported, [], "2026-11-28 09:00:00", { programme, units: all });
  const period = "2025-H1";
  const summaries = summarise(programme, all, result.rows, period);
  const { findings, published } = publishedSummaries(programme, all, result.rows, summaries, false, t(locale, "sum.redacted"));
  const { plans, issues: sheetNotes } = summarySheetPlans(programme, all, result.rows, result.log, summaries, { locale, builtOn: "2026-11-28", published });
  const summary = join(outDir, "summary.xlsx");
  const refused = await writeFileAtomically(summary, await sheetPlansToXlsx(plans), "--out-dir");
  if (refused) {
    io.err(issueLine(locale, refused));
    return null;
  }
  const problems = imported.flatMap((f) => f.reports.flatMap((r) => r.issues)).filter((i) => i.severity !== "info");
  const t2 = summaries.total;
  io.out(t(locale, "demo.consolidated", { files: imported.length, rows: result.rows.length, problems: problems.length, received: t2.received, expected: t2.expected, period: "I півріччя 2025 року" }));
  for (const f of [...findings, ...sheetNotes]) io.out(issueLine(locale, f));
  if (findings.length > 0) io.out(t(locale, "consolidation.redacted", { count: findings.length }));
  const number = (n: number) => n.toLocaleString(locale === "uk" ? "uk-UA" : "en-GB");
  for (const x of summaries.byTask) io.out(`  ${x.task}. ${x.received}/${x.expected} · ${number(x.events)} / ${number(x.people)} / ${number(x.funds)}`);
  for (const line of reportingLines(locale, summaries.reporting, (code) => all.find((u) => u.code === code)?.shortName ?? code)) io.out(line);
  io.out(t(locale, "demo.territories"));
  for (const district of summaries.byTerritory.filter((x) => x.name !== null && x.district !== null && x.code === x.district)) {
    const members = summaries.byTerritory.filter((x) => x.district === district.code);
    io.out(`  ${districtName(district.code) ?? district.code}: ${members.map((x) => `${x.name ?? ""} ${x.received}/${x.expected}`).join(" · ")}`);
  }
  io.out(`  ${summary}`);
  return { summary, print: plans.filter((s) => s.name === SUMMARY_SHEETS.tasks || s.name === SUMMARY_SHEETS.report) };
}
