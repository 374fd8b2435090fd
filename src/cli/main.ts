import { resolve } from "node:path";
import type { Issue } from "../domain/issues";
import { issueLine, t, type Locale, type MessageKey } from "../domain/messages";
import { countsOf, isUsable } from "../domain/operations";
import { PlanRefusedError } from "../domain/plans/cellLimits";
import { programmeSheetPlans } from "../domain/plans/programmeSheets";
import type { ParsedProgramme } from "../domain/programme/buildProgramme";
import { programmeToJson } from "../domain/programme/programmeJson";
import { DEMO_COMMUNITIES } from "../domain/consolidation/demoReports";
import type { Community } from "../domain/reports/communities";
import { sheetPlansToXlsx } from "../xlsx/writeSheetPlans";
import { localeOf, parseCommandLine, type ParsedCommand, type UsageProblem } from "./args";
import { findLibreOffice, printSheetPlans } from "./libreoffice";
import { loadProgrammeSource } from "./loadSource";
import { consolidateCommand } from "./consolidateCommand";
import { demoConsolidation } from "./demoConsolidation";
import { template, validate } from "./reportCommands";
import { checkOutputPath, writeFileAtomically } from "./writeOutput";

/**
 * The only exit codes there are (README, «Exit codes»): 0 done; 1 done in part, every file, report or row left
 * out listed with its reason; 2 the input or output is unusable, nothing done. A wrong command line is 1 as well (the
 * issue's contract): nothing is read or written, and the message, not the code, says it is a usage error.
 */
export const EXIT_OK = 0;
export const EXIT_PARTLY = 1;
export const EXIT_UNUSABLE = 2;
export const EXIT_USAGE = EXIT_PARTLY;

interface Io {
  out(text: string): void;
  err(text: string): void;
}

function usageText(locale: Locale, problem: UsageProblem): string {
  const lines: string[] = [];
  switch (problem.kind) {
    case "noCommand":
      lines.push(t(locale, "cli.error.noCommand"));
      break;
    case "unknownCommand":
      lines.push(t(locale, "cli.error.unknownCommand", { command: problem.command }));
      if (problem.suggestion) lines.push(t(locale, "cli.error.suggest", { suggestion: problem.suggestion }));
      break;
    case "unknownOption":
      lines.push(t(locale, "cli.error.unknownOption", { option: problem.option }));
      if (problem.suggestion) lines.push(t(locale, "cli.error.suggest", { suggestion: problem.suggestion }));
      break;
    case "missingValue":
      lines.push(t(locale, "cli.error.missingValue", { option: problem.option }));
      break;
    case "badLang":
      lines.push(t(locale, "cli.error.badLang", { value: problem.value }));
      break;
    case "tooManyFiles":
      lines.push(t(locale, "cli.error.tooManyFiles", { files: problem.files.join(", ") }));
      break;
    case "noFiles":
      lines.push(t(locale, "cli.error.noFiles", { command: problem.command }));
      break;
    case "required":
      lines.push(t(locale, "cli.error.required", { command: problem.command, option: problem.option }));
      break;
    case "conflict":
      lines.push(t(locale, "cli.error.conflict", { option: problem.option, other: problem.other }));
      break;
  }
  if ((problem.kind === "required" || problem.kind === "conflict") && problem.command === "template") lines.push(t(locale, "cli.error.templateHint"));
  lines.push("", t(locale, "cli.usage"));
  return lines.join("\n");
}

function reportIssues(io: Io, locale: Locale, issues: readonly Issue[]): void {
  for (const i of issues) io.err(issueLine(locale, i));
}

/** `option`: what the user gave the path with (--out, or --out-dir for demo), for the advice. */
async function writeWorkbook(parsed: ParsedProgramme, cmd: ParsedCommand, out: string, option: string, communities: readonly Community[] = []): Promise<Issue | null> {
  return (await checkOutputPath(out, cmd.source === undefined ? [] : [cmd.source], option)) ?? (await writeFileAtomically(out, await sheetPlansToXlsx(programmeSheetPlans(parsed.programme, cmd.locale, communities)), option));
}

async function matrix(io: Io, cmd: ParsedCommand): Promise<number> {
  const parsed = await loadProgrammeSource(cmd.source, cmd.sheet);
  const usable = isUsable(parsed);
  // The output is written (or refused) before anything is printed, so the JSON document carries its issue too.
  const outputIssue = usable && cmd.out !== undefined ? await writeWorkbook(parsed, cmd, cmd.out, "--out") : null;
  const issues = outputIssue === null ? parsed.issues : [...parsed.issues, outputIssue];
  if (cmd.json) io.out(JSON.stringify(programmeToJson(parsed.programme, issues)));
  reportIssues(io, cmd.locale, issues);
  if (!usable) {
    const errors = parsed.issues.filter((i) => i.severity === "error").length;
    io.err(t(cmd.locale, "error.unusable", { count: Math.max(errors, 1) }));
    return EXIT_UNUSABLE;
  }
  if (outputIssue !== null) return EXIT_UNUSABLE;
  if (cmd.out !== undefined) io.err(resolve(cmd.out));
  if (!cmd.json) io.out(`${parsed.programme.title}\n${t(cmd.locale, "programme.loaded", { ...countsOf(parsed) })}`);
  return EXIT_OK;
}

async function demo(io: Io, cmd: ParsedCommand): Promise<number> {
  const outDir = resolve(cmd.outDir ?? "out");
  const parsed = await loadProgrammeSource(cmd.source, cmd.sheet);
  if (!isUsable(parsed)) {
    reportIssues(io, cmd.locale, parsed.issues);
    return EXIT_UNUSABLE;
  }
  const p = parsed.programme;
  const xlsx = resolve(outDir, "programme.xlsx");
  // The demo's workbook lists its communities on «Довідники», as an oblast would.
  const refused = await writeWorkbook(parsed, cmd, xlsx, "--out-dir", DEMO_COMMUNITIES);
  if (refused !== null) {
    reportIssues(io, cmd.locale, [refused]);
    return EXIT_UNUSABLE;
  }
  const lines = [p.title, t(cmd.locale, "programme.loaded", { ...countsOf(parsed) })];
  for (const task of p.tasks) lines.push(`  ${task.code}. ${task.name} — ${task.measures.length}`);
  lines.push(t(cmd.locale, "programme.sheetsWritten", { sheets: programmeSheetPlans(p, cmd.locale).map((s) => s.name).join(", ") }), `  ${xlsx}`);
  io.out(lines.join("\n"));
  const office = cmd.noPdf ? null : findLibreOffice();
  const summary = await demoConsolidation(io, p, outDir, cmd.locale);
  if (summary === null) return EXIT_UNUSABLE;
  if (office !== null) {
    io.out(`  ${await printSheetPlans(office, programmeSheetPlans(p, cmd.locale, DEMO_COMMUNITIES), "programme", outDir, cmd.locale)}`);
    io.out(`  ${await printSheetPlans(office, summary.print, "summary-print", outDir, cmd.locale)}`);
  } else if (!cmd.noPdf) io.out(`  ${t(cmd.locale, "demo.pdfSkipped")}`);
  for (const i of parsed.issues) io.out(issueLine(cmd.locale, i));
  return EXIT_OK;
}

export async function main(argv: readonly string[], io: Io = { out: (s) => process.stdout.write(`${s}\n`), err: (s) => process.stderr.write(`${s}\n`) }): Promise<number> {
  const locale = localeOf(argv);
  try {
    const parsed = parseCommandLine(argv);
    if ("kind" in parsed) {
      io.err(usageText(locale, parsed));
      return EXIT_USAGE;
    }
    if (parsed.help) {
      io.out(t(parsed.locale, `cli.help.${parsed.command}` as MessageKey));
      return EXIT_OK;
    }
    if (parsed.command === "template") return await template(io, parsed);
    if (parsed.command === "validate") return await validate(io, parsed);
    if (parsed.command === "consolidate") return await consolidateCommand(io, parsed);
    return parsed.command === "matrix" ? await matrix(io, parsed) : await demo(io, parsed);
  } catch (error) {
    if (error instanceof PlanRefusedError) {
      reportIssues(io, locale, error.issues);
      return EXIT_UNUSABLE;
    }
    // The one place an unforeseen failure ends: a sentence in the user's language, never a stack trace.
    io.err(t(locale, "cli.unexpected", { name: error instanceof Error ? error.name : typeof error }));
    return EXIT_UNUSABLE;
  }
}

if (require.main === module) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
