import { notLoaded, SimulatedExcelError } from "./errors";
import type { SimWorkbookModel } from "./model";

/** "1.7" < "1.10": requirement-set versions compare by number, not as strings. */
export function versionAtLeast(have: string, need: string): boolean {
  const [hMajor = 0, hMinor = 0] = have.split(".").map(Number);
  const [nMajor = 0, nMinor = 0] = need.split(".").map(Number);
  return hMajor > nMajor || (hMajor === nMajor && hMinor >= nMinor);
}

export interface SyncRecord {
  readonly actions: number;
  /** The request's size in UTF-8 bytes, as Excel on the web measures it against its 5 MB limit. */
  readonly payloadBytes: number;
  /** The size of what the host sent back (loaded values), in UTF-8 bytes. */
  responseBytes: number;
}

export interface SimStats {
  /** One entry per round trip to the simulated host. */
  readonly syncs: SyncRecord[];
}

/** A failure to raise at the n-th action applied from now on (1-based), as a flaky host would. */
export interface InjectedFault {
  atAction: number;
  readonly code: SimulatedExcelError["code"];
  /** The session is lost with it: every request after fails too, until the test reconnects. */
  readonly sessionLost?: boolean;
}

export interface FaultState {
  pending: InjectedFault | null;
  applied: number;
  sessionLost: boolean;
}

/** What `Excel.run(options, batch)` was given; only what the simulator honours. */
export interface SimRunOptions {
  readonly delayForCellEdit?: boolean;
  /** ExcelApi 1.20: every sync of the batch is one step of Excel's own undo (`undoGroups.ts`). */
  readonly mergeUndoGroup?: boolean;
}

/** ExcelApi 1.11: the host holds a request back while the user edits a cell, instead of refusing it. */
export const DELAY_FOR_CELL_EDIT_API = "1.11";

/** Excel on the web refuses a request or a response over 5 MB. */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

const encoder = new TextEncoder();
export function utf8Bytes(text: string): number {
  return encoder.encode(text).length;
}

interface Action {
  readonly describe: string;
  readonly payloadBytes: number;
  readonly run: () => void;
}

const ACTION_OVERHEAD_BYTES = 48;

/** Queues actions like Office.js and applies them in order at sync; nothing touches the workbook before then. */
export class SimContext {
  private queue: Action[] = [];
  private readonly afterSync: (() => void)[] = [];

  private responseBytes = 0;

  constructor(
    readonly model: SimWorkbookModel,
    readonly apiVersion: string,
    readonly stats: SimStats,
    private readonly faults: FaultState,
    private readonly options: SimRunOptions = {},
  ) {}

  requires(version: string, api: string): void {
    if (!versionAtLeast(this.apiVersion, version)) {
      throw new SimulatedExcelError("ApiNotFound", `${api} needs ExcelApi ${version}; this host supports ExcelApi ${this.apiVersion}.`);
    }
  }

  enqueue(describe: string, args: unknown, run: () => void): void {
    const payloadBytes = ACTION_OVERHEAD_BYTES + utf8Bytes(describe) + (args === undefined ? 0 : utf8Bytes(JSON.stringify(args)));
    this.queue.push({ describe, payloadBytes, run });
  }

  /** Marks something to happen once the current batch has been applied (proxies become readable). */
  onSynced(fn: () => void): void {
    this.afterSync.push(fn);
  }

  get pendingActions(): number {
    return this.queue.length;
  }

  /** Loads report what they send back, so the response can be held to Excel's limit. */
  countResponse(value: unknown): void {
    this.responseBytes += utf8Bytes(JSON.stringify(value) ?? "");
  }

  async sync(): Promise<void> {
    const batch = this.queue;
    const settle = this.afterSync.splice(0);
    this.queue = [];
    const record: SyncRecord = { actions: batch.length, payloadBytes: batch.reduce((s, a) => s + a.payloadBytes, 0), responseBytes: 0 };
    this.stats.syncs.push(record);
    await Promise.resolve();
    if (this.faults.sessionLost) throw new SimulatedExcelError("RequestAborted", "The request was aborted: the connection to the workbook was lost.");
    if (this.model.cellEditMode) {
      // Excel.RunOptions.delayForCellEdit: on a host that knows it, the request waits for the user.
      if (this.options.delayForCellEdit === true && versionAtLeast(this.apiVersion, DELAY_FOR_CELL_EDIT_API)) await this.model.untilCellEditEnds();
      else throw new SimulatedExcelError("InvalidOperationInCellEditMode", "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.");
    }
    if (record.payloadBytes > PAYLOAD_LIMIT_BYTES) {
      throw new SimulatedExcelError("RequestPayloadSizeLimitExceeded", "The request payload size has exceeded the limit.");
    }
    this.responseBytes = 0;
    // Real Excel keeps the effects of the actions that ran before a failing one.
    for (const action of batch) {
      try {
        this.faults.applied++;
        const fault = this.faults.pending;
        if (fault !== null && --fault.atAction === 0) {
          this.faults.pending = null;
          if (fault.sessionLost === true) this.faults.sessionLost = true;
          throw new SimulatedExcelError(fault.code, `Injected failure at ${action.describe}.`);
        }
        action.run();
      } catch (e) {
        if (e instanceof SimulatedExcelError) {
          throw new SimulatedExcelError(e.code, e.message, { errorLocation: action.describe });
        }
        throw e;
      }
    }
    record.responseBytes = this.responseBytes;
    if (this.responseBytes > PAYLOAD_LIMIT_BYTES) {
      throw new SimulatedExcelError("ResponsePayloadSizeLimitExceeded", "The response payload size has exceeded the limit.");
    }
    for (const fn of settle) fn();
  }
}

/** A client-side proxy: properties are readable only after load + sync, writes are queued. */
export abstract class SimProxy<T> {
  protected target: T | null | undefined = undefined;
  private readonly loaded = new Map<string, unknown>();
  private settled = false;

  constructor(
    readonly context: SimContext,
    private readonly typeName: string,
  ) {}

  /** Called by the creating action during sync; null makes this a null object. */
  bind(target: T | null): void {
    this.target = target;
  }

  /** For collection items and lookups: the proxy counts as synced once the batch has run. */
  markSettledAfterSync(): void {
    this.settleAfterSync();
  }

  /** Collection loads ("items/name") fill their items' properties after the batch. */
  markLoaded(properties: readonly string[]): void {
    for (const p of properties) this.loaded.set(p, this.readProperty(p));
    this.settled = true;
  }

  protected settleAfterSync(): void {
    this.context.onSynced(() => {
      this.settled = true;
    });
  }

  protected resolved(): T {
    if (this.target === undefined) throw new Error(`${this.typeName} used before its creating action ran`);
    if (this.target === null) {
      throw new SimulatedExcelError("ItemNotFound", `The requested ${this.typeName} doesn't exist (null object).`);
    }
    return this.target;
  }

  get isNullObject(): boolean {
    if (!this.settled) throw notLoaded("isNullObject", this.typeName);
    return this.target === null;
  }

  protected readLoaded<V>(property: string): V {
    if (!this.loaded.has(property)) throw notLoaded(property, this.typeName);
    return this.loaded.get(property) as V;
  }

  protected abstract readProperty(property: string): unknown;

  load(properties?: string | string[] | { select?: string }): this {
    const list = normaliseLoad(properties);
    const staged = new Map<string, unknown>();
    this.context.enqueue(`${this.typeName}.load`, list, () => {
      const target = this.target;
      if (target === null) return;
      for (const p of list) {
        const value = this.readProperty(p);
        this.context.countResponse(value);
        staged.set(p, value);
      }
    });
    // A failed sync sends no response: nothing it loaded becomes readable.
    this.context.onSynced(() => {
      for (const [p, v] of staged) this.loaded.set(p, v);
    });
    this.settleAfterSync();
    return this;
  }

  protected queueSet(property: string, value: unknown, apply: (target: T) => void): void {
    this.context.enqueue(`${this.typeName}.${property}`, value, () => apply(this.resolved()));
  }
}

function normaliseLoad(properties?: string | string[] | { select?: string }): string[] {
  if (properties === undefined) return ["*"];
  if (Array.isArray(properties)) return properties.map((p) => p.trim());
  if (typeof properties === "string") return properties.split(",").map((p) => p.trim()).filter((p) => p !== "");
  return (properties.select ?? "*").split(",").map((p) => p.trim());
}
