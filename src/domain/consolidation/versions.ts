import { showDate } from "../dates";
import { issue, type Issue } from "../issues";
import type { ValidatedReport } from "../reports/validateReport";

/** One of several reports of the same unit and period in one import. */
export interface Version {
  readonly file: string;
  readonly report: ValidatedReport;
}

/** What became of a version that is not taken; the file named is the one that was. */
export type VersionFate =
  /** The same figures as the version taken (saved twice, sent twice). */
  | { readonly kind: "sameContent"; readonly other: string }
  /** An earlier «Дата подання» than the version taken. */
  | { readonly kind: "superseded"; readonly other: string; readonly otherSubmitted: string }
  /** Different figures and no later date to choose by: none is taken. */
  | { readonly kind: "conflict"; readonly others: readonly string[] };

export interface Choice<V extends Version> {
  readonly winner: V | null;
  readonly fates: ReadonlyMap<V, VersionFate>;
  /** The earliest «Дата подання» of any version: timeliness is judged by the first submission. */
  readonly firstSubmitted: string | null;
}

const contentOf = (v: Version) => (v.report.rows.length === 0 ? "" : JSON.stringify(v.report.rows.map((r) => [r.code, r.status, r.events, r.people, r.funds, r.source, r.info, r.reasons, r.valid])));
const later = (a: Version, b: Version) => (a.report.submitted ?? "") > (b.report.submitted ?? "");

/**
 * The rule for two versions of one report (README, «Дві версії одного звіту»): versions with the same figures
 * are one report; of different ones the later «Дата подання» wins, whatever the files are called or the order
 * they come in. When the latest date is shared or a date is missing, no version can be chosen, and none is
 * taken: a wrong figure nobody is told about is worse than a unit missing with its reason.
 */
export function chooseVersion<V extends Version>(versions: readonly V[]): Choice<V> {
  const groups = new Map<string, V[]>();
  for (const v of versions) {
    const content = contentOf(v);
    const group = groups.get(content);
    if (group) group.push(v);
    else groups.set(content, [v]);
  }
  // Each distinct content by its latest copy.
  const distinct = [...groups.values()].map((g) => g.reduce((best, v) => (later(v, best) ? v : best)));
  const byDate = [...distinct].sort((a, b) => (later(a, b) ? -1 : later(b, a) ? 1 : 0));
  const top = byDate[0] as V;
  const undecided = byDate.length > 1 && (byDate.some((v) => v.report.submitted === null) || byDate[1]?.report.submitted === top.report.submitted);
  const winner = undecided ? null : top;
  const fates = new Map<V, VersionFate>();
  for (const group of groups.values()) {
    const rep = distinct.find((d) => group.includes(d)) as V;
    for (const v of group) {
      if (v === winner) continue;
      if (rep === winner) fates.set(v, { kind: "sameContent", other: winner.file });
      else if (winner !== null) fates.set(v, { kind: "superseded", other: winner.file, otherSubmitted: winner.report.submitted ?? "" });
      else fates.set(v, { kind: "conflict", others: distinct.filter((d) => d !== rep).map((d) => d.file) });
    }
  }
  const dates = versions.map((v) => v.report.submitted).filter((d): d is string => d !== null).sort();
  return { winner, fates, firstSubmitted: dates[0] ?? null };
}

/**
 * What `validate` says about reports it was given together that are versions of one report (same unit and
 * period), by the same rule consolidation follows: an issue on every version, naming the one that will be
 * taken, or an error on each when none can be chosen. Reports without a unit or period are not versions.
 */
export function versionIssues(reports: readonly Version[]): Map<Version, Issue> {
  const groups = new Map<string, Version[]>();
  for (const v of reports) {
    const { unit, period } = v.report;
    if (unit === null || period === null) continue;
    const key = `${unit.code}|${period.code}`;
    groups.set(key, [...(groups.get(key) ?? []), v]);
  }
  const out = new Map<Version, Issue>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    // Language-neutral, as it goes into either locale's sentence: file — sheet (submission date).
    const label = (v: Version) => `${v.file} — ${v.report.sheet} (${v.report.submitted === null ? "—" : showDate(v.report.submitted)})`;
    const first = group[0] as Version;
    const params = { unit: first.report.unit?.shortName ?? "", period: first.report.period?.label ?? "", versions: group.map(label).join("; ") };
    const { winner } = chooseVersion(group);
    for (const v of group) {
      const where = { file: v.file, sheet: v.report.sheet };
      out.set(v, winner === null ? issue("validate.versionsConflict", "error", where, params) : issue("validate.versions", "warning", where, { ...params, winner: label(winner) }));
    }
  }
  return out;
}
