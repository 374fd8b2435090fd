import { overlaps, parseAddress, type CellRect } from "./address";
import { SimProxy, type SimContext } from "./context";
import { SimulatedExcelError } from "./errors";
import type { SimSheet, SimTable } from "./model";
import { SimRange } from "./range";

const TABLE_NAME = /^[A-Za-z_\\\u0400-\u04FF][A-Za-z0-9_.\u0400-\u04FF]*$/u;
const CELL_LIKE = /^[A-Za-z]{1,3}\d+$|^[RrCc]\d*$/u;

export class SimTableProxy extends SimProxy<SimTable> {
  constructor(context: SimContext) {
    super(context, "Table");
  }

  protected readProperty(property: string): unknown {
    const t = this.resolved();
    if (property === "name" || property === "style" || property === "showBandedRows") return t[property];
    throw new SimulatedExcelError("InvalidArgument", `The simulator does not load Table.${property}.`);
  }

  get name(): string { return this.readLoaded("name"); }
  get style(): string { return this.readLoaded("style"); }

  set name(name: string) {
    this.queueSet("name", name, (t) => {
      const clash = this.context.model.tables.find((x) => x.name.toLowerCase() === name.toLowerCase() && x.id !== t.id);
      if (!TABLE_NAME.test(name) || CELL_LIKE.test(name) || name.length > 255) {
        throw new SimulatedExcelError("InvalidArgument", `The table name "${name}" is not valid.`);
      }
      if (clash) throw new SimulatedExcelError("ItemAlreadyExists", `A table named "${name}" already exists.`);
      t.name = name;
    });
  }

  set style(style: string) { this.queueSet("style", style, (t) => { t.style = style; }); }
  set showBandedRows(v: boolean) { this.queueSet("showBandedRows", v, (t) => { t.showBandedRows = v; }); }
}

export class SimTableCollection {
  constructor(
    private readonly context: SimContext,
    private readonly sheet: () => SimSheet,
  ) {}

  add(address: string | SimRange, hasHeaders: boolean): SimTableProxy {
    const table = new SimTableProxy(this.context);
    const addressText = typeof address === "string" ? address : "(range)";
    this.context.enqueue("TableCollection.add", [addressText, hasHeaders], () => {
      const sheet = this.sheet();
      const rect = typeof address === "string" ? parseAddress(address) : address.resolvedRect();
      if (!rect) throw new SimulatedExcelError("InvalidArgument", `The address "${addressText}" is not valid.`);
      const model = this.context.model;
      if (model.tables.some((t) => t.sheetId === sheet.id && overlaps(t.rect, rect))) {
        throw new SimulatedExcelError("InvalidOperation", "A table can't overlap another table.");
      }
      const id = model.newTableId();
      const created: SimTable = { id, name: `Table${id}`, sheetId: sheet.id, rect, style: "TableStyleMedium2", showBandedRows: true };
      if (hasHeaders) {
        for (let c = rect.column; c < rect.column + rect.columnCount; c++) {
          const cell = model.cellForWrite(sheet, rect.row, c);
          if (cell.value === null || cell.value === "") cell.value = `Column${c - rect.column + 1}`;
        }
      }
      model.tables.push(created);
      table.bind(created);
    });
    return table;
  }
}

export class SimFreezePanes {
  constructor(private readonly worksheet: SimWorksheet) {}

  freezeRows(count = 1): void {
    this.worksheet.context.enqueue("WorksheetFreezePanes.freezeRows", count, () => {
      this.worksheet.sheet().frozenRows = count;
    });
  }
}

export class SimHeaderFooter {
  constructor(private readonly worksheet: SimWorksheet) {}

  set centerHeader(text: string) {
    this.worksheet.context.enqueue("HeaderFooter.centerHeader", text, () => {
      this.worksheet.sheet().pageLayout.centerHeader = text;
    });
  }

  set centerFooter(text: string) {
    this.worksheet.context.enqueue("HeaderFooter.centerFooter", text, () => {
      this.worksheet.sheet().pageLayout.centerFooter = text;
    });
  }
}

export class SimPageLayout {
  readonly headersFooters: { readonly defaultForAllPages: SimHeaderFooter };

  constructor(private readonly worksheet: SimWorksheet) {
    this.headersFooters = { defaultForAllPages: new SimHeaderFooter(worksheet) };
  }

  private set(key: "orientation" | "paperSize" | "centerHorizontally" | "zoom", value: unknown): void {
    this.worksheet.context.enqueue(`PageLayout.${key}`, value, () => {
      Object.assign(this.worksheet.sheet().pageLayout, { [key]: value });
    });
  }

  set orientation(v: "Portrait" | "Landscape") { this.set("orientation", v); }
  set paperSize(v: string) { this.set("paperSize", v); }
  set centerHorizontally(v: boolean) { this.set("centerHorizontally", v); }
  set zoom(v: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number }) { this.set("zoom", v); }

  setPrintTitleRows(rows: SimRange | string): void {
    const address = typeof rows === "string" ? rows : "(range)";
    this.worksheet.context.enqueue("PageLayout.setPrintTitleRows", address, () => {
      const rect = typeof rows === "string" ? parseAddress(rows) : rows.resolvedRect();
      if (!rect || rect.columnCount !== 16_384) throw new SimulatedExcelError("InvalidArgument", `Print title rows must be whole rows, got "${address}".`);
      this.worksheet.sheet().pageLayout.printTitleRows = address;
    });
  }
}

export class SimWorksheet extends SimProxy<SimSheet> {
  readonly tables: SimTableCollection;

  constructor(context: SimContext) {
    super(context, "Worksheet");
    this.tables = new SimTableCollection(context, () => this.resolved());
  }

  sheet(): SimSheet {
    return this.resolved();
  }

  protected readProperty(property: string): unknown {
    const s = this.resolved();
    switch (property) {
      case "name":
      case "visibility":
      case "tabColor":
        return s[property];
      case "id":
        return `{${s.id}}`;
      case "position":
        return this.context.model.sheets.indexOf(s);
      case "*":
        return undefined;
      default:
        throw new SimulatedExcelError("InvalidArgument", `The simulator does not load Worksheet.${property}.`);
    }
  }

  get name(): string { return this.readLoaded("name"); }
  get position(): number { return this.readLoaded("position"); }
  get visibility(): string { return this.readLoaded("visibility"); }

  set name(name: string) {
    this.queueSet("name", name, (s) => {
      this.context.model.checkSheetName(name, s.id);
      s.name = name;
    });
  }

  set tabColor(color: string) {
    this.context.requires("1.7", "Worksheet.tabColor");
    this.queueSet("tabColor", color, (s) => { s.tabColor = color; });
  }

  get freezePanes(): SimFreezePanes {
    this.context.requires("1.7", "Worksheet.freezePanes");
    return new SimFreezePanes(this);
  }

  get pageLayout(): SimPageLayout {
    this.context.requires("1.9", "Worksheet.pageLayout");
    return new SimPageLayout(this);
  }

  delete(): void {
    this.context.enqueue("Worksheet.delete", undefined, () => this.context.model.deleteSheet(this.resolved().id));
  }

  activate(): void {
    this.context.enqueue("Worksheet.activate", undefined, () => {
      this.context.model.activeSheetId = this.resolved().id;
    });
  }

  private range(describe: string, args: unknown, rect: () => CellRect | null, nullable = false): SimRange {
    const range = new SimRange(this.context);
    this.context.enqueue(describe, args, () => {
      const r = rect();
      if (r === null && !nullable) throw new SimulatedExcelError("ItemNotFound", "The range is empty.");
      range.bind(r === null ? null : { sheet: this.resolved(), rect: r });
    });
    return range;
  }

  getRange(address?: string): SimRange {
    return this.range("Worksheet.getRange", address, () => {
      if (address === undefined) return { row: 0, column: 0, rowCount: 1_048_576, columnCount: 16_384 };
      const rect = parseAddress(address);
      if (!rect) throw new SimulatedExcelError("InvalidArgument", `The address "${address}" is not valid.`);
      return rect;
    });
  }

  getRangeByIndexes(row: number, column: number, rowCount: number, columnCount: number): SimRange {
    this.context.requires("1.7", "Worksheet.getRangeByIndexes");
    return this.range("Worksheet.getRangeByIndexes", [row, column, rowCount, columnCount], () => {
      if (row < 0 || column < 0 || rowCount < 1 || columnCount < 1) throw new SimulatedExcelError("InvalidArgument", "Range indexes out of bounds.");
      return { row, column, rowCount, columnCount };
    });
  }

  getUsedRange(valuesOnly?: boolean): SimRange {
    return this.range("Worksheet.getUsedRange", valuesOnly, () => this.context.model.usedRect(this.resolved()) ?? { row: 0, column: 0, rowCount: 1, columnCount: 1 });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): SimRange {
    this.context.requires("1.4", "Worksheet.getUsedRangeOrNullObject");
    return this.range("Worksheet.getUsedRangeOrNullObject", valuesOnly, () => this.context.model.usedRect(this.resolved()), true);
  }
}

export class SimWorksheetCollection extends SimProxy<SimSheet[]> {
  private loadedItems: SimWorksheet[] | null = null;

  constructor(context: SimContext) {
    super(context, "WorksheetCollection");
    this.bind(context.model.sheets);
  }

  protected readProperty(property: string): unknown {
    if (property === "items" || property.startsWith("items/")) return null;
    throw new SimulatedExcelError("InvalidArgument", `The simulator does not load WorksheetCollection.${property}.`);
  }

  override load(properties?: string | string[] | { select?: string }): this {
    super.load(properties);
    const wanted = (Array.isArray(properties) ? properties : String(properties ?? "items").split(","))
      .map((p) => p.trim())
      .filter((p) => p.startsWith("items/"))
      .map((p) => p.slice("items/".length));
    this.context.enqueue("WorksheetCollection.items", wanted, () => {
      this.loadedItems = this.context.model.sheets.map((s) => {
        const ws = new SimWorksheet(this.context);
        ws.bind(s);
        return ws;
      });
    });
    this.context.onSynced(() => {
      for (const ws of this.loadedItems ?? []) ws.markLoaded(wanted.length > 0 ? wanted : ["name", "position", "visibility"]);
    });
    return this;
  }

  get items(): SimWorksheet[] {
    if (this.loadedItems === null) this.readLoaded("items");
    return this.loadedItems ?? [];
  }

  private lookup(describe: string, name: string, nullable: boolean): SimWorksheet {
    const ws = new SimWorksheet(this.context);
    this.context.enqueue(describe, name, () => {
      const sheet = this.context.model.sheetByName(name);
      if (!sheet && !nullable) throw new SimulatedExcelError("ItemNotFound", `The worksheet "${name}" doesn't exist.`);
      ws.bind(sheet ?? null);
    });
    ws.markSettledAfterSync();
    return ws;
  }

  getItem(name: string): SimWorksheet {
    return this.lookup("WorksheetCollection.getItem", name, false);
  }

  getItemOrNullObject(name: string): SimWorksheet {
    this.context.requires("1.4", "WorksheetCollection.getItemOrNullObject");
    return this.lookup("WorksheetCollection.getItemOrNullObject", name, true);
  }

  getActiveWorksheet(): SimWorksheet {
    const ws = new SimWorksheet(this.context);
    this.context.enqueue("WorksheetCollection.getActiveWorksheet", undefined, () => ws.bind(this.context.model.sheetById(this.context.model.activeSheetId)));
    return ws;
  }

  add(name?: string): SimWorksheet {
    const ws = new SimWorksheet(this.context);
    this.context.enqueue("WorksheetCollection.add", name, () => ws.bind(this.context.model.addSheet(name)));
    return ws;
  }
}

export class SimWorkbook {
  readonly worksheets: SimWorksheetCollection;

  constructor(context: SimContext) {
    this.worksheets = new SimWorksheetCollection(context);
  }
}
