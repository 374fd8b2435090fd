import type { Agency, AgencyKind } from "./model";
import { communityKey, isNamedDistrictAdministration } from "./namedBodies";
import { comparisonKey } from "./normalizeText";

const KIND_ORDER: readonly AgencyKind[] = [
  "oblastDepartment",
  "oblastInstitution",
  "territorialBody",
  "ngo",
  "districtAdministrations",
  "districtAdministration",
  "localSelfGovernment",
  "community",
];

export function agencyKey(name: string): string {
  return comparisonKey(name);
}

/** Classifies a body by the conventions of Ukrainian official names. */
export function classifyAgency(name: string): AgencyKind {
  const n = comparisonKey(name);
  if (/^районн\S* державн\S* адміністрац/u.test(n)) return "districtAdministrations";
  if (isNamedDistrictAdministration(n)) return "districtAdministration";
  // A class: every community, or every council of a kind («міські ради», «виконавчі комітети сільських рад»).
  if (/^(органи|орган) місцевого самоврядування/u.test(n) || /^територіальн\S* громад/u.test(n) || /^(виконавч\S* комітет\S* )?(міськ|сільськ|селищн)\S*( (та|і|й) (міськ|сільськ|селищн)\S*)? (рад|територіальн|громад)/u.test(n)) {
    return "localSelfGovernment";
  }
  if (communityKey(n) !== null) return "community";
  // «громадськ…» names an NGO as its form («громадська організація», «громадські об’єднання»), not as a word
  // inside a department's name («Департамент … комунікацій з громадськістю»).
  if (/^(департамент|управління|служба|відділ|сектор)(?=\s)/u.test(n) && /облдержадміністрац|обласн\S* (державн|військов)\S* адміністрац|(^|\s)(ода|ова)$/u.test(n)) return "oblastDepartment";
  if (/(благодійн|^громадськ|громадськ\S* (організац|об.єднан|спілк|формуванн|рух)|міжнародн\S* організац|фонд(?=\s|$)|^(бо|го)(?=[\s"]|$))/u.test(n)) return "ngo";
  if (/обласн\S* (державн|військов)\S* адміністрац|облдержадміністрац|(^|\s)(ода|ова)$/u.test(n)) return "oblastDepartment";
  if (/^(управління|департамент|служба|відділ|сектор)(?=\s)/u.test(n) && /(адміністрац|ради$|ради\s)/u.test(n)) return "oblastDepartment";
  // Territorial bodies of central authorities, also as abbreviated: «ГУНП в області», «ГУ ДМС в області».
  if (/(національн\S* поліці|україни|центр зайнятості|\s[ву] (\S+ )?області$|міжрегіональн|^гунп|^гу\s|^уп\s|^у?дмс|дснс|держпраці|держпродспоживслужб|(^|\s)сбу(\s|$)|прокуратур)/u.test(n)) {
    return "territorialBody";
  }
  return "oblastInstitution";
}

/** A printable short form: the oblast administration becomes "ОДА", the region tail is dropped, quotes become «». */
export function shortAgencyName(name: string): string {
  return name
    .replace(/,,\s*([^“”"]+?)\s*[“”"]/gu, "«$1»")
    .replace(/„\s*([^“”"]+?)\s*[“”"]/gu, "«$1»")
    .replace(/\s+\S+ обласної державної адміністрації/u, " ОДА")
    .replace(/\s+[ву]\s+\S+\s+області$/u, "")
    .replace(/^Головне управління Національної поліції/u, "ГУНП")
    .replace(/^Управління Державної міграційної служби України/u, "УДМС")
    .replace(/^благодійна організація/u, "БО")
    .replace(/^громадська організація/u, "ГО")
    .trim();
}

export interface AgencyOccurrence {
  readonly name: string;
  readonly consent: boolean;
  readonly measureCode: string;
}

export interface AgencyDirectory {
  readonly agencies: Agency[];
  readonly codeByKey: ReadonlyMap<string, string>;
}

/** One entry per body, whatever the capitalisation, spacing or consent marker of each mention. */
export function buildAgencyDirectory(occurrences: readonly AgencyOccurrence[]): AgencyDirectory {
  const byKey = new Map<string, { name: string; consent: boolean; measures: Set<string>; order: number }>();
  for (const occ of occurrences) {
    const key = agencyKey(occ.name);
    const entry = byKey.get(key);
    if (entry) {
      entry.consent ||= occ.consent;
      entry.measures.add(occ.measureCode);
    } else {
      byKey.set(key, { name: occ.name, consent: occ.consent, measures: new Set([occ.measureCode]), order: byKey.size });
    }
  }
  const sorted = [...byKey.entries()]
    .map(([key, e]) => ({ key, ...e, kind: classifyAgency(e.name) }))
    .sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || a.order - b.order);
  const codeByKey = new Map<string, string>();
  const agencies = sorted.map((e, index): Agency => {
    const code = `В${String(index + 1).padStart(2, "0")}`;
    codeByKey.set(e.key, code);
    return {
      code,
      key: e.key,
      name: e.name,
      shortName: shortAgencyName(e.name),
      kind: e.kind,
      byConsent: e.consent,
      measureCount: e.measures.size,
    };
  });
  return { agencies, codeByKey };
}
