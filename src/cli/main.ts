import { mkdir, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { issueLine, t, type Locale } from "../domain/messages";
import { programmeSheetPlans } from "../domain/plans/programmeSheets";
import type { ParsedProgramme } from "../domain/programme/buildProgramme";
import { countsOf, isUsable } from "../domain/operations";
import { programmeToJson } from "../domain/programme/programmeJson";
import { sheetPlansToXlsx } from "../xlsx/writeSheetPlans";
import { convertWithLibreOffice, findLibreOffice } from "./libreoffice";
import { loadProgrammeSource } from "./loadSource";
import { parseArgs, type ParsedArgs } from "./parseArgs";

const EXIT_OK = 0;
const EXIT_USAGE = 1;
const EXIT_UNUSABLE = 2;

const USAGE = `Usage:
  programme-monitor matrix [--source FILE.txt|FILE.xlsx] [--json] [--out FILE.xlsx] [--lang uk|en]
  programme-monitor demo [--out-dir DIR] [--lang uk|en] [--no-pdf]`;

function summary(locale: Locale, parsed: ParsedProgramme): string {
  return t(locale, "programme.loaded", { ...countsOf(parsed) });
}

async function writeWorkbook(parsed: ParsedProgramme, locale: Locale, out: string): Promise<string> {
  const path = resolve(out);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, await sheetPlansToXlsx(programmeSheetPlans(parsed.programme, locale)));
  return path;
}

async function matrix(args: ParsedArgs, locale: Locale): Promise<number> {
  const parsed = await loadProgrammeSource(args.options["source"]);
  const unusable = !isUsable(parsed);
  if (args.flags.has("json")) process.stdout.write(`${JSON.stringify(programmeToJson(parsed.programme, parsed.issues))}\n`);
  for (const i of parsed.issues) process.stderr.write(`${issueLine(locale, i)}\n`);
  if (unusable) {
    const errors = parsed.issues.filter((i) => i.severity === "error").length;
    process.stderr.write(`${t(locale, "error.unusable", { count: Math.max(errors, 1) })}\n`);
    return EXIT_UNUSABLE;
  }
  const out = args.options["out"];
  if (out !== undefined) {
    const path = await writeWorkbook(parsed, locale, out);
    process.stderr.write(`${path}\n`);
  }
  if (!args.flags.has("json")) process.stdout.write(`${parsed.programme.title}\n${summary(locale, parsed)}\n`);
  return EXIT_OK;
}

async function demo(args: ParsedArgs, locale: Locale): Promise<number> {
  const outDir = resolve(args.options["out-dir"] ?? "out");
  const parsed = await loadProgrammeSource(args.options["source"]);
  if (!isUsable(parsed)) {
    for (const i of parsed.issues) process.stderr.write(`${issueLine(locale, i)}\n`);
    return EXIT_UNUSABLE;
  }
  const p = parsed.programme;
  const xlsx = await writeWorkbook(parsed, locale, resolve(outDir, "programme.xlsx"));
  const lines = [p.title, summary(locale, parsed)];
  for (const task of p.tasks) lines.push(`  ${task.code}. ${task.name} — ${task.measures.length}`);
  lines.push(`${t(locale, "programme.sheetsWritten", { sheets: programmeSheetPlans(p, locale).map((s) => s.name).join(", ") })}`);
  lines.push(`  ${xlsx}`);
  const office = args.flags.has("no-pdf") ? null : findLibreOffice();
  if (office !== null) lines.push(`  ${convertWithLibreOffice(office, xlsx, "pdf", outDir)}`);
  else if (!args.flags.has("no-pdf")) lines.push(`  ${t(locale, "demo.pdfSkipped")}`);
  for (const i of parsed.issues) lines.push(issueLine(locale, i));
  process.stdout.write(`${lines.join("\n")}\n`);
  return EXIT_OK;
}

export async function main(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv);
  const locale: Locale = args.options["lang"] === "en" ? "en" : "uk";
  if (args.command === "matrix") return matrix(args, locale);
  if (args.command === "demo") return demo(args, locale);
  process.stderr.write(`${USAGE}\n`);
  return EXIT_USAGE;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exitCode = 3;
    },
  );
}
