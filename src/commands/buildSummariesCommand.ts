import type { ConsolidationOperations, RebuildOutcome } from "../domain/consolidation/operations";
import { failureText, toHostFailure, type HostFailure } from "../domain/hostFailure";
import type { Issue } from "../domain/issues";
import { issueLine, t, type Locale } from "../domain/messages";
import { leftoversText } from "../domain/operations";
import { reportingText } from "../domain/consolidation/summaryHeadlines";
import type { DialogAnswer, DialogRequest } from "./dialogProtocol";
import { showReport } from "./loadProgrammeCommand";

/** The dialog travels in its URL: a few findings, then how many more. */
const SHOWN_FINDINGS = 5;

function builtText(locale: Locale, outcome: RebuildOutcome): string {
  if (outcome.kind === "noData") return t(locale, "consolidation.noData");
  if (outcome.kind === "blocked") return [t(locale, "consolidation.blocked"), ...outcome.issues.map((i) => issueLine(locale, i))].join("\n");
  const built = t(locale, "consolidation.built", { period: outcome.label, rows: outcome.rows });
  const redacted = outcome.redacted > 0 ? [t(locale, "consolidation.redacted", { count: outcome.redacted })] : [];
  return [built, reportingText(locale, outcome.reporting), ...redacted, ...leftoversText(locale, outcome.removedLeftovers), ...outcome.notes.map((i) => issueLine(locale, i))].join("\n");
}

export function personalDataText(locale: Locale, findings: readonly Issue[]): string {
  const more = findings.length - SHOWN_FINDINGS;
  return [
    ...findings.slice(0, SHOWN_FINDINGS).map((i) => issueLine(locale, i)),
    ...(more > 0 ? [t(locale, "consolidation.moreFindings", { count: more })] : []),
    t(locale, "consolidation.personalData.question"),
  ].join("\n");
}

/** One click from the ribbon: rebuild every summary from «Дані» for the latest period, and say what was built. */
export async function runBuildSummaries(
  locale: Locale,
  operations: ConsolidationOperations,
  dialog: (request: DialogRequest) => Promise<DialogAnswer>,
): Promise<HostFailure | null> {
  const title = t(locale, "command.buildSummaries.title");
  let text: string;
  try {
    const outcome = await operations.rebuild(null, {
      confirmPersonalData: async (findings) =>
        (await dialog({
          mode: "confirm",
          locale,
          title: t(locale, "consolidation.personalData.title"),
          text: personalDataText(locale, findings),
          yes: t(locale, "consolidation.personalData.include"),
          no: t(locale, "consolidation.personalData.redact"),
        })) === "yes",
    });
    text = builtText(locale, outcome);
  } catch (error) {
    text = failureText(locale, toHostFailure(error));
  }
  return showReport(locale, title, text, dialog);
}
