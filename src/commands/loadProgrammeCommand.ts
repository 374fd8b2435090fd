import { issueLine, t, type Locale } from "../domain/messages";
import type { LoadOutcome, ProgrammeOperations } from "../domain/operations";
import { failureText, toHostFailure } from "../domain/hostFailure";
import type { DialogAnswer, DialogRequest } from "./dialogProtocol";

/** The text a ribbon user sees after "Завантажити програму": counts, notices, or what went wrong. */
export function reportText(locale: Locale, outcome: LoadOutcome): string {
  if (outcome.kind === "cancelled") return t(locale, "programme.cancelled");
  if (outcome.kind === "unusable") {
    const errors = outcome.issues.filter((i) => i.severity === "error");
    return [t(locale, "error.unusable", { count: errors.length }), ...errors.slice(0, 5).map((i) => issueLine(locale, i))].join("\n");
  }
  return [
    t(locale, "programme.loaded", { ...outcome.counts }),
    t(locale, "programme.sheetsWritten", { sheets: outcome.sheets.join(", ") }),
    ...outcome.notices.map((key) => t(locale, key)),
  ].join("\n");
}

/** One click from the ribbon: load the embedded programme, asking through dialogs instead of the task pane. */
export async function runLoadProgramme(
  locale: Locale,
  operations: ProgrammeOperations,
  dialog: (request: DialogRequest) => Promise<DialogAnswer>,
): Promise<void> {
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
  await dialog({ mode: "report", locale, title, text, close: t(locale, "command.close") });
}
