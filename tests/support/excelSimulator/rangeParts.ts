import { formatAddress, type CellRect } from "./address";
import { SimProxy, type SimContext } from "./context";
import { SimulatedExcelError } from "./errors";
import type { SimSheet } from "./model";
import type { SimRange } from "./range";

/** Range.dataValidation (ExcelApi 1.8): rules, prompts and error alerts stored on every cell of the range. */
export class SimDataValidation {
  constructor(private readonly range: SimRange) {}

  private merge(key: string, value: unknown): void {
    this.range.queueCells(`dataValidation.${key}`, value, (cell) => {
      cell.validation = { ...(cell.validation ?? {}), [key]: value };
    });
  }

  set rule(rule: Excel.DataValidationRule) {
    const kinds = Object.keys(rule).filter((k) => (rule as Record<string, unknown>)[k] !== undefined);
    if (kinds.length !== 1) throw new SimulatedExcelError("InvalidArgument", "A data validation rule must have exactly one type.");
    this.merge("rule", rule);
  }

  set prompt(prompt: Excel.DataValidationPrompt) { this.merge("prompt", prompt); }
  set errorAlert(alert: Excel.DataValidationErrorAlert) { this.merge("errorAlert", alert); }
  set ignoreBlanks(v: boolean) { this.merge("ignoreBlanks", v); }

  clear(): void {
    this.range.queueCells("dataValidation.clear", undefined, (cell) => {
      cell.validation = null;
    });
  }
}

/** The merged areas that a range touches (ExcelApi 1.13), as Excel reports them: one address per area. */
export class SimRangeAreas extends SimProxy<{ sheet: SimSheet; rects: CellRect[] }> {
  constructor(context: SimContext) {
    super(context, "RangeAreas");
  }

  protected readProperty(property: string): unknown {
    const { sheet, rects } = this.resolved();
    if (property === "address") return rects.map((r) => formatAddress(sheet.name, r)).join(",");
    if (property === "areaCount") return rects.length;
    throw new SimulatedExcelError("InvalidArgument", `The simulator does not load RangeAreas.${property}.`);
  }

  get address(): string { return this.readLoaded("address"); }
  get areaCount(): number { return this.readLoaded("areaCount"); }
}
