import type { ConsolidationOperations } from "../../src/domain/consolidation/operations";
import { lazily } from "../../src/taskpane/lazily";

const periods = [{ code: "2025-H1", label: "I півріччя 2025 року" }];

function fake(): ConsolidationOperations {
  return {
    importFiles: async () => ({ kind: "cancelled" }),
    importSheets: async () => ({ kind: "noReports", notes: [] }),
    rebuild: async (period) => (period === null ? { kind: "noData" } : { kind: "built", period, label: "x", rows: 1, redacted: 0, removedLeftovers: [], notes: [], reporting: { required: { expected: 1, reported: 1, notReported: [] }, byConsent: { expected: 0, reported: 0, notReported: [] } } }),
    periods: async () => periods,
  };
}

describe("operations from a lazy chunk", () => {
  it("fetches the chunk on the first call only, and passes arguments and results through", async () => {
    let loads = 0;
    const ops = lazily(async () => (loads++, fake()));
    expect(loads).toBe(0);
    expect(await ops.periods()).toBe(periods);
    expect(await ops.rebuild("2025-H1", { confirmPersonalData: async () => true })).toMatchObject({ kind: "built", period: "2025-H1", label: "x", rows: 1, redacted: 0, removedLeftovers: [], notes: [], reporting: { required: { expected: 1, reported: 1 } } });
    expect(loads).toBe(1);
  });

  it("rejects the call when the chunk cannot be fetched, and tries again on the next", async () => {
    let attempts = 0;
    const ops = lazily(async () => {
      attempts++;
      if (attempts === 1) throw new Error("ChunkLoadError");
      return fake();
    });
    await expect(ops.importSheets({ confirmReplace: async () => true, confirmPersonalData: async () => true, progress: () => undefined })).rejects.toThrow("ChunkLoadError");
    expect(await ops.importSheets({ confirmReplace: async () => true, confirmPersonalData: async () => true, progress: () => undefined })).toEqual({ kind: "noReports", notes: [] });
    expect(attempts).toBe(2);
  });
});
