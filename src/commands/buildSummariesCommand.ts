import type { ConsolidationOperations } from "../domain/consolidation/operations";
import { failureText, toHostFailure, type HostFailure } from "../domain/hostFailure";
import { formatIssue, t, type Locale } from "../domain/messages";
import type { DialogAnswer, DialogRequest } from "./dialogProtocol";
import { showReport } from "./loadProgrammeCommand";

/** One click from the ribbon: rebuild every summary from «Дані» for the latest period, and say what was built. */
export async function runBuildSummaries(
  locale: Locale,
  operations: ConsolidationOperations,
  dialog: (request: DialogRequest) => Promise<DialogAnswer>,
): Promise<HostFailure | null> {
  let text: string;
  try {
    const outcome = await operations.rebuild(null);
    text =
      outcome.kind === "built"
        ? t(locale, "consolidation.built", { period: outcome.label, rows: outcome.rows })
        : outcome.kind === "blocked"
          ? [t(locale, "consolidation.blocked"), ...outcome.issues.map((i) => formatIssue(locale, i).message)].join(" ")
          : t(locale, "consolidation.noData");
  } catch (error) {
    text = failureText(locale, toHostFailure(error));
  }
  return showReport(locale, t(locale, "command.buildSummaries.title"), text, dialog);
}
