/**
 * Office.context.ui of one host window, as the Office dialog API behaves (see conformance.ts,
 * DIALOG_AND_EDIT_RULES): one dialog at a time, and `Dialog.close()` is asynchronous — the window is
 * gone only some event-loop turns later. Until then `displayDialogAsync` fails with 12007, "a dialog
 * box is already opened from this host window". No wall clock: the close completes after
 * `closeTurns` macrotasks, and tests await conditions, never times.
 */

/** The dialog page's user: answers a shown URL with a message to the parent, or closes the window. */
export type DialogUser = (url: string) => { readonly message: string } | "closeWindow" | "stayOpen";

export interface DialogHostOptions {
  /** Macrotasks between `close()` and the window being gone; `Infinity` for a close that never ends. */
  readonly closeTurns?: number;
  readonly user?: DialogUser;
}

export interface DialogHostDouble {
  readonly ui: Pick<Office.UI, "displayDialogAsync">;
  /** URLs of the dialogs that opened, in order. */
  readonly shown: string[];
  /** Calls refused with 12007 because a dialog was open or still closing. */
  readonly refusals: number;
  /** A dialog is open, or closed but not yet gone. */
  readonly busy: boolean;
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

type Handler = Parameters<Office.Dialog["addEventHandler"]>[1];

function result<T>(status: "succeeded" | "failed", value: T, error?: { code: number; message: string }): Office.AsyncResult<T> {
  return {
    status: (status === "succeeded" ? Office.AsyncResultStatus.Succeeded : Office.AsyncResultStatus.Failed) as Office.AsyncResultStatus,
    value,
    error: { code: error?.code ?? 0, message: error?.message ?? "", name: error === undefined ? "" : "Error" },
    asyncContext: undefined,
    diagnostics: undefined,
  } as Office.AsyncResult<T>;
}

export function dialogHost(options: DialogHostOptions = {}): DialogHostDouble {
  const closeTurns = options.closeTurns ?? 3;
  const user: DialogUser = options.user ?? (() => ({ message: "closed" }));
  const shown: string[] = [];
  let refusals = 0;
  let busy = false;

  const open = (url: string, callback: (r: Office.AsyncResult<Office.Dialog>) => void): void => {
    if (busy) {
      refusals++;
      callback(result("failed", undefined as unknown as Office.Dialog, { code: 12007, message: "A dialog box is already opened from this host window." }));
      return;
    }
    busy = true;
    shown.push(url);
    const handlers = new Map<Office.EventType, Handler[]>();
    let closing = false;
    const fire = (type: Office.EventType, args: Parameters<Handler>[0]) => {
      if (closing) return;
      for (const h of handlers.get(type) ?? []) h(args);
    };
    const dialog: Office.Dialog = {
      close: () => {
        if (closing) return;
        closing = true;
        // The window goes away later: the caller cannot await it (the method returns nothing).
        if (!Number.isFinite(closeTurns)) return;
        void (async () => {
          for (let i = 0; i < closeTurns; i++) await nextTurn();
          busy = false;
        })();
      },
      addEventHandler: (type, handler) => {
        handlers.set(type, [...(handlers.get(type) ?? []), handler]);
      },
      messageChild: () => undefined,
      sendMessage: () => undefined,
    } as Office.Dialog;
    callback(result("succeeded", dialog));
    // The user reads the page and answers on a later turn, as a person would.
    void nextTurn().then(() => {
      const answer = user(url);
      if (answer === "stayOpen") return;
      if (answer === "closeWindow") {
        // The user's X: the window is gone at once, and the parent hears 12006.
        fire(Office.EventType.DialogEventReceived, { error: 12006 });
        closing = true;
        busy = false;
        return;
      }
      fire(Office.EventType.DialogMessageReceived, { message: answer.message, origin: new URL(url).origin });
    });
  };

  const ui: Pick<Office.UI, "displayDialogAsync"> = {
    displayDialogAsync: ((url: string, a?: unknown, b?: unknown) => {
      const callback = (typeof a === "function" ? a : b) as ((r: Office.AsyncResult<Office.Dialog>) => void) | undefined;
      open(url, callback ?? (() => undefined));
    }) as Office.UI["displayDialogAsync"],
  };
  return {
    ui,
    shown,
    get refusals() {
      return refusals;
    },
    get busy() {
      return busy;
    },
  };
}
