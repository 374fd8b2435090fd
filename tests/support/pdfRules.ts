import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * The horizontal rules of each page of a PDF, found in its rendering. Cell borders are vector strokes that
 * poppler's text tools do not report, so each page is rendered (`pdftoppm`) and a rule is a pixel row
 * crossed by one unbroken dark run nearly as wide as the table — text never draws such a run: words have
 * gaps. The header row is the band of its dark blue fill, found by colour (its white text breaks the runs).
 */

export interface Rule {
  readonly top: number;
  readonly bottom: number;
  /** The band holds the header's fill: a table's header row. */
  readonly filled: boolean;
}

/** Rendered at 144 dpi, 2 pixels a point: a thin border is at least one dark pixel row. */
const DPI = 144;
const PX_PER_PT = DPI / 72;
/** Lighter than the borders' colour (8EA9C1, grey 164) and than anti-aliased thin strokes. */
const INK = 235;

interface Image {
  readonly width: number;
  readonly height: number;
  /** Grey level and whether the pixel is of the header's dark blue fill (1F4E79): dark, and bluer than red. */
  readonly grey: (x: number, y: number) => number;
  readonly fill: (x: number, y: number) => boolean;
}

function ppm(bytes: Buffer): Image {
  const head = /^P6\s+(\d+)\s+(\d+)\s+255\s/u.exec(bytes.toString("latin1", 0, 64));
  if (head === null) throw new Error("pdftoppm did not write a binary PPM");
  const width = Number(head[1]);
  const offset = head[0].length;
  const rgb = (x: number, y: number) => {
    const at = offset + 3 * (y * width + x);
    return [bytes[at] ?? 255, bytes[at + 1] ?? 255, bytes[at + 2] ?? 255] as const;
  };
  return {
    width,
    height: Number(head[2]),
    grey: (x, y) => {
      const [r, g, b] = rgb(x, y);
      return 0.299 * r + 0.587 * g + 0.114 * b;
    },
    fill: (x, y) => {
      const [r, , b] = rgb(x, y);
      return r < 100 && b - r > 40;
    },
  };
}

/**
 * Pixel rows that are part of a rule: one dark run at least 90 % as wide as the widest run of the page (a
 * border across the table), or half that width of the header's fill (its white text breaks the runs).
 */
function ruleRows(image: Image): { y: number; filled: boolean }[] {
  const rows = Array.from({ length: image.height }, (_, y) => {
    let best = { from: 0, to: 0 };
    let start = -1;
    for (let x = 0; x <= image.width; x++) {
      const dark = x < image.width && image.grey(x, y) < INK;
      if (dark && start < 0) start = x;
      if (!dark && start >= 0) {
        if (x - start > best.to - best.from) best = { from: start, to: x };
        start = -1;
      }
    }
    return best;
  });
  const widest = rows.reduce((m, r) => (r.to - r.from > m.to - m.from ? r : m), { from: 0, to: 0 });
  const width = widest.to - widest.from;
  if (width === 0) return [];
  return rows.flatMap((r, y): { y: number; filled: boolean }[] => {
    let filled = 0;
    for (let x = widest.from; x < widest.to; x++) if (image.fill(x, y)) filled++;
    if (filled >= 0.5 * width) return [{ y, filled: true }];
    return r.to - r.from >= 0.9 * width ? [{ y, filled: false }] : [];
  });
}

function rulesOf(image: Image): Rule[] {
  const rules: Rule[] = [];
  for (const { y, filled } of ruleRows(image)) {
    const last = rules[rules.length - 1];
    const top = y / PX_PER_PT;
    const bottom = (y + 1) / PX_PER_PT;
    if (last !== undefined && top - last.bottom < 0.6 / PX_PER_PT) rules[rules.length - 1] = { top: last.top, bottom, filled: last.filled || filled };
    else rules.push({ top, bottom, filled });
  }
  return rules;
}

/** Every page's rules, from the top. */
export function pageRules(pdf: string): Rule[][] {
  const dir = mkdtempSync(join(tmpdir(), "pm-rules-"));
  try {
    const render = spawnSync("pdftoppm", ["-r", String(DPI), pdf, join(dir, "p")], { encoding: "utf8" });
    if (render.status !== 0) throw new Error(`pdftoppm failed: ${render.stderr}`);
    return readdirSync(dir)
      .filter((f) => f.endsWith(".ppm"))
      .sort()
      .map((file) => rulesOf(ppm(readFileSync(join(dir, file)))));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
