import { SimulatedExcelError } from "./errors";
import { overlaps, type CellRect } from "./address";
import type { SimChartRecord } from "./charts";
import type { SimConditionalFormatRecord } from "./conditionalFormats";
import { interpretInput, type SimLocale } from "./interpret";

export type SimValue = string | number | boolean;

export interface SimCell {
  value: SimValue | null;
  formula: string | null;
  numberFormat: string;
  /** The user typed a leading apostrophe: the text is kept as text and never reinterpreted. */
  quotePrefix: boolean;
  /** An error value such as #N/A (valueTypes "Error"), as opposed to the text "#N/A". */
  error: boolean;
  /** Cells are locked unless unlocked; the lock matters only while the sheet is protected. */
  locked: boolean;
  validation: Record<string, unknown> | null;
  format: Record<string, unknown>;
}

export interface SimTable {
  id: number;
  name: string;
  sheetId: number;
  rect: CellRect;
  style: string;
  showBandedRows: boolean;
}

export interface SimPageLayout {
  orientation: string;
  paperSize: string;
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  printTitleRows: string | null;
  centerHeader: string;
  centerFooter: string;
  centerHorizontally: boolean;
}

export interface SimSheet {
  id: number;
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  protected: boolean;
  /** Set by WorksheetProtection.protect(options, password); null when protected without one. */
  protectionPassword: string | null;
  protectionOptions: Excel.WorksheetProtectionOptions;
  merges: CellRect[];
  conditionalFormats: SimConditionalFormatRecord[];
  charts: SimChartRecord[];
  tabColor: string;
  cells: Map<string, SimCell>;
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  frozenRows: number;
  pageLayout: SimPageLayout;
}

const FORBIDDEN_SHEET_CHARS = /[[\]:*?/\\]/u;

export class SimWorkbookModel {
  readonly sheets: SimSheet[] = [];
  readonly tables: SimTable[] = [];
  activeSheetId = 0;
  private editing = false;
  private editEnded: (() => void)[] = [];
  /** Requests held back by `delayForCellEdit` until the user leaves the cell. */
  requestsWaitingForCellEdit = 0;
  selection: { sheetId: number; rect: CellRect } | null = null;
  /** Review → Protect Workbook: the structure (sheets added, renamed, hidden, deleted) is locked. */
  readonly workbookProtection: { protected: boolean; password: string | null } = { protected: false, password: null };
  /** Workbooks opened with Excel.createWorkbook, as base64 (or "" for a blank one). */
  readonly createdWorkbooks: string[] = [];
  private nextId = 1;

  constructor(
    sheetNames: readonly string[] = ["Аркуш1"],
    readonly locale: SimLocale = "uk-UA",
  ) {
    for (const name of sheetNames) this.addSheet(name);
    this.activeSheetId = this.sheets[0]?.id ?? 0;
  }

  /** The user is typing in a cell: Excel refuses every batch until they finish, unless told to wait. */
  get cellEditMode(): boolean {
    return this.editing;
  }

  set cellEditMode(on: boolean) {
    this.editing = on;
    if (!on) for (const resume of this.editEnded.splice(0)) resume();
  }

  /** Resolves when the user leaves cell-edit mode (at once if they are not in it). */
  untilCellEditEnds(): Promise<void> {
    if (!this.editing) return Promise.resolve();
    this.requestsWaitingForCellEdit++;
    return new Promise((resolve) =>
      this.editEnded.push(() => {
        this.requestsWaitingForCellEdit--;
        resolve();
      }),
    );
  }

  sheetById(id: number): SimSheet {
    const sheet = this.sheets.find((s) => s.id === id);
    if (!sheet) throw new SimulatedExcelError("ItemNotFound", "The requested resource doesn't exist.");
    return sheet;
  }

  sheetByName(name: string): SimSheet | undefined {
    const key = name.toLocaleLowerCase();
    return this.sheets.find((s) => s.name.toLocaleLowerCase() === key);
  }

  /** WorksheetCollection.getItem takes a sheet's name or its id. */
  sheetByKey(key: string): SimSheet | undefined {
    return this.sheetByName(key) ?? this.sheets.find((s) => `{${s.id}}` === key);
  }

  /** Excel's rules: 1–31 characters, none of []:*?/\, no leading/trailing apostrophe, unique ignoring case. */
  checkSheetName(name: string, exceptId?: number): void {
    if (name.length === 0 || name.length > 31 || FORBIDDEN_SHEET_CHARS.test(name) || name.startsWith("'") || name.endsWith("'")) {
      throw new SimulatedExcelError("InvalidArgument", `The argument is invalid or missing or has an incorrect format: sheet name "${name}".`);
    }
    const clash = this.sheetByName(name);
    if (clash && clash.id !== exceptId) {
      throw new SimulatedExcelError("ItemAlreadyExists", `A worksheet named "${name}" already exists.`);
    }
  }

  addSheet(name?: string): SimSheet {
    let finalName = name;
    if (finalName === undefined) {
      let n = this.sheets.length + 1;
      while (this.sheetByName(`Аркуш${n}`)) n++;
      finalName = `Аркуш${n}`;
    }
    this.checkSheetName(finalName);
    const sheet: SimSheet = {
      id: this.nextId++,
      name: finalName,
      visibility: "Visible",
      protected: false,
      protectionPassword: null,
      protectionOptions: {},
      merges: [],
      conditionalFormats: [],
      charts: [],
      tabColor: "",
      cells: new Map(),
      columnWidths: new Map(),
      rowHeights: new Map(),
      frozenRows: 0,
      pageLayout: {
        orientation: "Portrait",
        paperSize: "Letter",
        zoom: { scale: 100 },
        printTitleRows: null,
        centerHeader: "",
        centerFooter: "",
        centerHorizontally: false,
      },
    };
    this.sheets.push(sheet);
    return sheet;
  }

  /** Excel keeps at least one visible sheet: neither deleting nor hiding may take the last one. */
  private checkKeepsVisible(id: number): void {
    const visible = this.sheets.filter((s) => s.visibility === "Visible");
    if (visible.length === 1 && visible[0]?.id === id) {
      throw new SimulatedExcelError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
    }
  }

  setVisibility(sheet: SimSheet, visibility: SimSheet["visibility"]): void {
    if (visibility !== "Visible") this.checkKeepsVisible(sheet.id);
    sheet.visibility = visibility;
    if (visibility !== "Visible" && this.activeSheetId === sheet.id) {
      this.activeSheetId = this.sheets.find((s) => s.visibility === "Visible")?.id ?? 0;
    }
  }

  deleteSheet(id: number): void {
    this.checkKeepsVisible(id);
    const index = this.sheets.findIndex((s) => s.id === id);
    if (index < 0) throw new SimulatedExcelError("ItemNotFound", "The requested resource doesn't exist.");
    // Worksheet.delete: "if the worksheet's visibility is set to "VeryHidden", the delete operation will fail with an InvalidOperation exception".
    if (this.sheets[index]?.visibility === "VeryHidden") throw new SimulatedExcelError("InvalidOperation", "A very hidden worksheet cannot be deleted; make it hidden or visible first.");
    this.sheets.splice(index, 1);
    for (let i = this.tables.length - 1; i >= 0; i--) if (this.tables[i]?.sheetId === id) this.tables.splice(i, 1);
    if (this.activeSheetId === id) this.activeSheetId = this.sheets[0]?.id ?? 0;
  }

  newTableId(): number {
    return this.nextId++;
  }

  cell(sheet: SimSheet, row: number, column: number): SimCell | undefined {
    return sheet.cells.get(`${row},${column}`);
  }

  cellForWrite(sheet: SimSheet, row: number, column: number): SimCell {
    const key = `${row},${column}`;
    let cell = sheet.cells.get(key);
    if (!cell) {
      cell = { value: null, formula: null, numberFormat: "General", quotePrefix: false, error: false, locked: true, validation: null, format: {} };
      sheet.cells.set(key, cell);
    }
    return cell;
  }

  /** The merged area that covers a cell, if any. */
  mergeAt(sheet: SimSheet, row: number, column: number): CellRect | undefined {
    return sheet.merges.find((m) => overlaps(m, { row, column, rowCount: 1, columnCount: 1 }));
  }

  /** Writing to a locked cell of a protected sheet is refused, as Excel refuses a user's edit there. */
  checkWritable(sheet: SimSheet, rect: CellRect): void {
    if (!sheet.protected) return;
    for (let r = rect.row; r < rect.row + rect.rowCount; r++) {
      for (let c = rect.column; c < rect.column + rect.columnCount; c++) {
        if (this.cell(sheet, r, c)?.locked ?? true) {
          throw new SimulatedExcelError("AccessDenied", `The cell you're trying to change is on a protected sheet ("${sheet.name}").`);
        }
      }
    }
  }

  /** The bounding box of cells holding a value or formula, or null for an empty sheet. */
  usedRect(sheet: SimSheet): CellRect | null {
    let minR = Infinity;
    let minC = Infinity;
    let maxR = -1;
    let maxC = -1;
    for (const [key, cell] of sheet.cells) {
      if (cell.value === null && cell.formula === null) continue;
      const [r, c] = key.split(",").map(Number) as [number, number];
      minR = Math.min(minR, r);
      minC = Math.min(minC, c);
      maxR = Math.max(maxR, r);
      maxC = Math.max(maxC, c);
    }
    return maxR < 0 ? null : { row: minR, column: minC, rowCount: maxR - minR + 1, columnCount: maxC - minC + 1 };
  }

  /** Test helper: what a user typed, read as Excel reads typing (no API call, no sync counted). */
  fill(sheetName: string, grid: readonly (readonly (SimValue | null)[])[], at = { row: 0, column: 0 }): void {
    const sheet = this.sheetByName(sheetName) ?? this.addSheet(sheetName);
    grid.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value === null || value === "") return;
        const cell = this.cellForWrite(sheet, at.row + r, at.column + c);
        const { impliedFormat, ...stored } = interpretInput(value, "General", this.locale);
        Object.assign(cell, stored);
        if (impliedFormat !== undefined) cell.numberFormat = impliedFormat;
      }),
    );
  }

  /** Test helper: a deep copy of everything, to prove an operation left the workbook unchanged. */
  fingerprint(): string {
    return JSON.stringify({
      sheets: this.sheets.map((s) => ({ ...s, cells: [...s.cells.entries()].filter(([, c]) => !isBlank(c)), columnWidths: [...s.columnWidths], rowHeights: [...s.rowHeights] })),
      tables: this.tables,
      active: this.activeSheetId,
      workbookProtection: this.workbookProtection,
    });
  }

  /** Test helper: the cell values of a sheet as a grid, like the user would see them. */
  snapshot(sheetName: string): (SimValue | null)[][] {
    const sheet = this.sheetByName(sheetName);
    if (!sheet) throw new Error(`No sheet ${sheetName}`);
    const rect = this.usedRect(sheet);
    if (!rect) return [];
    const out: (SimValue | null)[][] = [];
    for (let r = 0; r < rect.row + rect.rowCount; r++) {
      const row: (SimValue | null)[] = [];
      for (let c = 0; c < rect.column + rect.columnCount; c++) row.push(this.cell(sheet, r, c)?.value ?? null);
      out.push(row);
    }
    return out;
  }
}

/** A cell record that holds nothing: created by a lookup, not by any change a user could see. */
function isBlank(cell: SimCell): boolean {
  return cell.value === null && cell.formula === null && cell.numberFormat === "General" && cell.locked && cell.validation === null && Object.keys(cell.format).length === 0;
}
