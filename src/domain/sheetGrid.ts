import { cellAddress } from "./a1";
import type { GridCell } from "./cell";

export interface Rect {
  readonly row: number;
  readonly column: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

export type SheetVisibility = "visible" | "hidden" | "veryHidden";

/** An Excel table on the sheet: its name and where it stands (the first row is the header). */
export interface TableArea extends Rect {
  readonly name: string;
}

/**
 * One worksheet as both adapters read it. Only cells with content are held, so a stray
 * formatted cell at XFD1 costs nothing; merged areas and tables come with it.
 */
export interface SheetGrid {
  readonly sheet: string;
  readonly visibility: SheetVisibility;
  /** Row-major, only cells that hold a value or a formula. */
  readonly cells: readonly GridCell[];
  readonly merges: readonly Rect[];
  /** False where the host cannot report merged areas (Excel before ExcelApi 1.13). */
  readonly mergesKnown: boolean;
  readonly tables: readonly TableArea[];
}

export function byPosition(a: GridCell, b: GridCell): number {
  return a.row - b.row || a.column - b.column;
}

/** "'Звіт 1'!C3": a cell address that names its sheet, quoted where Excel quotes it. */
export function qualifiedAddress(sheet: string, row: number, column: number): string {
  const quoted = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet) ? sheet : `'${sheet.replace(/'/gu, "''")}'`;
  return `${quoted}!${cellAddress(row, column)}`;
}

/** Sparse lookup by position, with the anchor of any merged area that covers a cell. */
export class GridIndex {
  private readonly rowsMap = new Map<number, Map<number, GridCell>>();

  constructor(readonly grid: SheetGrid) {
    for (const cell of grid.cells) {
      let row = this.rowsMap.get(cell.row);
      if (!row) this.rowsMap.set(cell.row, (row = new Map()));
      row.set(cell.column, cell);
    }
  }

  at(row: number, column: number): GridCell | undefined {
    return this.rowsMap.get(row)?.get(column);
  }

  /** Row numbers that hold anything, in order. */
  rows(): number[] {
    return [...this.rowsMap.keys()].sort((a, b) => a - b);
  }

  rowCells(row: number): GridCell[] {
    return [...(this.rowsMap.get(row)?.values() ?? [])].sort((a, b) => a.column - b.column);
  }

  mergeAt(row: number, column: number): Rect | undefined {
    return this.grid.merges.find((m) => row >= m.row && row < m.row + m.rowCount && column >= m.column && column < m.column + m.columnCount);
  }
}
