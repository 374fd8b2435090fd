import type { Page } from "playwright-core";

/**
 * Display zoom as Windows and Office apply it: the pane keeps its size on screen and the page lays out in
 * 1/`factor` of the CSS pixels, so media queries see the narrower pane. (CSS `zoom` on the document enlarges
 * the text but leaves media queries at the unzoomed width.) The layout is the zoomed one; the screenshot is
 * at one device pixel per CSS pixel.
 */
export async function withDisplayZoom(page: Page, factor: number, work: () => Promise<void>): Promise<void> {
  const viewport = page.viewportSize();
  if (viewport === null) throw new Error("the pane has no viewport");
  const width = Math.round(viewport.width / factor);
  await page.setViewportSize({ width, height: Math.round(viewport.height / factor) });
  try {
    await page.waitForFunction((w) => window.innerWidth === w, width);
    await work();
  } finally {
    await page.setViewportSize(viewport);
  }
}

/**
 * Words the layout broke across lines inside `testId` (a word set on two lines has two boxes): text too
 * narrow for its words. Words with a hyphen may wrap at it and are left out.
 */
export async function brokenWords(page: Page, testId: string): Promise<string[]> {
  return page.evaluate((id) => {
    const root = document.querySelector(`[data-testid="${id}"]`);
    if (root === null) return [`no element ${id}`];
    const broken: string[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const text = node.textContent ?? "";
      for (const m of text.matchAll(/[^\s-]+/gu)) {
        const range = document.createRange();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        const lines = new Set(Array.from(range.getClientRects()).filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        if (lines.size > 1) broken.push(m[0]);
      }
    }
    return broken;
  }, testId);
}
