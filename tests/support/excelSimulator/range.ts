import { formatAddress, MAX_COLUMNS, MAX_ROWS, overlaps, type CellRect } from "./address";
import { SimProxy, type SimContext } from "./context";
import { SimulatedExcelError } from "./errors";
import { interpretInput } from "./interpret";
import type { SimCell, SimSheet, SimValue } from "./model";
import { SimConditionalFormatCollection } from "./conditionalFormats";
import { SimDataValidation, SimRangeAreas } from "./rangeParts";
import { checkCellText } from "./protection";

export interface RangeTarget {
  readonly sheet: SimSheet;
  readonly rect: CellRect;
}

function checkShape(values: unknown, rect: CellRect, property: string): asserts values is unknown[][] {
  const ok =
    Array.isArray(values) &&
    values.length === rect.rowCount &&
    values.every((row) => Array.isArray(row) && row.length === rect.columnCount);
  if (!ok) {
    throw new SimulatedExcelError(
      "InvalidArgument",
      `The argument is invalid or missing or has an incorrect format: ${property} must be a ${rect.rowCount}×${rect.columnCount} array.`,
    );
  }
}

export class SimRangeFormat {
  readonly font: SimFormatPart;
  readonly fill: SimFormatPart;
  readonly protection: { locked: boolean };

  constructor(private readonly range: SimRange) {
    this.font = new SimFormatPart(range, "font");
    this.fill = new SimFormatPart(range, "fill");
    const owner = range;
    this.protection = {
      set locked(v: boolean) {
        owner.queueCells("format.protection.locked", v, (cell) => {
          cell.locked = v;
        });
      },
      get locked(): boolean {
        throw new SimulatedExcelError("InvalidArgument", "The simulator does not load format.protection.locked.");
      },
    };
  }

  private setAll(key: string, value: unknown): void {
    this.range.queueFormat(key, value);
  }

  set wrapText(v: boolean) { this.setAll("wrapText", v); }
  set horizontalAlignment(v: string) { this.setAll("horizontalAlignment", v); }
  set verticalAlignment(v: string) { this.setAll("verticalAlignment", v); }
  set columnWidth(points: number) { this.range.queueDimension("columnWidth", points); }
  set rowHeight(points: number) { this.range.queueDimension("rowHeight", points); }

  autofitRows(): void {
    this.range.context.requires("1.2", "RangeFormat.autofitRows");
    this.range.queueDimension("autofitRows", true);
  }

  autofitColumns(): void {
    this.range.context.requires("1.2", "RangeFormat.autofitColumns");
    this.range.queueDimension("autofitColumns", true);
  }
}

/** font.* and fill.*: scalar properties applied to every cell of the range. */
export class SimFormatPart {
  constructor(
    private readonly range: SimRange,
    private readonly prefix: string,
  ) {
    return new Proxy(this, {
      set: (target, property, value) => {
        target.range.queueFormat(`${target.prefix}.${String(property)}`, value);
        return true;
      },
    });
  }
}

export class SimRange extends SimProxy<RangeTarget> {
  readonly format: SimRangeFormat;

  constructor(context: SimContext) {
    super(context, "Range");
    this.format = new SimRangeFormat(this);
  }

  private *cells(): Generator<[number, number]> {
    const { rect } = this.resolved();
    for (let r = rect.row; r < rect.row + rect.rowCount; r++) {
      for (let c = rect.column; c < rect.column + rect.columnCount; c++) yield [r, c];
    }
  }

  private boundedRect(): CellRect {
    const { rect } = this.resolved();
    if (rect.rowCount === MAX_ROWS || rect.columnCount === MAX_COLUMNS) {
      throw new SimulatedExcelError("InvalidOperation", "The simulator refuses per-cell work on whole rows or columns; use a bounded range.");
    }
    return rect;
  }

  resolvedRect(): CellRect {
    return this.resolved().rect;
  }

  resolvedTarget(): RangeTarget {
    return this.resolved();
  }

  protected readProperty(property: string): unknown {
    const { sheet, rect } = this.resolved();
    const model = this.context.model;
    const grid = <V>(pick: (r: number, c: number) => V): V[][] =>
      Array.from({ length: rect.rowCount }, (_, i) => Array.from({ length: rect.columnCount }, (_, j) => pick(rect.row + i, rect.column + j)));
    switch (property) {
      case "values":
        this.boundedRect();
        return grid((r, c) => model.cell(sheet, r, c)?.value ?? "");
      case "valueTypes":
        this.boundedRect();
        return grid((r, c) => {
          const cell = model.cell(sheet, r, c);
          if (cell === undefined || cell.value === null) return "Empty";
          if (cell.error) return "Error";
          return typeof cell.value === "string" ? "String" : typeof cell.value === "number" ? "Double" : "Boolean";
        });
      case "formulas":
        this.boundedRect();
        return grid((r, c) => {
          const cell = model.cell(sheet, r, c);
          return cell?.formula ?? cell?.value ?? "";
        });
      case "numberFormat":
        this.boundedRect();
        return grid((r, c) => model.cell(sheet, r, c)?.numberFormat ?? "General");
      case "address":
        return formatAddress(sheet.name, rect);
      case "rowIndex":
        return rect.row;
      case "columnIndex":
        return rect.column;
      case "rowCount":
        return rect.rowCount;
      case "columnCount":
        return rect.columnCount;
      default:
        throw new SimulatedExcelError("InvalidArgument", `The simulator does not load Range.${property}.`);
    }
  }

  get values(): SimValue[][] { return this.readLoaded("values"); }
  get formulas(): SimValue[][] { return this.readLoaded("formulas"); }
  get valueTypes(): Excel.RangeValueType[][] { return this.readLoaded("valueTypes"); }
  get numberFormat(): string[][] { return this.readLoaded("numberFormat"); }
  get address(): string { return this.readLoaded("address"); }
  get rowIndex(): number { return this.readLoaded("rowIndex"); }
  get columnIndex(): number { return this.readLoaded("columnIndex"); }
  get rowCount(): number { return this.readLoaded("rowCount"); }
  get columnCount(): number { return this.readLoaded("columnCount"); }

  set values(values: (SimValue | null)[][]) {
    this.queueSet("values", values, ({ sheet, rect }) => {
      checkShape(values, this.boundedRect(), "values");
      this.context.model.checkWritable(sheet, rect);
      for (const row of values) for (const input of row) checkCellText(input);
      values.forEach((row, i) =>
        row.forEach((input, j) => {
          if (input === null) return; // Excel leaves a cell unchanged where the input is null.
          const cell = this.context.model.cellForWrite(sheet, rect.row + i, rect.column + j);
          if (input === "") {
            Object.assign(cell, { value: null, formula: null, quotePrefix: false, error: false });
            return;
          }
          // Range.values reads strings as en-US, whatever the user's regional settings (see VALUE_RULES).
          const { impliedFormat, ...stored } = interpretInput(input as SimValue, cell.numberFormat, "en-US", "api");
          Object.assign(cell, stored);
          if (impliedFormat !== undefined && cell.numberFormat === "General") cell.numberFormat = impliedFormat;
        }),
      );
    });
  }

  set numberFormat(formats: string[][]) {
    this.queueSet("numberFormat", formats, ({ sheet, rect }) => {
      checkShape(formats, this.boundedRect(), "numberFormat");
      this.context.model.checkWritable(sheet, rect);
      formats.forEach((row, i) => row.forEach((f, j) => {
        this.context.model.cellForWrite(sheet, rect.row + i, rect.column + j).numberFormat = f;
      }));
    });
  }

  queueFormat(key: string, value: unknown): void {
    this.queueCells(`format.${key}`, value, (cell) => {
      cell.format[key] = value;
    });
  }

  /** A change to every cell of the range; on a protected sheet only unlocked cells may change. */
  queueCells(describe: string, value: unknown, apply: (cell: SimCell) => void): void {
    this.queueSet(describe, value, ({ sheet, rect }) => {
      this.context.model.checkWritable(sheet, rect);
      for (const [r, c] of this.cells()) apply(this.context.model.cellForWrite(sheet, r, c));
    });
  }

  get conditionalFormats(): SimConditionalFormatCollection {
    this.context.requires("1.6", "Range.conditionalFormats");
    return new SimConditionalFormatCollection(this.context, () => this.resolved());
  }

  get dataValidation(): SimDataValidation {
    this.context.requires("1.8", "Range.dataValidation");
    return new SimDataValidation(this);
  }

  merge(across = false): void {
    this.context.requires("1.2", "Range.merge");
    this.queueSet("merge", across, ({ sheet, rect }) => {
      const model = this.context.model;
      const areas = across ? Array.from({ length: rect.rowCount }, (_, i) => ({ ...rect, row: rect.row + i, rowCount: 1 })) : [rect];
      for (const area of areas) {
        if (sheet.merges.some((m) => overlaps(m, area))) throw new SimulatedExcelError("InvalidOperation", "Cannot merge a range that overlaps a merged area.");
        // Excel keeps only the upper-left value of a merged area.
        for (let r = area.row; r < area.row + area.rowCount; r++) {
          for (let c = area.column; c < area.column + area.columnCount; c++) {
            if (r !== area.row || c !== area.column) Object.assign(model.cellForWrite(sheet, r, c), { value: null, formula: null, error: false });
          }
        }
        sheet.merges.push(area);
      }
    });
  }

  getMergedAreasOrNullObject(): SimRangeAreas {
    this.context.requires("1.13", "Range.getMergedAreasOrNullObject");
    const areas = new SimRangeAreas(this.context);
    this.context.enqueue("Range.getMergedAreasOrNullObject", undefined, () => {
      const { sheet, rect } = this.resolved();
      const found = sheet.merges.filter((m) => overlaps(m, rect));
      areas.bind(found.length === 0 ? null : { sheet, rects: found });
    });
    return areas;
  }

  select(): void {
    this.context.enqueue("Range.select", undefined, () => {
      const { sheet, rect } = this.resolved();
      if (sheet.visibility !== "Visible") throw new SimulatedExcelError("InvalidOperation", "A range on a hidden worksheet cannot be selected.");
      this.context.model.activeSheetId = sheet.id;
      this.context.model.selection = { sheetId: sheet.id, rect };
    });
  }

  queueDimension(kind: "columnWidth" | "rowHeight" | "autofitRows" | "autofitColumns", value: number | boolean): void {
    this.queueSet(`format.${kind}`, value, ({ sheet, rect }) => {
      if (kind === "columnWidth") for (let c = rect.column; c < rect.column + rect.columnCount; c++) sheet.columnWidths.set(c, value as number);
      if (kind === "rowHeight") for (let r = rect.row; r < rect.row + rect.rowCount; r++) sheet.rowHeights.set(r, value as number);
      if (kind === "autofitRows") for (let r = rect.row; r < rect.row + Math.min(rect.rowCount, 10_000); r++) sheet.rowHeights.set(r, -1);
    });
  }

  getCell(row: number, column: number): SimRange {
    const child = new SimRange(this.context);
    this.context.enqueue("Range.getCell", [row, column], () => {
      const { sheet, rect } = this.resolved();
      child.bind({ sheet, rect: { row: rect.row + row, column: rect.column + column, rowCount: 1, columnCount: 1 } });
    });
    return child;
  }
}
