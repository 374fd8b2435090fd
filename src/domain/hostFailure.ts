import { t, type Locale } from "./messages";

/** A thrown error as the user is told about it: Office errors carry a code, anything else only a message. */
export interface HostFailure {
  readonly code: string | null;
  readonly message: string;
}

export function toHostFailure(error: unknown): HostFailure {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return { code: typeof code === "string" ? code : null, message: error.message };
  }
  return { code: null, message: String(error) };
}

/** Excel's refusals that the user can act on get their own advice; the rest name Excel's code. */
export function failureText(locale: Locale, failure: HostFailure): string {
  switch (failure.code) {
    case null:
      return t(locale, "error.unexpected", { message: failure.message });
    case "InvalidOperationInCellEditMode":
      return t(locale, "error.cellEditMode");
    case "AccessDenied":
      return t(locale, "error.protected", { message: failure.message });
    case "12007":
      return t(locale, "error.dialogBusy");
    case "RequestPayloadSizeLimitExceeded":
    case "ResponsePayloadSizeLimitExceeded":
      return t(locale, "error.payload", { code: failure.code });
    default:
      return t(locale, "error.excel", { code: failure.code, message: failure.message });
  }
}
