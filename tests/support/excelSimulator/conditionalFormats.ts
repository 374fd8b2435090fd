import { overlaps, type CellRect } from "./address";
import { SimProxy, type SimContext } from "./context";
import { SimulatedExcelError } from "./errors";
import type { SimSheet } from "./model";
import { refuseOnProtectedSheet } from "./protection";

/** A conditional format as Excel keeps it: its type, the range it covers, a custom rule's formula and fill. */
export interface SimConditionalFormatRecord {
  id: number;
  type: string;
  rect: CellRect;
  formula: string | null;
  fill: string | null;
  numberFormat: string | null;
}

class SimRule extends SimProxy<SimConditionalFormatRecord> {
  constructor(context: SimContext, private readonly owner: SimConditionalFormat) {
    super(context, "ConditionalFormatRule");
  }

  protected readProperty(property: string): unknown {
    if (property === "formula") return this.owner.record().formula;
    throw new SimulatedExcelError("InvalidArgument", `The simulator does not load ConditionalFormatRule.${property}.`);
  }

  get formula(): string { return this.readLoaded("formula"); }
  set formula(v: string) {
    this.context.enqueue("ConditionalFormatRule.formula", v, () => {
      this.owner.record().formula = v;
    });
  }

  markFormula(): void {
    this.bind(this.owner.record());
    this.markLoaded(["formula"]);
  }
}

export class SimConditionalFormat extends SimProxy<SimConditionalFormatRecord> {
  readonly custom: { readonly rule: SimRule; readonly format: { readonly fill: { color: string }; numberFormat: string } };

  constructor(context: SimContext, private readonly sheet: () => SimSheet) {
    super(context, "ConditionalFormat");
    const rule = new SimRule(context, this);
    const record = () => this.record();
    const fill = {
      set color(v: string) {
        context.enqueue("ConditionalRangeFill.color", v, () => {
          record().fill = v;
        });
      },
      get color(): string {
        throw new SimulatedExcelError("InvalidArgument", "The simulator does not load ConditionalRangeFill.color.");
      },
    };
    const format = {
      fill,
      set numberFormat(v: string) {
        context.enqueue("ConditionalRangeFormat.numberFormat", v, () => {
          record().numberFormat = v;
        });
      },
      get numberFormat(): string {
        throw new SimulatedExcelError("InvalidArgument", "The simulator does not load ConditionalRangeFormat.numberFormat.");
      },
    };
    this.custom = { rule, format };
  }

  record(): SimConditionalFormatRecord {
    return this.resolved();
  }

  protected readProperty(property: string): unknown {
    const r = this.resolved();
    if (property === "type") return r.type;
    if (property === "id") return String(r.id);
    throw new SimulatedExcelError("InvalidArgument", `The simulator does not load ConditionalFormat.${property}.`);
  }

  get type(): string { return this.readLoaded("type"); }
  get id(): string { return this.readLoaded("id"); }

  delete(): void {
    this.context.enqueue("ConditionalFormat.delete", undefined, () => {
      refuseOnProtectedSheet(this.sheet(), "deleting a conditional format");
      const list = this.sheet().conditionalFormats;
      const at = list.indexOf(this.resolved());
      if (at >= 0) list.splice(at, 1);
    });
  }
}

/** Range.conditionalFormats (ExcelApi 1.6): those that touch the range. */
export class SimConditionalFormatCollection {
  private loadedItems: SimConditionalFormat[] | null = null;

  constructor(
    private readonly context: SimContext,
    private readonly target: () => { sheet: SimSheet; rect: CellRect },
  ) {}

  add(type: "Custom" | "DataBar" | "ColorScale" | "IconSet" | "TopBottom" | "PresetCriteria" | "ContainsText" | "CellValue"): SimConditionalFormat {
    const cf = new SimConditionalFormat(this.context, () => this.target().sheet);
    this.context.enqueue("ConditionalFormatCollection.add", type, () => {
      const { sheet, rect } = this.target();
      refuseOnProtectedSheet(sheet, "adding a conditional format");
      const record: SimConditionalFormatRecord = { id: this.context.model.newTableId(), type, rect, formula: null, fill: null, numberFormat: null };
      sheet.conditionalFormats.push(record);
      cf.bind(record);
    });
    return cf;
  }

  load(properties?: string): this {
    const wantsFormula = String(properties ?? "").includes("custom/rule/formula");
    this.context.enqueue("ConditionalFormatCollection.load", properties, () => {
      const { sheet, rect } = this.target();
      this.loadedItems = sheet.conditionalFormats.filter((c) => overlaps(c.rect, rect)).map((record) => {
        const cf = new SimConditionalFormat(this.context, () => sheet);
        cf.bind(record);
        return cf;
      });
      this.context.countResponse(this.loadedItems.length * 64);
    });
    this.context.onSynced(() => {
      for (const cf of this.loadedItems ?? []) {
        cf.markLoaded(["type", "id"]);
        if (wantsFormula) cf.custom.rule.markFormula();
      }
    });
    return this;
  }

  get items(): SimConditionalFormat[] {
    if (this.loadedItems === null) throw new SimulatedExcelError("PropertyNotLoaded", "The property 'items' is not available. Call load and sync first.");
    return this.loadedItems;
  }
}
