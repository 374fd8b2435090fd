import { stat } from "node:fs/promises";
import { basename, join, resolve } from "node:path";
import { isBlankValue, type GridCell } from "../domain/cell";
import { issue, type Issue } from "../domain/issues";
import { formatIssue, issueLine, t, type Locale } from "../domain/messages";
import { versionIssues } from "../domain/consolidation/versions";
import { isUsable } from "../domain/operations";
import { periodLabel, type ReportingPeriod } from "../domain/programme/referenceLists";
import { readPeriod } from "../domain/reports/periods";
import { templateFileName, templatePlans } from "../domain/reports/templatePlan";
import { readUnit, units, type Unit } from "../domain/reports/units";
import { findReportSheet } from "../domain/reports/reportSheet";
import { reportsOfSource } from "../domain/reports/reportsOfSource";
import type { ValidatedReport } from "../domain/reports/validateReport";
import type { Programme } from "../domain/programme/model";
import { emptyClassIssues } from "../domain/reports/classMembers";
import { sheetPlansToXlsx } from "../xlsx/writeSheetPlans";
import type { ParsedCommand } from "./args";
import { communitiesFor } from "./communitiesOption";
import { loadProgrammeSource, readSourceFile } from "./loadSource";
import { checkOutputPath, writeFileAtomically } from "./writeOutput";

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

const today = () => new Date().toISOString().slice(0, 10);

/**
 * The reporting units of a command: the programme's, with the communities of --communities or of --source's
 * «Довідники». What the list says (its count, rows not understood) and a class executor left with no members
 * (for the period's year, given one; `consolidate` says it with its summaries) go to stderr; null when the
 * list given cannot be used (said too).
 */
export async function unitsFor(io: Io, cmd: ParsedCommand, programme: Programme, year?: number, sayEmptyClasses = true): Promise<Unit[] | null> {
  const given = await communitiesFor(cmd);
  if (given.kind === "refused") {
    report(io, cmd.locale, given.issues);
    return null;
  }
  const all = units(programme, given.list.communities);
  if (given.file !== null) io.err(t(cmd.locale, "cli.communitiesRead", { file: given.file, count: given.list.communities.length }));
  const empty = sayEmptyClasses ? emptyClassIssues(programme, all, year) : [];
  for (const i of [...given.list.issues, ...empty]) io.err(issueLine(cmd.locale, i));
  if (empty.length > 0) io.err(t(cmd.locale, "cli.communitiesHint"));
  return all;
}

function report(io: Io, locale: Locale, issues: readonly Issue[]): number {
  for (const i of issues) io.err(issueLine(locale, i));
  return 2;
}

const ANSWERS = ["status", "events", "people", "funds", "source", "info", "reasons"] as const;

/**
 * What stands where a template would go and must not be replaced: a report with any answer (or its date)
 * filled in, or a file that cannot be read to tell. A blank template from an earlier run is replaced.
 */
async function inTheWay(path: string, option: string): Promise<Issue | null> {
  const info = await stat(path).catch(() => null);
  if (info === null || !info.isFile()) return null;
  const file = basename(path);
  const existing = await readSourceFile(path);
  if (existing.kind !== "workbook") return issue("output.unreadableExisting", "error", { file }, { option });
  const given = (cell: GridCell | undefined) => cell !== undefined && !isBlankValue(cell.value);
  const filled = existing.sheets.some((grid) => {
    const sheet = findReportSheet(grid, file, []);
    return sheet !== null && (given(sheet.header.submitted?.cell) || sheet.rows.some((r) => ANSWERS.some((k) => given(r.cells[k]))));
  });
  return filled ? issue("output.filledReport", "error", { file }, { option }) : null;
}

/**
 * `template`: one unit and period to --out, or every unit of the period to --out-dir. Exit 0: every template
 * written; 1: some were not, because a filled report or a folder stands where they would go (each named);
 * 2: the unit or period is not known, or a template could not be written.
 */
export async function template(io: Io, cmd: ParsedCommand): Promise<number> {
  const parsed = await loadProgrammeSource(cmd.source);
  if (!isUsable(parsed)) return report(io, cmd.locale, parsed.issues);
  const programme = parsed.programme;
  const periodText = cmd.period ?? "";
  const p = readPeriod(periodText, programme.years, "9999-12-31");
  if (p.kind !== "ok" && p.kind !== "future") return report(io, cmd.locale, [issue(periodText === "" ? "report.period.missing" : p.kind === "outsideTerm" ? "report.period.outsideTerm" : "report.period.unknown", "error", {}, { text: periodText })]);
  const period: ReportingPeriod = p.period;
  const all = await unitsFor(io, cmd, programme, period.year);
  if (all === null) return 2;
  let chosen: Unit[];
  if (cmd.all) chosen = all;
  else {
    const u = readUnit(cmd.unit ?? "", all);
    if (u.kind !== "ok") {
      const code = (cmd.unit ?? "") === "" ? "report.unit.missing" : u.kind === "ambiguous" ? "report.unit.ambiguous" : "report.unit.unknown";
      return report(io, cmd.locale, [issue(code, "error", {}, { text: cmd.unit ?? "", candidates: u.kind === "ambiguous" ? u.candidates.map((c) => `«${c.shortName}» (${c.code})`).join(", ") : "" })]);
    }
    chosen = [u.unit];
  }
  const option = cmd.all ? "--out-dir" : "--out";
  const targets = chosen.map((unit) => ({ unit, out: cmd.all ? join(resolve(cmd.outDir ?? "."), templateFileName(unit, period)) : (cmd.out as string) }));
  const inputs = [cmd.source, cmd.communities].filter((x): x is string => x !== undefined);
  const skipped: Issue[] = [];
  for (const target of targets) {
    const refused = (await checkOutputPath(target.out, inputs, option)) ?? (await inTheWay(target.out, option));
    if (refused !== null) {
      // One unit's file in the way of --all is skipped; the one file asked for is refused.
      if (!cmd.all || refused.code === "output.notXlsx") return report(io, cmd.locale, [refused]);
      skipped.push({ ...refused, severity: "warning" });
      io.err(issueLine(cmd.locale, { ...refused, severity: "warning" }));
      continue;
    }
    const failed = await writeFileAtomically(target.out, await sheetPlansToXlsx(templatePlans(programme, target.unit, period, cmd.locale)), option);
    if (failed) return report(io, cmd.locale, [failed]);
    io.out(resolve(target.out));
  }
  io.err(t(cmd.locale, "cli.templatesWritten", { count: targets.length - skipped.length, period: periodLabel(period.code, cmd.locale) }));
  if (skipped.length === 0) return 0;
  io.err(t(cmd.locale, "cli.templatesSkipped", { count: skipped.length }));
  return targets.length === skipped.length ? 2 : 1;
}

interface FileResult {
  readonly file: string;
  readonly reports: readonly ValidatedReport[];
  readonly unreadable: boolean;
}

function jsonDocument(locale: Locale, results: readonly FileResult[]) {
  const counts = { errors: 0, warnings: 0, infos: 0 };
  const files = results.flatMap((r) =>
    r.reports.map((rep) => ({
      file: r.file,
      sheet: rep.sheet,
      unit: rep.unit?.name ?? null,
      period: rep.period?.code ?? null,
      rows: rep.rows.length,
      issues: rep.issues.map((i) => {
        counts[i.severity === "error" ? "errors" : i.severity === "warning" ? "warnings" : "infos"]++;
        return { severity: i.severity, code: i.code, sheet: i.location.sheet ?? null, cell: i.location.cell ?? null, message: formatIssue(locale, i).message };
      }),
    })),
  );
  return { files, summary: counts };
}

/** `validate FILE...`: 0 when no file has errors, 1 when any has, 2 when none could be read at all (no file at all is a usage error). */
export async function validate(io: Io, cmd: ParsedCommand): Promise<number> {
  const parsed = await loadProgrammeSource(cmd.source);
  if (!isUsable(parsed)) return report(io, cmd.locale, parsed.issues);
  const all = await unitsFor(io, cmd, parsed.programme);
  if (all === null) return 2;
  const ctx = { programme: parsed.programme, units: all, asOf: today() };
  const results: FileResult[] = [];
  for (const path of cmd.files) {
    const source = await readSourceFile(path);
    results.push({ file: source.file, reports: reportsOfSource(source, source.file, ctx), unreadable: source.kind !== "workbook" });
  }
  // Versions of one report given together are told now, by the rule consolidation will follow.
  const versions = versionIssues(results.flatMap((r) => r.reports.map((report) => ({ file: r.file, report }))));
  const withVersions = results.map((r) => ({ ...r, reports: r.reports.map((report) => {
    const said = [...versions].find(([v]) => v.report === report)?.[1];
    return said === undefined ? report : { ...report, issues: [...report.issues, said] };
  }) }));
  if (cmd.json) io.out(JSON.stringify(jsonDocument(cmd.locale, withVersions)));
  else {
    for (const r of withVersions) {
      for (const rep of r.reports) {
        const errors = rep.issues.filter((i) => i.severity === "error").length;
        io.out(t(cmd.locale, "cli.validateFile", { file: r.file, sheet: rep.sheet, unit: rep.unit?.shortName ?? "—", period: rep.period === null ? "—" : periodLabel(rep.period.code, cmd.locale), rows: rep.rows.length, errors }));
        for (const i of rep.issues) io.out(`  ${issueLine(cmd.locale, i)}`);
      }
    }
  }
  // A report of another programme, checked against the embedded one: the way to check it against its own.
  const foreign = withVersions.some((r) => r.reports.some((rep) => rep.issues.some((i) => i.code === "report.unknownProgramme" || i.code === "report.unknownProgrammeUntitled")));
  if (foreign && cmd.source === undefined) io.err(t(cmd.locale, "cli.sourceHint"));
  if (results.length > 0 && results.every((r) => r.unreadable)) return 2;
  return withVersions.some((r) => r.reports.some((rep) => rep.issues.some((i) => i.severity === "error"))) ? 1 : 0;
}
