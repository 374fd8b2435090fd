import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { OperationState } from "../useOperation";
import { failureText } from "../../domain/hostFailure";
import { formatIssue } from "../../domain/messages";
import { leftoversText } from "../../domain/operations";
import { useLocale, useT } from "../i18n";
import { Notice } from "./Notice";

/** Result or failure of the last operation, always with what the user should do next. */
export function OutcomeMessage({ state }: { state: OperationState }) {
  const tr = useT();
  const locale = useLocale();
  if (state.phase === "failed") {
    const text = failureText(locale, state.error);
    return (
      <MessageBar intent="error" role="alert">
        <MessageBarBody>
          <MessageBarTitle>{tr("error.title")}</MessageBarTitle>
          {text}
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (state.phase !== "done") return null;
  const { outcome } = state;
  if (outcome.kind === "cancelled") {
    return (
      <Notice intent="info" text={tr("programme.cancelled")} />
    );
  }
  if (outcome.kind === "changed") {
    return (
      <Notice intent="warning" role="alert" text={tr("programme.workbookChanged")} />
    );
  }
  if (outcome.kind === "blocked") {
    return (
      <MessageBar intent="error" role="alert">
        <MessageBarBody>
          <MessageBarTitle>{tr("error.title")}</MessageBarTitle>
          {outcome.issues.map((i) => formatIssue(locale, i).message).join(" ")}
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (outcome.kind === "unusable") {
    const errors = outcome.issues.filter((i) => i.severity === "error").length;
    return (
      <MessageBar intent="error" role="alert">
        <MessageBarBody>
          <MessageBarTitle>{tr("error.title")}</MessageBarTitle>
          {tr("error.unusable", { count: errors })}
        </MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <>
      <MessageBar intent="success" role="status">
        <MessageBarBody>
          {tr("programme.loaded", { ...outcome.counts })} {tr("programme.sheetsWritten", { sheets: outcome.sheets.join(", ") })}
        </MessageBarBody>
      </MessageBar>
      {outcome.notices.map((key) => (
        <Notice key={key} intent="warning" text={tr(key)} />
      ))}
      {leftoversText(locale, outcome.removedLeftovers).map((text) => (
        <Notice key={text} intent="info" text={text} />
      ))}
    </>
  );
}
