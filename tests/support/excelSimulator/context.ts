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
  readonly payloadBytes: number;
}

export interface SimStats {
  /** One entry per round trip to the simulated host. */
  readonly syncs: SyncRecord[];
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

  constructor(
    readonly model: SimWorkbookModel,
    readonly apiVersion: string,
    readonly stats: SimStats,
  ) {}

  requires(version: string, api: string): void {
    if (!versionAtLeast(this.apiVersion, version)) {
      throw new SimulatedExcelError("ApiNotFound", `${api} needs ExcelApi ${version}; this host supports ExcelApi ${this.apiVersion}.`);
    }
  }

  enqueue(describe: string, args: unknown, run: () => void): void {
    const payloadBytes = ACTION_OVERHEAD_BYTES + describe.length + (args === undefined ? 0 : JSON.stringify(args).length);
    this.queue.push({ describe, payloadBytes, run });
  }

  /** Marks something to happen once the current batch has been applied (proxies become readable). */
  onSynced(fn: () => void): void {
    this.afterSync.push(fn);
  }

  get pendingActions(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    const batch = this.queue;
    const settle = this.afterSync.splice(0);
    this.queue = [];
    this.stats.syncs.push({ actions: batch.length, payloadBytes: batch.reduce((s, a) => s + a.payloadBytes, 0) });
    await Promise.resolve();
    for (const action of batch) {
      try {
        action.run();
      } catch (e) {
        if (e instanceof SimulatedExcelError) {
          throw new SimulatedExcelError(e.code, e.message, { errorLocation: action.describe });
        }
        throw e;
      }
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
    this.context.enqueue(`${this.typeName}.load`, list, () => {
      const target = this.target;
      if (target === null) return;
      for (const p of list) this.loaded.set(p, this.readProperty(p));
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
