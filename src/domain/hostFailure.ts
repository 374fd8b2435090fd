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

export function failureText(locale: Locale, failure: HostFailure): string {
  return failure.code === null
    ? t(locale, "error.unexpected", { message: failure.message })
    : t(locale, "error.excel", { code: failure.code, message: failure.message });
}
