import { issue, type Issue } from "../issues";
import type { PlannedFunding } from "./model";
import { cleanCellText, joinHyphenatedLines } from "./normalizeText";
import type { RawCell } from "./rawRow";

/** One amount column of a measure: a year's, or the total (year null). */
export interface RawAmount {
  readonly year: number | null;
  readonly cell: RawCell;
}

export interface RawFunding {
  readonly source?: RawCell;
  readonly amounts: readonly RawAmount[];
  /** The add-in's own «Програма»: its empty lines only keep an amount level with a wrapped source. */
  readonly ownSheet?: boolean;
}

const NONE = /^([-‐‑‒–—―−]+|[xх])$/iu;
/** Lines of the sources cell that are no source: «Усього», «у тому числі:», «з них:». */
const NOT_A_SOURCE = /^(усього|всього|разом|у тому числі|в тому числі|у т\.\s?ч\.|з них)(\s|:|$)/iu;
const EPSILON = 0.05;

/** «тис.», «тис. грн» after the amount: the column's own unit written again. */
const UNIT = /\s*(тис\.?|тисяч)\s*(грн\.?|гривень)?$/iu;
/** A footnote's mark after the amount: «150,0*», «150,0¹». */
const FOOTNOTE = /\s*[*¹²³⁴⁵]+$/u;
/** Both separators: the last one is the decimal point, the other groups thousands («2.000,0», «3,000.5»). */
const GROUPED = /^\d{1,3}(?:([.,])\d{3})(?:\1\d{3})*([.,])\d+$/u;

/**
 * «1 234,5», «1234.5», «100», «2.000,0», «3,000.5», «150,0*», «160 тис.» → a number; «-», «—», «х» and empty →
 * none; any other text is not an amount.
 */
export function readAmount(text: string): { amount: number | null; notAmount: boolean } {
  const t = cleanCellText(text);
  if (t === "" || NONE.test(t)) return { amount: null, notAmount: false };
  const compact = t.replace(UNIT, "").replace(FOOTNOTE, "").replace(/[\s\u00A0\u202F']/gu, "");
  const grouped = GROUPED.exec(compact);
  const digits = grouped !== null && grouped[1] !== grouped[2] ? compact.split(grouped[1] as string).join("").replace(grouped[2] as string, ".") : compact.replace(",", ".");
  return /^\d+(\.\d+)?$/u.test(digits) ? { amount: Number(digits), notAmount: false } : { amount: null, notAmount: true };
}

const linesOf = (text: string) => joinHyphenatedLines(text).split(/\r?\n/u).map(cleanCellText);
/** The lines up to the last one with text. */
const effective = (lines: readonly string[]) => lines.reduce((n, line, i) => (line !== "" ? i + 1 : n), 0);

/** «1 234,5»: thousand hryvnias as Ukrainian tables write them, with at least one decimal. */
export function formatAmount(amount: number): string {
  const [whole, fraction = ""] = (Math.round(amount * 1000) / 1000).toFixed(3).replace(/0{1,2}$/u, "").split(".");
  return `${(whole ?? "0").replace(/\B(?=(\d{3})+(?!\d))/gu, "\u00A0")},${fraction}`;
}

/** Sources written on several lines but sharing one amount are that amount's joint source. */
export function jointSource(sources: readonly string[]): string {
  return sources.join(", ");
}

/**
 * A measure's planned funding from its sources cell and amount cells. The lines of the sources cell and
 * of the amount cells go together («Обласний бюджет» / «Інші джерела» beside «100,0» / «50,0»); where no
 * amount cell has more than one line, its amount belongs to all the sources together.
 */
export function plannedFundingOf(raw: RawFunding, code: string): { sources: string[]; entries: PlannedFunding[]; issues: Issue[] } {
  const issues: Issue[] = [];
  const sourceLines = raw.source ? linesOf(raw.source.text) : [];
  const named = sourceLines.filter((s) => s !== "" && !NOT_A_SOURCE.test(s) && !NONE.test(s));
  const sources = [...new Set(named)];
  const columns = raw.amounts.map((a) => ({ ...a, lines: linesOf(a.cell.text).filter((line) => raw.ownSheet !== true || line !== "") }));
  const aligned = columns.some((c) => effective(c.lines) > 1);
  const lineCount = aligned ? Math.max(...columns.map((c) => effective(c.lines))) : 1;
  const sourceOfLine: (string | null)[] = [];
  if (!aligned) sourceOfLine.push(jointSource(sources));
  else {
    let carried = "";
    for (let i = 0; i < lineCount; i++) {
      const s = sourceLines[i] ?? "";
      if (NOT_A_SOURCE.test(s)) sourceOfLine.push(null);
      else {
        if (s !== "" && !NONE.test(s)) carried = s;
        sourceOfLine.push(carried);
      }
    }
    const mismatch = columns.find((c) => effective(c.lines) > Math.max(1, effective(sourceLines)) && sources.length > 0);
    if (mismatch) issues.push(issue("funding.linesMismatch", "warning", mismatch.cell.location, { code, lines: effective(mismatch.lines), sources: sources.length }));
  }
  const sums = new Map<string, PlannedFunding>();
  const add = (source: string, year: number | null, amount: number) => {
    const key = `${source}\u0000${year ?? ""}`;
    const known = sums.get(key);
    sums.set(key, { source, year, amount: Math.round(((known?.amount ?? 0) + amount) * 1000) / 1000 });
  };
  const read = (text: string | undefined, cell: RawCell) => {
    const r = readAmount(text ?? "");
    // Words («в межах кошторисних призначень») say there is no amount; digits that cannot be read may be one, left out of the plan.
    if (r.notAmount) issues.push(issue("funding.notAmount", /\d/u.test(text ?? "") ? "warning" : "info", cell.location, { code, value: cleanCellText(text ?? "").slice(0, 60) }));
    return r.amount;
  };
  sourceOfLine.forEach((source, i) => {
    if (source === null) return;
    const byYear = columns.filter((c) => c.year !== null).map((c) => ({ year: c.year, amount: read(c.lines[i], c.cell) }));
    const totals = columns.filter((c) => c.year === null).map((c) => ({ cell: c.cell, amount: read(c.lines[i], c.cell) }));
    const written = byYear.filter((x) => x.amount !== null);
    for (const x of written) add(source, x.year, x.amount as number);
    for (const total of totals) {
      if (total.amount === null) continue;
      // A total beside the years is their sum, said again; alone it is the plan.
      if (written.length === 0) add(source, null, total.amount);
      else {
        const sum = written.reduce((s, x) => s + (x.amount as number), 0);
        if (Math.abs(sum - total.amount) > EPSILON) issues.push(issue("funding.totalMismatch", "warning", total.cell.location, { code, total: formatAmount(total.amount), sum: formatAmount(sum) }));
      }
    }
  });
  return { sources, entries: [...sums.values()], issues };
}
