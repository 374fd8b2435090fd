import { classifyAgency } from "./agencies";
import type { AgencyKind } from "./model";
import { cleanCellText, joinHyphenatedLines } from "./normalizeText";

export interface WrittenExecutor {
  readonly name: string;
  readonly consent: boolean;
}

/** "(за згодою)" as the document writes it, and "(by consent)" as the English «Програма» sheet does. */
const CONSENT = /\(\s*(за\s+згодою|by\s+consent)\s*\)/iu;
const ALL_CONSENT = new RegExp(CONSENT.source, "giu");
/** "…, за згодою" without parentheses, as some documents write it after the body it qualifies. */
const BARE_CONSENT = /(?:^|[\s,;]+)за\s+згодою[\s.]*$/iu;

/**
 * Lower-case words that open the name of a new body inside an executor list.
 * Any other lower-case fragment continues the previous name, because official
 * names list their fields with commas ("… у справах сім’ї, молоді та спорту …").
 */
const NEW_BODY_OPENERS = [
  "районн", "орган", "благодійн", "громадськ", "міжнародн", "місцев", "виконавч", "територіальн",
  "сільськ", "селищн", "міськ", "заклад", "установ", "суб’єкт", "структурн", "підрозділ",
  "центр", "служб", "управлінн", "відділ", "релігійн", "волонтерськ", "представництв", "фонд",
  "департамент", "комунальн", "державн", "об’єднан", "обласн",
];

interface Fragment {
  readonly text: string;
  readonly separator: string;
}

/** A line break in the cell: one body per line is the common layout, but a name may also wrap onto the next line. */
const PARAGRAPH = "\u2029";

/** Splits on top-level "," and ";" — never inside parentheses or any style of quotes, including ,,…“. */
function splitTopLevel(text: string): Fragment[] {
  const out: Fragment[] = [];
  let depth = 0;
  let closers: string | null = null;
  let current = "";
  let separator = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    const next = text[i + 1];
    if (closers !== null) {
      current += ch;
      if (closers.includes(ch)) closers = null;
      continue;
    }
    if (ch === "," && next === ",") {
      current += ",,";
      i++;
      closers = "“”\"»";
      continue;
    }
    if (ch === "„" || ch === "«" || ch === '"') {
      current += ch;
      closers = ch === "«" ? "»" : "“”\"";
      continue;
    }
    if (ch === "“") {
      current += ch;
      closers = "”\"";
      continue;
    }
    if (ch === "(") depth++;
    if (ch === ")" && depth > 0) depth--;
    if ((ch === "," || ch === ";" || ch === PARAGRAPH) && depth === 0) {
      out.push({ text: current, separator });
      current = "";
      separator = ch;
      continue;
    }
    current += ch;
  }
  out.push({ text: current, separator });
  return out;
}

function opensNewBody(fragment: string): boolean {
  const first = fragment.charAt(0);
  if (first === "") return false;
  if (first !== first.toLocaleLowerCase("uk-UA")) return true;
  const lower = fragment.toLocaleLowerCase("uk-UA");
  return NEW_BODY_OPENERS.some((opener) => lower.startsWith(opener));
}

function stripListPunctuation(text: string): string {
  return text.replace(/[\s.,;]+$/u, "").replace(/^[\s.,;]+/u, "");
}

/** Bodies of the administration itself: a trailing «(за згодою)» never reaches back over them. */
const ADMINISTRATION: readonly AgencyKind[] = ["oblastDepartment", "oblastInstitution", "districtAdministrations", "districtAdministration"];

/**
 * Parses one executors cell into the bodies it names, each with its «(за згодою)» flag.
 *
 * A mark written once after a group of bodies («…, ГУНП в області, ГУ ДМС в області (за згодою)») applies
 * to each of them: it reaches back over the bodies before it that are not the administration's own
 * (territorial bodies of central authorities, communities, NGOs) and stops at the first body that is
 * (a department, an oblast institution, the district administrations), at a body with a mark of its own,
 * and at a «;», which closes a list. Commas and line breaks do not stop it.
 */
export function splitExecutors(cell: string): WrittenExecutor[] {
  const merged: { text: string; opener: string }[] = [];
  let closed = false;
  for (const fragment of splitTopLevel(cleanCellText(joinHyphenatedLines(cell).replace(/[ \t\u00A0]*\r?\n[ \t\u00A0]*/gu, PARAGRAPH)))) {
    const text = stripListPunctuation(fragment.text);
    // «;» then a line break: the list is closed by the «;», whatever comes after it.
    if (fragment.separator === ";") closed = true;
    if (text === "") continue;
    const last = merged[merged.length - 1];
    if (last !== undefined && !opensNewBody(text)) {
      // A lower-case line or fragment continues the name before it (a wrapped line, or a comma inside the name).
      last.text = `${last.text}${fragment.separator === PARAGRAPH ? "" : fragment.separator} ${text}`;
    } else {
      merged.push({ text, opener: closed ? ";" : fragment.separator });
    }
    closed = false;
  }
  const bodies = merged
    .map((written) => {
      const marked = CONSENT.test(written.text) || BARE_CONSENT.test(written.text);
      const name = stripListPunctuation(written.text.replace(ALL_CONSENT, " ").replace(BARE_CONSENT, "").replace(/\s{2,}/g, " "));
      return { name, marked, consent: marked, opener: written.opener };
    })
    .filter((e) => e.name !== "");
  bodies.forEach((body, i) => {
    if (!body.marked) return;
    for (let j = i - 1; j >= 0; j--) {
      const before = bodies[j] as (typeof bodies)[number];
      if ((bodies[j + 1] as (typeof bodies)[number]).opener === ";" || before.marked || ADMINISTRATION.includes(classifyAgency(before.name))) break;
      before.consent = true;
    }
  });
  return bodies.map(({ name, consent }) => ({ name, consent }));
}
