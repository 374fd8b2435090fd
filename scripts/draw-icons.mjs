// Draws the add-in icons (16–128 px) from one SVG design with headless Chromium.
// The design: a report sheet with progress bars on the oblast blue, and a yellow check seal.
import { chromium } from "playwright-core";
import { writeFileSync } from "node:fs";

function svg(size) {
  const detailed = size >= 32;
  const bars = detailed
    ? `<rect x="30" y="46" width="46" height="9" rx="2" fill="#2E75B6"/>
       <rect x="30" y="63" width="34" height="9" rx="2" fill="#2E75B6"/>
       <rect x="30" y="80" width="52" height="9" rx="2" fill="#2E75B6"/>
       <line x1="30" y1="36" x2="86" y2="36" stroke="#9DB7D5" stroke-width="3"/>`
    : `<rect x="30" y="44" width="44" height="14" rx="3" fill="#2E75B6"/>
       <rect x="30" y="70" width="30" height="14" rx="3" fill="#2E75B6"/>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 128 128">
    <rect x="4" y="4" width="120" height="120" rx="22" fill="#1F4E79"/>
    <rect x="20" y="20" width="76" height="88" rx="6" fill="#FFFFFF"/>
    ${bars}
    <circle cx="94" cy="92" r="${detailed ? 24 : 28}" fill="#FFD500" stroke="#1F4E79" stroke-width="5"/>
    <path d="M${detailed ? "82 92 L91 101 L107 84" : "80 92 L91 103 L109 82"}" fill="none" stroke="#1F4E79" stroke-width="${detailed ? 7 : 10}" stroke-linecap="round" stroke-linejoin="round"/>
  </svg>`;
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});
const page = await browser.newPage();
for (const size of [16, 32, 64, 80, 128]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg(size)}</body></html>`);
  const png = await page.locator("svg").screenshot({ omitBackground: true });
  writeFileSync(`assets/icon-${size}.png`, png);
}
await browser.close();
