import { failureText, toHostFailure, type HostFailure } from "../domain/hostFailure";
import { formatIssue, t, type Locale } from "../domain/messages";
import { periodLabel } from "../domain/programme/referenceLists";
import { countBySeverity, type ReportOperations } from "../domain/reportOperations";
import type { DialogAnswer, DialogRequest } from "./dialogProtocol";
import { showReport } from "./loadProgrammeCommand";

/** One click from the ribbon: check every report sheet, highlight, and report the counts in a dialog. */
export async function runCheckReports(
  locale: Locale,
  operations: ReportOperations,
  dialog: (request: DialogRequest) => Promise<DialogAnswer>,
): Promise<HostFailure | null> {
  let text: string;
  try {
    const outcome = await operations.check("all");
    const counts = countBySeverity(outcome.issues);
    text = [
      t(locale, "command.checkReports.result", { reports: outcome.reports.length, highlighted: outcome.highlighted, ...counts }),
      ...outcome.reports.map((r) => t(locale, "check.summary", { ...r, unit: r.unit ?? t(locale, "check.noReport"), period: r.period === null ? t(locale, "check.noReport") : periodLabel(r.period, locale) })),
      ...outcome.notices.map((key) => t(locale, key)),
      ...outcome.notes.map((i) => formatIssue(locale, i).message),
    ].join("\n");
  } catch (error) {
    text = failureText(locale, toHostFailure(error));
  }
  return showReport(locale, t(locale, "command.checkReports.title"), text, dialog);
}
