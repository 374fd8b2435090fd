import { issueLine, t, type Locale } from "../domain/messages";
import { leftoversText, type LoadOutcome, type ProgrammeOperations } from "../domain/operations";
import { failureText, toHostFailure, type HostFailure } from "../domain/hostFailure";
import type { DialogAnswer, DialogRequest } from "./dialogProtocol";

/** The text a ribbon user sees after "Завантажити програму": counts, notices, or what went wrong. */
export function reportText(locale: Locale, outcome: LoadOutcome): string {
  if (outcome.kind === "cancelled") return t(locale, "programme.cancelled");
  if (outcome.kind === "changed") return t(locale, "programme.workbookChanged");
  if (outcome.kind === "blocked") return outcome.issues.map((i) => issueLine(locale, i)).join("\n");
  if (outcome.kind === "unusable") {
    const errors = outcome.issues.filter((i) => i.severity === "error");
    return [t(locale, "error.unusable", { count: errors.length }), ...errors.slice(0, 5).map((i) => issueLine(locale, i))].join("\n");
  }
  return [
    t(locale, "programme.loaded", { ...outcome.counts }),
    t(locale, "programme.sheetsWritten", { sheets: outcome.sheets.join(", ") }),
    ...outcome.notices.map((key) => t(locale, key)),
    ...leftoversText(locale, outcome.removedLeftovers),
  ].join("\n");
}

/** One click from the ribbon: load the embedded programme, asking through dialogs instead of the task pane. */
export async function runLoadProgramme(
  locale: Locale,
  operations: ProgrammeOperations,
  dialog: (request: DialogRequest) => Promise<DialogAnswer>,
): Promise<HostFailure | null> {
  const title = t(locale, "command.loadProgramme.title");
  let text: string;
  try {
    const outcome = await operations.loadEmbedded({
      confirmReplace: async (sheets) =>
        (await dialog({
          mode: "confirm",
          locale,
          title,
          text: t(locale, "programme.confirmReplace", { sheets: sheets.map((s) => `«${s}»`).join(", ") }),
          yes: t(locale, "programme.replace"),
          no: t(locale, "programme.cancel"),
        })) === "yes",
      progress: () => undefined,
    });
    text = reportText(locale, outcome);
  } catch (error) {
    text = failureText(locale, toHostFailure(error));
  }
  // The confirm dialog itself may fail too: that is a failure of the operation, reported like any other.
  return showReport(locale, title, text, dialog);
}

/**
 * The report is the user's only news of what happened, so a dialog that fails to open (another one
 * still closing, a blocked pop-up) is tried once more, saying why; the command never ends in an
 * unhandled rejection. Returns the failure when neither attempt could be shown.
 */
export async function showReport(
  locale: Locale,
  title: string,
  text: string,
  dialog: (request: DialogRequest) => Promise<DialogAnswer>,
): Promise<HostFailure | null> {
  const close = t(locale, "command.close");
  try {
    await dialog({ mode: "report", locale, title, text, close });
    return null;
  } catch (first) {
    const failure = toHostFailure(first);
    const note = t(locale, "command.dialogFailed", { code: failure.code ?? failure.message });
    try {
      await dialog({ mode: "report", locale, title, text: `${text}\n\n${note}`, close });
      return null;
    } catch (second) {
      return toHostFailure(second);
    }
  }
}
