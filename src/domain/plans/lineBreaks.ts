import { textPx, type TextStyle } from "./textWidth";

/** A run of text no line breaks inside, and whether a space stands before it (dropped where a line breaks). */
interface Piece {
  text: string;
  readonly spaced: boolean;
}

/**
 * The paragraph as line breaking sees it (Unicode's rules, which LibreOffice follows): a line may break at a
 * space and after a hyphen between letters («нормативно-|правових», not «2023-2025»), but no line begins
 * with a comma, stop, colon, closing bracket or the like — «та ,,Про», an opening quote typed as two
 * commas, stays on one line.
 */
function pieces(paragraph: string): Piece[] {
  const out: Piece[] = [];
  for (const word of paragraph.split(/\s+/u).filter((w) => w !== "")) {
    const [first = "", ...rest] = word.split(/(?<=\p{L}-)(?=\p{L})/u);
    const last = out[out.length - 1];
    if (last !== undefined && /^[,.;:!?)\]}]/u.test(first)) last.text = `${last.text} ${first}`;
    else out.push({ text: first, spaced: true });
    for (const part of rest) out.push({ text: part, spaced: false });
  }
  return out;
}

/** Lines a paragraph takes in `linePx` when words wrap whole onto the next line, as spreadsheet apps wrap them. */
export function wrappedLines(paragraph: string, linePx: number, style: TextStyle, glyphPx: number): number {
  const space = textPx(" ", style, glyphPx);
  let lines = 1;
  let used = 0;
  for (const piece of pieces(paragraph)) {
    const width = textPx(piece.text, style, glyphPx);
    const needed = used === 0 ? width : used + (piece.spaced ? space : 0) + width;
    if (needed <= linePx) {
      used = needed;
      continue;
    }
    if (used > 0) lines++;
    used = width;
    // A word longer than the line is broken between characters, each line as full as it goes.
    if (width > linePx) {
      used = 0;
      for (const c of piece.text) {
        const w = textPx(c, style, glyphPx);
        if (used > 0 && used + w > linePx) [lines, used] = [lines + 1, 0];
        used += w;
      }
    }
  }
  return lines;
}
