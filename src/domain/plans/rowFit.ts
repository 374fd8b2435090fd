import { MAX_ROW_HEIGHT_PT, wrappedLineCount } from "./rowHeights";
import { EXCEL_TEXT } from "./textWidth";

/**
 * The most lines one row shows in every application: Excel's tallest row (409 pt) at its 15 pt a line.
 * A text past it is clipped on paper and on screen, whatever height is asked for; LibreOffice sets lines
 * closer and in wider columns, so what Excel shows it shows too.
 */
export const ROW_LINES = Math.floor((MAX_ROW_HEIGHT_PT - EXCEL_TEXT.paddingPt) / EXCEL_TEXT.linePt);

/** Where a sentence ends: its full stop (or ; ! ? …) followed by a space. */
const SENTENCE_END = /[.;!?…](?=\s)/gu;

/** Places after which a text may be cut, best first: sentence ends, then spaces. */
function cutPoints(text: string): number[][] {
  const sentences = [...text.matchAll(SENTENCE_END)].map((m) => m.index + 1);
  const spaces = [...text.matchAll(/\s+/gu)].map((m) => m.index);
  return [sentences, spaces];
}

/**
 * The longest head of `text` that `fits`, ending at a sentence end if one fits, else at a word's end,
 * else the most characters that fit (a word wider than the room). Line counts only grow with the text,
 * so a binary search over the cut points finds it.
 */
function longestHead(text: string, fits: (head: string) => boolean): number {
  for (const points of cutPoints(text)) {
    let [lo, hi, best] = [0, points.length - 1, -1];
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (fits(text.slice(0, points[mid]).trimEnd())) [best, lo] = [mid, mid + 1];
      else hi = mid - 1;
    }
    const at = points[best];
    if (at !== undefined && at > 0) return at;
  }
  let [lo, hi] = [1, text.length];
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (fits(text.slice(0, mid))) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** A text in parts that each fit one row of a column `width` characters wide, cut at sentence ends. */
export function splitToRows(text: string, width: number, lines = ROW_LINES): string[] {
  const fits = (part: string) => wrappedLineCount(part, width) <= lines;
  const parts: string[] = [];
  let rest = text.trim();
  while (rest !== "" && !fits(rest)) {
    const at = longestHead(rest, fits);
    parts.push(rest.slice(0, at).trim());
    rest = rest.slice(at).trim();
  }
  if (rest !== "" || parts.length === 0) parts.push(rest);
  return parts;
}

/**
 * A text that fits one row of a column `width` characters wide as it is, or cut at the last sentence end
 * that leaves room for `marker` (which says that it was cut and where the whole is).
 */
export function fitToRow(text: string, width: number, marker: string, lines = ROW_LINES): { readonly text: string; readonly cut: boolean } {
  if (wrappedLineCount(text, width) <= lines) return { text, cut: false };
  const fits = (head: string) => wrappedLineCount(`${head} ${marker}`, width) <= lines;
  const kept = text.slice(0, longestHead(text, fits)).trimEnd().replace(/;$/u, ".");
  return { text: `${kept} ${marker}`, cut: true };
}
