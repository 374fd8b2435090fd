const SPACE_LIKE = /[\u00A0\u2007\u202F\u2009\u200A\t\r\n]+/g;
const ZERO_WIDTH = /\u200B|\u200C|\u200D|\uFEFF/gu;
const APOSTROPHES = /['\u02BC`\u00B4\u2018]/gu;
const BOOKMARK = /\[bookmark:[^\]]*\]/gi;

/** Collapses every run of whitespace (NBSP and line breaks included) to one space and trims. */
export function normalizeSpacing(text: string): string {
  return text.replace(ZERO_WIDTH, "").replace(SPACE_LIKE, " ").replace(/ {2,}/g, " ").trim();
}

/** Word exports leave apostrophes in three shapes; Ukrainian typography uses ’ (U+2019). */
export function normalizeApostrophes(text: string): string {
  return text.replace(APOSTROPHES, "’");
}

/** Removes "[bookmark: …]" anchors that Word-to-text conversion leaves in front of cell text. */
export function stripArtefacts(text: string): string {
  return text.replace(BOOKMARK, "");
}

export function cleanCellText(text: string): string {
  return normalizeSpacing(normalizeApostrophes(stripArtefacts(text)));
}

/** A comparison key: case, spacing, apostrophe and quote shapes do not distinguish two names. */
export function comparisonKey(text: string): string {
  return cleanCellText(text)
    .toLocaleLowerCase("uk-UA")
    .replace(/,,|[„“”«»"]/g, '"')
    .replace(/\s*"\s*/g, '"')
    .replace(/[.,;\s]+$/, "");
}
