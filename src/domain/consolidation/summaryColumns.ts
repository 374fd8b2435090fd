import type { PlainValue } from "../cell";
import { t, type Locale, type MessageKey, type MessageParams } from "../messages";
import type { ColumnPlan } from "../plans/sheetPlan";

/** A summary column: its key (header `sum.col.<key>`), width, what it holds, and whether it wraps or hides repeats. */
export type Spec = readonly [key: string, width: number, kind?: "text" | "count" | "funds" | "percent", wrap?: boolean, hideRepeats?: boolean];

/** Column plans of a summary table; `params` fill the headers (the year of «Заплановано на 2025 рік»). */
export function columns(locale: Locale, specs: readonly Spec[], params: MessageParams = {}): ColumnPlan[] {
  return specs.map(([key, width, kind = "text", wrap = false, hideRepeats = false]) => ({
    key,
    header: t(locale, `sum.col.${key}` as MessageKey, params),
    width,
    wrap: wrap || kind === "text",
    align: kind === "text" ? "left" : "right",
    kind: kind === "text" ? "text" : "number",
    ...(hideRepeats ? { hideRepeats } : {}),
    ...(kind === "count" ? { numberFormat: "#,##0" } : kind === "funds" ? { numberFormat: "#,##0.0" } : kind === "percent" ? { numberFormat: "0.0%" } : {}),
  }));
}

/** «Заплановано» before «Використано коштів» and the share used after it, wherever the funds column stands. */
export function withPlannedSpecs(specs: readonly Spec[]): Spec[] {
  const at = specs.findIndex(([key]) => key === "funds");
  return [...specs.slice(0, at), ["planned", 13, "funds"], specs[at] as Spec, ["fundsShare", 10, "percent"], ...specs.slice(at + 1)];
}

/** A row's values for `withPlannedSpecs(specs)`: the plan, or `notDefined` where there is none (never 0), and the share used. */
export function withPlannedValues(specs: readonly Spec[], values: readonly PlainValue[], planned: number | null, share: number | null, notDefined: string): PlainValue[] {
  const at = specs.findIndex(([key]) => key === "funds");
  return [...values.slice(0, at), planned ?? notDefined, values[at] ?? null, share, ...values.slice(at + 1)];
}
