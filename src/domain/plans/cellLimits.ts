import { cellAddress } from "../a1";
import { EXCEL_CELL_CHARS } from "../cellLimit";
import { issue, type Issue } from "../issues";
import type { SheetPlan } from "./sheetPlan";

/**
 * Every text of the plans that no cell can hold, as an error at its cell. The plans are built to stay
 * within the limit; a renderer that finds one anyway refuses the whole write before changing anything,
 * rather than cut a text where the plan did not decide how (a silent cut would publish a wrong table).
 */
export function overlongCells(plans: readonly SheetPlan[]): Issue[] {
  const found: Issue[] = [];
  const check = (sheet: string, row: number, column: number, value: unknown) => {
    if (typeof value === "string" && value.length > EXCEL_CELL_CHARS) {
      found.push(issue("write.cellTooLong", "error", { sheet, cell: cellAddress(row, column) }, { length: value.length, limit: EXCEL_CELL_CHARS }));
    }
  };
  for (const plan of plans) {
    for (const b of plan.blocks ?? []) check(plan.name, b.row, b.column, b.value);
    for (const t of plan.tables) {
      const top = t.startRow ?? 0;
      t.columns.forEach((c, i) => check(plan.name, top, t.startColumn + i, c.header));
      t.rows.forEach((row, r) => row.forEach((v, i) => check(plan.name, top + 1 + r, t.startColumn + i, v)));
      if (t.note !== undefined) check(plan.name, top, t.startColumn + t.columns.length + 1, t.note);
    }
  }
  return found;
}

/** Thrown by a renderer that has no way to return issues (the file adapter): what `overlongCells` found. */
export class PlanRefusedError extends Error {
  override readonly name = "PlanRefusedError";
  constructor(readonly issues: readonly Issue[]) {
    super(`The sheet plans hold ${issues.length} text(s) longer than an Excel cell holds.`);
  }
}
