import type { PlainValue } from "../cell";
import { comparisonKey } from "../programme/normalizeText";
import type { SheetPlan, TablePlan } from "./sheetPlan";

/** A table of the add-in's sheets as it stands in the workbook before a reload. */
export interface ExistingTable {
  readonly name: string;
  readonly rows: readonly (readonly PlainValue[])[];
}

/**
 * Tables whose rows people type in themselves. The community list is entirely theirs; the reference
 * lists keep the add-in's rows and any row a user added below them.
 */
const USER_ROWS: Readonly<Record<string, "all" | "added">> = {
  pmCommunities: "all",
  pmStatuses: "added",
  pmPeriods: "added",
  pmFunding: "added",
  pmUnits: "added",
};

/** Whether a reload carries over rows of this table that users typed. */
export function keepsUserRows(table: string): boolean {
  return USER_ROWS[table] !== undefined;
}

function key(value: PlainValue | undefined): string {
  return value === null || value === undefined ? "" : comparisonKey(String(value));
}

function merged(table: TablePlan, existing: ExistingTable | undefined): TablePlan {
  const mode = USER_ROWS[table.name];
  if (!existing || mode === undefined) return table;
  const width = table.columns.length;
  const filled = existing.rows.filter((row) => row.some((v) => key(v) !== "")).map((row) => Array.from({ length: width }, (_, i) => row[i] ?? null));
  if (mode === "all") return { ...table, rows: filled };
  const known = new Set(table.rows.map((row) => key(row[0])));
  return { ...table, rows: [...table.rows, ...filled.filter((row) => !known.has(key(row[0])))] };
}

/** The plans with what users typed into the old sheets carried over, so a reload loses nothing of theirs. */
export function keepUserRows(plans: readonly SheetPlan[], existing: readonly ExistingTable[]): SheetPlan[] {
  const byName = new Map(existing.map((t) => [t.name.toLowerCase(), t]));
  return plans.map((plan) => ({ ...plan, tables: plan.tables.map((table) => merged(table, byName.get(table.name.toLowerCase()))) }));
}
