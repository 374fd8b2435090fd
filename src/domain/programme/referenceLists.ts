import type { Locale } from "../messages";
import type { Agency, Programme, YearSpan } from "./model";

export const STATUSES = ["Виконано", "Виконується", "Виконано частково", "Не виконано"] as const;

export const FUNDING_SOURCES = [
  "Державний бюджет",
  "Обласний бюджет",
  "Місцеві бюджети",
  "Інші джерела",
  "Не потребує фінансування",
] as const;

/** The four district state administrations of Cherkasy oblast since the 2020 raion reform. */
export const DISTRICT_ADMINISTRATIONS = [
  "Звенигородська районна державна адміністрація",
  "Золотоніська районна державна адміністрація",
  "Уманська районна державна адміністрація",
  "Черкаська районна державна адміністрація",
] as const;

export interface ReportingPeriod {
  readonly code: string;
  readonly label: string;
  readonly year: number;
}

const PERIOD_PARTS = [
  { suffix: "Q1", label: (y: number) => `I квартал ${y} року`, en: (y: number) => `Q1 ${y}` },
  { suffix: "H1", label: (y: number) => `I півріччя ${y} року`, en: (y: number) => `H1 ${y}` },
  { suffix: "9M", label: (y: number) => `9 місяців ${y} року`, en: (y: number) => `9 months of ${y}` },
  { suffix: "Y", label: (y: number) => `${y} рік`, en: (y: number) => `year ${y}` },
] as const;

/**
 * A period as the user's language names it: «I півріччя 2025 року», "H1 2025". The Ukrainian label is also the
 * one templates and «Дані» carry, the reporting contract; English is for what is shown and printed in English.
 */
export function periodLabel(code: string, locale: Locale): string {
  const m = /^(\d{4})-(Q1|H1|9M|Y)$/u.exec(code);
  const part = PERIOD_PARTS.find((p) => p.suffix === m?.[2]);
  if (m === null || part === undefined) return code;
  return locale === "en" ? part.en(Number(m[1])) : part.label(Number(m[1]));
}

export function reportingPeriods(years: YearSpan | null): ReportingPeriod[] {
  if (!years) return [];
  const out: ReportingPeriod[] = [];
  for (let year = years.from; year <= years.to; year++) {
    for (const part of PERIOD_PARTS) out.push({ code: `${year}-${part.suffix}`, label: part.label(year), year });
  }
  return out;
}

export type ReportingUnitType = "oblastExecutor" | "districtAdministration";

export interface ReportingUnit {
  readonly code: string;
  readonly name: string;
  readonly type: ReportingUnitType;
}

const OBLAST_LEVEL: readonly Agency["kind"][] = ["oblastDepartment", "oblastInstitution", "territorialBody", "ngo"];

/** Who submits reports: each concrete oblast-level executor and each district administration. */
export function reportingUnits(programme: Programme): ReportingUnit[] {
  const executors = programme.agencies
    .filter((a) => OBLAST_LEVEL.includes(a.kind))
    .map((a): ReportingUnit => ({ code: a.code, name: a.name, type: "oblastExecutor" }));
  const districts = DISTRICT_ADMINISTRATIONS.map(
    (name, i): ReportingUnit => ({ code: `Р${String(i + 1).padStart(2, "0")}`, name, type: "districtAdministration" }),
  );
  return [...executors, ...districts];
}
