import type { Measure, Programme } from "../programme/model";
import { STATUSES } from "../programme/referenceLists";
import { periodDeadline } from "../reports/periods";
import { assignmentsOf, type Unit } from "../reports/units";
import type { Status } from "../reports/validateReport";
import type { DataRow } from "./consolidate";

export type StatusCounts = Record<Status, number>;

export interface Figures {
  readonly expected: number;
  readonly received: number;
  readonly statuses: StatusCounts;
  readonly events: number;
  readonly people: number;
  readonly funds: number;
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
  readonly onTime: boolean | null;
  readonly submitted: string | null;
  /** Every assignment of the unit is «за згодою»: a missing report is no breach of duty. */
  readonly byConsent: boolean;
}

export interface Summaries {
  readonly period: string;
  readonly byTask: readonly TaskSummary[];
  readonly byMeasure: readonly MeasureSummary[];
  readonly byUnit: readonly UnitSummary[];
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
 * The aggregated status of a measure: no report → «Немає звітів»; every expected executor reported
 * «Виконано» → «Виконано»; every report «Не виконано» → «Не виконано»; some done and some not (or
 * missing) → «Виконано частково»; otherwise → «Виконується».
 */
export function measureStatus(statuses: StatusCounts, expected: number): MeasureStatus {
  const received = STATUSES.reduce((s, k) => s + statuses[k], 0);
  if (received === 0) return "Немає звітів";
  if (statuses["Виконано"] === received && received >= expected) return "Виконано";
  if (statuses["Не виконано"] === received) return "Не виконано";
  if (statuses["Виконано"] + statuses["Виконано частково"] > 0 && (statuses["Не виконано"] > 0 || received < expected || statuses["Виконано частково"] > 0)) return "Виконано частково";
  return "Виконується";
}

/** The expected executors of each measure: the units that report on it. */
function expectedUnits(programme: Programme, all: readonly Unit[]): Map<string, Unit[]> {
  const byMeasure = new Map<string, Unit[]>();
  for (const unit of all) for (const a of assignmentsOf(programme, unit)) byMeasure.set(a.measure.code, [...(byMeasure.get(a.measure.code) ?? []), unit]);
  return byMeasure;
}

/** "Уманська РДА: проведено …; Черкаська РДА: …." — one sentence, no ".;" where a report's text ended with a full stop. */
function narrativeOf(parts: readonly string[]): string {
  const trimmed = parts.map((p) => p.replace(/[\s.;]+$/u, "")).filter((p) => p !== "");
  return trimmed.length === 0 ? "" : `${trimmed.join("; ")}.`;
}

/** Every summary of one period, built from the data rows and the programme. */
export function summarise(programme: Programme, all: readonly Unit[], rows: readonly DataRow[], period: string): Summaries {
  const inPeriod = rows.filter((r) => r.period === period);
  const expected = expectedUnits(programme, all);
  const short = new Map(all.map((u) => [u.code, u.shortName]));
  const measureFigures = (m: Measure): MeasureSummary => {
    const units = expected.get(m.code) ?? [];
    const acc = { statuses: emptyCounts(), events: 0, people: 0, funds: 0, received: 0 };
    const mine = inPeriod.filter((r) => r.measureCode === m.code && units.some((u) => u.code === r.unitCode));
    for (const r of mine) add(acc, r);
    return {
      measure: m.code,
      task: m.taskCode,
      text: m.text,
      term: m.term,
      executors: m.executors.map((e) => e.name).join("; "),
      expected: units.length,
      ...acc,
      status: measureStatus(acc.statuses, units.length),
      narrative: narrativeOf(mine.filter((r) => r.info !== "" || r.reasons !== "").map((r) => `${short.get(r.unitCode) ?? r.unitCode}: ${[r.info, r.reasons].filter((x) => x !== "").join(" ")}`)),
    };
  };
  const byMeasure = programme.tasks.flatMap((t) => t.measures.map(measureFigures));
  const sum = (list: readonly Figures[]): Figures => {
    const statuses = emptyCounts();
    for (const f of list) for (const s of STATUSES) statuses[s] += f.statuses[s];
    return {
      expected: list.reduce((s, f) => s + f.expected, 0),
      received: list.reduce((s, f) => s + f.received, 0),
      statuses,
      events: list.reduce((s, f) => s + f.events, 0),
      people: list.reduce((s, f) => s + f.people, 0),
      funds: Math.round(list.reduce((s, f) => s + f.funds, 0) * 1000) / 1000,
    };
  };
  const byTask = programme.tasks.map((t): TaskSummary => ({ task: t.code, name: t.name, measures: t.measures.length, ...sum(byMeasure.filter((m) => m.task === t.code)) }));
  const deadline = periodDeadline(period);
  const byUnit = all.map((u): UnitSummary => {
    const assignments = assignmentsOf(programme, u);
    const mine = inPeriod.filter((r) => r.unitCode === u.code && assignments.some((a) => a.measure.code === r.measureCode));
    const submitted = mine.find((r) => r.submitted !== null)?.submitted ?? null;
    return {
      unit: u.shortName,
      code: u.code,
      type: u.type,
      expected: assignments.length,
      received: mine.length,
      reported: mine.length > 0,
      onTime: mine.length === 0 ? null : submitted === null ? null : submitted <= deadline,
      submitted,
      byConsent: assignments.length > 0 && assignments.every((a) => a.consent),
    };
  });
  return { period, byTask, byMeasure, byUnit, total: sum(byTask) };
}
