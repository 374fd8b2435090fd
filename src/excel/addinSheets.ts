import { SUMMARY_SHEETS } from "../domain/consolidation/summaryNames";
import { KEPT_PREFIX, MEMO_SHEET } from "../domain/consolidation/workbookMemo";
import { PROGRAMME_SHEET_NAMES } from "../domain/plans/programmeSheets";

const OWN = new Set<string>([...Object.values(PROGRAMME_SHEET_NAMES), ...Object.values(SUMMARY_SHEETS), MEMO_SHEET]);

/**
 * The add-in's own sheets — the programme, the summaries and «Дані», its state, its very hidden undo copies and
 * the temporary sheets of a write: never anyone's report, so never checked, highlighted or imported as one.
 */
export const isAddinSheet = (name: string): boolean => OWN.has(name) || name.startsWith(KEPT_PREFIX) || /^~(?:new|old)~/u.test(name);
