import { createHash } from "node:crypto";
import { demoReports } from "../../src/domain/consolidation/demoReports";
import type { ImportUi } from "../../src/domain/consolidation/operations";
import type { OperationUi } from "../../src/domain/operations";
import { parseEmbeddedProgramme } from "../../src/domain/programme/embeddedProgramme";
import { reportingPeriods, type ReportingPeriod } from "../../src/domain/programme/referenceLists";
import type { Unit } from "../../src/domain/reports/units";
import { createConsolidationOperations } from "../../src/excel/consolidationOperations";
import { readSourceBytes } from "../../src/xlsx/readSource";
import { sheetPlansToXlsx } from "../../src/xlsx/writeSheetPlans";
import type { SimWorkbookModel } from "./excelSimulator";

export const programme = parseEmbeddedProgramme().programme;
export const H1 = reportingPeriods(programme.years).find((p) => p.code === "2025-H1") as ReportingPeriod;

/** A user who answers yes to every question. */
export const yes: OperationUi & ImportUi = { confirmReplace: async () => true, progress: () => undefined, confirmPersonalData: async () => true };

/**
 * The consolidation operations as the task pane builds them, on a fixed clock. `sha256` defaults to the
 * real hash; a test that imports copies of one file passes distinct hashes so each copy counts as a file.
 */
export function consolidationOperations(sha256: (bytes: Uint8Array) => Promise<string> = async (b) => createHash("sha256").update(b).digest("hex")) {
  return createConsolidationOperations({ readFile: readSourceBytes, sha256, now: () => "2026-11-28 10:00:00", today: () => "2026-11-28", locale: () => "uk", policy: { delaysMs: [1] } });
}

/** The demo's filled reports of these units for I півріччя 2025, as the files they would send. */
export async function reportFiles(units: readonly Unit[], submitted = "15.07.2025"): Promise<{ name: string; bytes: Uint8Array }[]> {
  return Promise.all(demoReports(programme, units, H1, submitted, "01.08.2025").map(async (r) => ({ name: r.file, bytes: await sheetPlansToXlsx(r.plans) })));
}

/** A summary sheet from its table's header row down: the lines above «Зведення» and «За виконавцями» (who reported) left out. */
export function summaryTable(model: SimWorkbookModel, sheet: string): ReturnType<SimWorkbookModel["snapshot"]> {
  const table = model.tables.find((t) => model.sheetById(t.sheetId).name === sheet);
  return model.snapshot(sheet).slice(table?.rect.row ?? 0);
}
