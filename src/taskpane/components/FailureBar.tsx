import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { failureText, type HostFailure } from "../../domain/hostFailure";
import { useLocale, useT } from "../i18n";

/** A failed action, with what to do next: the same bar in every panel. */
export function FailureBar({ error }: { error: HostFailure }) {
  const tr = useT();
  const locale = useLocale();
  return (
    <MessageBar intent="error" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{tr("error.title")}</MessageBarTitle>
        {failureText(locale, error)}
      </MessageBarBody>
    </MessageBar>
  );
}
