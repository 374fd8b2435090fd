import { formatAddress, MAX_COLUMNS, MAX_ROWS, type CellRect } from "./address";
import { SimProxy, type SimContext } from "./context";
import { SimulatedExcelError } from "./errors";
import type { SimSheet, SimValue } from "./model";

export interface RangeTarget {
  readonly sheet: SimSheet;
  readonly rect: CellRect;
}

const NUMBER_LIKE = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/u;
const PERCENT_LIKE = /^[+-]?(\d+\.?\d*|\.\d+)%$/u;

/** What Excel stores when a string is written to `values` of a General-format cell. */
export function interpretInput(input: SimValue, numberFormat: string): { value: SimValue; formula: string | null; quotePrefix: boolean } {
  if (typeof input !== "string" || numberFormat === "@") return { value: input, formula: null, quotePrefix: false };
  if (input.startsWith("'")) return { value: input.slice(1), formula: null, quotePrefix: true };
  if (input.startsWith("=") && input.length > 1) return { value: "#NAME?", formula: input, quotePrefix: false };
  const trimmed = input.trim();
  if (NUMBER_LIKE.test(trimmed)) return { value: Number(trimmed), formula: null, quotePrefix: false };
  if (PERCENT_LIKE.test(trimmed)) return { value: Number(trimmed.slice(0, -1)) / 100, formula: null, quotePrefix: false };
  if (/^(true|false)$/iu.test(trimmed)) return { value: trimmed.toLowerCase() === "true", formula: null, quotePrefix: false };
  return { value: input, formula: null, quotePrefix: false };
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

  constructor(private readonly range: SimRange) {
    this.font = new SimFormatPart(range, "font");
    this.fill = new SimFormatPart(range, "fill");
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

  protected readProperty(property: string): unknown {
    const { sheet, rect } = this.resolved();
    const model = this.context.model;
    const grid = <V>(pick: (r: number, c: number) => V): V[][] =>
      Array.from({ length: rect.rowCount }, (_, i) => Array.from({ length: rect.columnCount }, (_, j) => pick(rect.row + i, rect.column + j)));
    switch (property) {
      case "values":
        this.boundedRect();
        return grid((r, c) => model.cell(sheet, r, c)?.value ?? "");
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
  get numberFormat(): string[][] { return this.readLoaded("numberFormat"); }
  get address(): string { return this.readLoaded("address"); }
  get rowIndex(): number { return this.readLoaded("rowIndex"); }
  get columnIndex(): number { return this.readLoaded("columnIndex"); }
  get rowCount(): number { return this.readLoaded("rowCount"); }
  get columnCount(): number { return this.readLoaded("columnCount"); }

  set values(values: (SimValue | null)[][]) {
    this.queueSet("values", values, ({ sheet, rect }) => {
      checkShape(values, this.boundedRect(), "values");
      values.forEach((row, i) =>
        row.forEach((input, j) => {
          if (input === null) return; // Excel leaves a cell unchanged where the input is null.
          const cell = this.context.model.cellForWrite(sheet, rect.row + i, rect.column + j);
          if (input === "") {
            Object.assign(cell, { value: null, formula: null, quotePrefix: false });
            return;
          }
          Object.assign(cell, interpretInput(input as SimValue, cell.numberFormat));
        }),
      );
    });
  }

  set numberFormat(formats: string[][]) {
    this.queueSet("numberFormat", formats, ({ sheet, rect }) => {
      checkShape(formats, this.boundedRect(), "numberFormat");
      formats.forEach((row, i) => row.forEach((f, j) => {
        this.context.model.cellForWrite(sheet, rect.row + i, rect.column + j).numberFormat = f;
      }));
    });
  }

  queueFormat(key: string, value: unknown): void {
    this.queueSet(`format.${key}`, value, ({ sheet }) => {
      for (const [r, c] of this.cells()) this.context.model.cellForWrite(sheet, r, c).format[key] = value;
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
