import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { consolidate, type ImportedFile } from "../domain/consolidation/consolidate";
import { periodsWithData } from "../domain/consolidation/periodSeries";
import { publishedSummaries } from "../domain/consolidation/publicReport";
import { summarise } from "../domain/consolidation/summaries";
import { summarySheetPlans } from "../domain/consolidation/summarySheets";
import { issue } from "../domain/issues";
import { issueLine, t } from "../domain/messages";
import { isUsable } from "../domain/operations";
import { periodLabel } from "../domain/programme/referenceLists";
import { readPeriod } from "../domain/reports/periods";
import { reportsOfSource } from "../domain/reports/reportsOfSource";
import { emptyClasses } from "../domain/reports/classMembers";
import { reportingLines } from "../domain/consolidation/summaryHeadlines";
import { sheetPlansToXlsx } from "../xlsx/writeSheetPlans";
import type { ParsedCommand } from "./args";
import { notTakenLine, percent, periodShown, rejectedJson, summaryJson, type PeriodShown } from "./consolidateOutput";
import { loadProgrammeSource, readSourceFile } from "./loadSource";
import { unitsFor, type Io } from "./reportCommands";
import { checkOutputPath, writeFileAtomically } from "./writeOutput";

/** A file's hash; one that cannot be read gets its own, so two missing files are never "the same file". */
async function hashOf(path: string): Promise<{ sha256: string; size: number }> {
  try {
    const bytes = await readFile(path);
    return { sha256: createHash("sha256").update(bytes).digest("hex"), size: bytes.length };
  } catch {
    return { sha256: `unreadable:${resolve(path)}`, size: 0 };
  }
}

/**
 * `consolidate FILE... --out summary.xlsx [--period P] [--json]`. Exit 0: everything given was taken; 1:
 * something was not (each file, report and row listed with its reason, on stderr and in --json); 2: nothing
 * could be consolidated, the period has no reports, or the output could not be written — and nothing is.
 */
export async function consolidateCommand(io: Io, cmd: ParsedCommand): Promise<number> {
  const out = cmd.out as string;
  const parsed = await loadProgrammeSource(cmd.source);
  if (!isUsable(parsed)) {
    for (const i of parsed.issues) io.err(issueLine(cmd.locale, i));
    return 2;
  }
  const programme = parsed.programme;
  const label = (code: string) => periodLabel(code, cmd.locale);
  let requested: string | null = null;
  if (cmd.period !== undefined) {
    const p = readPeriod(cmd.period, programme.years, "9999-12-31");
    if (p.kind !== "ok") {
      io.err(issueLine(cmd.locale, issue(p.kind === "outsideTerm" ? "report.period.outsideTerm" : "report.period.unknown", "error", {}, { text: cmd.period })));
      return 2;
    }
    requested = p.period.code;
  }
  // Checked before anything is read: the summary may replace neither a report nor the programme.
  const refusedOut = await checkOutputPath(out, [...cmd.files, ...[cmd.source, cmd.communities].filter((x): x is string => x !== undefined)], "--out");
  if (refusedOut) {
    io.err(issueLine(cmd.locale, refusedOut));
    return 2;
  }
  const all = await unitsFor(io, cmd, programme, undefined, false);
  if (all === null) return 2;
  const ctx = { programme, units: all, asOf: new Date().toISOString().slice(0, 10) };
  const imported: ImportedFile[] = [];
  for (const path of cmd.files) {
    const source = await readSourceFile(path);
    imported.push({ file: source.file, ...(await hashOf(path)), reports: reportsOfSource(source, source.file, ctx) });
  }
  const result = consolidate(imported, [], new Date().toISOString().replace("T", " ").slice(0, 19), { programme, units: all, acceptValidRows: !cmd.rejectFilesWithErrors });
  const accepted = result.log.filter((l) => l.action === "imported" || l.action === "replaced").length;
  const rejected = rejectedJson(cmd.locale, result.notTaken);
  const counts = { files: imported.length, accepted, rows: result.rows.length, rejected };
  for (const x of result.notTaken) io.err(notTakenLine(cmd.locale, x));

  const periods = periodsWithData(result.rows);
  const period = requested ?? periods.at(-1) ?? null;
  if (period === null || !periods.includes(period)) {
    if (cmd.json) io.out(JSON.stringify({ period, ...counts, periodsWithData: periods }));
    io.err(period === null ? t(cmd.locale, "cli.nothingConsolidated") : t(cmd.locale, "cli.periodNoReports", { label: label(period), periods: periods.map((p) => `${label(p)} (${p})`).join(", ") }));
    return 2;
  }
  const summaries = summarise(programme, all, result.rows, period);
  const chosen = periodShown(summaries, label(period));
  // The most complete period, when it is not the one chosen: the latest may have only its first reports in.
  const best = periods.map((p) => periodShown(summarise(programme, all, result.rows, p), label(p))).reduce<PeriodShown>((a, b) => ((b.completeness ?? 0) >= (a.completeness ?? 0) ? b : a), chosen);
  const mostComplete = best.code === period ? null : best;
  // The published table is printed and posted: flagged texts stay out of it unless asked for.
  const { findings, published } = publishedSummaries(programme, all, result.rows, summaries, cmd.includePersonalData, t(cmd.locale, "sum.redacted"));
  const built = summarySheetPlans(programme, all, result.rows, result.log, summaries, { locale: cmd.locale, builtOn: new Date().toISOString().slice(0, 10), published });
  const data = await sheetPlansToXlsx(built.plans);
  const refused = await writeFileAtomically(out, data, "--out");
  if (refused) {
    io.err(issueLine(cmd.locale, refused));
    return 2;
  }
  const empty = emptyClasses(programme, all, Number(period.slice(0, 4)));
  if (cmd.json) io.out(JSON.stringify({ ...summaryJson(summaries, chosen, mostComplete, t(cmd.locale, "sum.oblastLevel")), ...counts, rows: result.rows.filter((r) => r.period === period).length, periodsWithData: periods, classesWithoutMembers: empty.map((c) => ({ code: c.code, name: c.name, measures: c.measures, withoutExecutor: c.withoutExecutor })) }));
  else {
    io.out(t(cmd.locale, "cli.consolidated", { files: counts.files, accepted, rows: counts.rows, notTaken: result.notTaken.length }));
    io.out(t(cmd.locale, requested === null ? "cli.periodLatest" : "cli.period", { label: chosen.label, completeness: percent(cmd.locale, chosen.completeness), received: chosen.received, expected: chosen.expected }));
    if (mostComplete !== null && requested === null) io.out(t(cmd.locale, "cli.mostComplete", { label: mostComplete.label, completeness: percent(cmd.locale, mostComplete.completeness), code: mostComplete.code }));
    for (const line of reportingLines(cmd.locale, summaries.reporting, (code) => all.find((u) => u.code === code)?.shortName ?? code)) io.out(line);
    for (const x of summaries.byTask) io.out(`  ${x.task}. ${x.name.slice(0, 60)} — ${x.received}/${x.expected}`);
  }
  // What is already said with a file, report or row not taken is not said twice.
  const said = new Set(result.notTaken.flatMap((x) => x.reasons));
  for (const i of [...result.issues.filter((x) => !said.has(x)), ...findings, ...built.issues]) io.err(issueLine(cmd.locale, i));
  if (built.issues.some((i) => i.code === "units.noCommunities" || i.code === "units.onlyNamedCommunities")) io.err(t(cmd.locale, "cli.communitiesHint"));
  if (findings.length > 0 && !cmd.includePersonalData) io.err(t(cmd.locale, "cli.redacted", { count: findings.length }));
  io.err(resolve(out));
  return result.notTaken.length > 0 ? 1 : 0;
}
