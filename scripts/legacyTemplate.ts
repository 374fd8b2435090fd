import type { SheetPlan } from "../src/domain/plans/sheetPlan";
import { templatePlans } from "../src/domain/reports/templatePlan";

/**
 * The template as it was issued before it showed the measure's plan beside «Використано коштів»: the report
 * fixtures stand for reports returned on it (executors keep sending them), and each case's cells are named
 * in its columns, so they are made from it and go on proving that such reports are read.
 */
export function legacyTemplatePlans(...args: Parameters<typeof templatePlans>): SheetPlan[] {
  return templatePlans(...args).map((plan) => ({
    ...plan,
    tables: plan.tables.map((table) => {
      const kept = table.columns.flatMap((c, i) => (c.key === "planned" ? [] : [i]));
      return { ...table, columns: kept.map((i) => table.columns[i]).filter((c) => c !== undefined), rows: table.rows.map((row) => kept.map((i) => row[i] ?? null)) };
    }),
  }));
}
