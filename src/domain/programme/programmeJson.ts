import type { Issue } from "../issues";
import type { PlannedFunding, Programme } from "./model";
import { termYears, type TermCoverage } from "./termYears";

export interface MeasureJson {
  code: string;
  text: string;
  term: string;
  /** The years the term covers within the programme's; `readable: false` where the term could not be read. */
  termYears: TermCoverage;
  executors: { name: string; consent: boolean; agencyCode: string }[];
  fundingSources: string[];
  /** Null where the programme has no amount columns (planned funds undefined, not 0). */
  plannedFunding: PlannedFunding[] | null;
  /** Null where the programme has no expected-result column. */
  expectedResult: string | null;
  extras?: Record<string, string>;
}

/** The CLI's `--json` document: a stable, plain shape for scripts and checks. */
export interface ProgrammeJson {
  readonly title: string;
  readonly years: { from: number; to: number } | null;
  readonly fundingYears: number[] | null;
  readonly tasks: { code: string; name: string; measures: MeasureJson[] }[];
  readonly executors: { code: string; name: string; shortName: string; kind: string; byConsent: boolean; measureCount: number }[];
  readonly issues: Issue[];
}

export function programmeToJson(programme: Programme, issues: readonly Issue[]): ProgrammeJson {
  return {
    title: programme.title,
    years: programme.years === null ? null : { ...programme.years },
    fundingYears: programme.fundingYears === null ? null : [...programme.fundingYears],
    tasks: programme.tasks.map((task) => ({
      code: task.code,
      name: task.name,
      measures: task.measures.map((m) => ({
        code: m.code,
        text: m.text,
        term: m.term,
        termYears: termYears(m, programme.years),
        executors: m.executors.map((e) => ({ name: e.name, consent: e.consent, agencyCode: e.agencyCode })),
        fundingSources: [...m.fundingSources],
        plannedFunding: m.plannedFunding === null ? null : m.plannedFunding.map((f) => ({ source: f.source, year: f.year, amount: f.amount })),
        expectedResult: m.expectedResult,
        ...(Object.keys(m.extras).length > 0 ? { extras: { ...m.extras } } : {}),
      })),
    })),
    executors: programme.agencies.map((a) => ({
      code: a.code,
      name: a.name,
      shortName: a.shortName,
      kind: a.kind,
      byConsent: a.byConsent,
      measureCount: a.measureCount,
    })),
    issues: [...issues],
  };
}
