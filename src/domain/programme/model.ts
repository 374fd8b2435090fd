export type AgencyKind =
  | "oblastDepartment"
  | "territorialBody"
  | "oblastInstitution"
  | "ngo"
  | "districtAdministrations"
  /** One district administration named by its district. */
  | "districtAdministration"
  | "localSelfGovernment"
  /** One community named by its place, or its council or executive committee. */
  | "community";

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

/** One planned amount of a measure: from one source, for one year (null: the source gives a total only). */
export interface PlannedFunding {
  readonly source: string;
  readonly year: number | null;
  /** Thousand hryvnias, as the programmes' tables give it. */
  readonly amount: number;
}

export interface Measure {
  readonly code: string;
  readonly taskCode: string;
  readonly text: string;
  readonly term: string;
  readonly executors: readonly ExecutorAssignment[];
  /** The funding sources as written, one per line («Обласний бюджет», «Не потребує фінансування»). */
  readonly fundingSources: readonly string[];
  /** Null where the programme has no amount columns: planned funds are then undefined, not 0. */
  readonly plannedFunding: readonly PlannedFunding[] | null;
  /** Null where the programme has no expected-result column. */
  readonly expectedResult: string | null;
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
  /** The years of the source's planned-funding columns; [] for a total column only; null without amount columns. */
  readonly fundingYears: readonly number[] | null;
  /** The source has a funding-source column. */
  readonly hasFundingSources: boolean;
  /** The source has an expected-result column. */
  readonly hasExpectedResults: boolean;
}

/** A programme with nothing in it: what an unusable source gives, beside its issues. */
export function emptyProgramme(title = ""): Programme {
  return { title, tasks: [], agencies: [], years: null, extraColumns: [], fundingYears: null, hasFundingSources: false, hasExpectedResults: false };
}

export function allMeasures(programme: Programme): Measure[] {
  return programme.tasks.flatMap((t) => t.measures);
}
