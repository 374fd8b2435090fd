import type { MessageKey } from "../messages";
import { namesPerson } from "./personNames";

/** Kinds of personal data that must never reach a published report about victims of trafficking. */
export type PersonalData = "phone" | "email" | "fullName" | "birthDate" | "idNumber" | "address";

// Compile-time guarantee that every kind is named to the user in the catalogue («privacy.address» …).
export const EVERY_KIND_HAS_TEXT: `privacy.${PersonalData}` extends MessageKey ? true : never = true;

const DATE = String.raw`(?:\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d{2}|\d{1,2}\s+(?:січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня)\s+(?:19|20)\d{2})`;
const YEAR = String.raw`(?:19|20)\d{2}`;
/** «р.н.», «р. н.», «року народження» after a date or a year; «р. на …» is no birth. */
const BORN_AFTER = String.raw`\s*(?:р\.?\s?н\.?(?!\p{L})|(?:року|р\.)\s+народження)`;
const BORN_BEFORE = String.raw`(?:народ\p{L}*|дата народження|д\.\s?н\.|р\.\s?н\.|д\/н)\s*[:–—-]?\s*(?:у\s+|в\s+)?`;

const PATTERNS: readonly [PersonalData, RegExp][] = [
  // Bounded and starting only where a run of address characters starts: a 32,767-character word costs no more than it is long.
  ["email", /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}.-]{1,253}\.\p{L}{2,24}/u],
  // Mobile and landline numbers with a 0 trunk prefix; toll-free «0 800 …» lines of services are public.
  ["phone", /(?<![\d+])(\+?38[\s-]?)?\(?0(?![\s-]?800)[\s-]?\d{2}\)?[\s-]?\d{3}[\s-]?\d{2}[\s-]?\d{2}(?!\d)/u],
  ["birthDate", new RegExp(`(?:${DATE}|(?<!\\d)${YEAR})${BORN_AFTER}|${BORN_BEFORE}(?:${DATE}|${YEAR})`, "iu")],
  ["idNumber", /(РНОКПП|ІПН|ідентифікаційн\p{L}* (код|номер)|паспорт\p{L}*|ID-картк\p{L}*|свідоцтв\p{L}* про народження|посвідк\p{L}*)[^\d\n]{0,25}\d{6,10}|(?<!\d)\d{10}(?!\d)|(?<!\d)\d{8}-\d{5}(?!\d)/iu],
  // A home address: «проживає за адресою», or a flat number after a house number («12, кв. 45»).
  ["address", /(прожива\p{L}*|мешка\p{L}*|зареєстрован\p{L}*|місце проживання)[^.;\n]{0,20}за адресою|(?<!\d)\d{1,5}(?:[/-]\d{1,4})?\s*\p{L}?,?\s*(кв\.|квартира)\s?№?\s?\d{1,4}(?!\d)/iu],
];

/**
 * Finds the kinds of personal data a free text seems to hold. Names of bodies, places, streets, laws and
 * programmes do not match (tests/fixtures/privacy holds the texts that must and must not be flagged).
 */
export function findPersonalData(text: string): PersonalData[] {
  const found = PATTERNS.filter(([, re]) => re.test(text)).map(([kind]) => kind);
  return namesPerson(text) ? [...found, "fullName"] : found;
}
