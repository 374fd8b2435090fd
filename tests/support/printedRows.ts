import { spawnSync } from "node:child_process";
import { pageRules, type Rule } from "./pdfRules";

/**
 * Where each table row of a printed PDF begins and ends, and where its text lies — read from the PDF
 * itself, not from the heights the plan asked for, so the check sees what paper shows.
 *
 * Why this way: the PDF keeps no notion of rows. Its text (`pdftotext -bbox-layout`) gives every line's
 * box, and the cells' borders are the only thing that marks where a row ends; they are found in the
 * rendered page (`pdfRules`). Body rows lie between the header's band and the last rule; a text line
 * belongs to the row its middle lies in.
 * One "line of height" is the pitch LibreOffice set the text at on that page (see `lineHeights`), so it
 * follows whatever scale fit-to-width chose for each sheet.
 */

export interface PrintedLine {
  readonly top: number;
  readonly bottom: number;
  readonly text: string;
}

export interface PrintedPage {
  readonly page: number;
  /** Horizontal rules from the top, in points: the header's filled band counts as one rule spanning it. */
  readonly rules: readonly Rule[];
  readonly lines: readonly PrintedLine[];
  /** Steps between consecutive lines of one text block on this page, in points. */
  readonly steps: readonly number[];
}

export interface PrintedRow {
  readonly page: number;
  /** The page's topmost line (its page header: the sheet and title), to name the sheet in a failure. */
  readonly heading: string;
  /** One printed line of height on its page, in points. */
  readonly line: number;
  /** 1-based position among the body rows of its page. */
  readonly row: number;
  readonly top: number;
  readonly bottom: number;
  /** The first words of the row's first line, to name it in a failure. */
  readonly start: string;
  /** The room between the row's last text line and its lower border, in points (negative: text crosses it). */
  readonly empty: number;
  /** A text line crosses one of the row's borders: a row too short for its text, whose lines run over. */
  readonly crossed: boolean;
}

const attribute = (tag: string, name: string) => Number(new RegExp(`${name}="([\\d.]+)"`, "u").exec(tag)?.[1]);
const unescape = (text: string) => text.replace(/&lt;/gu, "<").replace(/&gt;/gu, ">").replace(/&quot;/gu, '"').replace(/&apos;/gu, "'").replace(/&amp;/gu, "&");

function textOf(bboxHtml: string): { lines: PrintedLine[]; steps: number[] }[] {
  return bboxHtml.split("<page ").slice(1).map((page) => {
    const lines: PrintedLine[] = [];
    const steps: number[] = [];
    for (const block of page.split("<block ").slice(1)) {
      const tops: number[] = [];
      for (const line of block.split("<line ").slice(1)) {
        const tag = line.slice(0, line.indexOf(">"));
        const words = [...line.matchAll(/<word [^>]*>([^<]*)<\/word>/gu)].map((m) => unescape(m[1] ?? ""));
        lines.push({ top: attribute(tag, "yMin"), bottom: attribute(tag, "yMax"), text: words.join(" ") });
        tops.push(attribute(tag, "yMin"));
      }
      for (let i = 1; i < tops.length; i++) steps.push((tops[i] ?? 0) - (tops[i - 1] ?? 0));
    }
    return { lines, steps };
  });
}

/** Every page of the PDF with its rules and text lines. */
export function readPrintedPages(pdf: string): PrintedPage[] {
  const bbox = spawnSync("pdftotext", ["-bbox-layout", pdf, "-"], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  if (bbox.status !== 0) throw new Error(`pdftotext failed: ${bbox.stderr}`);
  const text = textOf(bbox.stdout);
  const rules = pageRules(pdf);
  if (rules.length !== text.length) throw new Error(`pdftoppm rendered ${rules.length} pages, pdftotext read ${text.length}`);
  return rules.map((r, i) => ({ page: i + 1, rules: r, lines: text[i]?.lines ?? [], steps: text[i]?.steps ?? [] }));
}

const median = (values: readonly number[]) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)];

/**
 * One printed line of height on each page: the median step between consecutive lines of one text block.
 * poppler may join single lines of rows below each other into one block; their steps are a row's height,
 * so only steps shorter than a line's box count (LibreOffice sets lines one em apart, the box is taller).
 * A page with no cell of two lines takes the box's height in the ratio the other pages show.
 */
export function lineHeights(pages: readonly PrintedPage[]): number[] {
  const measured = pages.map((p) => {
    const box = median(p.lines.map((l) => l.bottom - l.top)) ?? 0;
    const pitch = median(p.steps.filter((s) => s > 0.6 * box && s < 0.95 * box));
    return { box, pitch };
  });
  const ratio = median(measured.flatMap((m) => (m.pitch === undefined ? [] : [m.pitch / m.box])));
  if (ratio === undefined) throw new Error("no text block of two lines to measure a line's height by");
  return measured.map((m) => m.pitch ?? m.box * ratio);
}

/** poppler's line box reaches a little above the glyphs (its top may lie just above the row's border), so a line is placed by its middle. */
const middle = (l: PrintedLine) => (l.top + l.bottom) / 2;

/**
 * The body rows of each page: between the end of the header band (the first rule, filled) and the last
 * rule. The room under a row's text is measured from its last line's top plus one line's height.
 */
export function printedRows(pages: readonly PrintedPage[]): PrintedRow[] {
  const lines = lineHeights(pages);
  return pages.flatMap((p, n) => {
    const line = lines[n] ?? 0;
    const heading = [...p.lines].sort((a, b) => a.top - b.top)[0]?.text ?? "";
    const [header, ...rules] = p.rules;
    // A page with no table on it (a remark beside the table, printed on a page of its own) has no rows.
    if (header === undefined || !header.filled) return [];
    const edges = [header.bottom, ...rules.map((r) => r.top)];
    const rows: PrintedRow[] = [];
    const crosses = (y: number) => p.lines.some((l) => l.top < y - CROSSING * line && l.top + line > y + CROSSING * line);
    for (let i = 1; i < edges.length; i++) {
      const top = edges[i - 1] as number;
      const bottom = edges[i] as number;
      const inside = p.lines.filter((l) => middle(l) >= top && middle(l) < bottom).sort((a, b) => a.top - b.top);
      const last = inside[inside.length - 1];
      rows.push({
        page: p.page,
        heading,
        line,
        row: i,
        top,
        bottom,
        start: (inside[0]?.text ?? "").slice(0, 40),
        empty: last === undefined ? bottom - top : bottom - (last.top + line),
        crossed: crosses(top) || crosses(bottom),
      });
    }
    return rows;
  });
}

/**
 * A row's own first line starts a little above its border in poppler's boxes (under a tenth of a line);
 * a fifth of a line over it is text crossing it.
 */
const CROSSING = 0.2;
/**
 * LibreOffice clips a cell's text inside its margins: a last line whose box ends less than a tenth of a
 * line above the border has lost its descenders (LibreOffice's own fitted rows leave more than that).
 */
const LEAST_ROOM = 0.1;

/**
 * Rows whose text is cut off on paper: the last line too close to the border, or lines running over it
 * (LibreOffice still writes them to the text layer, where they land beside the next row's text).
 */
export function rowsClipped(rows: readonly PrintedRow[]): PrintedRow[] {
  return rows.filter((r) => r.empty < LEAST_ROOM * r.line || r.crossed);
}

/** Rows with more than `lines` empty lines of height under their last line of text. */
export function rowsWithGaps(rows: readonly PrintedRow[], lines = 1): PrintedRow[] {
  return rows.filter((r) => r.empty > lines * r.line);
}

/** A row as a failure names it: its sheet, page and place, and what it starts with. */
export function rowName(r: PrintedRow): string {
  return `${r.heading.slice(0, 24)} p.${r.page} row ${r.row} «${r.start}»: ${(r.empty / r.line).toFixed(1)} empty lines${r.crossed ? ", text over a border" : ""}`;
}
