import { encodeDialogRequest, type DialogAnswer, type DialogRequest } from "./dialogProtocol";

/** The dialog page beside the page that opens it, so the add-in works from any folder of a server, not only its root. */
export function dialogPage(openerHref: string): string {
  return new URL("dialog.html", openerHref).href;
}

export function dialogUrl(openerHref: string, request: DialogRequest): string {
  return `${dialogPage(openerHref)}?${encodeDialogRequest(request)}`;
}

/**
 * Waits before each new try while Excel still holds the previous dialog: `Dialog.close()` is
 * asynchronous, and a dialog opened before the last one is gone fails with 12007.
 */
export const DIALOG_RETRY_DELAYS_MS: readonly number[] = [100, 250, 500];

/** "A dialog box is already opened from this host window" (also while the last one is still closing). */
export const DIALOG_ALREADY_OPEN = "12007";

export interface DialogHost {
  readonly ui: Pick<Office.UI, "displayDialogAsync">;
  /** The full https address of dialog.html on the add-in's own origin. */
  readonly pageUrl: string;
  readonly wait: (ms: number) => Promise<void>;
  readonly delaysMs?: readonly number[];
}

function showOnce(host: DialogHost, request: DialogRequest): Promise<DialogAnswer> {
  return new Promise((resolve, reject) => {
    host.ui.displayDialogAsync(`${host.pageUrl}?${encodeDialogRequest(request)}`, { height: 35, width: 30, displayInIframe: true }, (result) => {
      if (result.status !== Office.AsyncResultStatus.Succeeded) {
        reject(Object.assign(new Error(result.error.message), { code: String(result.error.code) }));
        return;
      }
      const dialog = result.value;
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, (arg) => {
        dialog.close();
        const message = "message" in arg ? arg.message : "closed";
        resolve(message === "yes" || message === "no" ? message : "closed");
      });
      dialog.addEventHandler(Office.EventType.DialogEventReceived, () => resolve("closed"));
    });
  });
}

/**
 * Shows dialogs and resolves with the user's answer. Closing the window counts as "closed" (a "no" for
 * questions). A dialog refused because the previous one is still closing is tried again after a short,
 * growing wait; after the last wait the 12007 failure goes to the caller, whose message names it.
 */
export function createDialogOpener(host: DialogHost): (request: DialogRequest) => Promise<DialogAnswer> {
  const delays = host.delaysMs ?? DIALOG_RETRY_DELAYS_MS;
  return async (request) => {
    for (let attempt = 0; ; attempt++) {
      try {
        return await showOnce(host, request);
      } catch (error) {
        const delay = delays[attempt];
        if ((error as { code?: unknown }).code !== DIALOG_ALREADY_OPEN || delay === undefined) throw error;
        await host.wait(delay);
      }
    }
  };
}

/** Excel has no add-in notification bar, and a dialog works on desktop and web. */
export function openDialog(request: DialogRequest): Promise<DialogAnswer> {
  return createDialogOpener({
    ui: Office.context.ui,
    pageUrl: dialogPage(window.location.href),
    wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  })(request);
}
