import { cellText, serialToUkrainian, type GridCell } from "../cell";
import { issue, type Issue, type IssueLocation } from "../issues";
import type { GridIndex } from "../sheetGrid";
import type { MatrixRole } from "./matrixColumns";
import { normalizeSpacing } from "./normalizeText";

const CODE_ROLES: readonly MatrixRole[] = ["taskCode", "measureCode", "rowNumber"];
const AMOUNT_ROLES: readonly MatrixRole[] = ["fundingYear", "fundingTotal"];
/** Lines above the header that are not the programme's title. */
const NOT_TITLE = /^(додаток|до програми|до рішення|затверджено|рішення|\(?тис\.?\s*(грн|гривень))/iu;

/** A cell's text for the matrix, with an issue where the stored type is not what the column needs. */
export function readCell(cell: GridCell | undefined, role: MatrixRole, at: IssueLocation, issues: Issue[]): string {
  if (cell === undefined) return "";
  const v = cell.value;
  switch (v.kind) {
    case "text":
      return v.text;
    case "noValue":
      issues.push(issue("matrix.formulaNoValue", "error", at, { formula: cell.formula ?? "" }));
      return "";
    case "error":
      issues.push(issue("matrix.cellError", "error", at, { value: v.error }));
      return "";
    case "date":
      issues.push(issue("matrix.dateAsText", "info", at, { value: serialToUkrainian(v.serial) }));
      return serialToUkrainian(v.serial);
    case "number":
      // Amounts are numbers; codes may be (a warning where a code may have lost its trailing zero).
      if (AMOUNT_ROLES.includes(role)) return String(v.value);
      if (CODE_ROLES.includes(role)) {
        if (!Number.isInteger(v.value)) issues.push(issue("matrix.codeAsNumber", "warning", at, { value: String(v.value) }));
        return String(v.value);
      }
      issues.push(issue("matrix.cellNotText", "warning", at, { value: String(v.value) }));
      return String(v.value);
    case "boolean":
      issues.push(issue("matrix.cellNotText", "warning", at, { value: cellText(v) }));
      return cellText(v);
  }
}

/** The programme's title where a sheet has one above its table, less «Додаток 2 до Програми» and the unit line. */
export function titleAbove(index: GridIndex, headerRow: number): string {
  return index
    .rows()
    .filter((r) => r < headerRow)
    .flatMap((r) => index.rowCells(r).map((c) => normalizeSpacing(cellText(c.value))))
    .filter((t) => t !== "" && !NOT_TITLE.test(t))
    .join(" ");
}
