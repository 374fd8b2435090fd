import { cleanCellText } from "./normalizeText";

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

/** Parses one executors cell into the bodies it names, each with its own "(за згодою)" flag. */
export function splitExecutors(cell: string): WrittenExecutor[] {
  const merged: string[] = [];
  for (const fragment of splitTopLevel(cleanCellText(cell.replace(/[ \t\u00A0]*\r?\n[ \t\u00A0]*/gu, PARAGRAPH)))) {
    const text = stripListPunctuation(fragment.text);
    if (text === "") continue;
    const last = merged.length - 1;
    if (last >= 0 && !opensNewBody(text)) {
      // A lower-case line or fragment continues the name before it (a wrapped line, or a comma inside the name).
      merged[last] = `${merged[last]}${fragment.separator === PARAGRAPH ? "" : fragment.separator} ${text}`;
    } else {
      merged.push(text);
    }
  }
  return merged.map((written) => {
    const consent = CONSENT.test(written) || BARE_CONSENT.test(written);
    const name = stripListPunctuation(written.replace(ALL_CONSENT, " ").replace(BARE_CONSENT, "").replace(/\s{2,}/g, " "));
    return { name, consent };
  }).filter((e) => e.name !== "");
}
