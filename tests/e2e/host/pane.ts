/**
 * What every e2e suite needs: the built pane served from the organisation's folder as a static HTTPS server would
 * (each page under its own Content-Security-Policy, every refusal recorded), the simulated host, axe, screenshots.
 */
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { ROOT } from "../../support/fixtures";
import { requireSystemTool } from "../../support/systemTool";
import { E2E_BASE, E2E_DIST, E2E_HOST } from "./buildPane";

const CHROMIUM = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";
export const BASE = E2E_BASE;
export const OFFICE_HOST = "https://appsforoffice.microsoft.com";
const OFFICE_CDN = `${OFFICE_HOST}/lib/1/hosted/`;
const OFFICE_DIST = join(ROOT, "node_modules", "@microsoft", "office-js", "dist");
export const DIST = E2E_DIST;
export const SHOTS = join(ROOT, "test-artifacts", "screenshots");
/**
 * Outside Office, office.js finds no host and takes its Office 2013 path (o15apptofilemappingtable.js), which appends
 * to <head> a hidden frame for Microsoft's logging service, styled by attribute; the policy refuses both, which costs
 * Microsoft its log lines and the add-in nothing. Office's current host scripts (Excel on the web, Windows 16.01,
 * Mac) never add that frame; only excel-win32-16.00.js, Excel 2016's, does as well.
 */
const OFFICE_O15_SCRIPT = `${OFFICE_CDN}o15apptofilemappingtable.js`;
const OFFICE_LOG_FRAME = "https://telemetryservice.firstpartyapps.oaspapps.com";
// Test tooling served from the pages' own origin, so the pages' policy admits it like any script of theirs.
const AXE_URL = `${new URL(BASE).origin}/test-only/axe.min.js`;

const CONTENT_TYPES: Record<string, string> = { ".html": "text/html", ".js": "application/javascript", ".png": "image/png", ".xml": "application/xml" };

type AxeResult = { violations: { id: string; impact: string | null; nodes: { target: unknown; failureSummary?: string }[] }[] };
export type Violation = { directive: string; blocked: string; source: string };
type PaneWindow = { __cspViolations: Violation[] };

export const chromiumAvailable = () => requireSystemTool("chromium", () => existsSync(CHROMIUM));

export async function launch(): Promise<Browser> {
  mkdirSync(SHOTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
}

const cspConsole = new WeakMap<Page, string[]>();

/** The production pane under `BASE` with the real office.js, to which the simulated host is appended; a context of its own. */
export async function openPane(browser: Browser, query: string, options: { pageName?: string; width?: number; clipboard?: boolean } = {}): Promise<Page> {
  const host = readFileSync(E2E_HOST, "utf8");
  const context = await browser.newContext({ viewport: { width: options.width ?? 360, height: 860 } });
  if (options.clipboard) await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(BASE).origin });
  const page = await context.newPage();
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
  await page.route(AXE_URL, (route) => route.fulfill({ status: 200, contentType: "application/javascript", body: readFileSync(join(ROOT, "node_modules", "axe-core", "axe.min.js")) }));
  await page.route(`${BASE}**`, async (route) => {
    const path = new URL(route.request().url()).pathname.slice(new URL(BASE).pathname.length);
    const file = join(DIST, path);
    if (!existsSync(file)) return route.fulfill({ status: 404, body: "" });
    const ext = path.slice(path.lastIndexOf("."));
    return route.fulfill({ status: 200, contentType: CONTENT_TYPES[ext] ?? "application/octet-stream", body: readFileSync(file) });
  });
  await page.route((url) => !url.href.startsWith(BASE) && !url.href.startsWith(OFFICE_HOST) && url.href !== AXE_URL, (route) => route.abort());
  await page.goto(`${BASE}${options.pageName ?? "taskpane.html"}?${query}`);
  return page;
}

/** What the page's policy refused, as the page saw it and as Chromium logged it; Office's own logging frame aside. */
export async function cspViolations(page: Page): Promise<{ events: Violation[]; console: string[] }> {
  const events = await page.evaluate(() => (window as unknown as PaneWindow).__cspViolations);
  return {
    events: events.filter((v) => !(v.blocked.startsWith(OFFICE_LOG_FRAME) || (v.directive === "style-src-attr" && v.source === OFFICE_O15_SCRIPT))),
    console: (cspConsole.get(page) ?? []).filter((line) => !(line.startsWith(OFFICE_O15_SCRIPT) || line.includes(`Framing '${OFFICE_LOG_FRAME}/'`))),
  };
}

/** Every test ends here: the page ran under its policy without a refusal and without an uncaught error. */
export async function closePane(page: Page): Promise<void> {
  expect(await cspViolations(page)).toEqual({ events: [], console: [] });
  expect((await page.pageErrors()).map((e) => e.message)).toEqual([]);
  await page.context().close();
}

/** Animations that end (a dialog's entrance, a message bar fading in) have ended; progress bars animate forever. */
async function animationsFinished(page: Page): Promise<void> {
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a.playState === "running" && a.effect?.getComputedTiming().iterations !== Infinity)
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
}

/** A closing Fluent dialog hides the rest of the page from assistive technology until it has gone. */
export async function pageGivenBack(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const root = document.getElementById("root");
    return root !== null && root.closest("[aria-hidden='true'], [inert]") === null && document.querySelector("[role='alertdialog'], [role='dialog']") === null;
  });
}

/** Waits for an opened dialog's entrance animation to finish (not for a time); the progress bar behind it animates forever. */
export async function dialogSettled(page: Page): Promise<void> {
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

/** The page as a user sees it once still: a dialog open, or the page given back after one, and animations ended. */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    if (document.querySelector("[role='alertdialog'], [role='dialog']") !== null) return true;
    const root = document.getElementById("root");
    return root !== null && root.closest("[aria-hidden='true'], [inert]") === null;
  });
  await animationsFinished(page);
}

export async function axeViolations(page: Page): Promise<{ id: string; nodes: string[] }[]> {
  // Colours mid-animation are not the colours a user reads.
  await settled(page);
  // Added as a script of the page's own origin, under its policy; not through page.addScriptTag, which fails whenever the
  // page logs any policy refusal meanwhile — and office.js's logging frame (see OFFICE_LOG_FRAME) is refused at a time of its own.
  await page.evaluate(
    (url): Promise<unknown> =>
      "axe" in window
        ? Promise.resolve()
        : new Promise<void>((resolve, reject) => {
            const script = document.createElement("script");
            script.src = url;
            script.onload = () => resolve();
            script.onerror = () => reject(new Error(`axe-core did not load from ${url}`));
            document.head.append(script);
          }),
    AXE_URL,
  );
  // Fluent's focus manager (tabster) adds invisible focus sentinels; they are not content and axe misreads them.
  // While a modal dialog is open, the page behind it is hidden from assistive technology and focus is
  // trapped in the dialog: the dialog is what the user can reach, so it is what is checked.
  const result = await page.evaluate(async () => {
    const modal = document.querySelector("[role=alertdialog], [role=dialog][aria-modal=true]");
    const context = modal ? { include: [["[role=alertdialog]", "[role=dialog][aria-modal=true]"]], exclude: [["[data-tabster-dummy]"]] } : { exclude: [["[data-tabster-dummy]"]] };
    return (window as unknown as { axe: { run: (ctx: object) => Promise<AxeResult> } }).axe.run(context);
  });
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({ id: v.id, nodes: v.nodes.map((n) => `${JSON.stringify(n.target)}: ${n.failureSummary ?? ""}`) }));
}

/** Nothing wider than the pane: the page never scrolls sideways. */
export async function horizontalOverflow(page: Page): Promise<{ scrollWidth: number; clientWidth: number; widest: string }> {
  return page.evaluate(() => {
    const root = document.documentElement;
    let widest = "";
    let max = root.clientWidth;
    for (const el of Array.from(document.querySelectorAll<HTMLElement>("main *"))) {
      const right = el.getBoundingClientRect().right;
      if (right > max + 0.5 && el.offsetParent !== null) {
        max = right;
        widest = `${el.tagName.toLowerCase()}.${String(el.className).slice(0, 40)} «${(el.textContent ?? "").slice(0, 30)}»`;
      }
    }
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, widest };
  });
}

export async function shot(page: Page, name: string): Promise<void> {
  await settled(page);
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

type SimApi = {
  sheetNames(): string[];
  visibleSheetNames(): string[];
  syncs(): number;
  resetStats(): void;
  fill(n: string, g: unknown[][]): void;
  activate(n: string): void;
  selection(): unknown;
  highlights(n: string): number;
  fingerprint(): string;
  messagesToParent(): string[];
  dialogsOpened(): string[];
};

/** The simulated workbook behind the pane (`tests/e2e/host/simulatorHost.ts`). */
export function sim<K extends keyof SimApi>(page: Page, member: K, ...args: Parameters<SimApi[K]>): Promise<ReturnType<SimApi[K]>> {
  return page.evaluate(([m, a]) => ((window as unknown as { __pmSim: Record<string, (...x: unknown[]) => unknown> }).__pmSim[m as string] as (...x: unknown[]) => unknown)(...(a as unknown[])), [member, args] as const) as Promise<ReturnType<SimApi[K]>>;
}
