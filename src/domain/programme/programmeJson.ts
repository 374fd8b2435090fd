import type { Issue } from "../issues";
import type { Programme } from "./model";

/** The CLI's `--json` document: a stable, plain shape for scripts and checks. */
export interface ProgrammeJson {
  readonly title: string;
  readonly tasks: {
    code: string;
    name: string;
    measures: { code: string; text: string; term: string; executors: { name: string; consent: boolean; agencyCode: string }[]; extras?: Record<string, string> }[];
  }[];
  readonly executors: { code: string; name: string; shortName: string; kind: string; byConsent: boolean; measureCount: number }[];
  readonly issues: Issue[];
}

export function programmeToJson(programme: Programme, issues: readonly Issue[]): ProgrammeJson {
  return {
    title: programme.title,
    tasks: programme.tasks.map((task) => ({
      code: task.code,
      name: task.name,
      measures: task.measures.map((m) => ({
        code: m.code,
        text: m.text,
        term: m.term,
        executors: m.executors.map((e) => ({ name: e.name, consent: e.consent, agencyCode: e.agencyCode })),
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
