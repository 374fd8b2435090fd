/** The most characters one Excel cell holds (Excel specifications and limits); longer texts are refused, not cut. */
export const EXCEL_CELL_CHARS = 32_767;

/** Where a sentence ends: its full stop (or ; ! ? …) followed by a space or the end of the text. */
const SENTENCE_END = /[.;!?…](?=\s|$)/gu;

/**
 * A text that fits one cell as it is, or cut at the last sentence end that leaves room for `marker`
 * (which says that it was cut and where the whole is). Without a sentence end in reach, it is cut at the
 * last space, and only a text with neither is cut mid-word. A trailing ";" between parts becomes ".".
 */
export function fitToCell(text: string, marker: string, limit = EXCEL_CELL_CHARS): { readonly text: string; readonly cut: boolean } {
  if (text.length <= limit) return { text, cut: false };
  const room = limit - marker.length - 1;
  if (room < 1) throw new Error(`A marker of ${marker.length} characters leaves no room in a cell of ${limit}.`);
  const head = text.slice(0, room + 1);
  let end = -1;
  for (const m of head.matchAll(SENTENCE_END)) if (m.index < room) end = m.index + 1;
  let kept: string;
  if (end > 0) kept = text.slice(0, end).replace(/;$/u, ".");
  else {
    const space = head.lastIndexOf(" ", room);
    kept = space > 0 ? text.slice(0, space) : text.slice(0, room);
  }
  return { text: `${kept.trimEnd()} ${marker}`, cut: true };
}
