import type { Issue, IssueCode, Severity } from "./issues";

/** Remarks of one kind in one file (or sheet): «Відсутні заходи: 22» opens to the 22. */
export interface RemarkGroup {
  readonly code: IssueCode;
  /** The most serious severity among them. */
  readonly severity: Severity;
  readonly issues: readonly Issue[];
}

export interface RemarkFile {
  /** The file the remarks are about, or the sheet for reports checked inside the workbook; "" for neither. */
  readonly file: string;
  readonly groups: readonly RemarkGroup[];
  readonly count: number;
}

export interface RemarkFilter {
  readonly severity: Severity | "all";
  /** A unit's name as `unitOf` gives it; null for every unit. */
  readonly unit: string | null;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export const whereOf = (issue: Issue): string => issue.location.file ?? issue.location.sheet ?? "";

/** Files in the order their first remark came, kinds within a file by severity, then by how many. */
export function groupRemarks(issues: readonly Issue[], fileOf: (issue: Issue) => string = whereOf): RemarkFile[] {
  const files = new Map<string, Map<IssueCode, Issue[]>>();
  for (const issue of issues) {
    const file = fileOf(issue);
    let kinds = files.get(file);
    if (!kinds) files.set(file, (kinds = new Map()));
    kinds.set(issue.code, [...(kinds.get(issue.code) ?? []), issue]);
  }
  return [...files].map(([file, kinds]) => {
    const groups = [...kinds].map(([code, list]): RemarkGroup => ({ code, issues: list, severity: list.reduce<Severity>((worst, i) => (RANK[i.severity] < RANK[worst] ? i.severity : worst), "info") }));
    groups.sort((a, b) => RANK[a.severity] - RANK[b.severity] || b.issues.length - a.issues.length);
    return { file, groups, count: groups.reduce((n, g) => n + g.issues.length, 0) };
  });
}

export function filterRemarks(issues: readonly Issue[], filter: RemarkFilter, unitOf: (issue: Issue) => string | null): Issue[] {
  return issues.filter((i) => (filter.severity === "all" || i.severity === filter.severity) && (filter.unit === null || unitOf(i) === filter.unit));
}

/** The units the remarks are about, once each, in order of appearance: the choices of the unit filter. */
export function unitsOf(issues: readonly Issue[], unitOf: (issue: Issue) => string | null): string[] {
  return [...new Set(issues.map(unitOf).filter((u): u is string => u !== null))];
}

export function severityCounts(issues: readonly Issue[]): Record<Severity, number> {
  return { error: issues.filter((i) => i.severity === "error").length, warning: issues.filter((i) => i.severity === "warning").length, info: issues.filter((i) => i.severity === "info").length };
}
