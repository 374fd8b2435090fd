/** Explicit colours shared by both renderers: LibreOffice ignores Excel table styles, so headers are filled by hand. */
export const PLAN_STYLE = {
  headerFill: "1F4E79",
  headerFontColor: "FFFFFF",
  borderColor: "8EA9C1",
  noteFontColor: "595959",
  noteWidth: 45,
} as const;
