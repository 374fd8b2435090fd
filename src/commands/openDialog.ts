import { encodeDialogRequest, type DialogAnswer, type DialogRequest } from "./dialogProtocol";

/** The dialog page beside the page that opens it, so the add-in works from any folder of a server, not only its root. */
export function dialogUrl(openerHref: string, request: DialogRequest): string {
  return new URL(`dialog.html?${encodeDialogRequest(request)}`, openerHref).href;
}

/**
 * Shows a dialog and resolves with the user's answer. Closing the window counts as "closed"
 * (a "no" for questions). Excel has no add-in notification bar, and a dialog works on desktop and web.
 */
export function openDialog(request: DialogRequest): Promise<DialogAnswer> {
  const url = dialogUrl(window.location.href, request);
  return new Promise((resolve, reject) => {
    Office.context.ui.displayDialogAsync(url, { height: 35, width: 30, displayInIframe: true }, (result) => {
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
