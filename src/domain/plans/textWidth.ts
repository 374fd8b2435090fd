/**
 * Advance widths of Calibri 11 pt (the workbooks' font; Carlito has the same metrics), in ems, for the
 * characters Ukrainian reports are written in. Anything else counts as an average letter.
 */
const LOWER = "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя";
const LOWER_EM = [479, 533, 479, 346, 354, 558, 498, 444, 689, 423, 541, 229, 229, 541, 464, 510, 676, 535, 527, 521, 525, 423, 387, 453, 624, 433, 542, 469, 729, 749, 470, 722, 474];
const UPPER_EM = [579, 538, 544, 430, 433, 644, 488, 547, 801, 474, 642, 252, 252, 642, 543, 611, 855, 623, 662, 622, 517, 533, 487, 527, 697, 519, 639, 556, 868, 890, 531, 879, 555];
const OTHER: Readonly<Record<string, number>> = { " ": 226, ".": 252, ",": 250, ";": 268, ":": 268, "’": 250, "'": 221, '"': 401, "«": 512, "»": 512, "(": 303, ")": 303, "-": 306, "–": 498, "—": 905, "%": 715, "/": 386 };

const WIDTHS = new Map<string, number>([
  ...[...LOWER].map((c, i): [string, number] => [c, (LOWER_EM[i] ?? 500) / 1000]),
  ...[...LOWER.toLocaleUpperCase("uk-UA")].map((c, i): [string, number] => [c, (UPPER_EM[i] ?? 600) / 1000]),
  ...[..."0123456789"].map((c): [string, number] => [c, 0.507]),
  ...Object.entries(OTHER).map(([c, w]): [string, number] => [c, w / 1000]),
]);

/** Pixels per em at 11 pt and 96 dpi. */
const EM_PX = (11 * 96) / 72;
/** Bold runs about 5 % wider. */
const BOLD = 1.05;

/** How wide a text is in pixels at 11 pt and 100 %. */
export function textPx(text: string, bold = false): number {
  let em = 0;
  for (const c of text) em += WIDTHS.get(c) ?? (c === c.toLocaleLowerCase("uk-UA") ? 0.5 : 0.6);
  return em * EM_PX * (bold ? BOLD : 1);
}

/** What a column `width` characters wide leaves for text, in pixels: Excel's 7w + 5, less the cell's padding on both sides. */
export function columnTextPx(width: number): number {
  return 7 * width + 5 - 6;
}
