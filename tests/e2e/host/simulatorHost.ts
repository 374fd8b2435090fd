/**
 * Test-only host for the browser: appended to the real office.js when the e2e test serves it, so the
 * unchanged production task pane finds an "Excel" backed by the strict simulator. Never bundled by webpack.
 */
import { installExcelSimulator, type SimWorkbookModel } from "../../support/excelSimulator";

const params = new URLSearchParams(window.location.search);
const messagesToParent: string[] = [];
const dialogsOpened: string[] = [];

/** The ribbon commands' dialogs: the address is recorded, and the user closes the window without answering. */
function displayDialogAsync(url: string, _options: unknown, callback: (result: unknown) => void): void {
  dialogsOpened.push(url);
  const dialog = {
    addEventHandler: (type: string, handler: (arg: unknown) => void) => {
      // Office reports a window closed by the user as event 12006.
      if (type === String(Office.EventType.DialogEventReceived)) queueMicrotask(() => handler({ error: 12006, type }));
    },
    close: () => undefined,
  };
  callback({ status: Office.AsyncResultStatus.Succeeded, value: dialog });
}

const sim = installExcelSimulator({
  apiVersion: params.get("pmApi") ?? "1.17",
  displayLanguage: params.get("pmLang") ?? "uk-UA",
  office: "patch",
  extraContext: { ui: { messageParent: (message: string) => messagesToParent.push(message), displayDialogAsync } },
});

type Cell = string | number | boolean | null;

const api = {
  sheetNames: (): string[] => sim.model.sheets.map((s) => s.name),
  visibleSheetNames: (): string[] => sim.model.sheets.filter((s) => s.visibility === "Visible").map((s) => s.name),
  fingerprint: () => sim.model.fingerprint(),
  snapshot: (name: string) => sim.model.snapshot(name),
  fill: (name: string, grid: Cell[][]) => sim.model.fill(name, grid),
  activate: (name: string) => {
    const sheet = (sim.model as SimWorkbookModel).sheetByName(name);
    if (sheet) sim.model.activeSheetId = sheet.id;
  },
  syncs: () => sim.stats.syncs.length,
  selection: () => {
    const sel = sim.model.selection;
    return sel === null ? null : { sheet: sim.model.sheetById(sel.sheetId).name, row: sel.rect.row, column: sel.rect.column };
  },
  highlights: (name: string) => sim.model.sheetByName(name)?.conditionalFormats.length ?? 0,
  messagesToParent: () => [...messagesToParent],
  dialogsOpened: () => [...dialogsOpened],
  resetStats: () => sim.resetStats(),
};

(window as unknown as { __pmSim: typeof api }).__pmSim = api;
