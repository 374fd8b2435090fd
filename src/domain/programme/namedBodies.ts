import { comparisonKey } from "./normalizeText";

/** The kind of settlement a community is named for: «міська», «сільська», «селищна» in any case form. */
const SETTLEMENT = /^(міськ|сільськ|селищн)/u;
/** What follows the settlement: the community, its council, or their abbreviation. */
const BODY = /^(територіальн|громад|рад|тг$)/u;
/** A case ending of the place's adjective: «Уманська», «Уманської», «Уманській» share «уманськ». */
const ending = (word: string) => word.replace(/(ою|ої|ій|ого|ому|ий|а|у|і|е)$/u, "");

/**
 * One community as any of its bodies is written: «Уманська міська територіальна громада», «Уманська міська
 * рада», «виконавчий комітет Уманської міської ради», «Уманська міська ТГ» all give «уманськ міськ».
 * Null: not a community named by its place (a class such as «міські ради», or another body).
 */
export function communityKey(name: string): string | null {
  const words = comparisonKey(name)
    .replace(/^виконавч\S*\s+комітет\S*\s+/u, "")
    .split(/\s+/u);
  const [place, settlement, body] = words;
  if (place === undefined || settlement === undefined || body === undefined) return null;
  const kind = SETTLEMENT.exec(settlement)?.[1];
  if (kind === undefined || SETTLEMENT.test(place) || !BODY.test(body)) return null;
  return `${ending(place)} ${kind}`;
}

/** «Уманська районна державна адміністрація», «Уманська РДА»: one district administration named by its district. */
export function isNamedDistrictAdministration(name: string): boolean {
  const key = comparisonKey(name);
  if (/^районн/u.test(key)) return false;
  return /^\S+\s+районн\S*\s+(державн|військов)\S*\s+адміністрац/u.test(key) || /^\S+\s+р[дв]а$/u.test(key);
}
