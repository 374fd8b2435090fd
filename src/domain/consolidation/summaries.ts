import type { Measure, Programme } from "../programme/model";
import { STATUSES } from "../programme/referenceLists";
import { periodDeadline } from "../reports/periods";
import { assignmentsOf, inTerm, type Unit } from "../reports/units";
import type { Status } from "../reports/validateReport";
import type { DataRow } from "./consolidate";
import { tenths } from "./figures";
import { measureSources, plannedForYear, sumPlanned } from "./plannedFunds";

export type StatusCounts = Record<Status, number>;

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

/** What a measure's reports add up to; see README «Зведений стан заходу». */
export type MeasureStatus = Status | "Немає звітів";

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
}

const emptyCounts = (): StatusCounts => Object.fromEntries(STATUSES.map((s) => [s, 0])) as StatusCounts;

function add(into: { statuses: StatusCounts; events: number; people: number; funds: number; received: number }, r: DataRow): void {
  into.statuses[r.status]++;
  into.events += r.events;
  into.people += r.people;
  into.funds += r.funds;
  into.received++;
}

/**
 * The aggregated status of a measure (README, «Зведений стан заходу»), from the reports of its expected
 * executors: none → «Немає звітів»; every expected executor reported «Виконано» → «Виконано»; every report
 * «Не виконано» → «Не виконано»; something done (a «Виконано» or «Виконано частково») together with something
 * not done (a «Не виконано», a «Виконано частково», or an expected report missing) → «Виконано частково»;
 * otherwise (work still going on, nothing finished) → «Виконується». A single «Виконано частково» makes the
 * measure «Виконано частково»: an executor that did only part of its share leaves the measure partly undone,
 * whatever the others report, and a summary that said «Виконується» or «Виконано» would hide that.
 */
export function measureStatus(statuses: StatusCounts, expected: number): MeasureStatus {
  const received = STATUSES.reduce((s, k) => s + statuses[k], 0);
  if (received === 0) return "Немає звітів";
  if (statuses["Виконано"] === received && received >= expected) return "Виконано";
  if (statuses["Не виконано"] === received) return "Не виконано";
  const somethingDone = statuses["Виконано"] + statuses["Виконано частково"] > 0;
  const somethingNotDone = statuses["Не виконано"] + statuses["Виконано частково"] > 0 || received < expected;
  return somethingDone && somethingNotDone ? "Виконано частково" : "Виконується";
}

/** The expected executors of each measure in a year: the units that report on it, while its term runs. */
function expectedUnits(programme: Programme, all: readonly Unit[], year: number): Map<string, Unit[]> {
  const byMeasure = new Map<string, Unit[]>();
  for (const unit of all) for (const a of assignmentsOf(programme, unit, year)) byMeasure.set(a.measure.code, [...(byMeasure.get(a.measure.code) ?? []), unit]);
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
      status: measureStatus(acc.statuses, units.length),
      narrative: narrativeOf(mine.filter((r) => r.info !== "" || r.reasons !== "").map((r) => `${short.get(r.unitCode) ?? r.unitCode}: ${[r.info, r.reasons].filter((x) => x !== "").join(" ")}`)),
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
  return { period, byTask, byMeasure, byUnit, byTerritory: territories(byUnit, inPeriod), total: sum(byTask) };
}

/** The four districts, each community, and the oblast level: every unit is in exactly one, so they add up. */
function territories(byUnit: readonly UnitSummary[], counted: readonly DataRow[]): TerritorySummary[] {
  const line = (code: string, name: string | null, units: readonly UnitSummary[]): TerritorySummary => {
    const codes = new Set(units.map((u) => u.code));
    const mine = counted.filter((r) => codes.has(r.unitCode));
    return {
      code,
      name,
      expected: units.reduce((n, u) => n + u.expected, 0),
      received: units.reduce((n, u) => n + u.received, 0),
      events: mine.reduce((n, r) => n + r.events, 0),
      people: mine.reduce((n, r) => n + r.people, 0),
      funds: tenths(mine.reduce((n, r) => n + r.funds, 0)),
    };
  };
  return [
    ...byUnit.filter((u) => u.type === "districtAdministration").map((u) => line(u.code, u.unit, [u])),
    ...byUnit.filter((u) => u.type === "community").map((u) => line(u.code, u.unit, [u])),
    line("oblast", null, byUnit.filter((u) => u.type === "oblastExecutor")),
  ];
}
