import type { Issue } from "../issues";
import { en } from "./en";
import { uk, type MessageKey } from "./uk";

export type Locale = "uk" | "en";
export type { MessageKey };

const CATALOGUES: Record<Locale, Record<MessageKey, string>> = { uk, en };

export type MessageParams = Readonly<Record<string, string | number>>;

const PLURAL_RULES: Record<Locale, Intl.PluralRules> = { uk: new Intl.PluralRules("uk"), en: new Intl.PluralRules("en") };

/** Picks the word form for a count: Ukrainian has one/few/many ("1 захід", "2 заходи", "5 заходів"), English one/other. */
function plural(locale: Locale, count: number, forms: string[]): string {
  const category = PLURAL_RULES[locale].select(count);
  const index = locale === "uk" ? { one: 0, few: 1 }[category as "one" | "few"] ?? 2 : category === "one" ? 0 : 1;
  return forms[Math.min(index, forms.length - 1)] ?? "";
}

/**
 * Fills "{name}" with a parameter and "{name:form|form|form}" with the number followed by the
 * form that agrees with it.
 */
export function t(locale: Locale, key: MessageKey, params: MessageParams = {}): string {
  return CATALOGUES[locale][key].replace(/\{(\w+)(?::([^}]+))?\}/gu, (whole, name: string, forms: string | undefined) => {
    const value = params[name];
    if (value === undefined) return whole;
    if (forms === undefined || typeof value !== "number") return String(value);
    return `${value} ${plural(locale, value, forms.split("|"))}`;
  });
}

/** Office reports display languages as BCP-47 tags ("uk-UA", "en-US"); anything not English falls back to Ukrainian. */
export function localeFromTag(tag: string | undefined | null): Locale {
  return tag !== undefined && tag !== null && /^en\b/iu.test(tag) ? "en" : "uk";
}

const COLUMN_LABEL_KEYS: Record<string, MessageKey> = {
  task: "column.task",
  measure: "column.measure",
  term: "column.term",
  executors: "column.executors",
};

/** Words an issue carries as codes («partBytes», «people», "report"), in the user's language. */
function issueParams(locale: Locale, issue: Issue): MessageParams {
  const { column, reason, kind, what, field, part } = issue.params;
  const subject = issue.params["subject"] === "report" ? "report" : "programme";
  const labelKey = typeof column === "string" ? COLUMN_LABEL_KEYS[column] : undefined;
  // Figures of a consolidation are read by people: «1,25», «3 330» in Ukrainian.
  const figures = issue.code.startsWith("consolidate.") ? Object.fromEntries(Object.entries(issue.params).map(([k, v]) => [k, typeof v === "number" && k !== "row" ? v.toLocaleString(locale === "uk" ? "uk-UA" : "en-GB") : v])) : issue.params;
  return {
    ...figures,
    ...(labelKey ? { columnLabel: t(locale, labelKey) } : {}),
    ...(typeof reason === "string" ? { reasonText: t(locale, `output.reason.${reason}` as MessageKey) } : {}),
    ...(typeof kind === "string" ? { kindText: t(locale, `privacy.${kind}` as MessageKey) } : {}),
    ...(typeof what === "string" ? { whatText: t(locale, `source.what.${what}` as MessageKey, { part: String(part ?? "") }) } : {}),
    ...(typeof field === "string" ? { fieldText: t(locale, `field.${field}` as MessageKey) } : {}),
    subjectOf: t(locale, `source.subject.${subject}.of`),
    subjectSheet: t(locale, `source.subject.${subject}.sheet`),
    subjectName: t(locale, `source.subject.${subject}.name`),
    subjectTable: t(locale, `source.subject.${subject}.table`),
  };
}

export function formatWhere(locale: Locale, issue: Pick<Issue, "location">, row?: number): string {
  const { file, sheet, cell, line } = issue.location;
  const parts: string[] = [];
  if (file !== undefined) parts.push(t(locale, "where.file", { file }));
  if (sheet !== undefined) parts.push(t(locale, "where.sheet", { sheet }));
  if (row !== undefined) parts.push(t(locale, "where.row", { row }));
  if (cell !== undefined) parts.push(t(locale, "where.cell", { cell }));
  if (line !== undefined) parts.push(t(locale, "where.line", { line }));
  return parts.join(", ");
}

export interface FormattedIssue {
  readonly severity: string;
  readonly where: string;
  readonly message: string;
  readonly fix: string;
}

export function formatIssue(locale: Locale, issue: Issue): FormattedIssue {
  const params = issueParams(locale, issue);
  return {
    severity: t(locale, `severity.${issue.severity}`),
    where: formatWhere(locale, issue),
    message: t(locale, `issue.${issue.code}` as MessageKey, params),
    fix: t(locale, `issue.${issue.code}.fix` as MessageKey, params),
  };
}

/** One line: "Помилка — файл «x», аркуш «y», клітинка B7: … Що зробити: …". */
export function issueLine(locale: Locale, issue: Issue): string {
  const f = formatIssue(locale, issue);
  const where = f.where === "" ? "" : `${f.where}: `;
  return `${f.severity} — ${where}${f.message} ${t(locale, "fix")}: ${f.fix}`;
}

// Compile-time guarantee that every issue code has a message and a fix in the catalogue.
type IssueMessageKey = `issue.${Issue["code"]}` | `issue.${Issue["code"]}.fix`;
export const EVERY_ISSUE_HAS_TEXT: IssueMessageKey extends MessageKey ? true : never = true;

/** A short name for a kind of remark («Відсутні заходи»); kinds without one are named by their first remark's text. */
export function remarkKind(locale: Locale, code: Issue["code"], first: Issue): string {
  const key = `remark.${code}`;
  return key in uk ? t(locale, key as MessageKey) : formatIssue(locale, first).message;
}
