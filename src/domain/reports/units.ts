import type { AgencyKind, Measure, Programme } from "../programme/model";
import { communityKey } from "../programme/namedBodies";
import { comparisonKey } from "../programme/normalizeText";
import { DISTRICT_ADMINISTRATIONS } from "../programme/referenceLists";
import { termYears } from "../programme/termYears";
import { districtCode, readDistrict, type Community } from "./communities";

export type UnitType = "oblastExecutor" | "districtAdministration" | "community";

/** One reporting unit: it fills in one report per period. */
export interface Unit {
  readonly code: string;
  readonly name: string;
  readonly shortName: string;
  readonly type: UnitType;
  /** A district administration's own code, or the district a community lies in (null: not known); absent for oblast executors. */
  readonly district?: string | null;
  /** A community the programme names itself, not one the oblast listed: it does not stand for the rest. */
  readonly named?: true;
}

const OBLAST_LEVEL: readonly AgencyKind[] = ["oblastDepartment", "oblastInstitution", "territorialBody", "ngo"];

/** "Уманська районна державна адміністрація" → "Уманська РДА". */
function shortDistrict(name: string): string {
  return name.replace(/\s+районна державна адміністрація$/u, " РДА");
}

/**
 * Every unit that reports: each oblast-level executor of the programme, the four district
 * administrations, and the territorial communities that the oblast lists in `pmCommunities`
 * (or the CLI's --communities), each with its district, then those the programme names that the list
 * does not hold. A district administration or community the programme names is that district's or that
 * community's unit, never a second one; a named district administration the oblast does not have reports
 * as an executor of its own.
 */
export function units(programme: Programme, communities: readonly Community[] = []): Unit[] {
  const listed = communities.map((c, i): Unit => ({ code: `Г${String(i + 1).padStart(2, "0")}`, name: c.name, shortName: shortCommunity(c.name), type: "community", district: c.district }));
  const known = new Set(listed.map((u) => communityKey(u.name) ?? comparisonKey(u.name)));
  const named: Unit[] = [];
  for (const a of programme.agencies) {
    const key = a.kind === "community" ? communityKey(a.name) : null;
    if (key === null || known.has(key)) continue;
    known.add(key);
    named.push({ code: `Г${String(listed.length + named.length + 1).padStart(2, "0")}`, name: a.name, shortName: shortCommunity(a.shortName), type: "community", district: null, named: true });
  }
  return [
    ...programme.agencies
      .filter((a) => OBLAST_LEVEL.includes(a.kind) || (a.kind === "districtAdministration" && readDistrict(a.name) === null))
      .map((a): Unit => ({ code: a.code, name: a.name, shortName: a.shortName, type: "oblastExecutor" })),
    ...DISTRICT_ADMINISTRATIONS.map((name, i): Unit => ({ code: districtCode(i), name, shortName: shortDistrict(name), type: "districtAdministration", district: districtCode(i) })),
    ...listed,
    ...named,
  ];
}

const shortCommunity = (name: string) => name.replace(/\s+територіальна громада$/u, " ТГ");

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
  const ownKey = unit.type === "community" ? communityKey(unit.name) : null;
  const isUnits = new Map(
    programme.agencies.map((a) => {
      switch (unit.type) {
        case "districtAdministration":
          return [a.code, a.kind === "districtAdministrations" || (a.kind === "districtAdministration" && readDistrict(a.name) === unit.code)] as const;
        case "community":
          return [a.code, a.kind === "localSelfGovernment" || (a.kind === "community" && ownKey !== null && communityKey(a.name) === ownKey)] as const;
        default:
          return [a.code, a.code === unit.code] as const;
      }
    }),
  );
  return programme.tasks.flatMap((t) =>
    t.measures.flatMap((m) => {
      if (year !== undefined && !inTerm(programme, m, year)) return [];
      const hits = m.executors.filter((e) => isUnits.get(e.agencyCode) === true);
      // Named and as one of a class in the same measure: required unless both are by consent.
      return hits.length > 0 ? [{ measure: m, consent: hits.every((h) => h.consent) }] : [];
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
