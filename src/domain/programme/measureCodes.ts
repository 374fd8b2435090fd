import { cleanCellText } from "./normalizeText";

export const TASK_NUMBER = /^(\d+)\s*[.)]?\s+(.*)$/su;
const MEASURE_LOCAL = /^(\d+)\s*[).]\s*(.*)$/su;
/** «1.1. Проведення …», «1.1 …», «1.1.1 …», «1.1) …». */
const MEASURE_FULL = /^(\d+(?:\.\d+)+)\.?\s*[).]?\s+(.*)$/su;
/** A code cell with a number of its own in the task: «1)», «1.», «1». */
const LOCAL_CODE = /^(\d+)\s*[).]?$/u;

/** "4.1.", "4,1" and " 4.1 " are all measure 4.1; a task code loses its trailing point. */
export function normalizeCode(text: string): string {
  return cleanCellText(text).replace(/,/gu, ".").replace(/[.)]$/u, "");
}

/** The code a measure's text starts with: «1.1. …» whole, «1) …» within its task; null where it has none. */
export function parseMeasureCell(text: string, taskCode: () => string): { code: string; text: string } | null {
  const full = MEASURE_FULL.exec(text);
  if (full) return { code: full[1] ?? "", text: full[2] ?? "" };
  const local = MEASURE_LOCAL.exec(text);
  if (local) return { code: `${taskCode()}.${local[1]}`, text: local[2] ?? "" };
  return null;
}

/** A code column's value: «1.2» as it is, «2)» or «2.» as the second measure of its task. */
export function codeOfColumn(text: string, taskCode: () => string): string {
  const local = LOCAL_CODE.exec(cleanCellText(text));
  return local ? `${taskCode()}.${local[1]}` : normalizeCode(text);
}

/** The task a full measure code belongs to: «2» of «2.3» or of «2.3.1». */
export function taskOfCode(code: string): string | null {
  const m = /^(\d+)\.\d/u.exec(code);
  return m ? (m[1] ?? null) : null;
}
