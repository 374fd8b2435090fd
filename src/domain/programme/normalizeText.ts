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

/** A word hyphenated at a line end: «фінан-» + line break + «сування». */
// The look-behind starts a match only at a word's beginning: without it every letter of a long text starts a scan.
const HYPHENATED = /(?<!\p{L})(\p{L}+)-[ \t\u00A0]*\r?\n[ \t\u00A0]*(?=\p{Ll})/gu;
const LINE_END_HYPHEN = /-[ \t\u00A0]*\r?\n/u;
/** The first part of a compound («соціально-економічний», «медико-соціальний») keeps its hyphen. */
const COMPOUND_FIRST_PART = /^\p{L}{2,}(ьно|ічно|ично|йно|рно|вно|ово|ико|єво)$/u;

/**
 * Joins words hyphenated across lines («фінан-\nсування» → «фінансування»), except where the part
 * before the hyphen is the first half of a compound word, which keeps its hyphen without the break.
 */
export function joinHyphenatedLines(text: string): string {
  if (!LINE_END_HYPHEN.test(text)) return text;
  return text.replace(HYPHENATED, (_, word: string) => (COMPOUND_FIRST_PART.test(word) ? `${word}-` : word));
}

export function cleanCellText(text: string): string {
  return normalizeSpacing(normalizeApostrophes(stripArtefacts(joinHyphenatedLines(text))));
}

/** A comparison key: case, spacing, apostrophe and quote shapes do not distinguish two names. */
export function comparisonKey(text: string): string {
  return cleanCellText(text)
    .toLocaleLowerCase("uk-UA")
    .replace(/,,|[„“”«»"]/g, '"')
    .replace(/\s*"\s*/g, '"')
    .replace(/[.,;\s]+$/, "");
}
