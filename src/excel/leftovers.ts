import type { SheetFact } from "./inspectOwnSheets";
import { NEW_SHEET_PREFIX, OLD_SHEET_PREFIX } from "./recoverWrite";
import { lower } from "./spareNames";

/** The names a write gives its sheets before its commit: a prefix, the name (cut to fit), "~" and a number. */
const TEMPORARY = /^~(?:new|old)~.+~(\d+)$/u;


/** Whether the write's naming (see `swapInSheets`) could have set sheet `name` aside as `temporary`. */
function setAsideAs(name: string, temporary: string): boolean {
  const n = TEMPORARY.exec(temporary)?.[1] ?? "";
  return lower(`${`${OLD_SHEET_PREFIX}${name}`.slice(0, 31 - n.length - 1)}~${n}`) === lower(temporary);
}

export interface Leftovers {
  /** Sheets an unfinished write left under temporary names that the next write deletes: half-built new copies, and old copies whose replacement carries their name. */
  readonly remove: readonly SheetFact[];
  /** Old copies of the add-in's sheets that no sheet replaced: they may hold what users typed, so only the user decides. */
  readonly kept: readonly SheetFact[];
}

/**
 * The sheets a write left behind when it could not finish and could not be undone either (the
 * session was lost, Excel closed). Only names the add-in gives are considered: a sheet a user made
 * is never among them.
 */
export function findLeftovers(sheets: readonly SheetFact[]): Leftovers {
  const temporary = sheets.filter((s) => TEMPORARY.test(s.name));
  const others = sheets.filter((s) => !TEMPORARY.test(s.name));
  const remove: SheetFact[] = [];
  const kept: SheetFact[] = [];
  for (const s of temporary) {
    if (s.name.startsWith(NEW_SHEET_PREFIX) || others.some((o) => setAsideAs(o.name, s.name))) remove.push(s);
    else kept.push(s);
  }
  return { remove, kept };
}
