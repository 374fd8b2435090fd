import type { Measure, Programme } from "../programme/model";
import { STATUSES } from "../programme/referenceLists";
import { periodDeadline } from "../reports/periods";
import { assignmentsOf, inTerm, type Unit } from "../reports/units";
import type { DataRow } from "./consolidate";
import { tenths } from "./figures";
import { measureStatus, type MeasureStatus, type StatusCounts } from "./measureStatus";
import { notReportedOn, reportingOf, type ExpectedExecutor, type Reporting } from "./reporting";
import { measureSources, plannedForYear, sumPlanned } from "./plannedFunds";

export { measureStatus, type MeasureStatus, type StatusCounts } from "./measureStatus";

export interface Figures {
  readonly expected: number;
  readonly received: number;
  readonly statuses: StatusCounts;
  readonly events: number;
  readonly people: number;
  readonly funds: number;
  /** The programme's plan for the period's year, тис. грн as shown; null where it plans nothing (see `plannedForYear`). */
  readonly planned: number | null;
}

export interface TaskSummary extends Figures {
  readonly task: string;
  readonly name: string;
  readonly measures: number;
}

export interface MeasureSummary extends Figures {
  readonly measure: string;
  readonly task: string;
  readonly text: string;
  readonly term: string;
  readonly executors: string;
  /** The programme's funding sources, or those the reports name where it has none (see `measureSources`). */
  readonly sources: readonly string[];
  readonly status: MeasureStatus;
  readonly narrative: string;
  /** Expected executors that sent nothing on it: required ones leave it less than done, those «за згодою» are only listed. */
  readonly notReported: { readonly required: readonly string[]; readonly byConsent: readonly string[] };
}

export interface UnitSummary {
  readonly unit: string;
  readonly code: string;
  readonly type: Unit["type"];
  readonly expected: number;
  readonly received: number;
  readonly reported: boolean;
  /** Judged by the first submission, so that a correction does not make a unit late. */
  readonly onTime: boolean | null;
  /** «Дата подання» of the version taken, and of the first version when a correction replaced it. */
  readonly submitted: string | null;
  readonly firstSubmitted: string | null;
  /** Every assignment of the unit is «за згодою»: a missing report is no breach of duty. */
  readonly byConsent: boolean;
}

/** A district, a community, or the oblast level (every oblast executor together). */
export interface TerritorySummary {
  readonly code: string;
  /** Null for the oblast level, which each language names its own way. */
  readonly name: string | null;
  /** The district a district administration or a community belongs to (null: the oblast level, or not known). */
  readonly district: string | null;
  readonly expected: number;
  readonly received: number;
  readonly events: number;
  readonly people: number;
  readonly funds: number;
}

export interface Summaries {
  readonly period: string;
  readonly byTask: readonly TaskSummary[];
  readonly byMeasure: readonly MeasureSummary[];
  readonly byUnit: readonly UnitSummary[];
  readonly byTerritory: readonly TerritorySummary[];
  readonly total: Figures;
  /** Executors that reported, required and by consent apart. */
  readonly reporting: Reporting;
}

const emptyCounts = (): StatusCounts => Object.fromEntries(STATUSES.map((s) => [s, 0])) as StatusCounts;

function add(into: { statuses: StatusCounts; events: number; people: number; funds: number; received: number }, r: DataRow): void {
  into.statuses[r.status]++;
  into.events += r.events;
  into.people += r.people;
  into.funds += r.funds;
  into.received++;
}

/** The expected executors of each measure in a year, each with its consent there: the units that report on it, while its term runs. */
function expectedUnits(programme: Programme, all: readonly Unit[], year: number): Map<string, ExpectedExecutor[]> {
  const byMeasure = new Map<string, ExpectedExecutor[]>();
  for (const unit of all) for (const a of assignmentsOf(programme, unit, year)) byMeasure.set(a.measure.code, [...(byMeasure.get(a.measure.code) ?? []), { code: unit.code, consent: a.consent }]);
  return byMeasure;
}

/** "Уманська РДА: проведено …; Черкаська РДА: …." — one sentence, no ".;" where a report's text ended with a full stop. */
function narrativeOf(parts: readonly string[]): string {
  const trimmed = parts.map((p) => p.replace(/[\s.;]+$/u, "")).filter((p) => p !== "");
  return trimmed.length === 0 ? "" : `${trimmed.join("; ")}.`;
}

/**
 * Every summary of one period, built from the data rows and the programme. Only rows of a unit on a measure
 * assigned to it and in its term for the period's year count, in every summary alike, so each adds up to «Зведення»; funds are added as shown.
 */
export function summarise(programme: Programme, all: readonly Unit[], rows: readonly DataRow[], period: string): Summaries {
  const year = Number(period.slice(0, 4));
  const expected = expectedUnits(programme, all, year);
  const inPeriod = rows.filter((r) => r.period === period && (expected.get(r.measureCode) ?? []).some((u) => u.code === r.unitCode));
  const short = new Map(all.map((u) => [u.code, u.shortName]));
  const measureFigures = (m: Measure): MeasureSummary => {
    const units = expected.get(m.code) ?? [];
    const acc = { statuses: emptyCounts(), events: 0, people: 0, funds: 0, received: 0 };
    const mine = inPeriod.filter((r) => r.measureCode === m.code);
    for (const r of mine) add(acc, r);
    acc.funds = tenths(acc.funds);
    const notReported = notReportedOn(units, new Set(mine.map((r) => r.unitCode)));
    return {
      measure: m.code,
      task: m.taskCode,
      text: m.text,
      term: m.term,
      executors: m.executors.map((e) => e.name).join("; "),
      sources: measureSources(m, mine.map((r) => r.source)),
      expected: units.length,
      ...acc,
      planned: plannedForYear(programme, m, year),
      status: measureStatus(acc.statuses, notReported.required.length),
      narrative: narrativeOf(mine.filter((r) => r.info !== "" || r.reasons !== "").map((r) => `${short.get(r.unitCode) ?? r.unitCode}: ${[r.info, r.reasons].filter((x) => x !== "").join(" ")}`)),
      notReported,
    };
  };
  // A measure whose term does not cover the period's year is not expected, so it is in no summary of the period.
  const byMeasure = programme.tasks.flatMap((t) => t.measures.filter((m) => inTerm(programme, m, year)).map(measureFigures));
  const sum = (list: readonly Figures[]): Figures => {
    const statuses = emptyCounts();
    for (const f of list) for (const s of STATUSES) statuses[s] += f.statuses[s];
    return {
      expected: list.reduce((s, f) => s + f.expected, 0),
      received: list.reduce((s, f) => s + f.received, 0),
      statuses,
      events: list.reduce((s, f) => s + f.events, 0),
      people: list.reduce((s, f) => s + f.people, 0),
      funds: tenths(list.reduce((s, f) => s + f.funds, 0)),
      planned: sumPlanned(list.map((f) => f.planned)),
    };
  };
  const byTask = programme.tasks.map((t): TaskSummary => ({ task: t.code, name: t.name, measures: byMeasure.filter((m) => m.task === t.code).length, ...sum(byMeasure.filter((m) => m.task === t.code)) }));
  const deadline = periodDeadline(period);
  const byUnit = all.map((u): UnitSummary => {
    const assignments = assignmentsOf(programme, u, year);
    const mine = inPeriod.filter((r) => r.unitCode === u.code);
    const submitted = mine.find((r) => r.submitted !== null)?.submitted ?? null;
    const first = mine.find((r) => r.submitted !== null)?.firstSubmitted ?? submitted;
    return {
      unit: u.shortName,
      code: u.code,
      type: u.type,
      expected: assignments.length,
      received: mine.length,
      reported: mine.length > 0,
      onTime: mine.length === 0 || first === null ? null : first <= deadline,
      submitted,
      firstSubmitted: first,
      byConsent: assignments.length > 0 && assignments.every((a) => a.consent),
    };
  });
  return { period, byTask, byMeasure, byUnit, byTerritory: territories(byUnit, all, inPeriod), total: sum(byTask), reporting: reportingOf(byUnit) };
}

/**
 * Each district administration with the communities of its district under it, the communities whose district
 * is not known, and the oblast level: every unit is in exactly one line, so they add up.
 */
function territories(byUnit: readonly UnitSummary[], all: readonly Unit[], counted: readonly DataRow[]): TerritorySummary[] {
  const districtOf = new Map(all.map((u) => [u.code, u.district ?? null]));
  const line = (code: string, name: string | null, units: readonly UnitSummary[]): TerritorySummary => {
    const codes = new Set(units.map((u) => u.code));
    const mine = counted.filter((r) => codes.has(r.unitCode));
    return {
      code,
      name,
      district: districtOf.get(code) ?? null,
      expected: units.reduce((n, u) => n + u.expected, 0),
      received: units.reduce((n, u) => n + u.received, 0),
      events: mine.reduce((n, r) => n + r.events, 0),
      people: mine.reduce((n, r) => n + r.people, 0),
      funds: tenths(mine.reduce((n, r) => n + r.funds, 0)),
    };
  };
  const communities = byUnit.filter((u) => u.type === "community");
  const districts = byUnit.filter((u) => u.type === "districtAdministration");
  const known = new Set(districts.map((d) => d.code));
  return [
    ...districts.flatMap((d) => [d, ...communities.filter((c) => districtOf.get(c.code) === d.code)].map((u) => line(u.code, u.unit, [u]))),
    ...communities.filter((c) => !known.has(districtOf.get(c.code) ?? "")).map((u) => line(u.code, u.unit, [u])),
    line("oblast", null, byUnit.filter((u) => u.type === "oblastExecutor")),
  ];
}
