import { overlaps, parseAddress, splitSheetPrefix } from "./address";
import { SimProxy, type SimContext } from "./context";
import { SimulatedExcelError } from "./errors";
import type { SimSheet, SimTable, SimWorkbookModel } from "./model";
import { refuseOnProtectedSheet } from "./protection";
import { SimRange } from "./range";
import { SimWorksheet } from "./worksheet";

const TABLE_NAME = /^[A-Za-z_\\\u0400-\u04FF][A-Za-z0-9_.\u0400-\u04FF]*$/u;
const CELL_LIKE = /^[A-Za-z]{1,3}\d+$|^[RrCc]\d*$/u;

export class SimTableProxy extends SimProxy<SimTable> {
  constructor(context: SimContext) {
    super(context, "Table");
  }

  protected readProperty(property: string): unknown {
    const t = this.resolved();
    if (property === "name" || property === "style" || property === "showBandedRows") return t[property];
    if (property === "id") return `{T${t.id}}`;
    throw new SimulatedExcelError("InvalidArgument", `The simulator does not load Table.${property}.`);
  }

  get name(): string { return this.readLoaded("name"); }
  get style(): string { return this.readLoaded("style"); }

  set name(name: string) {
    this.queueSet("name", name, (t) => {
      refuseOnProtectedSheet(this.context.model.sheetById(t.sheetId), "renaming a table");
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

  get worksheet(): SimWorksheet {
    const ws = new SimWorksheet(this.context);
    this.context.enqueue("Table.worksheet", undefined, () => ws.bind(this.context.model.sheetById(this.resolved().sheetId)));
    return ws;
  }

  private part(describe: string, pick: (t: SimTable) => { row: number; rowCount: number }): SimRange {
    const range = new SimRange(this.context);
    this.context.enqueue(describe, undefined, () => {
      const t = this.resolved();
      const { row, rowCount } = pick(t);
      range.bind({ sheet: this.context.model.sheetById(t.sheetId), rect: { ...t.rect, row, rowCount } });
    });
    return range;
  }

  getRange(): SimRange { return this.part("Table.getRange", (t) => t.rect); }
  getHeaderRowRange(): SimRange { return this.part("Table.getHeaderRowRange", (t) => ({ row: t.rect.row, rowCount: 1 })); }
  getDataBodyRange(): SimRange { return this.part("Table.getDataBodyRange", (t) => ({ row: t.rect.row + 1, rowCount: t.rect.rowCount - 1 })); }

  /** ExcelApi 1.13: the table takes the new range, which must keep its header row. */
  resize(newRange: SimRange | string): void {
    this.context.requires("1.13", "Table.resize");
    const describe = typeof newRange === "string" ? newRange : "(range)";
    this.context.enqueue("Table.resize", describe, () => {
      const t = this.resolved();
      refuseOnProtectedSheet(this.context.model.sheetById(t.sheetId), "resizing a table");
      const rect = typeof newRange === "string" ? parseAddress(newRange) : newRange.resolvedRect();
      if (!rect || rect.row !== t.rect.row) throw new SimulatedExcelError("InvalidArgument", `The table cannot take the range "${describe}".`);
      t.rect = rect;
    });
  }

  delete(): void {
    this.context.enqueue("Table.delete", undefined, () => {
      const t = this.resolved();
      refuseOnProtectedSheet(this.context.model.sheetById(t.sheetId), "deleting a table");
      const tables = this.context.model.tables;
      tables.splice(tables.indexOf(t), 1);
    });
  }
}

/** A worksheet's tables, or (with no sheet) the workbook's. */
export class SimTableCollection extends SimProxy<SimTable[]> {
  private loadedItems: SimTableProxy[] | null = null;

  constructor(
    context: SimContext,
    private readonly sheet: (() => SimSheet) | null,
  ) {
    super(context, "TableCollection");
  }

  private current(): SimTable[] {
    const sheet = this.sheet?.();
    return this.context.model.tables.filter((t) => sheet === undefined || t.sheetId === sheet.id);
  }

  protected readProperty(property: string): unknown {
    if (property === "count") return this.current().length;
    if (property === "items" || property.startsWith("items/")) return null;
    throw new SimulatedExcelError("InvalidArgument", `The simulator does not load TableCollection.${property}.`);
  }

  override load(properties?: string | string[] | { select?: string }): this {
    this.context.enqueue("TableCollection.bind", undefined, () => this.bind(this.current()));
    super.load(properties);
    const wanted = (Array.isArray(properties) ? properties : String(properties ?? "items").split(","))
      .map((p) => p.trim())
      .filter((p) => p.startsWith("items/"))
      .map((p) => p.slice("items/".length));
    this.context.enqueue("TableCollection.items", wanted, () => {
      this.loadedItems = this.current().map((t) => {
        const proxy = new SimTableProxy(this.context);
        proxy.bind(t);
        return proxy;
      });
    });
    this.context.onSynced(() => {
      for (const t of this.loadedItems ?? []) t.markLoaded(wanted.length > 0 ? wanted : ["name", "style"]);
    });
    return this;
  }

  get items(): SimTableProxy[] {
    if (this.loadedItems === null) this.readLoaded("items");
    return this.loadedItems ?? [];
  }

  get count(): number { return this.readLoaded("count"); }

  private lookup(describe: string, name: string, nullable: boolean): SimTableProxy {
    const proxy = new SimTableProxy(this.context);
    this.context.enqueue(describe, name, () => {
      const found = this.current().find((t) => t.name.toLowerCase() === name.toLowerCase());
      if (!found && !nullable) throw new SimulatedExcelError("ItemNotFound", `The table "${name}" doesn't exist.`);
      proxy.bind(found ?? null);
    });
    proxy.markSettledAfterSync();
    return proxy;
  }

  getItem(key: string): SimTableProxy { return this.lookup("TableCollection.getItem", key, false); }

  getItemOrNullObject(key: string): SimTableProxy {
    this.context.requires("1.4", "TableCollection.getItemOrNullObject");
    return this.lookup("TableCollection.getItemOrNullObject", key, true);
  }

  add(address: string | SimRange, hasHeaders: boolean): SimTableProxy {
    const table = new SimTableProxy(this.context);
    const addressText = typeof address === "string" ? address : "(range)";
    this.context.enqueue("TableCollection.add", [addressText, hasHeaders], () => {
      const model = this.context.model;
      const prefix = typeof address === "string" ? splitSheetPrefix(address).sheet : null;
      const sheet = typeof address === "string" ? (prefix === null ? this.sheet?.() : model.sheetByName(prefix)) : address.resolvedTarget().sheet;
      const rect = typeof address === "string" ? parseAddress(address) : address.resolvedRect();
      if (!rect || !sheet) throw new SimulatedExcelError("InvalidArgument", `The address "${addressText}" is not valid.`);
      if (model.tables.some((t) => t.sheetId === sheet.id && overlaps(t.rect, rect))) {
        throw new SimulatedExcelError("InvalidOperation", "A table can't overlap another table.");
      }
      refuseOnProtectedSheet(sheet, "adding a table");
      const id = model.newTableId();
      const created: SimTable = { id, name: `Table${id}`, sheetId: sheet.id, rect, style: "TableStyleMedium2", showBandedRows: true };
      if (hasHeaders) nameHeaders(model, sheet, rect);
      model.tables.push(created);
      table.bind(created);
    });
    return table;
  }
}

/** Excel gives blank headers "ColumnN", makes every header text, and renames repeats "Примітка2", "Примітка3". */
function nameHeaders(model: SimWorkbookModel, sheet: SimSheet, rect: { row: number; column: number; columnCount: number }): void {
  const seen = new Set<string>();
  for (let c = rect.column; c < rect.column + rect.columnCount; c++) {
    const cell = model.cellForWrite(sheet, rect.row, c);
    let name = cell.value === null || cell.value === "" ? `Column${c - rect.column + 1}` : String(cell.value);
    const base = name;
    for (let n = 2; seen.has(name.toLowerCase()); n++) name = `${base}${n}`;
    seen.add(name.toLowerCase());
    Object.assign(cell, { value: name, formula: null, error: false });
  }
}
