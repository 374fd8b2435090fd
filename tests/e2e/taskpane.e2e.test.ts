import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { encodeDialogRequest } from "../../src/commands/dialogProtocol";
import { demoReports } from "../../src/domain/consolidation/demoReports";
import { parseEmbeddedProgramme } from "../../src/domain/programme/embeddedProgramme";
import { reportingPeriods } from "../../src/domain/programme/referenceLists";
import { units } from "../../src/domain/reports/units";
import { sheetPlansToXlsx } from "../../src/xlsx/writeSheetPlans";
import { ROOT } from "../support/fixtures";
import { HAND_TYPED } from "./host/handTypedReport";
import { axeViolations, BASE, chromiumAvailable, closePane, cspViolations, dialogSettled, DIST, launch, OFFICE_HOST, openPane as open, pageGivenBack, SHOTS, sim } from "./host/pane";

type PaneWindow = { __cspViolations: unknown[] };

const suite = chromiumAvailable() ? describe : describe.skip;

// The production build (with ADDIN_URL, served from a folder of the organisation's server) comes from the e2e project's globalSetup (tests/e2e/host/buildPane.ts).
suite("the production task pane in headless Chromium, on the simulated Excel host", () => {
  jest.setTimeout(240_000);
  let browser: Browser;
  let launching: Promise<Browser> | undefined;

  beforeAll(async () => {
    launching = launch();
    browser = await launching;
  });

  afterAll(async () => {
    // Whatever happened before, a browser that was started is closed, or Jest never exits.
    await (await launching?.catch(() => undefined))?.close();
  });

  const openPane = (query: string, pageName?: string): Promise<Page> => open(browser, query, pageName === undefined ? {} : { pageName });
  const sheetNames = (page: Page) => sim(page, "sheetNames");

  it("keeps the simulator out of the production bundle", () => {
    const bundles = readdirSync(DIST).filter((f) => f.endsWith(".js"));
    expect(bundles.length).toBeGreaterThanOrEqual(3);
    for (const file of bundles) {
      const text = readFileSync(join(DIST, file), "utf8");
      expect({ file, leaked: /installExcelSimulator|SimulatedExcelError|__pmSim/u.test(text) }).toEqual({ file, leaked: false });
    }
  });

  it("builds for the organisation's address: the manifest points where the pages are served, and no bundle evaluates strings", () => {
    const manifest = readFileSync(join(DIST, "manifest.xml"), "utf8");
    expect(manifest).not.toMatch(/localhost/iu);
    expect(manifest).toContain(`<SourceLocation DefaultValue="${BASE}taskpane.html"/>`);
    expect(manifest).toContain(`<bt:Url id="PM.Commands.Url" DefaultValue="${BASE}commands.html"/>`);
    // The policy has no 'unsafe-eval'; what is left of Function("return this") in libraries is a fallback for hosts without globalThis.
    for (const file of readdirSync(DIST).filter((f) => f.endsWith(".js"))) {
      expect({ file, evaluates: /\beval\(/u.test(readFileSync(join(DIST, file), "utf8")) }).toEqual({ file, evaluates: false });
    }
  });

  it("gives every page a policy of its own origin and the Office script host, which Chromium enforces and reports", async () => {
    const report = encodeDialogRequest({ mode: "report", locale: "uk", title: "Перевірка звітів", text: "Помилок немає.", close: "Закрити" });
    const pages: [string, string, (page: Page) => Promise<unknown>][] = [
      ["taskpane.html", "pmApi=1.17&pmLang=uk-UA", (page) => page.getByRole("heading", { name: "Моніторинг програми" }).waitFor()],
      ["commands.html", "pmApi=1.17&pmLang=uk-UA", (page) => page.waitForFunction(() => "loadProgramme" in window)],
      ["dialog.html", report, (page) => page.getByRole("heading", { name: "Перевірка звітів" }).waitFor()],
    ];
    for (const [name, query, ready] of pages) {
      const page = await openPane(query, name);
      await ready(page);
      // A policy in a meta element governs only what follows it: it must come before the first script or style.
      const { content, first } = await page.evaluate(() => {
        const meta = document.querySelector("meta[http-equiv='Content-Security-Policy']");
        const resource = document.querySelector("script, style, link");
        const first = meta !== null && resource !== null && (meta.compareDocumentPosition(resource) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
        return { content: meta?.getAttribute("content") ?? "", first };
      });
      expect({ name, first }).toEqual({ name, first: true });
      const directives = new Map(content.split(";").map((d) => d.trim().split(/\s+/u)).map(([key, ...values]) => [key, values]));
      expect(directives.get("default-src")).toEqual(["'self'"]);
      expect(directives.get("script-src")).toEqual(["'self'", OFFICE_HOST]);
      expect(directives.get("connect-src")).toEqual(["'self'", OFFICE_HOST]);
      expect(content).not.toMatch(/unsafe-|\*|data:|blob:|http:/u);
      expect(await cspViolations(page)).toEqual({ events: [], console: [] });
      // The recorder can fail: an inline script is refused, and the refusal is seen.
      await page.evaluate(() => {
        const script = document.createElement("script");
        script.textContent = "window.__ran = true";
        document.head.append(script);
      });
      await page.waitForFunction(() => (window as unknown as PaneWindow).__cspViolations.length > 0);
      expect(await page.evaluate(() => "__ran" in window)).toBe(false);
      expect((await cspViolations(page)).events).toEqual([expect.objectContaining({ directive: "script-src-elem", blocked: "inline" })]);
      await page.context().close();
    }
  });

  it("runs a ribbon command in the production commands page under its policy, opening its dialog beside it", async () => {
    const page = await openPane("pmApi=1.17&pmLang=uk-UA", "commands.html");
    await page.waitForFunction(() => typeof (window as unknown as { loadProgramme?: unknown }).loadProgramme === "function");
    await page.evaluate(
      () =>
        new Promise<void>((resolve) =>
          (window as unknown as { loadProgramme: (event: { completed(): void }) => void }).loadProgramme({ completed: resolve }),
        ),
    );
    expect(await sheetNames(page)).toEqual(["Аркуш1", "Програма", "Виконавці", "Призначення", "Довідники"]);
    const dialogs = await page.evaluate(() => (window as unknown as { __pmSim: { dialogsOpened(): string[] } }).__pmSim.dialogsOpened());
    expect(dialogs.map((url) => url.slice(0, `${BASE}dialog.html?r=`.length))).toEqual([`${BASE}dialog.html?r=`]);
    await closePane(page);
  });

  it("shows the Ukrainian UI, loads the programme into the workbook, asks before replacing, and switches to English", async () => {
    const page = await openPane("pmApi=1.17&pmLang=uk-UA");
    await page.getByRole("heading", { name: "Моніторинг програми" }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, "01-uk-start.png"), fullPage: true });

    await page.getByRole("button", { name: "Завантажити вбудовану програму" }).click();
    await page.getByTestId("loaded-counts").waitFor();
    expect(await page.getByTestId("loaded-counts").textContent()).toBe("7 завдань · 28 заходів · 16 виконавців");
    expect(await page.getByRole("status").filter({ hasText: "Завантажено" }).textContent()).toContain("Завантажено: 7 завдань, 28 заходів, 16 виконавців.");
    expect(await sheetNames(page)).toEqual(["Аркуш1", "Програма", "Виконавці", "Призначення", "Довідники"]);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, "02-uk-loaded.png"), fullPage: true });

    await page.getByRole("button", { name: "Завантажити вбудовану програму" }).click();
    const dialog = page.getByRole("alertdialog");
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain("«Програма», «Виконавці», «Призначення», «Довідники»");
    await dialogSettled(page);
    await page.screenshot({ path: join(SHOTS, "03-uk-confirm.png"), fullPage: true });
    await dialog.getByRole("button", { name: "Скасувати" }).click();
    await page.getByText("Завантаження скасовано: книгу не змінено.").waitFor();

    await sim(page, "resetStats");
    await page.getByRole("button", { name: "Завантажити вбудовану програму" }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Замінити" }).click();
    await page.getByTestId("loaded-counts").waitFor();
    // Inspect, then (after the answer, outside any batch) re-check, read the user's own table rows, write;
    // then the pane reads the workflow's state again (the sheet list, then the cells it needs).
    await page.waitForFunction(() => (window as unknown as { __pmSim: { syncs(): number } }).__pmSim.syncs() >= 6);
    expect(await sim(page, "syncs")).toBe(6);
    expect(await sheetNames(page)).toEqual(["Аркуш1", "Програма", "Виконавці", "Призначення", "Довідники"]);

    await page.getByLabel("Мова").selectOption("en");
    await page.getByRole("heading", { name: "Programme Monitor" }).waitFor();
    expect(await page.getByRole("button", { name: "Load the embedded programme" }).isVisible()).toBe(true);
    expect(await page.getByRole("button", { name: "Import the matrix from the active sheet" }).isVisible()).toBe(true);
    await pageGivenBack(page);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, "04-en.png"), fullPage: true });
    await closePane(page);
  });

  it("follows Office's display language and warns on Excel 2019 that print setup was skipped", async () => {
    const page = await openPane("pmApi=1.7&pmLang=en-US");
    await page.getByRole("heading", { name: "Programme Monitor" }).waitFor();
    await page.getByRole("button", { name: "Load the embedded programme" }).click();
    await page.getByText(/Print settings were not applied/u).waitFor();
    expect(await page.getByTestId("loaded-counts").textContent()).toBe("7 tasks · 28 measures · 16 executors");
    await page.screenshot({ path: join(SHOTS, "05-en-excel2019.png"), fullPage: true });
    await closePane(page);
  });

  it("reports a sheet that is not a matrix in a MessageBar with the cell and the fix, and writes nothing", async () => {
    const page = await openPane("pmApi=1.17&pmLang=uk-UA");
    await page.getByRole("heading", { name: "Моніторинг програми" }).waitFor();
    await page.evaluate(() =>
      (window as unknown as { __pmSim: { fill(n: string, g: unknown[][]): void } }).__pmSim.fill("Аркуш1", [["Звіт про виконання"], ["Захід", "Статус"]]),
    );
    await page.getByRole("button", { name: "Імпортувати матрицю з активного аркуша" }).click();
    const alert = page.getByRole("alert");
    await alert.waitFor();
    // The task and the executors are missing; the term is not required (the programme's years apply without one).
    expect(await alert.textContent()).toContain("Матрицю не можна використати: 2 помилки. Книгу не змінено.");
    const issues = await page.getByRole("region", { name: /Зауваження до матриці/u }).textContent();
    expect(issues).toContain("аркуш «Аркуш1», клітинка A2");
    // «Захід» is recognised as the measure column; the columns really missing are named.
    expect(issues).toContain("Не знайдено стовпця «Виконавці»");
    expect(issues).not.toContain("Не знайдено стовпця «Найменування заходу»");
    expect(await sheetNames(page)).toEqual(["Аркуш1"]);
    await page.screenshot({ path: join(SHOTS, "06-uk-import-error.png"), fullPage: true });
    await closePane(page);
  });

  it("shows the ribbon command's question in the dialog page and sends the answer to Excel", async () => {
    const request = encodeDialogRequest({
      mode: "confirm",
      locale: "uk",
      title: "Завантаження програми",
      text: "У книзі вже є аркуші «Програма». Замінити їх новими?",
      yes: "Замінити",
      no: "Скасувати",
    });
    const page = await openPane(request, "dialog.html");
    await page.getByRole("heading", { name: "Завантаження програми" }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("uk");
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, "07-command-dialog.png") });
    await page.getByRole("button", { name: "Замінити" }).click();
    expect(await page.evaluate(() => (window as unknown as { __pmSim: { messagesToParent(): string[] } }).__pmSim.messagesToParent())).toEqual(["yes"]);
    await closePane(page);
  });

  it("checks a report sheet, lists the remarks with their cells, filters them, shows a cell, and clears the highlights", async () => {
    const page = await openPane("pmApi=1.17&pmLang=uk-UA");
    await page.getByRole("heading", { name: "Моніторинг програми" }).waitFor();
    await page.getByRole("button", { name: "Завантажити вбудовану програму" }).click();
    await page.getByTestId("loaded-counts").waitFor();
    await page.getByRole("tab", { name: /^3\. Перевірка звітів/u }).click();
    const sheet = "Звіт Уманська";
    await page.evaluate(([name, grid]) => {
      const sim = (window as unknown as { __pmSim: { fill(n: string, g: unknown[][]): void; activate(n: string): void } }).__pmSim;
      sim.fill(name, grid);
      sim.activate(name);
    }, [sheet, HAND_TYPED] as const);
    await page.getByRole("button", { name: "Перевірити активний аркуш" }).click();
    await page.getByTestId("check-summary").waitFor();
    expect(await page.getByTestId("check-summary").textContent()).toContain("Уманська РДА, I півріччя 2025 року — 3 рядки; помилок 3");
    const list = page.getByRole("region", { name: /Зауваження \(/u });
    // Grouped by kind, with counts: each group opens to its remarks.
    expect(await list.textContent()).toContain("Відсутні заходи:");
    await list.getByRole("button", { name: /^Невідомий стан виконання: 1/u }).click();
    expect(await list.textContent()).toContain("Стан виконання «Зроблено» не входить до списку.");
    expect(await page.evaluate((name) => (window as unknown as { __pmSim: { highlights(n: string): number } }).__pmSim.highlights(name), sheet)).toBeGreaterThanOrEqual(3);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, "08-uk-check-issues.png"), fullPage: true });

    await page.getByLabel("Важливість").selectOption("error");
    const errorsOnly = await list.textContent();
    expect(errorsOnly).not.toContain("· Попередження");
    await list.getByRole("button", { name: "Перейти до клітинки C7" }).click();
    await page.waitForFunction(() => (window as unknown as { __pmSim: { selection(): unknown } }).__pmSim.selection() !== null);
    expect(await page.evaluate(() => (window as unknown as { __pmSim: { selection(): unknown } }).__pmSim.selection())).toEqual({ sheet, row: 6, column: 2 });
    await page.screenshot({ path: join(SHOTS, "09-uk-check-errors-only.png"), fullPage: true });

    await page.getByRole("button", { name: "Зняти підсвічування" }).click();
    await page.getByText(/Підсвічування знято/u).waitFor();
    expect(await page.evaluate((name) => (window as unknown as { __pmSim: { highlights(n: string): number } }).__pmSim.highlights(name), sheet)).toBe(0);
    await closePane(page);
  });

  it("imports four district reports picked through the file chooser and builds the summaries", async () => {
    const programme = parseEmbeddedProgramme().programme;
    const period = reportingPeriods(programme.years).find((p) => p.code === "2025-H1");
    const dir = join(ROOT, "test-artifacts", "e2e-files");
    mkdirSync(dir, { recursive: true });
    const paths: string[] = [];
    // The four districts and two oblast bodies: the demo's sixth report has a phone number in a narrative.
    const everyone = units(programme);
    const picked = [...everyone.filter((u) => u.type === "districtAdministration"), ...everyone.filter((u) => u.type === "oblastExecutor").slice(0, 2)];
    for (const r of demoReports(programme, picked, period as NonNullable<typeof period>, "15.07.2025", "01.08.2025")) {
      const path = join(dir, r.file);
      writeFileSync(path, await sheetPlansToXlsx(r.plans));
      paths.push(path);
    }
    const page = await openPane("pmApi=1.17&pmLang=uk-UA");
    await page.getByRole("heading", { name: "Моніторинг програми" }).waitFor();
    await page.getByRole("button", { name: "Завантажити вбудовану програму" }).click();
    await page.getByTestId("loaded-counts").waitFor();
    await page.getByRole("tab", { name: /^4\. Зведення звітів/u }).click();
    await page.setInputFiles("#pm-report-files", paths);
    const findings = page.getByTestId("personal-data");
    await findings.waitFor({ timeout: 60_000 });
    expect(await findings.textContent()).toMatch(/аркуш «Дані», клітинка J\d+: Текст звіту \S+ про захід [\d.]+ \(.+\.xlsx\) може містити персональні дані \(номер телефону\)/u);
    await dialogSettled(page);
    await page.screenshot({ path: join(SHOTS, "10a-uk-personal-data.png"), fullPage: true });
    await page.getByRole("button", { name: "Замінити позначкою" }).click();
    const results = page.getByTestId("import-results");
    await results.waitFor({ timeout: 60_000 });
    const text = await results.textContent();
    expect(text).toContain("Р01_Звенигородська_РДА_2025-H1.xlsx — прийнято");
    expect(text).toContain("Р02_Золотоніська_РДА_2025-H1.xlsx — прийнято з зауваженнями");
    const names = await sheetNames(page);
    for (const sheet of ["Дані", "Журнал імпорту", "Зведення", "За заходами", "За виконавцями", "За територіями", "Звіт про виконання"]) expect(names).toContain(sheet);
    expect(await page.getByTestId("redacted").textContent()).toContain("замінено позначкою 1 текст з можливими персональними даними");
    await page.getByTestId("remarks").getByRole("button", { name: /: \d+/u }).first().click();
    await page.screenshot({ path: join(SHOTS, "10-uk-import-results.png"), fullPage: true });
    await page.getByRole("button", { name: "Зведення", exact: true }).click();
    await findings.waitFor();
    await page.getByRole("button", { name: "Замінити позначкою" }).click();
    await page.getByTestId("summaries-built").waitFor();
    // The dialog's closing leaves the page hidden until it has gone: the page must be given back before axe looks.
    await pageGivenBack(page);
    expect(await page.getByTestId("summaries-built").textContent()).toMatch(/^Зведення за I півріччя 2025 року побудовано/u);
    // Who reported, in two figures (the districts and two departments are required; nobody by consent reported), and that no community is listed.
    expect(await page.getByTestId("reporting").textContent()).toBe("Звітували: обов’язкові виконавці — 6 з 14; за згодою — 0 з 4.");
    expect(await page.locator("body").textContent()).toContain("жодної громади не вказано");
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, "11-uk-summaries-built.png"), fullPage: true });
    await closePane(page);
  });

  it("imports the programme from a Word document picked through the file chooser, after a preview", async () => {
    const page = await openPane("pmApi=1.17&pmLang=uk-UA");
    await page.getByRole("heading", { name: "Моніторинг програми" }).waitFor();
    await page.setInputFiles("#pm-programme-file", join(ROOT, "tests", "fixtures", "documents", "annex.docx"));
    const preview = page.getByTestId("programme-preview");
    await preview.waitFor({ timeout: 60_000 });
    expect(await preview.textContent()).toContain("7 завдань · 28 заходів · 16 виконавців");
    expect(await preview.textContent()).toContain("Матрицю розібрано без зауважень.");
    expect(await sheetNames(page)).toEqual(["Аркуш1"]);
    await page.screenshot({ path: join(SHOTS, "12-uk-docx-preview.png"), fullPage: true });
    await preview.getByRole("button", { name: "Завантажити" }).click();
    await page.getByTestId("loaded-counts").waitFor();
    expect(await sheetNames(page)).toEqual(["Аркуш1", "Програма", "Виконавці", "Призначення", "Довідники"]);
    await closePane(page);
  });
});

