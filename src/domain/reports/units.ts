import type { AgencyKind, Measure, Programme } from "../programme/model";
import { comparisonKey } from "../programme/normalizeText";
import { DISTRICT_ADMINISTRATIONS } from "../programme/referenceLists";
import { termYears } from "../programme/termYears";
import { districtCode, type Community } from "./communities";

export type UnitType = "oblastExecutor" | "districtAdministration" | "community";

/** One reporting unit: it fills in one report per period. */
export interface Unit {
  readonly code: string;
  readonly name: string;
  readonly shortName: string;
  readonly type: UnitType;
  /** A district administration's own code, or the district a community lies in (null: not known); absent for oblast executors. */
  readonly district?: string | null;
}

const OBLAST_LEVEL: readonly AgencyKind[] = ["oblastDepartment", "oblastInstitution", "territorialBody", "ngo"];

/** "Уманська районна державна адміністрація" → "Уманська РДА". */
function shortDistrict(name: string): string {
  return name.replace(/\s+районна державна адміністрація$/u, " РДА");
}

/**
 * Every unit that reports: each oblast-level executor of the programme, the four district
 * administrations, and the territorial communities that the oblast lists in `pmCommunities`
 * (or the CLI's --communities), each with its district.
 */
export function units(programme: Programme, communities: readonly Community[] = []): Unit[] {
  return [
    ...programme.agencies.filter((a) => OBLAST_LEVEL.includes(a.kind)).map((a): Unit => ({ code: a.code, name: a.name, shortName: a.shortName, type: "oblastExecutor" })),
    ...DISTRICT_ADMINISTRATIONS.map((name, i): Unit => ({ code: districtCode(i), name, shortName: shortDistrict(name), type: "districtAdministration", district: districtCode(i) })),
    ...communities.map((c, i): Unit => ({ code: `Г${String(i + 1).padStart(2, "0")}`, name: c.name, shortName: c.name.replace(/\s+територіальна громада$/u, " ТГ"), type: "community", district: c.district })),
  ];
}

export interface Assignment {
  readonly measure: Measure;
  /** "(за згодою)": a missing report from such an executor is no breach of duty. */
  readonly consent: boolean;
}

/** Whether a measure's term covers a year; a term that cannot be read covers the whole programme. */
export function inTerm(programme: Programme, measure: Measure, year: number): boolean {
  const { years } = termYears(measure, programme.years);
  return years.length === 0 || years.includes(year);
}

/**
 * The measures a unit reports on: its own, or those given to its whole class of bodies; with a year,
 * only those whose term covers it (a measure that ended in 2023 is not expected in 2025).
 */
export function assignmentsOf(programme: Programme, unit: Unit, year?: number): Assignment[] {
  const kindOf = new Map(programme.agencies.map((a) => [a.code, a.kind]));
  const classKind: AgencyKind | null = unit.type === "districtAdministration" ? "districtAdministrations" : unit.type === "community" ? "localSelfGovernment" : null;
  return programme.tasks.flatMap((t) =>
    t.measures.flatMap((m) => {
      if (year !== undefined && !inTerm(programme, m, year)) return [];
      const hit = m.executors.find((e) => (classKind === null ? e.agencyCode === unit.code : kindOf.get(e.agencyCode) === classKind));
      return hit ? [{ measure: m, consent: hit.consent }] : [];
    }),
  );
}

export type UnitReading = { readonly kind: "ok"; readonly unit: Unit } | { readonly kind: "unknown" } | { readonly kind: "ambiguous"; readonly candidates: readonly Unit[] };

/** A unit as people write it: full or short name, its code, any case, apostrophe or spacing. */
export function readUnit(raw: string, all: readonly Unit[]): UnitReading {
  const key = comparisonKey(raw);
  if (key === "") return { kind: "unknown" };
  const exact = all.filter((u) => [u.name, u.shortName, u.code].some((n) => comparisonKey(n) === key));
  if (exact.length === 1) return { kind: "ok", unit: exact[0] as Unit };
  if (exact.length > 1) return { kind: "ambiguous", candidates: exact };
  const partial = all.filter((u) => comparisonKey(u.name).includes(key) || key.includes(comparisonKey(u.shortName)));
  if (partial.length === 1) return { kind: "ok", unit: partial[0] as Unit };
  return partial.length > 1 ? { kind: "ambiguous", candidates: partial } : { kind: "unknown" };
}
