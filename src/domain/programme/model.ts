export type AgencyKind =
  | "oblastDepartment"
  | "territorialBody"
  | "oblastInstitution"
  | "ngo"
  | "districtAdministrations"
  | "localSelfGovernment";

/** A body named in the programme, de-duplicated across all measures. */
export interface Agency {
  readonly code: string;
  readonly key: string;
  readonly name: string;
  readonly shortName: string;
  readonly kind: AgencyKind;
  /** True when at least one assignment of this body is marked "(за згодою)". */
  readonly byConsent: boolean;
  readonly measureCount: number;
}

export interface ExecutorAssignment {
  /** The name as written for this measure, spacing normalised. */
  readonly name: string;
  readonly agencyCode: string;
  readonly consent: boolean;
}

export interface Measure {
  readonly code: string;
  readonly taskCode: string;
  readonly text: string;
  readonly term: string;
  readonly executors: readonly ExecutorAssignment[];
  /** Optional columns of a pasted matrix (funding, expected result, …), keyed by their header text. */
  readonly extras: Readonly<Record<string, string>>;
}

export interface Task {
  readonly code: string;
  readonly name: string;
  readonly measures: readonly Measure[];
}

export interface YearSpan {
  readonly from: number;
  readonly to: number;
}

export interface Programme {
  readonly title: string;
  readonly tasks: readonly Task[];
  readonly agencies: readonly Agency[];
  /** Years covered by the measures' terms, when any term names a year. */
  readonly years: YearSpan | null;
  /** Header texts of optional columns found in the source, in source order. */
  readonly extraColumns: readonly string[];
}

export function allMeasures(programme: Programme): Measure[] {
  return programme.tasks.flatMap((t) => t.measures);
}
