import type { Locale } from "../domain/messages";

/** What the ribbon command asks the dialog page to show; carried in the dialog URL. */
export type DialogRequest =
  | { readonly mode: "confirm"; readonly locale: Locale; readonly title: string; readonly text: string; readonly yes: string; readonly no: string }
  | { readonly mode: "report"; readonly locale: Locale; readonly title: string; readonly text: string; readonly close: string };

export type DialogAnswer = "yes" | "no" | "closed";

export function encodeDialogRequest(request: DialogRequest): string {
  return new URLSearchParams({ r: JSON.stringify(request) }).toString();
}

export function decodeDialogRequest(search: string): DialogRequest | null {
  const raw = new URLSearchParams(search).get("r");
  if (raw === null) return null;
  const parsed = JSON.parse(raw) as DialogRequest;
  return parsed.mode === "confirm" || parsed.mode === "report" ? parsed : null;
}
