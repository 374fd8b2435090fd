import { execFile } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { build } from "esbuild";
import { chromium, type Browser, type Page } from "playwright-core";
import { encodeDialogRequest } from "../../src/commands/dialogProtocol";
import { demoReports } from "../../src/domain/consolidation/demoReports";
import { parseEmbeddedProgramme } from "../../src/domain/programme/embeddedProgramme";
import { reportingPeriods } from "../../src/domain/programme/referenceLists";
import { units } from "../../src/domain/reports/units";
import { sheetPlansToXlsx } from "../../src/xlsx/writeSheetPlans";
import { ROOT } from "../support/fixtures";
import { requireSystemTool } from "../support/systemTool";

const execFileAsync = promisify(execFile);

const CHROMIUM = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";
// Built as an organisation would build it, and served from a folder of its server, as the manifest says.
const BASE = "https://pm.example.gov.ua/programme-monitor/";
const OFFICE_HOST = "https://appsforoffice.microsoft.com";
const OFFICE_CDN = `${OFFICE_HOST}/lib/1/hosted/`;
const OFFICE_DIST = join(ROOT, "node_modules", "@microsoft", "office-js", "dist");
const DIST = join(ROOT, "test-artifacts", "e2e-dist");
const SHOTS = join(ROOT, "test-artifacts", "screenshots");
/**
 * Outside Office, office.js finds no host and takes its Office 2013 path (o15apptofilemappingtable.js), which appends
 * to <head> a hidden frame for Microsoft's logging service, styled by attribute; the policy refuses both, which costs
 * Microsoft its log lines and the add-in nothing. Office's current host scripts (Excel on the web, Windows 16.01,
 * Mac) never add that frame; only excel-win32-16.00.js, Excel 2016's, does as well.
 */
const OFFICE_O15_SCRIPT = `${OFFICE_CDN}o15apptofilemappingtable.js`;
const OFFICE_LOG_FRAME = "https://telemetryservice.firstpartyapps.oaspapps.com";
// Test tooling served from the pages' own origin, so the pages' policy admits it like any script of theirs.
const AXE_URL = "https://pm.example.gov.ua/test-only/axe.min.js";

const available = requireSystemTool("chromium", () => existsSync(CHROMIUM));
const suite = available ? describe : describe.skip;

const CONTENT_TYPES: Record<string, string> = { ".html": "text/html", ".js": "application/javascript", ".png": "image/png", ".xml": "application/xml" };

type AxeResult = { violations: { id: string; impact: string | null; nodes: { target: unknown[]; failureSummary?: string }[] }[] };
type Violation = { directive: string; blocked: string; source: string };
type PaneWindow = { __cspViolations: Violation[] };

suite("the production task pane in headless Chromium, on the simulated Excel host", () => {
  jest.setTimeout(240_000);
  let browser: Browser;
  let launching: Promise<Browser> | undefined;
  let host = "";
  const cspConsole = new Map<Page, string[]>();

  // The production build takes a minute on an idle machine and several on a busy 2-CPU one: the hook waits for it to end.
  const BUILD_TIMEOUT_MS = 900_000;
  beforeAll(async () => {
    await execFileAsync("npx", ["webpack", "--mode", "production", "--output-path", DIST], {
      cwd: ROOT,
      env: { ...process.env, ADDIN_URL: BASE },
      maxBuffer: 64 * 1024 * 1024,
    }).catch((error: { stdout?: string; stderr?: string }) => {
      throw new Error(`webpack failed:\n${error.stdout ?? ""}\n${error.stderr ?? ""}`);
    });
    const bundled = await build({ entryPoints: [join(ROOT, "tests/e2e/host/simulatorHost.ts")], bundle: true, format: "iife", write: false, target: "es2020" });
    host = bundled.outputFiles[0]?.text ?? "";
    mkdirSync(SHOTS, { recursive: true });
    launching = chromium.launch({
      executablePath: CHROMIUM,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    });
    browser = await launching;
  }, BUILD_TIMEOUT_MS);

  afterAll(async () => {
    // Whatever happened before, a browser that was started is closed, or Jest never exits.
    await (await launching?.catch(() => undefined))?.close();
  });

  /** Serves dist/ as a static HTTPS server would: the pages carry their own Content-Security-Policy. */
  async function openPane(query: string, pageName = "taskpane.html"): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 360, height: 860 } });
    const consoleLines: string[] = [];
    cspConsole.set(page, consoleLines);
    page.on("console", (m) => {
      if (/Content.Security.Policy/iu.test(m.text())) consoleLines.push(`${m.location().url}: ${m.text()}`);
    });
    // Runs before any script of the page, outside its policy: every refusal from the first byte on is recorded.
    await page.addInitScript(() => {
      const seen: Violation[] = [];
      (window as unknown as PaneWindow).__cspViolations = seen;
      document.addEventListener("securitypolicyviolation", (e) => seen.push({ directive: e.effectiveDirective, blocked: e.blockedURI, source: e.sourceFile }));
    });
    await page.route(`${OFFICE_CDN}**`, async (route) => {
      const name = new URL(route.request().url()).pathname.slice("/lib/1/hosted/".length);
      const file = join(OFFICE_DIST, name);
      if (!existsSync(file)) return route.fulfill({ status: 404, body: "" });
      const body = readFileSync(file, "utf8") + (name === "office.js" ? `\n;${host}` : "");
      return route.fulfill({ status: 200, contentType: "application/javascript", body });
    });
    await page.route(AXE_URL, (route) =>
      route.fulfill({ status: 200, contentType: "application/javascript", body: readFileSync(join(ROOT, "node_modules", "axe-core", "axe.min.js")) }),
    );
    await page.route(`${BASE}**`, async (route) => {
      const path = new URL(route.request().url()).pathname.slice(new URL(BASE).pathname.length);
      const file = join(DIST, path);
      if (!existsSync(file)) return route.fulfill({ status: 404, body: "" });
      const ext = path.slice(path.lastIndexOf("."));
      return route.fulfill({ status: 200, contentType: CONTENT_TYPES[ext] ?? "application/octet-stream", body: readFileSync(file) });
    });
    await page.route((url) => !url.href.startsWith(BASE) && !url.href.startsWith(OFFICE_HOST) && url.href !== AXE_URL, (route) => route.abort());
    await page.goto(`${BASE}${pageName}?${query}`);
    return page;
  }

  /** What the page's policy refused, as the page saw it and as Chromium logged it; Office's own logging frame aside. */
  async function cspViolations(page: Page): Promise<{ events: Violation[]; console: string[] }> {
    const events = await page.evaluate(() => (window as unknown as PaneWindow).__cspViolations);
    return {
      events: events.filter((v) => !(v.blocked.startsWith(OFFICE_LOG_FRAME) || (v.directive === "style-src-attr" && v.source === OFFICE_O15_SCRIPT))),
      console: (cspConsole.get(page) ?? []).filter((line) => !(line.startsWith(OFFICE_O15_SCRIPT) || line.includes(`Framing '${OFFICE_LOG_FRAME}/'`))),
    };
  }

  /** Every test ends here: the page ran under its policy without a refusal and without an uncaught error. */
  async function closePane(page: Page): Promise<void> {
    expect(await cspViolations(page)).toEqual({ events: [], console: [] });
    expect((await page.pageErrors()).map((e) => e.message)).toEqual([]);
    cspConsole.delete(page);
    await page.close();
  }

  async function axeViolations(page: Page): Promise<{ id: string; nodes: string[] }[]> {
    if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ url: AXE_URL });
    // Colours are judged as they end, not halfway through a fade-in; progress bars animate forever and are left out.
    await page.evaluate(() =>
      Promise.all(
        document
          .getAnimations()
          .filter((a) => a.playState === "running" && a.effect?.getComputedTiming().iterations !== Infinity)
          .map((a) => a.finished.catch(() => undefined)),
      ),
    );
    // Fluent's focus manager (tabster) adds invisible focus sentinels; they are not content and axe misreads them.
    const result = await page.evaluate(async () =>
      (window as unknown as { axe: { run: (ctx: object) => Promise<AxeResult> } }).axe.run({ exclude: [["[data-tabster-dummy]"]] }),
    );
    return result.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => ({ id: v.id, nodes: v.nodes.map((n) => `${JSON.stringify(n.target)}: ${n.failureSummary ?? ""}`) }));
  }


  /** A closing Fluent dialog hides the rest of the page from assistive technology until it has gone. */
  async function pageGivenBack(page: Page): Promise<void> {
    await page.waitForFunction(() => {
      const root = document.getElementById("root");
      return root !== null && root.closest("[aria-hidden='true'], [inert]") === null && document.querySelector("[role='alertdialog'], [role='dialog']") === null;
    });
  }

  /** Waits for an opened dialog's entrance animation to finish (not for a time); the progress bar behind it animates forever. */
  async function dialogSettled(page: Page): Promise<void> {
    const dialog = page.getByRole("alertdialog");
    await dialog.waitFor();
    await dialog.evaluate((el) =>
      Promise.all(
        el
          .getAnimations({ subtree: true })
          .filter((a) => a.playState === "running" && a.effect?.getComputedTiming().iterations !== Infinity)
          .map((a) => a.finished.catch(() => undefined)),
      ),
    );
  }

  const sheetNames = (page: Page) => page.evaluate(() => (window as unknown as { __pmSim: { sheetNames(): string[] } }).__pmSim.sheetNames());

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
      await page.close();
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

    await page.evaluate(() => (window as unknown as { __pmSim: { resetStats(): void } }).__pmSim.resetStats());
    await page.getByRole("button", { name: "Завантажити вбудовану програму" }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Замінити" }).click();
    await page.getByTestId("loaded-counts").waitFor();
    // Inspect, then (after the answer, outside any batch) re-check, read the user's own table rows, write.
    expect(await page.evaluate(() => (window as unknown as { __pmSim: { syncs(): number } }).__pmSim.syncs())).toBe(4);
    expect(await sheetNames(page)).toEqual(["Аркуш1", "Програма", "Виконавці", "Призначення", "Довідники"]);

    await page.getByRole("combobox", { name: "Мова" }).click();
    await page.getByRole("option", { name: "English" }).click();
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
    const sheet = "Звіт Уманська";
    await page.evaluate((name) => {
      const sim = (window as unknown as { __pmSim: { fill(n: string, g: unknown[][]): void; activate(n: string): void } }).__pmSim;
      sim.fill(name, [
        ["Інформація про виконання заходів програми"],
        [],
        ["Виконавець:", "Уманська РДА"],
        ["Звітний період:", "I півріччя 2025 року"],
        [],
        ["Код заходу", "Захід", "Стан виконання", "Кількість проведених заходів", "Охоплено осіб", "Використано коштів, тис. грн", "Джерело фінансування", "Інформація про виконання", "Причини невиконання"],
        ["'1.1", "участь в розробленні законопроектів", "Зроблено", 2, 10, 0, "Не потребує фінансування", "Проведено нараду"],
        ["'2.1", "актуалізація програм", "Виконано", "12 шт", 40, 0, "Не потребує фінансування", "Навчання проведено"],
        ["'2.2", "проведення навчання", "Не виконано", 0, 0, 0, "Не потребує фінансування", "", ""],
      ]);
      sim.activate(name);
    }, sheet);
    await page.getByRole("button", { name: "Перевірити активний аркуш" }).click();
    await page.getByTestId("check-summary").waitFor();
    expect(await page.getByTestId("check-summary").textContent()).toContain("Уманська РДА, I півріччя 2025 року — 3 рядки; помилок 3");
    const list = page.getByRole("region", { name: /Зауваження \(/u });
    expect(await list.textContent()).toContain("Стан виконання «Зроблено» не входить до списку.");
    expect(await page.evaluate((name) => (window as unknown as { __pmSim: { highlights(n: string): number } }).__pmSim.highlights(name), sheet)).toBeGreaterThanOrEqual(3);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, "08-uk-check-issues.png"), fullPage: true });

    await page.getByRole("radio", { name: "Помилки" }).check();
    const errorsOnly = await list.textContent();
    expect(errorsOnly).not.toContain("Попередження —");
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
    await results.getByRole("button", { name: /Зауваження/u }).first().click();
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

