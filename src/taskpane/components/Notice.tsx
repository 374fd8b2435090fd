import { MessageBar, MessageBarBody } from "@fluentui/react-components";

/** A one-sentence message bar: the outcome of an action, or what to do next. */
export function Notice({ intent, text, role, testId }: { intent: "info" | "warning" | "success"; text: string; role?: "status" | "alert"; testId?: string }) {
  return (
    <MessageBar intent={intent} {...(role === undefined ? {} : { role })} {...(testId === undefined ? {} : { "data-testid": testId })}>
      <MessageBarBody>{text}</MessageBarBody>
    </MessageBar>
  );
}
