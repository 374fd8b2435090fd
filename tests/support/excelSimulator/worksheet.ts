import { parseAddress, splitSheetPrefix, type CellRect } from "./address";
import { SimProxy, type SimContext } from "./context";
import { SimulatedExcelError } from "./errors";
import type { SimSheet } from "./model";
import { SimRange } from "./range";
import { SimChartCollection } from "./charts";
import { SimTableCollection } from "./tables";
import { checkPassword, refuseIfStructureProtected, SimWorkbookProtection } from "./protection";

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

  readonly protection: SimWorksheetProtection;

  readonly charts: SimChartCollection;

  constructor(context: SimContext) {
    super(context, "Worksheet");
    this.tables = new SimTableCollection(context, () => this.resolved());
    this.charts = new SimChartCollection(context, () => this.resolved());
    this.protection = new SimWorksheetProtection(this);
  }

  sheet(): SimSheet {
    return this.resolved();
  }

  /** A collection load may reach into each sheet's protection ("items/protection/protected"). */
  override markLoaded(properties: readonly string[]): void {
    const nested = "protection/";
    super.markLoaded(properties.filter((p) => !p.startsWith(nested)));
    const inner = properties.filter((p) => p.startsWith(nested)).map((p) => p.slice(nested.length));
    if (inner.length > 0) this.protection.markLoaded(inner);
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
  get id(): string { return this.readLoaded("id"); }
  get position(): number { return this.readLoaded("position"); }
  get visibility(): "Visible" | "Hidden" | "VeryHidden" { return this.readLoaded("visibility"); }

  set name(name: string) {
    this.queueSet("name", name, (s) => {
      refuseIfStructureProtected(this.context.model, "renaming a sheet");
      this.context.model.checkSheetName(name, s.id);
      s.name = name;
    });
  }

  set visibility(visibility: "Visible" | "Hidden" | "VeryHidden") {
    this.queueSet("visibility", visibility, (s) => {
      refuseIfStructureProtected(this.context.model, "hiding or showing a sheet");
      this.context.model.setVisibility(s, visibility);
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
    this.context.enqueue("Worksheet.delete", undefined, () => {
      refuseIfStructureProtected(this.context.model, "deleting a sheet");
      this.context.model.deleteSheet(this.resolved().id);
    });
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
      const { sheet } = splitSheetPrefix(address);
      // A worksheet's getRange takes only its own cells: another sheet's name is refused, never ignored.
      if (sheet !== null && sheet.toLocaleLowerCase() !== this.resolved().name.toLocaleLowerCase()) {
        throw new SimulatedExcelError("InvalidArgument", `The address "${address}" names another worksheet.`);
      }
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
      const sheet = this.context.model.sheetByKey(name);
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
    this.context.enqueue("WorksheetCollection.add", name, () => {
      refuseIfStructureProtected(this.context.model, "adding a sheet");
      ws.bind(this.context.model.addSheet(name));
    });
    return ws;
  }
}

export class SimWorksheetProtection extends SimProxy<SimSheet> {
  constructor(private readonly worksheet: SimWorksheet) {
    super(worksheet.context, "WorksheetProtection");
  }

  protected readProperty(property: string): unknown {
    if (property === "protected") return this.worksheet.sheet().protected;
    if (property === "options") return { ...this.worksheet.sheet().protectionOptions };
    throw new SimulatedExcelError("InvalidArgument", `The simulator does not load WorksheetProtection.${property}.`);
  }

  override load(properties?: string | string[] | { select?: string }): this {
    this.context.enqueue("WorksheetProtection.bind", undefined, () => this.bind(this.worksheet.sheet()));
    return super.load(properties);
  }

  get protected(): boolean { return this.readLoaded("protected"); }
  get options(): Excel.WorksheetProtectionOptions { return this.readLoaded("options"); }

  protect(options?: Excel.WorksheetProtectionOptions, password?: string): void {
    this.context.requires("1.2", "WorksheetProtection.protect");
    if (password !== undefined) this.context.requires("1.7", "WorksheetProtection.protect(password)");
    this.context.enqueue("WorksheetProtection.protect", password === undefined ? [] : ["***"], () => {
      const sheet = this.worksheet.sheet();
      if (sheet.protected) throw new SimulatedExcelError("InvalidOperation", "The worksheet is already protected.");
      Object.assign(sheet, { protected: true, protectionPassword: password ?? null, protectionOptions: { ...options } });
    });
  }

  /** ExcelApi 1.2; the password needs 1.7. A sheet protected with a password stays protected without it. */
  unprotect(password?: string): void {
    this.context.requires("1.2", "WorksheetProtection.unprotect");
    if (password !== undefined) this.context.requires("1.7", "WorksheetProtection.unprotect(password)");
    this.context.enqueue("WorksheetProtection.unprotect", password === undefined ? [] : ["***"], () => {
      const sheet = this.worksheet.sheet();
      if (sheet.protected) checkPassword(sheet.protectionPassword, password, `the sheet "${sheet.name}"`);
      Object.assign(sheet, { protected: false, protectionPassword: null });
    });
  }
}

export class SimWorkbook {
  readonly worksheets: SimWorksheetCollection;
  readonly tables: SimTableCollection;

  constructor(private readonly context: SimContext) {
    this.worksheets = new SimWorksheetCollection(context);
    this.tables = new SimTableCollection(context, null);
  }

  get protection(): SimWorkbookProtection {
    return new SimWorkbookProtection(this.context);
  }
}
