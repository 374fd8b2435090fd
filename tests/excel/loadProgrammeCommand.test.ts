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

  it("reports a failure Excel raises midway, with advice for its code, and leaves the workbook as it was", async () => {
    sim = installExcelSimulator({ sheets: ["Аркуш1"] });
    await runLoadProgramme("uk", createProgrammeOperations(() => "uk"), dialogUser("yes").dialog);
    const before = sim.model.fingerprint();
    const user = dialogUser("yes");
    sim.injectFault(80, "AccessDenied");
    await runLoadProgramme("uk", createProgrammeOperations(() => "uk"), user.dialog);
    expect(user.shown.map((r) => r.mode)).toEqual(["confirm", "report"]);
    expect(user.shown[1]?.text).toMatch(/^Аркуш захищено від змін \(Injected failure at [\w.]+\.\)\. Зніміть захист \(Рецензування → Зняти захист аркуша\) і повторіть дію; книгу не змінено\.$/u);
    expect(sim.model.fingerprint()).toBe(before);
  });

  it("tries the result dialog again when it fails to open, and never rejects when it cannot be shown at all", async () => {
    sim = installExcelSimulator();
    const shown: DialogRequest[] = [];
    let failures = 1;
    const flaky = async (request: DialogRequest): Promise<DialogAnswer> => {
      if (request.mode === "report" && failures-- > 0) throw Object.assign(new Error("A dialog is already open"), { code: "12007" });
      shown.push(request);
      return "closed";
    };
    await runLoadProgramme("uk", createProgrammeOperations(() => "uk"), flaky);
    expect(shown).toHaveLength(1);
    expect(shown[0]?.text).toMatch(/^Завантажено: 7 завдань[\s\S]*Вікно з результатом не вдалося показати \(12007\)\.$/u);

    const never = async (): Promise<DialogAnswer> => {
      throw Object.assign(new Error("blocked"), { code: "12009" });
    };
    await expect(runLoadProgramme("uk", createProgrammeOperations(() => "uk"), never)).resolves.toEqual({ code: "12009", message: "blocked" });
  });
});
