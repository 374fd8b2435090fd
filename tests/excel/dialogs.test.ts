import { decodeDialogRequest, type DialogAnswer, type DialogRequest } from "../../src/commands/dialogProtocol";
import { runLoadProgramme } from "../../src/commands/loadProgrammeCommand";
import { createDialogOpener, openDialog } from "../../src/commands/openDialog";
import { failureText, toHostFailure } from "../../src/domain/hostFailure";
import { createProgrammeOperations } from "../../src/excel/programmeOperations";
import { installExcelSimulator, type InstalledSimulator } from "../support/excelSimulator";
import { dialogHost, type DialogHostDouble, type DialogUser } from "../support/officeDialogs";
import { nextTurn, until } from "../support/until";

const ORIGIN = "https://localhost:3000";

const requestOf = (url: string) => decodeDialogRequest(new URL(url).search) as DialogRequest;

/** Answers every question with `answer` and closes every report with its button. */
const answering = (answer: "yes" | "no"): DialogUser => (url) => ({ message: requestOf(url).mode === "confirm" ? answer : "closed" });

const showWithDouble = (host: DialogHostDouble): Promise<DialogAnswer> =>
  new Promise((resolve, reject) =>
    host.ui.displayDialogAsync(`${ORIGIN}/dialog.html`, {}, (r) => {
      if (r.status !== Office.AsyncResultStatus.Succeeded) reject(Object.assign(new Error(r.error.message), { code: r.error.code }));
      else resolve("closed");
      if (r.status === Office.AsyncResultStatus.Succeeded) r.value.close();
    }),
  );

describe("Office dialogs: one at a time, and Dialog.close() finishes later", () => {
  let sim: InstalledSimulator;
  const g = globalThis as { window?: unknown };
  afterEach(() => {
    sim.uninstall();
    delete g.window;
  });

  function install(host: DialogHostDouble): void {
    sim = installExcelSimulator({ extraContext: { ui: host.ui } });
    g.window = { location: { origin: ORIGIN, href: `${ORIGIN}/commands.html` } };
  }

  it("[dialog.closeIsAsync] the double refuses a dialog with 12007 until the closed one is gone, then opens it", async () => {
    const host = dialogHost({ closeTurns: 4, user: () => "stayOpen" });
    install(host);
    await showWithDouble(host);
    expect(host.busy).toBe(true);
    await expect(showWithDouble(host)).rejects.toMatchObject({ code: 12007 });
    await until(() => !host.busy);
    await expect(showWithDouble(host)).resolves.toBe("closed");
    expect(host.shown).toHaveLength(2);
    expect(host.refusals).toBe(1);
  });

  it("[dialog.closeIsAsync] shows the ribbon's result right after the question closes, without a failure note", async () => {
    const host = dialogHost({ closeTurns: 5, user: answering("yes") });
    install(host);
    await createProgrammeOperations(() => "uk").loadEmbedded({ confirmReplace: async () => true, progress: () => undefined });
    await expect(runLoadProgramme("uk", createProgrammeOperations(() => "uk"), openDialog)).resolves.toBeNull();
    expect(host.shown.map((u) => requestOf(u).mode)).toEqual(["confirm", "report"]);
    expect(requestOf(host.shown[1] as string).text).toBe(
      "Завантажено: 7 завдань, 28 заходів, 16 виконавців.\nСтворено аркуші: Програма, Виконавці, Призначення, Довідники.",
    );
    // The rule was met: the result was refused at least once while the question was closing.
    expect(host.refusals).toBeGreaterThan(0);
  });

  it("[dialog.closeIsAsync] waits a little longer before each new try while the last dialog is closing", async () => {
    const host = dialogHost({ closeTurns: 6, user: answering("no") });
    install(host);
    const waits: number[] = [];
    // Event-loop turns stand for the wait (one per 50 ms asked), so the test never depends on the clock.
    const wait = async (ms: number) => {
      waits.push(ms);
      for (let i = 0; i < ms / 50; i++) await nextTurn();
    };
    const open = createDialogOpener({ ui: host.ui, pageUrl: `${ORIGIN}/dialog.html`, wait });
    const question: DialogRequest = { mode: "confirm", locale: "uk", title: "?", text: "?", yes: "Так", no: "Ні" };
    await expect(open(question)).resolves.toBe("no");
    await expect(open(question)).resolves.toBe("no");
    // The first try finds the question still closing (6 turns); two waits of 2 and 5 turns outlast it.
    expect(waits).toEqual([100, 250]);
    expect(host.shown).toHaveLength(2);
  });

  it("[dialog.closeIsAsync] gives up after three more tries with 12007, which the user reads as a clear message in either language", async () => {
    const host = dialogHost({ closeTurns: Infinity, user: () => ({ message: "closed" }) });
    install(host);
    const waits: number[] = [];
    const open = createDialogOpener({ ui: host.ui, pageUrl: `${ORIGIN}/dialog.html`, wait: async (ms) => void (waits.push(ms), await nextTurn()) });
    const report: DialogRequest = { mode: "report", locale: "uk", title: "t", text: "x", close: "Закрити" };
    await open(report);
    const failure = await open(report).then(
      () => null,
      (e: unknown) => toHostFailure(e),
    );
    expect(failure?.code).toBe("12007");
    expect(waits).toEqual([100, 250, 500]);
    expect(host.refusals).toBe(4);
    expect(failureText("uk", failure ?? { code: null, message: "" })).toBe(
      "Excel ще не закрив попереднє вікно надбудови, тому нове не відкрилося (12007). Книгу не змінено; закрийте вікна надбудови й повторіть дію.",
    );
    expect(failureText("en", failure ?? { code: null, message: "" })).toBe(
      "Excel had not yet closed the add-in's previous window, so a new one could not open (12007). The workbook was not changed; close the add-in's windows and try again.",
    );

    // The question itself could not be asked: the ribbon says why when it reports, and writes nothing.
    const before = sim.model.fingerprint();
    const reports: DialogRequest[] = [];
    const dialog = async (r: DialogRequest): Promise<DialogAnswer> => (r.mode === "confirm" ? open(r) : (reports.push(r), "closed"));
    await createProgrammeOperations(() => "uk").loadEmbedded({ confirmReplace: async () => true, progress: () => undefined });
    const loaded = sim.model.fingerprint();
    await runLoadProgramme("en", createProgrammeOperations(() => "en"), dialog);
    expect(before).not.toBe(loaded);
    expect(sim.model.fingerprint()).toBe(loaded);
    expect(reports.map((r) => r.text)).toEqual([
      "Excel had not yet closed the add-in's previous window, so a new one could not open (12007). The workbook was not changed; close the add-in's windows and try again.",
    ]);
  });
});
