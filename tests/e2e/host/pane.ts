/** What every e2e suite needs: the built pane served as Office would serve it, the simulated host, axe, screenshots. */
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { ROOT } from "../../support/fixtures";
import { requireSystemTool } from "../../support/systemTool";
import { E2E_DIST, E2E_HOST } from "./buildPane";

const CHROMIUM = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";
export const ORIGIN = "https://localhost:3000";
const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const OFFICE_DIST = join(ROOT, "node_modules", "@microsoft", "office-js", "dist");
export const DIST = E2E_DIST;
export const SHOTS = join(ROOT, "test-artifacts", "screenshots");

const CONTENT_TYPES: Record<string, string> = { ".html": "text/html", ".js": "application/javascript", ".png": "image/png", ".xml": "application/xml" };

export const chromiumAvailable = () => requireSystemTool("chromium", () => existsSync(CHROMIUM));

export async function launch(): Promise<Browser> {
  mkdirSync(SHOTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
}

/** The production pane at https://localhost:3000 with the real office.js, to which the simulated host is appended. */
export async function openPane(browser: Browser, query: string, options: { pageName?: string; width?: number; clipboard?: boolean } = {}): Promise<Page> {
  const host = readFileSync(E2E_HOST, "utf8");
  const context = await browser.newContext({ viewport: { width: options.width ?? 360, height: 860 } });
  if (options.clipboard) await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: ORIGIN });
  const page = await context.newPage();
  await page.route(`${OFFICE_CDN}**`, async (route) => {
    const name = new URL(route.request().url()).pathname.slice("/lib/1/hosted/".length);
    const file = join(OFFICE_DIST, name);
    if (!existsSync(file)) return route.fulfill({ status: 404, body: "" });
    const body = readFileSync(file, "utf8") + (name === "office.js" ? `\n;${host}` : "");
    return route.fulfill({ status: 200, contentType: "application/javascript", body });
  });
  await page.route(`${ORIGIN}/**`, async (route) => {
    const path = new URL(route.request().url()).pathname;
    const file = join(DIST, path);
    if (!existsSync(file)) return route.fulfill({ status: 404, body: "" });
    const ext = path.slice(path.lastIndexOf("."));
    return route.fulfill({ status: 200, contentType: CONTENT_TYPES[ext] ?? "application/octet-stream", body: readFileSync(file) });
  });
  await page.route(/^(?!https:\/\/localhost:3000|https:\/\/appsforoffice)/u, (route) => route.abort());
  await page.goto(`${ORIGIN}/${options.pageName ?? "taskpane.html"}?${query}`);
  return page;
}

type AxeResult = { violations: { id: string; impact: string | null; nodes: { target: unknown }[] }[] };

export async function axeViolations(page: Page): Promise<{ id: string; targets: unknown[] }[]> {
  // Colours mid-animation (a message bar fading in) are not the colours a user reads.
  await settled(page);
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ path: join(ROOT, "node_modules", "axe-core", "axe.min.js") });
  // Fluent's focus manager (tabster) adds invisible focus sentinels; they are not content and axe misreads them.
  // While a modal dialog is open, the page behind it is hidden from assistive technology and focus is
  // trapped in the dialog: the dialog is what the user can reach, so it is what is checked.
  const result = await page.evaluate(async () => {
    const modal = document.querySelector("[role=alertdialog], [role=dialog][aria-modal=true]");
    const context = modal ? { include: [["[role=alertdialog]", "[role=dialog][aria-modal=true]"]], exclude: [["[data-tabster-dummy]"]] } : { exclude: [["[data-tabster-dummy]"]] };
    return (window as unknown as { axe: { run: (ctx: object) => Promise<AxeResult> } }).axe.run(context);
  });
  return result.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => ({ id: v.id, targets: v.nodes.map((n) => n.target) }));
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

/** Waits for entrance animations (dialogs, accordions) so a screenshot shows the settled state. */
export async function settled(page: Page): Promise<void> {
  // A closed dialog gives the page back to assistive technology a moment after it has gone.
  await page.waitForFunction(() => document.querySelector("[role=alertdialog], [role=dialog]") !== null || document.getElementById("root")?.getAttribute("aria-hidden") !== "true");
  await page.evaluate(() => Promise.all(document.getAnimations().filter((a) => a.effect?.getComputedTiming().iterations !== Infinity).map((a) => a.finished)));
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
};

/** The simulated workbook behind the pane (`tests/e2e/host/simulatorHost.ts`). */
export function sim<K extends keyof SimApi>(page: Page, member: K, ...args: Parameters<SimApi[K]>): Promise<ReturnType<SimApi[K]>> {
  return page.evaluate(([m, a]) => ((window as unknown as { __pmSim: Record<string, (...x: unknown[]) => unknown> }).__pmSim[m as string] as (...x: unknown[]) => unknown)(...(a as unknown[])), [member, args] as const) as Promise<ReturnType<SimApi[K]>>;
}
