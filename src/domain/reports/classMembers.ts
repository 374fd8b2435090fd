import { issue, type Issue, type IssueLocation } from "../issues";
import type { AgencyKind, Programme } from "../programme/model";
import { assignmentsOf, inTerm, type Unit, type UnitType } from "./units";

/**
 * The class of bodies a programme names as one executor whose members the oblast lists itself, and the units
 * it stands for. The district administrations are a class too, but their four members are always known.
 */
const MEMBERS: Readonly<Partial<Record<AgencyKind, UnitType>>> = { localSelfGovernment: "community" };

/** A class executor («органи місцевого самоврядування») that stands for no unit: nobody reports for it. */
export interface EmptyClass {
  readonly code: string;
  readonly name: string;
  /** The measures that name it (in the year's term, given a year). */
  readonly measures: number;
  /** Of those, the ones no unit at all is expected to report on. */
  readonly withoutExecutor: readonly string[];
  /** The communities the programme names one by one: they report for the class, the oblast's others do not. */
  readonly named: number;
}

/** The class executors with no members among the units, and what that leaves without an executor. */
export function emptyClasses(programme: Programme, all: readonly Unit[], year?: number): EmptyClass[] {
  const covered = new Set(all.flatMap((u) => assignmentsOf(programme, u, year).map((a) => a.measure.code)));
  const measures = programme.tasks.flatMap((t) => t.measures).filter((m) => year === undefined || inTerm(programme, m, year));
  return programme.agencies.flatMap((a) => {
    const type = MEMBERS[a.kind];
    // The communities a programme names itself do not stand for the oblast's other communities.
    if (type === undefined || all.some((u) => u.type === type && u.named !== true)) return [];
    const given = measures.filter((m) => m.executors.some((e) => e.agencyCode === a.code));
    const named = all.filter((u) => u.type === type && u.named === true).length;
    return [{ code: a.code, name: a.name, measures: given.length, withoutExecutor: given.filter((m) => !covered.has(m.code)).map((m) => m.code), named }];
  });
}

/** A warning for each empty class, saying what it leaves out and how to add its members. */
export function emptyClassIssues(programme: Programme, all: readonly Unit[], year?: number, where: IssueLocation = {}): Issue[] {
  return emptyClasses(programme, all, year).map((c) =>
    c.named > 0
      ? issue("units.onlyNamedCommunities", "warning", where, { name: c.name, measures: c.measures, named: c.named })
      : issue("units.noCommunities", "warning", where, { name: c.name, measures: c.measures, orphans: c.withoutExecutor.length, codes: c.withoutExecutor.length === 0 ? "" : ` (${c.withoutExecutor.join(", ")})` }),
  );
}
