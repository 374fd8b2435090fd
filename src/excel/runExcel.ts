/** How long to wait before each retry while the user is editing a cell (Excel refuses every batch then). */
export interface RetryPolicy {
  readonly delaysMs: readonly number[];
}

export const DEFAULT_RETRY: RetryPolicy = { delaysMs: [500, 1000, 2000, 4000] };

export function errorCode(error: unknown): string | null {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : null;
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Excel.run, asking the host to hold the batch while the user is editing a cell instead of refusing it
 * (`RunOptions.delayForCellEdit`) wherever the host has it (ExcelApi 1.11); older hosts refuse the batch
 * with InvalidOperationInCellEditMode, and the callers below wait and try again.
 */
export function runBatch<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  return Office.context.requirements.isSetSupported("ExcelApi", "1.11") ? Excel.run({ delayForCellEdit: true }, batch) : Excel.run(batch);
}

/**
 * Excel.run for batches that change nothing before their last sync (reads, rollbacks): while Excel is
 * in cell-edit mode they are refused whole, so running them again once the user has finished is safe.
 */
export async function runRetrying<T>(batch: (context: Excel.RequestContext) => Promise<T>, policy: RetryPolicy = DEFAULT_RETRY): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await runBatch(batch);
    } catch (error) {
      const delay = policy.delaysMs[attempt];
      if (errorCode(error) !== "InvalidOperationInCellEditMode" || delay === undefined) throw error;
      await wait(delay);
    }
  }
}
