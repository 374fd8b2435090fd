import type { PlainValue } from "../cell";
import type { Measure } from "../programme/model";
import { formatAmount, jointSource } from "../programme/plannedFunding";

export { formatAmount };

const NONE = "–";

export interface FundingCells {
  readonly sources: string;
  readonly total: PlainValue;
  readonly years: readonly PlainValue[];
}

/**
 * A measure's sources and planned amounts as the «Програма» sheet shows them. One source (or the sources
 * sharing their amounts): numbers. Several sources with amounts of their own: one line per source in every
 * cell, as the programme documents write them, so that reading the sheet back pairs each amount with its source
 * (the empty lines that keep an amount level with a wrapped source are passed over when the sheet is read).
 */
export function fundingCells(m: Measure, years: readonly number[], sourceLines: (source: string) => number = () => 1): FundingCells {
  const entries = m.plannedFunding ?? [];
  const amountSources = [...new Set(entries.map((e) => e.source))];
  const sum = (source: string | null, year: number | null | "all") => {
    const picked = entries.filter((e) => (source === null || e.source === source) && (year === "all" || e.year === year));
    return picked.length === 0 ? null : Math.round(picked.reduce((s, e) => s + e.amount, 0) * 1000) / 1000;
  };
  const single = amountSources.length === 0 || (amountSources.length === 1 && amountSources[0] === jointSource(m.fundingSources));
  if (single) {
    return { sources: m.fundingSources.join("\n"), total: m.plannedFunding === null ? null : sum(null, "all"), years: years.map((y) => sum(null, y)) };
  }
  const lines = [...m.fundingSources, ...amountSources.filter((s) => !m.fundingSources.includes(s))];
  // A source that wraps onto more lines is followed by as many empty lines, so each amount stays level with its source.
  const column = (year: number | null | "all") =>
    lines
      .map((s) => {
        const v = sum(s, year);
        return [v === null ? NONE : formatAmount(v), ...Array.from({ length: Math.max(0, sourceLines(s) - 1) }, () => "")].join("\n");
      })
      .join("\n");
  return { sources: lines.join("\n"), total: column("all"), years: years.map((y) => column(y)) };
}
