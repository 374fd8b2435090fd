import type { YearSpan } from "../programme/model";
import { reportingPeriods, type ReportingPeriod } from "../programme/referenceLists";

export type PeriodPart = "Q1" | "H1" | "9M" | "Y";

export type PeriodReading =
  | { readonly kind: "ok"; readonly period: ReportingPeriod }
  | { readonly kind: "unknown" }
  | { readonly kind: "outsideTerm"; readonly code: string }
  | { readonly kind: "future"; readonly period: ReportingPeriod };

const END_MONTH: Record<PeriodPart, number> = { Q1: 3, H1: 6, "9M": 9, Y: 12 };

/** The last day of a cumulative period, as an ISO date. */
export function periodEnd(code: string): string {
  const [year, part] = code.split("-") as [string, PeriodPart];
  const month = END_MONTH[part];
  const last = new Date(Date.UTC(Number(year), month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, "0")}-${String(last).padStart(2, "0")}`;
}

/** Reports are due by the 20th of the month after the period ends. */
export function periodDeadline(code: string): string {
  const [year, part] = code.split("-") as [string, PeriodPart];
  const month = END_MONTH[part];
  const y = month === 12 ? Number(year) + 1 : Number(year);
  const m = month === 12 ? 1 : month + 1;
  return `${y}-${String(m).padStart(2, "0")}-20`;
}

/** The text has every І/I as Latin "i" by now, so the patterns spell Ukrainian words with it. */
function partOf(text: string): PeriodPart | null {
  if (/^(i|1|перш\S*)(-?й|-?ий)? квартал$/u.test(text)) return "Q1";
  if (/^(i|1|перш\S*)(-?е)? пiврiччя$/u.test(text)) return "H1";
  if (/^(9|дев'ять) мiсяцiв$/u.test(text)) return "9M";
  if (text === "") return "Y";
  return null;
}

/**
 * A period as people type it: "I півріччя 2025 року" (Latin or Cyrillic I), "1 півріччя 2025 р.",
 * "перше півріччя 2025", "9 місяців 2025", "2025 рік", "2025", or a code "2025-H1".
 */
export function readPeriod(raw: string, years: YearSpan | null, asOf: string): PeriodReading {
  const text = raw
    .toLocaleLowerCase("uk-UA")
    .replace(/[іІI]/gu, "i")
    .replace(/[’'ʼ`]/gu, "'")
    .replace(/\s+/gu, " ")
    .trim();
  let code: string | null = null;
  const direct = /^(\d{4})-(q1|h1|9m|y)$/u.exec(text);
  if (direct) code = `${direct[1]}-${(direct[2] as string).toUpperCase()}`;
  else {
    const year = /(19|20)\d{2}/u.exec(text);
    if (year) {
      const words = text.replace(year[0], " ").split(" ").filter((w) => w !== "" && !["року", "рiк", "р.", "р", "за"].includes(w));
      const part = partOf(words.join(" "));
      if (part) code = `${year[0]}-${part}`;
    }
  }
  if (code === null) return { kind: "unknown" };
  const period = reportingPeriods(years).find((p) => p.code === code);
  if (!period) return { kind: "outsideTerm", code };
  if (periodEnd(code) > asOf) return { kind: "future", period };
  return { kind: "ok", period };
}
