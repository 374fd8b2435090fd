/**
 * Advance widths of Calibri 11 pt (the workbooks' font; Carlito has the same metrics), in the font's units
 * (2,048 an em), for the characters Ukrainian reports are written in: Cyrillic, Latin, digits, punctuation.
 * Anything else counts as an average letter.
 */
const UNITS = 2048;
const LOWER = "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя";
const LOWER_EM = [981, 1091, 981, 708, 725, 1143, 1019, 909, 1411, 866, 1107, 470, 470, 1107, 950, 1045, 1385, 1095, 1080, 1066, 1076, 866, 793, 927, 1278, 887, 1109, 960, 1492, 1534, 962, 1478, 971];
const UPPER_EM = [1185, 1101, 1114, 880, 886, 1319, 1000, 1121, 1640, 970, 1314, 516, 516, 1314, 1112, 1251, 1751, 1276, 1356, 1273, 1058, 1092, 998, 1080, 1428, 1063, 1308, 1138, 1778, 1822, 1088, 1800, 1137];
const LATIN = "abcdefghijklmnopqrstuvwxyz";
const LATIN_EM = [981, 1076, 866, 1076, 1019, 625, 964, 1076, 470, 490, 931, 470, 1636, 1076, 1080, 1076, 1076, 714, 801, 686, 1076, 925, 1464, 887, 927, 809];
const LATIN_UPPER_EM = [1185, 1114, 1092, 1260, 1000, 941, 1292, 1276, 516, 653, 1064, 861, 1751, 1322, 1356, 1058, 1378, 1112, 941, 998, 1314, 1162, 1822, 1063, 998, 959];
const DIGIT_EM = 1038;
const OTHER: Readonly<Record<string, number>> = {
  " ": 463, ".": 517, ",": 511, ";": 548, ":": 548, "’": 511, "'": 452, "\"": 821, "«": 1049, "»": 1049, "“": 857, "”": 857, "„": 857, "(": 621, ")": 621, "[": 628, "]": 628,
  "-": 627, "–": 1020, "—": 1854, "…": 1414, "%": 1464, "/": 791, "№": 2099, "!": 667, "?": 949, "_": 1020, "+": 1020, "=": 1020, "*": 1020, "&": 1397, "#": 1020, "@": 1831,
};

const WIDTHS = new Map<string, number>([
  ...[...LOWER].map((c, i): [string, number] => [c, (LOWER_EM[i] ?? 1024) / UNITS]),
  ...[...LOWER.toLocaleUpperCase("uk-UA")].map((c, i): [string, number] => [c, (UPPER_EM[i] ?? 1229) / UNITS]),
  ...[...LATIN].map((c, i): [string, number] => [c, (LATIN_EM[i] ?? 1024) / UNITS]),
  ...[...LATIN.toUpperCase()].map((c, i): [string, number] => [c, (LATIN_UPPER_EM[i] ?? 1229) / UNITS]),
  ...[..."0123456789"].map((c): [string, number] => [c, DIGIT_EM / UNITS]),
  ...Object.entries(OTHER).map(([c, w]): [string, number] => [c, w / UNITS]),
]);

/** Pixels per em at 11 pt and 96 dpi. */
const EM_PX = (11 * 96) / 72;
/** A text's face: bold and italic Carlito run about 5 % wider than regular. */
export type TextStyle = "regular" | "bold" | "italic";
const WIDER: Readonly<Record<TextStyle, number>> = { regular: 1, bold: 1.05, italic: 1.055 };

/**
 * How wide a text is in pixels at 11 pt and 100 %. With `glyphPx`, each glyph's advance is rounded to a
 * multiple of it, as an application that places glyphs on a grid of its own does.
 */
export function textPx(text: string, style: TextStyle = "regular", glyphPx = 0): number {
  let px = 0;
  for (const c of text) {
    const advance = (WIDTHS.get(c) ?? (c === c.toLocaleLowerCase("uk-UA") ? 0.5 : 0.6)) * EM_PX * WIDER[style];
    px += glyphPx > 0 ? Math.round(advance / glyphPx) * glyphPx : advance;
  }
  return px;
}

/** What a column `width` characters wide leaves for text, in pixels: Excel's 7w + 5, less the cell's padding on both sides. */
export function columnTextPx(width: number): number {
  return 7 * width + 5 - 6;
}

/**
 * How an application lays 11 pt Calibri out in a cell: the room a column leaves for text and the grid glyphs
 * are placed on (pixels at 96 dpi and 100 %; 0: none), the height of one wrapped line and what a row adds
 * to its lines (points).
 */
export interface CellText {
  readonly columnTextPx: (width: number) => number;
  readonly glyphPx: number;
  readonly linePt: number;
  readonly paddingPt: number;
}

/** Excel: a row of n wrapped lines is 15n + 3 points high when Excel fits it. */
export const EXCEL_TEXT: CellText = { columnTextPx, glyphPx: 0, linePt: 15, paddingPt: 3 };

/** A tenth of a point, in pixels: the grid LibreOffice places glyphs on. */
const TENTH_PT_PX = 0.1 * (96 / 72);

/**
 * LibreOffice Calc (7.4), measured in its PDFs, Carlito for Calibri. It places each glyph on a grid of a
 * tenth of a point (its advance rounded to it) and breaks a line where a column of w characters leaves
 * 55.5w − 20.25 tenths: found from where it broke some 10,000 lines of the programme's and the reports'
 * texts in columns 11 to 60 wide, each of them as this model says (no other grid from 8 to 400 steps an
 * em does). Lines are set one em apart (Carlito's ascent and descent, no line gap): 11.1 points at 11 pt.
 */
export const LIBREOFFICE_TEXT: CellText = { columnTextPx: (width) => (55.5 * width - 20.25) * TENTH_PT_PX, glyphPx: TENTH_PT_PX, linePt: 11.1, paddingPt: 4 };
