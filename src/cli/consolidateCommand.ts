import { createHash } from "node:crypto";
import { stat } from "node:fs/promises";
import { basename, resolve } from "node:path";
import { consolidate, latestPeriod, type ImportedFile } from "../domain/consolidation/consolidate";
import { summarise, type Summaries } from "../domain/consolidation/summaries";
import { publishedSummaries } from "../domain/consolidation/publicReport";
import { summarySheetPlans } from "../domain/consolidation/summarySheets";
import { issue, type Issue } from "../domain/issues";
import { issueLine, t } from "../domain/messages";
import { isUsable } from "../domain/operations";
import { readPeriod } from "../domain/reports/periods";
import { units } from "../domain/reports/units";
import { reportsOfSource } from "../domain/reports/reportsOfSource";
import { communitiesOf } from "../domain/reports/workbookProgramme";
import { sheetPlansToXlsx } from "../xlsx/writeSheetPlans";
import type { ParsedCommand } from "./args";
import { loadProgrammeSource, readSourceFile } from "./loadSource";
import type { Io } from "./reportCommands";
import { checkOutputPath, writeFileAtomically } from "./writeOutput";
import { readFile } from "node:fs/promises";

/** The CLI's --json: numbers as numbers, funds in thousand UAH, `received` counting accepted report rows. */
export function summaryJson(s: Summaries, files: number, accepted: number, rejected: number, rows: number) {
  const figures = (f: Summaries["total"]) => ({ expected: f.expected, received: f.received, statuses: f.statuses, events: f.events, people: f.people, funds: f.funds });
  return {
    period: s.period,
    files,
    accepted,
    rejected,
    rows,
    byTask: s.byTask.map((x) => ({ task: x.task, ...figures(x) })),
    byMeasure: s.byMeasure.map((m) => ({ measure: m.measure, ...figures(m), status: m.status })),
    byUnit: s.byUnit.map((u) => ({ unit: u.unit, expected: u.expected, received: u.received, onTime: u.onTime })),
  };
}

/** `consolidate FILE... --out summary.xlsx [--period P] [--json]`. */
export async function consolidateCommand(io: Io, cmd: ParsedCommand): Promise<number> {
  const parsed = await loadProgrammeSource(cmd.source);
  if (!isUsable(parsed)) {
    for (const i of parsed.issues) io.err(issueLine(cmd.locale, i));
    return 2;
  }
  const programmeBook = cmd.source === undefined ? null : await readSourceFile(cmd.source);
  const all = units(parsed.programme, programmeBook?.kind === "workbook" ? communitiesOf(programmeBook.sheets) : []);
  const ctx = { programme: parsed.programme, units: all, asOf: new Date().toISOString().slice(0, 10) };
  const imported: ImportedFile[] = [];
  for (const path of cmd.files) {
    const source = await readSourceFile(path);
    const bytes = await readFile(path).catch(() => Buffer.alloc(0));
    const size = (await stat(path).catch(() => null))?.size ?? 0;
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    const reports = reportsOfSource(source, basename(path), ctx);
    imported.push({ file: basename(path), size, sha256, reports });
  }
  const result = consolidate(imported, [], new Date().toISOString().replace("T", " ").slice(0, 19), { acceptValidRows: !cmd.rejectFilesWithErrors });
  let period = latestPeriod(result.rows);
  if (cmd.period !== undefined) {
    const p = readPeriod(cmd.period, parsed.programme.years, "9999-12-31");
    if (p.kind !== "ok") {
      io.err(issueLine(cmd.locale, issue("report.period.unknown", "error", {}, { text: cmd.period })));
      return 2;
    }
    period = p.period.code;
  }
  const accepted = result.log.filter((l) => l.action === "imported" || l.action === "replaced").length;
  const rejected = result.log.filter((l) => l.action === "rejected").length;
  if (period === null) {
    for (const f of imported) for (const r of f.reports) for (const i of r.issues.filter((x) => x.severity === "error")) io.err(issueLine(cmd.locale, i));
    io.err(t(cmd.locale, "cli.nothingConsolidated"));
    return 2;
  }
  const summaries = summarise(parsed.programme, all, result.rows, period);
  // The published table is printed and posted: flagged texts stay out of it unless asked for.
  const { findings, published } = publishedSummaries(parsed.programme, all, result.rows, summaries, cmd.includePersonalData, t(cmd.locale, "sum.redacted"));
  let shortened: readonly Issue[] = [];
  if (cmd.out !== undefined) {
    const built = summarySheetPlans(parsed.programme, all, result.rows, result.log, summaries, { locale: cmd.locale, builtOn: new Date().toISOString().slice(0, 10), published });
    shortened = built.issues;
    const data = await sheetPlansToXlsx(built.plans);
    const refused = (await checkOutputPath(cmd.out, cmd.files)) ?? (await writeFileAtomically(cmd.out, data));
    if (refused) {
      io.err(issueLine(cmd.locale, refused));
      return 2;
    }
  }
  if (cmd.json) io.out(JSON.stringify(summaryJson(summaries, imported.length, accepted, rejected, result.rows.filter((r) => r.period === period).length)));
  else {
    io.out(t(cmd.locale, "cli.consolidated", { files: imported.length, accepted, rejected, rows: result.rows.length, period }));
    for (const x of summaries.byTask) io.out(`  ${x.task}. ${x.name.slice(0, 60)} — ${x.received}/${x.expected}`);
  }
  for (const i of [...result.issues, ...findings, ...shortened]) io.err(issueLine(cmd.locale, i));
  if (findings.length > 0 && !cmd.includePersonalData) io.err(t(cmd.locale, "cli.redacted", { count: findings.length }));
  if (cmd.out !== undefined) io.err(resolve(cmd.out));
  return 0;
}
