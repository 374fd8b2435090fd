/** Explicit colours shared by both renderers: LibreOffice ignores Excel table styles, so headers are filled by hand. */
export const PLAN_STYLE = {
  headerFill: "1F4E79",
  headerFontColor: "FFFFFF",
  borderColor: "8EA9C1",
  noteFontColor: "595959",
  noteWidth: 45,
  /** Excel's default font, named on every styled cell: a font without a name prints in a serif fallback elsewhere. */
  fontName: "Calibri",
  fontSize: 11,
} as const;
