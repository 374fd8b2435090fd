import { SimContext, versionAtLeast, type FaultState, type InjectedFault, type SimRunOptions, type SimStats } from "./context";
import { SimulatedExcelError } from "./errors";
import type { SimLocale } from "./interpret";
import { SimWorkbookModel } from "./model";
import { SimWorkbook } from "./worksheet";
import { checkRunOptions, recordUndo, type UndoLog } from "./undoGroups";

export { SimWorkbookModel } from "./model";
export { SimulatedExcelError } from "./errors";
export type { SimRunOptions, SimStats, SyncRecord } from "./context";
export { PAYLOAD_LIMIT_BYTES } from "./context";
export type { UndoLog } from "./undoGroups";

/** The two hosts the add-in must serve: Excel 2019 (perpetual) and Microsoft 365. */
export const HOSTS = {
  excel2019: "1.7",
  microsoft365: "1.17",
  /** A current Microsoft 365 with ExcelApi 1.20: batches can be merged into one undo step. */
  microsoft365Undo: "1.20",
} as const;

/** The two hosts every adapter test runs on, named for `describe.each(...)("… on %s", (label, apiVersion) => …)`. */
export const EVERY_HOST: readonly (readonly [string, string])[] = [
  ["Excel 2019 (ExcelApi 1.7)", HOSTS.excel2019],
  ["Microsoft 365", HOSTS.microsoft365],
];

/** Every host, and the one that merges a batch into one step of Excel's own undo (ExcelApi 1.20). */
export const EVERY_HOST_AND_UNDO_GROUPS: readonly (readonly [string, string])[] = [...EVERY_HOST, ["Microsoft 365 with ExcelApi 1.20", HOSTS.microsoft365Undo]];

export interface SimulatorOptions {
  readonly apiVersion?: string;
  readonly sheets?: readonly string[];
  readonly displayLanguage?: string;
  /** Regional settings that decide how typed text becomes numbers and dates; uk-UA unless told. */
  readonly locale?: SimLocale;
  /**
   * "replace" (unit tests) installs a minimal Office namespace; "patch" (browser tests) keeps the real
   * office.js namespace and overrides only what a host provides: onReady, context.requirements, language.
   */
  readonly office?: "replace" | "patch";
  /** More host members for Office.context, e.g. `ui.messageParent` for dialog pages or a dialog host double's `ui`. */
  readonly extraContext?: Readonly<Record<string, unknown>>;
}

export interface InstalledSimulator {
  readonly model: SimWorkbookModel;
  readonly stats: SimStats;
  /** Excel's own undo stack as the add-in's batches shaped it (see `undoGroups`). */
  readonly undo: UndoLog;
  readonly apiVersion: string;
  /** Syncs and payload since the last reset: what one operation cost. */
  resetStats(): void;
  /** Makes the n-th action applied from now on (1-based) fail with `code`; earlier actions keep their effect. */
  injectFault(atAction: number, code?: InjectedFault["code"]): void;
  /**
   * The connection to the workbook is lost at the n-th action from now on: that request fails with
   * RequestAborted (the actions before it keep their effect) and so does every later one, recovery
   * included, until `reconnect()` — as when Excel on the web loses its session mid-write.
   */
  dropConnection(atAction: number): void;
  reconnect(): void;
  /** Actions applied since install: the range over which faults can be injected. */
  readonly appliedActions: number;
  uninstall(): void;
}

type SimContextFacade = { workbook: SimWorkbook; sync(): Promise<void> };

/**
 * Installs `Excel` and `Office` globals backed by an in-memory workbook, typed as the
 * real Office.js API so the adapter under test compiles against @types/office-js unchanged.
 */
export function installExcelSimulator(options: SimulatorOptions = {}): InstalledSimulator {
  const apiVersion = options.apiVersion ?? HOSTS.microsoft365;
  const model = new SimWorkbookModel(options.sheets ?? ["Аркуш1"], options.locale ?? "uk-UA");
  const stats: SimStats = { syncs: [] };
  const faults: FaultState = { pending: null, applied: 0, sessionLost: false };
  const g = globalThis as unknown as Record<string, unknown>;
  const previous = { Excel: g["Excel"], Office: g["Office"] };

  const undo: UndoLog = { steps: [] };
  type Batch<T> = (context: SimContextFacade) => Promise<T>;
  // Excel.run(batch) or Excel.run(options, batch), as Office.js declares both.
  const run = async <T>(first: SimRunOptions | Batch<T>, second?: Batch<T>): Promise<T> => {
    const options = typeof first === "function" ? {} : checkRunOptions(first, apiVersion);
    const batch = (typeof first === "function" ? first : second) as Batch<T>;
    const context = new SimContext(model, apiVersion, stats, faults, options);
    const facade: SimContextFacade = { workbook: new SimWorkbook(context), sync: () => context.sync() };
    const steps = recordUndo(context, undo, options.mergeUndoGroup === true);
    try {
      const result = await batch(facade);
      if (context.pendingActions > 0) await context.sync();
      return result;
    } finally {
      steps.close();
    }
  };

  const requirements = {
    isSetSupported: (name: string, version?: string) => name === "ExcelApi" && versionAtLeast(apiVersion, version ?? "1.1"),
  };
  const displayLanguage = options.displayLanguage ?? "uk-UA";
  const onReady = () => Promise.resolve({ host: "Excel", platform: "OfficeOnline" });
  const createWorkbook = (base64?: string): Promise<void> => {
    if (!versionAtLeast(apiVersion, "1.8")) {
      throw new SimulatedExcelError("ApiNotFound", `Excel.createWorkbook needs ExcelApi 1.8; this host supports ExcelApi ${apiVersion}.`);
    }
    model.createdWorkbooks.push(base64 ?? "");
    return Promise.resolve();
  };
  // The enums the add-in names at run time, with Excel's own string values.
  const ConditionalFormatType = { custom: "Custom", dataBar: "DataBar", colorScale: "ColorScale", iconSet: "IconSet", topBottom: "TopBottom", presetCriteria: "PresetCriteria", containsText: "ContainsText", cellValue: "CellValue" };
  const DataValidationOperator = { between: "Between", notBetween: "NotBetween", equalTo: "EqualTo", notEqualTo: "NotEqualTo", greaterThan: "GreaterThan", lessThan: "LessThan", greaterThanOrEqualTo: "GreaterThanOrEqualTo", lessThanOrEqualTo: "LessThanOrEqualTo" };
  const DataValidationAlertStyle = { stop: "Stop", warning: "Warning", information: "Information" };
  const ChartType = { barClustered: "BarClustered", columnClustered: "ColumnClustered", pie: "Pie", line: "Line" };
  const ChartSeriesBy = { auto: "Auto", columns: "Columns", rows: "Rows" };
  g["Excel"] = { run, createWorkbook, ConditionalFormatType, DataValidationOperator, DataValidationAlertStyle, ChartType, ChartSeriesBy };
  if (options.office === "patch" && typeof previous.Office === "object" && previous.Office !== null) {
    // office.js finishes starting up asynchronously (it even replaces window.Office), so the host's
    // part is added once the real onReady has resolved: then Office.context is the final object.
    const office = previous.Office as { onReady: () => Promise<unknown> };
    const realOnReady = office.onReady.bind(office);
    office.onReady = async () => {
      await realOnReady();
      const context = (g["Office"] as { context: object }).context;
      Object.defineProperty(context, "requirements", { configurable: true, value: requirements });
      Object.defineProperty(context, "displayLanguage", { configurable: true, value: displayLanguage });
      for (const [name, value] of Object.entries(options.extraContext ?? {})) Object.defineProperty(context, name, { configurable: true, value });
      return onReady();
    };
  } else {
    // The enums the dialog code names at run time, with office.js's own string values.
    const AsyncResultStatus = { Succeeded: "succeeded", Failed: "failed" };
    const EventType = { DialogMessageReceived: "dialogMessageReceived", DialogEventReceived: "dialogEventReceived" };
    g["Office"] = { context: { displayLanguage, requirements, ...options.extraContext }, HostType: { Excel: "Excel" }, AsyncResultStatus, EventType, onReady };
  }

  return {
    model,
    stats,
    undo,
    apiVersion,
    resetStats: () => {
      stats.syncs.length = 0;
      undo.steps.length = 0;
    },
    injectFault: (atAction, code = "GeneralException") => {
      faults.pending = { atAction, code };
    },
    dropConnection: (atAction) => {
      faults.pending = { atAction, code: "RequestAborted", sessionLost: true };
    },
    reconnect: () => {
      faults.sessionLost = false;
    },
    get appliedActions() {
      return faults.applied;
    },
    uninstall: () => {
      g["Excel"] = previous.Excel;
      g["Office"] = previous.Office;
    },
  };
}
