import type { ParsedProgramme } from "./buildProgramme";
import { EMBEDDED_ANNEX_FILE_NAME, EMBEDDED_ANNEX_TEXT } from "./embedded/embeddedAnnex";
import { parseAnnexText } from "./parseAnnexText";

export function parseEmbeddedProgramme(): ParsedProgramme {
  return parseAnnexText(EMBEDDED_ANNEX_TEXT, EMBEDDED_ANNEX_FILE_NAME);
}
