import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { demoReports } from "../../src/domain/consolidation/demoReports";
import { parseEmbeddedProgramme } from "../../src/domain/programme/embeddedProgramme";
import { reportingPeriods, type ReportingPeriod } from "../../src/domain/programme/referenceLists";
import { units, type Unit } from "../../src/domain/reports/units";
import { sheetPlansToXlsx } from "../../src/xlsx/writeSheetPlans";
import { ROOT } from "../support/fixtures";
import { HAND_TYPED } from "./host/handTypedReport";
import { brokenWords, withDisplayZoom } from "./host/layout";
import { axeViolations, chromiumAvailable, closePane, horizontalOverflow, launch, openPane, pageGivenBack, settled, shot, sim } from "./host/pane";

const suite = chromiumAvailable() ? describe : describe.skip;

const programme = parseEmbeddedProgramme().programme;
const H1 = reportingPeriods(programme.years).find((p) => p.code === "2025-H1") as ReportingPeriod;
const everyone = units(programme);
const districts = everyone.filter((u) => u.type === "districtAdministration");
const oblast = everyone.filter((u) => u.type === "oblastExecutor");

/** The demo's reports of these units as files on disk, for the file chooser. */
async function reportPaths(list: readonly Unit[], dir: string): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  return Promise.all(
    demoReports(programme, list, H1, "15.07.2025", "01.08.2025").map(async (r) => {
      const path = join(dir, r.file);
      writeFileSync(path, await sheetPlansToXlsx(r.plans));
      return path;
    }),
  );
}


const tab = (page: Page, step: RegExp) => page.getByRole("tab", { name: step });

suite("the pane follows the official's work: steps at a glance, reporting status, grouped remarks, undo", () => {
  jest.setTimeout(400_000);
  let browser: Browser;
  let sixReports: string[];
  let fourDistricts: string[];

  beforeAll(async () => {
    browser = await launch();
    // The four districts and two oblast bodies (the sixth report has a phone number in a narrative).
    sixReports = await reportPaths([...districts, ...oblast.slice(0, 2)], join(ROOT, "test-artifacts", "e2e-workflow-files"));
    fourDistricts = sixReports.slice(0, 4);
  });

  afterAll(async () => {
    await browser?.close();
  });

  /** Every state a test reaches: no serious accessibility violation, no sideways scrolling, and a screenshot to look at. */
  async function glance(page: Page, name: string): Promise<void> {
    await settled(page);
    expect((await axeViolations(page)).map((v) => `${name}: ${v.id} at ${v.nodes.join("; ")}`)).toEqual([]);
    const overflow = await horizontalOverflow(page);
    expect({ name, ...overflow, fits: overflow.scrollWidth <= overflow.clientWidth }).toEqual({ name, ...overflow, fits: true, widest: "" });
    await shot(page, name);
  }

  for (const width of [320, 450]) {
    it(`walks programme → templates → checking → consolidation at ${width} px, each step with its state at a glance`, async () => {
      const page = await openPane(browser, "pmApi=1.17&pmLang=uk-UA", { width, clipboard: true });
      await page.getByRole("heading", { name: "Моніторинг програми" }).waitFor();
      await page.getByTestId("next-step").getByText("Завантажте програму").waitFor();
      expect(await page.getByTestId("pm-step-programme-0").textContent()).toBe("Програму ще не завантажено в книгу");
      await glance(page, `step-0-start-${width}`);

      // By keyboard: the button keeps the focus while it works and after, so the next Tab goes on from it.
      await page.getByRole("button", { name: "Завантажити вбудовану програму" }).focus();
      await page.keyboard.press("Enter");
      await page.getByTestId("loaded-counts").waitFor();
      expect(await page.evaluate(() => document.activeElement?.textContent ?? "")).toBe("Завантажити вбудовану програму");
      await page.getByTestId("pm-step-programme-0").getByText("7 завдань · 28 заходів · 16 виконавців").waitFor();
      expect(await page.getByTestId("pm-step-programme-1").textContent()).toBe(programme.title);
      expect(await page.getByTestId("next-step").textContent()).toContain("Імпортуйте звіти, що надійшли від виконавців");
      await glance(page, `step-1-programme-${width}`);

      await tab(page, /^2\. Шаблони звітів/u).click();
      await page.getByRole("button", { name: "Вибрати виконавця і період" }).click();
      await page.getByRole("combobox", { name: "Виконавець" }).waitFor();
      await glance(page, `step-2-templates-${width}`);

      await tab(page, /^3\. Перевірка звітів/u).click();
      await page.evaluate((grid) => {
        const api = (window as unknown as { __pmSim: { fill(n: string, g: unknown[][]): void; activate(n: string): void } }).__pmSim;
        api.fill("Звіт Уманська", grid);
        api.activate("Звіт Уманська");
      }, HAND_TYPED);
      await page.getByRole("button", { name: "Перевірити активний аркуш" }).click();
      const remarks = page.getByTestId("remarks");
      await remarks.waitFor();
      // «Відсутні заходи: N» is one line for N remarks, and opens to them.
      const missing = remarks.getByRole("button", { name: /^Відсутні заходи: \d+/u });
      const count = Number(/: (\d+)/u.exec((await missing.textContent()) ?? "")?.[1]);
      expect(count).toBeGreaterThan(3);
      await missing.click();
      expect(await remarks.getByText(/доручено виконавцю, але його немає у звіті/u).count()).toBe(count);
      await page.getByTestId("pm-step-check-0").getByText(/^Перевірено 1 звіт: помилок \d+/u).waitFor();
      await glance(page, `step-3-check-${width}`);
      // Filtered by severity, the missing measures (warnings) go; a click still shows the cell.
      await page.getByLabel("Важливість").selectOption("error");
      expect(await remarks.getByRole("button", { name: /^Відсутні заходи/u }).count()).toBe(0);
      await remarks.getByRole("button", { name: /^Невідомий стан виконання: 1/u }).click();
      await remarks.getByRole("button", { name: "Перейти до клітинки C7" }).click();
      await page.waitForFunction(() => (window as unknown as { __pmSim: { selection(): unknown } }).__pmSim.selection() !== null);
      expect(await sim(page, "selection")).toEqual({ sheet: "Звіт Уманська", row: 6, column: 2 });

      await tab(page, /^4\. Зведення звітів/u).click();
      await page.setInputFiles("#pm-report-files", sixReports);
      await page.getByTestId("personal-data").waitFor({ timeout: 90_000 });
      await page.getByRole("button", { name: "Замінити позначкою" }).click();
      await page.getByTestId("import-results").waitFor({ timeout: 90_000 });
      // The dialog's closing leaves the page hidden from assistive technology until it has gone.
      await pageGivenBack(page);
      const status = page.getByTestId("reporting-status");
      await status.waitFor();
      const line = page.getByTestId("pm-step-consolidation-0");
      await line.getByText(/^I півріччя 2025 року: надійшло 6 з \d+ \(вчасно \d+, із запізненням \d+, з помилками \d+\); відхилено 0$/u).waitFor();
      expect(await page.getByTestId("pm-step-consolidation-1").textContent()).toMatch(/^Зведення побудовано \d\d\.\d\d\.\d{4} \d\d:\d\d за I півріччя 2025 року$/u);
      expect(await status.getByTestId("status-Р03").textContent()).toMatch(/Уманська РДА.*подано 15\.07\.2025.*(вчасно|з помилками).*\d+ з \d+/u);
      const absent = oblast[2] as Unit;
      expect(await status.getByTestId(`status-${absent.code}`).textContent()).toContain("не надійшов");
      expect(await brokenWords(page, "reporting-status")).toEqual([]);
      await glance(page, `step-4-consolidation-${width}`);

      // Sorted by state, the units that have not reported come first; by unit, alphabetically.
      const firstRow = () => status.getByRole("row").nth(1).textContent();
      expect(await firstRow()).toContain("не надійшов");
      await status.getByRole("columnheader", { name: "Виконавець" }).click();
      const names = await status.getByRole("row").allTextContents();
      expect(names.length).toBeGreaterThan(6);

      // «Копіювати список»: the units that have not reported, for a reminder letter.
      await status.getByRole("button", { name: "Копіювати список" }).click();
      await page.getByTestId("copied").waitFor();
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      const lines = copied.split("\n");
      expect(lines[0]).toMatch(/^Станом на \d\d\.\d\d\.\d{4} не надійшли звіти за I півріччя 2025 року від \d+ виконавц\S+:$/u);
      expect(lines.slice(1)).toContain(`${lines.findIndex((l) => l.includes(absent.name))}. ${absent.name}`);
      expect(lines.slice(1).every((l, i) => l.startsWith(`${i + 1}. `))).toBe(true);
      for (const picked of [...districts, ...oblast.slice(0, 2)]) expect(copied).not.toContain(picked.name);

      // Remarks of the import, grouped by file and kind, filterable by unit.
      const importRemarks = page.getByTestId("remarks");
      await importRemarks.getByLabel("Виконавець").selectOption({ label: "Золотоніська РДА" });
      const files = await importRemarks.getByRole("heading").allTextContents();
      expect(files.length).toBeGreaterThan(0);
      for (const f of files) expect(f).toMatch(/^Р02_Золотоніська_РДА_2025-H1\.xlsx — \d+ зауваж/u);

      if (width === 450) {
        // 200% zoom: the same pane at half the room, where the status list sets each unit above its state.
        await withDisplayZoom(page, 2, async () => {
          expect(await brokenWords(page, "reporting-status")).toEqual([]);
          await glance(page, "step-4-consolidation-450-zoom200");
          await tab(page, /^1\. Програма/u).click();
          await glance(page, "step-1-programme-450-zoom200");
        });
        await tab(page, /^4\. Зведення звітів/u).click();
      }
      await page.getByLabel("Мова").selectOption("en");
      await page.getByRole("heading", { name: "Programme Monitor" }).waitFor();
      await page.getByText("Reporting status").waitFor();
      // Periods in English too, in the step's line and the status list.
      expect(await page.getByTestId("pm-step-consolidation-0").textContent()).toContain("H1 2025");
      expect(await page.getByTestId("pm-step-consolidation-0").textContent()).not.toContain("півріччя");
      await glance(page, `step-4-consolidation-en-${width}`);
      await closePane(page);
    });
  }

  it("takes the last import back with «Скасувати останній імпорт»: the workbook is as it was before", async () => {
    // ExcelApi 1.20: the import and the undo are each one step of Excel's own undo as well.
    const page = await openPane(browser, "pmApi=1.20&pmLang=uk-UA", { width: 320 });
    await page.getByRole("heading", { name: "Моніторинг програми" }).waitFor();
    await page.getByRole("button", { name: "Завантажити вбудовану програму" }).click();
    await page.getByTestId("loaded-counts").waitFor();
    await page.getByTestId("next-step").getByText(/Імпортуйте звіти/u).waitFor();
    const before = await sim(page, "fingerprint");
    await page.getByTestId("next-step").getByRole("button", { name: /Перейти до кроку/u }).click();
    await page.setInputFiles("#pm-report-files", fourDistricts);
    await page.getByTestId("import-results").waitFor({ timeout: 90_000 });
    const undo = page.getByTestId("undo-import");
    await undo.getByText(/^Останній імпорт: \d\d\.\d\d\.\d{4} \d\d:\d\d, 4 файли\.$/u).waitFor();
    expect(await sim(page, "visibleSheetNames")).toContain("Дані");
    await undo.getByRole("button", { name: "Скасувати останній імпорт" }).click();
    const dialog = page.getByRole("alertdialog");
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain("буде відновлено такими, якими вони були до імпорту");
    await glance(page, "step-4-undo-confirm-320");
    await dialog.getByRole("button", { name: "Скасувати імпорт" }).click();
    await page.getByTestId("undone").waitFor();
    // The undo button is gone with the undo: the focus is on what was done, not back at the page's top.
    await page.waitForFunction(() => document.activeElement?.contains(document.querySelector('[data-testid="undone"]')) === true);
    await dialog.waitFor({ state: "detached" });
    expect(await sim(page, "fingerprint")).toBe(before);
    await page.getByTestId("pm-step-consolidation-0").getByText("Звітів ще не імпортовано").waitFor();
    expect(await undo.getByRole("button", { name: "Скасувати останній імпорт" }).count()).toBe(0);
    expect(await page.getByTestId("import-results").count()).toBe(0);
    await glance(page, "step-4-undone-320");
    await closePane(page);
  });

  it("reaches every action by keyboard: Tab through the controls, arrows through the steps and the status table", async () => {
    const page = await openPane(browser, "pmApi=1.17&pmLang=uk-UA", { width: 320 });
    await page.getByRole("heading", { name: "Моніторинг програми" }).waitFor();
    await page.getByTestId("pm-step-programme-0").getByText("Програму ще не завантажено в книгу").waitFor();
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        return `${el.getAttribute("role") ?? el.tagName.toLowerCase()} | ${(el.getAttribute("aria-label") ?? el.textContent ?? "").trim()}`;
      });
    const tabUntil = async (wanted: RegExp) => {
      const seen: string[] = [];
      for (let i = 0; i < 60; i++) {
        await page.keyboard.press("Tab");
        seen.push(await focused());
        if (wanted.test(seen.at(-1) as string)) return;
      }
      throw new Error(`Tab never reached ${wanted}; it went through:\n${seen.join("\n")}`);
    };
    await tabUntil(/^button \| Завантажити вбудовану програму$/u);
    await page.keyboard.press("Enter");
    await page.getByTestId("loaded-counts").waitFor();
    // The steps are one tab stop; the arrow keys move between them, Enter opens one.
    await tabUntil(/^tab \| 1\. Програма/u);
    for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    expect(await tab(page, /^4\. Зведення звітів/u).getAttribute("aria-selected")).toBe("true");
    for (const control of [/^button \| Вибрати файли звітів$/u, /^input \| $/u, /^button \| Імпортувати аркуші звітів із цієї книги$/u, /^button \| Зведення$/u]) await tabUntil(control);
    // The file chooser itself is the browser's; what it returns goes in as a user's choice would.
    await page.setInputFiles("#pm-report-files", fourDistricts);
    await page.getByTestId("reporting-status").waitFor({ timeout: 90_000 });
    for (const control of [/^button \| Скасувати останній імпорт$/u, /^button \| Копіювати список$/u]) await tabUntil(control);
    // The status table is one tab stop too: sorted from the keyboard, Enter on a column header.
    const header = page.getByTestId("reporting-status").getByRole("columnheader", { name: "Рядки" });
    expect(await header.getAttribute("aria-sort")).toBe("none");
    await tabUntil(/^(columnheader|gridcell|grid|row|button) \| (Виконавець|Стан|Рядки)/u);
    await header.getByRole("button").focus();
    await page.keyboard.press("Enter");
    expect(await header.getAttribute("aria-sort")).toBe("ascending");
    await closePane(page);
  });
});
