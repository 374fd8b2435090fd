import { parseArgs as nodeParseArgs } from "node:util";
import type { Locale } from "../domain/messages";

export type Command = "matrix" | "demo" | "template" | "validate" | "consolidate";

interface OptionSpec {
  readonly type: "string" | "boolean";
}

/** Every option each command takes; anything else is a usage error, never quietly ignored. */
export const COMMAND_OPTIONS: Readonly<Record<Command, Readonly<Record<string, OptionSpec>>>> = {
  matrix: { source: { type: "string" }, sheet: { type: "string" }, json: { type: "boolean" }, out: { type: "string" }, lang: { type: "string" }, help: { type: "boolean" } },
  demo: { source: { type: "string" }, "out-dir": { type: "string" }, lang: { type: "string" }, "no-pdf": { type: "boolean" }, help: { type: "boolean" } },
  template: { unit: { type: "string" }, period: { type: "string" }, all: { type: "boolean" }, out: { type: "string" }, "out-dir": { type: "string" }, source: { type: "string" }, communities: { type: "string" }, lang: { type: "string" }, help: { type: "boolean" } },
  validate: { json: { type: "boolean" }, source: { type: "string" }, communities: { type: "string" }, lang: { type: "string" }, help: { type: "boolean" } },
  consolidate: { out: { type: "string" }, period: { type: "string" }, json: { type: "boolean" }, source: { type: "string" }, communities: { type: "string" }, "include-personal-data": { type: "boolean" }, "reject-files-with-errors": { type: "boolean" }, lang: { type: "string" }, help: { type: "boolean" } },
};

export interface ParsedCommand {
  readonly command: Command;
  readonly locale: Locale;
  readonly source?: string;
  readonly sheet?: string;
  readonly out?: string;
  readonly outDir?: string;
  readonly json: boolean;
  readonly noPdf: boolean;
  readonly help: boolean;
  /** validate: the report files to check. */
  readonly files: readonly string[];
  readonly unit?: string;
  readonly period?: string;
  readonly all: boolean;
  /** template, validate, consolidate: the list of communities that report (a text or .xlsx file). */
  readonly communities?: string;
  /** consolidate: keep texts flagged as possible personal data in the published table. */
  readonly includePersonalData: boolean;
  /** consolidate: refuse a report with any error whole, instead of taking its valid rows. */
  readonly rejectFilesWithErrors: boolean;
}

export type UsageProblem =
  | { readonly kind: "noCommand" }
  | { readonly kind: "unknownCommand"; readonly command: string; readonly suggestion: string | null }
  | { readonly kind: "unknownOption"; readonly option: string; readonly suggestion: string | null }
  | { readonly kind: "missingValue"; readonly option: string }
  | { readonly kind: "badLang"; readonly value: string }
  | { readonly kind: "tooManyFiles"; readonly files: readonly string[] }
  | { readonly kind: "noFiles"; readonly command: Command }
  | { readonly kind: "required"; readonly command: Command; readonly option: string }
  | { readonly kind: "conflict"; readonly command: Command; readonly option: string; readonly other: string };

/**
 * Options that make no sense together, or a command without what it needs: refused before anything is read
 * or written (a template for one unit never lands in the current folder because --out-dir was ignored).
 */
function misuse(command: Command, v: Readonly<Record<string, string | boolean | undefined>>, files: readonly string[]): UsageProblem | null {
  const has = (name: string) => v[name] !== undefined && v[name] !== false;
  if ((command === "validate" || command === "consolidate") && files.length === 0) return { kind: "noFiles", command };
  if (command === "consolidate" && !has("out")) return { kind: "required", command, option: "--out" };
  if (command !== "template") return null;
  if (has("all") && has("unit")) return { kind: "conflict", command, option: "--all", other: "--unit" };
  if (has("all") && has("out")) return { kind: "conflict", command, option: "--all", other: "--out" };
  if (has("unit") && has("out-dir")) return { kind: "conflict", command, option: "--unit", other: "--out-dir" };
  if (!has("all") && !has("unit")) return { kind: "required", command, option: "--unit" };
  if (has("all") && !has("out-dir")) return { kind: "required", command, option: "--out-dir" };
  if (has("unit") && !has("out")) return { kind: "required", command, option: "--out" };
  if (!has("period")) return { kind: "required", command, option: "--period" };
  return null;
}

/** Edit distance, for "did you mean --source?". */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const next = Math.min((row[j] as number) + 1, (row[j - 1] as number) + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = row[j] as number;
      row[j] = next;
    }
  }
  return row[b.length] as number;
}

export function closest(word: string, candidates: readonly string[]): string | null {
  let best: { candidate: string; d: number } | null = null;
  for (const candidate of candidates) {
    // "--output" for "--out", "--src" for "--source": a prefix either way counts as close.
    const d = word.startsWith(candidate) || candidate.startsWith(word) ? 0 : distance(word, candidate);
    if (d <= Math.max(2, Math.floor(candidate.length / 2)) && (best === null || d < best.d)) best = { candidate, d };
  }
  return best?.candidate ?? null;
}

/** The language is known before the arguments are understood, so that even usage errors speak it. */
export function localeOf(argv: readonly string[]): Locale {
  const i = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  const value = i < 0 ? undefined : argv[i]?.includes("=") ? argv[i]?.split("=")[1] : argv[i + 1];
  return value === "en" ? "en" : "uk";
}

export function parseCommandLine(argv: readonly string[]): ParsedCommand | UsageProblem {
  const [first, ...rest] = argv;
  if (first === undefined || first.startsWith("-")) return { kind: "noCommand" };
  if (!(first in COMMAND_OPTIONS)) return { kind: "unknownCommand", command: first, suggestion: closest(first, Object.keys(COMMAND_OPTIONS)) };
  const command = first as Command;
  const specs = COMMAND_OPTIONS[command];
  let parsed;
  try {
    parsed = nodeParseArgs({ args: [...rest], options: specs, strict: true, allowPositionals: true });
  } catch (error) {
    const code = (error as { code?: string }).code;
    const option = /'(--?[^' ]+)/u.exec((error as Error).message)?.[1] ?? "";
    if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") return { kind: "missingValue", option };
    const bare = option.replace(/^-+/u, "").split("=")[0] ?? "";
    const suggestion = closest(bare, Object.keys(specs));
    return { kind: "unknownOption", option, suggestion: suggestion === null ? null : `--${suggestion}` };
  }
  const v = parsed.values as Record<string, string | boolean | undefined>;
  const str = (name: string) => (typeof v[name] === "string" ? (v[name] as string) : undefined);
  const lang = str("lang");
  if (lang !== undefined && lang !== "uk" && lang !== "en") return { kind: "badLang", value: lang };
  const many = command === "validate" || command === "consolidate";
  const files = [...(str("source") === undefined || many ? [] : [str("source") as string]), ...parsed.positionals];
  if (files.length > 1 && !many) return { kind: "tooManyFiles", files };
  const wrong = v["help"] === true ? null : misuse(command, v, files);
  if (wrong !== null) return wrong;
  return {
    command,
    files: many ? files : [],
    ...(str("unit") === undefined ? {} : { unit: str("unit") }),
    ...(str("period") === undefined ? {} : { period: str("period") }),
    ...(str("communities") === undefined ? {} : { communities: str("communities") }),
    all: v["all"] === true,
    locale: lang === "en" ? "en" : "uk",
    ...(many ? (str("source") === undefined ? {} : { source: str("source") }) : files[0] === undefined ? {} : { source: files[0] }),
    ...(str("sheet") === undefined ? {} : { sheet: str("sheet") }),
    ...(str("out") === undefined ? {} : { out: str("out") }),
    ...(str("out-dir") === undefined ? {} : { outDir: str("out-dir") }),
    json: v["json"] === true,
    noPdf: v["no-pdf"] === true,
    includePersonalData: v["include-personal-data"] === true,
    rejectFilesWithErrors: v["reject-files-with-errors"] === true,
    help: v["help"] === true,
  };
}
