import { parseAddress, type CellRect } from "./address";
import { SimProxy, type SimContext } from "./context";
import { SimulatedExcelError } from "./errors";
import type { SimSheet } from "./model";
import type { SimRange } from "./range";

/** A chart as the simulator keeps it: its type, its data and category ranges, title, legend and place on the sheet. */
export interface SimChartRecord {
  id: number;
  type: string;
  source: CellRect;
  seriesBy: string;
  title: string | null;
  legendVisible: boolean;
  categories: CellRect | null;
  valueAxisMaximum: number | null;
  position: { start: string; end: string } | null;
}

class SimChartSeries {
  constructor(private readonly context: SimContext, private readonly chart: SimChart) {}

  /** ExcelApi 1.7. */
  setXAxisValues(source: SimRange): void {
    this.context.requires("1.7", "ChartSeries.setXAxisValues");
    this.context.enqueue("ChartSeries.setXAxisValues", "(range)", () => {
      const target = source.resolvedTarget();
      if (target.sheet.id !== this.chart.sheetOf().id) throw new SimulatedExcelError("InvalidArgument", "The category range must be on the chart's sheet.");
      this.chart.record().categories = target.rect;
    });
  }
}

export class SimChart extends SimProxy<SimChartRecord> {
  readonly title: { text: string };
  readonly legend: { visible: boolean };
  readonly axes: { readonly valueAxis: { maximum: number } };
  readonly series: { getItemAt(index: number): SimChartSeries };

  constructor(context: SimContext, readonly sheetOf: () => SimSheet) {
    super(context, "Chart");
    const set = <K extends keyof SimChartRecord>(describe: string, key: K, value: SimChartRecord[K]) => context.enqueue(describe, value, () => void (this.record()[key] = value));
    const fail = (what: string) => {
      throw new SimulatedExcelError("InvalidArgument", `The simulator does not load ${what}.`);
    };
    this.title = { set text(v: string) { set("ChartTitle.text", "title", v); }, get text(): string { return fail("ChartTitle.text") as never; } };
    this.legend = { set visible(v: boolean) { set("ChartLegend.visible", "legendVisible", v); }, get visible(): boolean { return fail("ChartLegend.visible") as never; } };
    this.axes = { valueAxis: { set maximum(v: number) { set("ChartAxis.maximum", "valueAxisMaximum", v); }, get maximum(): number { return fail("ChartAxis.maximum") as never; } } };
    this.series = {
      getItemAt: (index: number) => {
        context.enqueue("ChartSeriesCollection.getItemAt", index, () => {
          if (index !== 0) throw new SimulatedExcelError("InvalidArgument", "The simulator's charts have one series.");
        });
        return new SimChartSeries(context, this);
      },
    };
  }

  record(): SimChartRecord {
    return this.resolved();
  }

  protected readProperty(property: string): never {
    throw new SimulatedExcelError("InvalidArgument", `The simulator does not load Chart.${property}.`);
  }

  setPosition(startCell: string, endCell?: string): void {
    this.context.enqueue("Chart.setPosition", [startCell, endCell], () => {
      if (!parseAddress(startCell) || (endCell !== undefined && !parseAddress(endCell))) throw new SimulatedExcelError("InvalidArgument", "The chart position is not a cell address.");
      this.record().position = { start: startCell, end: endCell ?? startCell };
    });
  }
}

/** Worksheet.charts (ExcelApi 1.1): adding a chart over a range of the same sheet. */
export class SimChartCollection {
  constructor(private readonly context: SimContext, private readonly sheet: () => SimSheet) {}

  add(type: "BarClustered" | "ColumnClustered" | "Pie" | "Line", sourceData: SimRange, seriesBy?: "Auto" | "Columns" | "Rows"): SimChart {
    const chart = new SimChart(this.context, this.sheet);
    this.context.enqueue("ChartCollection.add", type, () => {
      const sheet = this.sheet();
      const target = sourceData.resolvedTarget();
      if (target.sheet.id !== sheet.id) throw new SimulatedExcelError("InvalidArgument", "The chart's data must be on its sheet.");
      if (sheet.protected) throw new SimulatedExcelError("AccessDenied", "Charts cannot be added to a protected sheet.");
      const record: SimChartRecord = { id: this.context.model.newTableId(), type, source: target.rect, seriesBy: seriesBy ?? "Auto", title: null, legendVisible: true, categories: null, valueAxisMaximum: null, position: null };
      sheet.charts.push(record);
      chart.bind(record);
    });
    return chart;
  }
}
