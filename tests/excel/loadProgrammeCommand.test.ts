import { decodeDialogRequest, encodeDialogRequest, type DialogAnswer, type DialogRequest } from "../../src/commands/dialogProtocol";
import { runLoadProgramme } from "../../src/commands/loadProgrammeCommand";
import { createProgrammeOperations } from "../../src/excel/programmeOperations";
import { HOSTS, installExcelSimulator, type InstalledSimulator } from "../support/excelSimulator";

/** A user in front of the dialogs: answers questions with `answer` and reads every report. */
function dialogUser(answer: DialogAnswer) {
  const shown: DialogRequest[] = [];
  const dialog = async (request: DialogRequest): Promise<DialogAnswer> => {
    shown.push(decodeDialogRequest(`?${encodeDialogRequest(request)}`) as DialogRequest);
    return request.mode === "confirm" ? answer : "closed";
  };
  return { shown, dialog };
}

describe("the ribbon button «Завантажити програму»", () => {
  let sim: InstalledSimulator;
  afterEach(() => sim.uninstall());

  it("loads the embedded programme in one click and reports the counts", async () => {
    sim = installExcelSimulator();
    const user = dialogUser("yes");
    await runLoadProgramme("uk", createProgrammeOperations(() => "uk"), user.dialog);
    expect(user.shown).toEqual([
      expect.objectContaining({
        mode: "report",
        title: "Завантаження програми",
        text: "Завантажено: 7 завдань, 28 заходів, 16 виконавців.\nСтворено аркуші: Програма, Виконавці, Призначення, Довідники.",
      }),
    ]);
    expect(sim.model.sheets.map((s) => s.name)).toContain("Програма");
    expect(sim.stats.syncs.length).toBeLessThanOrEqual(2);
  });

  it("asks before replacing, leaves the workbook alone on «Скасувати», and says so", async () => {
    sim = installExcelSimulator({ apiVersion: HOSTS.excel2019 });
    await runLoadProgramme("uk", createProgrammeOperations(() => "uk"), dialogUser("yes").dialog);
    const before = sim.model.fingerprint();
    const user = dialogUser("no");
    await runLoadProgramme("uk", createProgrammeOperations(() => "uk"), user.dialog);
    expect(user.shown.map((r) => r.mode)).toEqual(["confirm", "report"]);
    expect(user.shown[0]?.text).toContain("«Програма», «Виконавці», «Призначення», «Довідники»");
    expect(user.shown[1]?.text).toBe("Завантаження скасовано: книгу не змінено.");
    expect(sim.model.fingerprint()).toBe(before);
  });

  it("tells an Excel 2019 user in English that print setup was skipped", async () => {
    sim = installExcelSimulator({ apiVersion: HOSTS.excel2019 });
    const user = dialogUser("yes");
    await runLoadProgramme("en", createProgrammeOperations(() => "en"), user.dialog);
    expect(user.shown[0]?.text).toMatch(/^Loaded: 7 tasks, 28 measures, 16 executors\.\n.*\nPrint settings were not applied/u);
  });

  it("reports an Excel failure with its code instead of failing silently", async () => {
    sim = installExcelSimulator({ sheets: ["Аркуш1"] });
    const user = dialogUser("yes");
    const failing = createProgrammeOperations(() => "uk");
    await runLoadProgramme("uk", { ...failing, loadEmbedded: () => Promise.reject(Object.assign(new Error("Немає доступу"), { code: "AccessDenied" })) }, user.dialog);
    expect(user.shown[0]?.text).toBe(
      "Excel повідомив про помилку (AccessDenied): Немає доступу. Перевірте аркуші програми та повторіть дію; якщо помилка не зникне, перезапустіть Excel.",
    );
  });
});
