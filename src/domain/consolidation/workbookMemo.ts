import { cellText } from "../cell";
import { GridIndex, type SheetGrid } from "../sheetGrid";

/** The very hidden sheet where the add-in remembers what it did to the workbook: it survives closing the pane. */
export const MEMO_SHEET = "pm_state";

/** The prefix of the very hidden copies of the sheets an import replaced, kept until the next import. */
export const KEPT_PREFIX = "~undo~";

/** When the summaries were last built, and for which period. */
export interface BuiltMemo {
  readonly period: string;
  readonly at: string;
}

/** One sheet an import replaced: its copy, kept very hidden under another name, with its tables renamed aside. */
export interface KeptSheet {
  readonly name: string;
  readonly kept: string;
  readonly tables: readonly { readonly original: string; readonly aside: string }[];
  /**
   * The sheet's protection before the import unprotected it to replace it (its options as Excel reports
   * them, as JSON), so that undo protects it again; null when it was not protected.
   */
  readonly protection: string | null;
}

/** What undoing the last import needs: the sheets as they were, and what the workbook looked like around them. */
export interface UndoMemo {
  /** When the import ran, and how many files it took. */
  readonly at: string;
  readonly files: number;
  /** The sheet that was active before the import. */
  readonly active: string;
  /** Whether this memo sheet existed before the import (if not, undo removes it too). */
  readonly memoExisted: boolean;
  /** The summaries' build before the import. */
  readonly built: BuiltMemo | null;
  readonly kept: readonly KeptSheet[];
}

export interface WorkbookMemo {
  readonly built: BuiltMemo | null;
  readonly undo: UndoMemo | null;
}

export const EMPTY_MEMO: WorkbookMemo = { built: null, undo: null };

const FORMAT = ["format", "pm-state", "1"];

/** The memo sheet as the add-in wrote it; anything unreadable counts as nothing remembered. */
export function memoOf(grid: SheetGrid | undefined): WorkbookMemo {
  if (!grid) return EMPTY_MEMO;
  const index = new GridIndex(grid);
  const lines = index.rows().map((r) => index.rowCells(r).reduce<string[]>((line, c) => ((line[c.column] = cellText(c.value).trim()), line), []).map((v) => v ?? ""));
  if (lines[0]?.join("|") !== FORMAT.join("|")) return EMPTY_MEMO;
  const find = (key: string) => lines.find((l) => l[0] === key);
  const built = (line: string[] | undefined): BuiltMemo | null => (line && line[1] ? { period: line[1], at: line[2] ?? "" } : null);
  const undo = find("undo");
  const protection = new Map(lines.filter((l) => l[0] === "keptProtection" && l[1] && l[2]).map((l) => [l[1] as string, l[2] as string]));
  const kept = lines
    .filter((l) => l[0] === "kept" && l[1] && l[2])
    .map((l): KeptSheet => {
      const tables: { original: string; aside: string }[] = [];
      for (let i = 3; i + 1 < l.length; i += 2) if (l[i] && l[i + 1]) tables.push({ original: l[i] as string, aside: l[i + 1] as string });
      return { name: l[1] as string, kept: l[2] as string, tables, protection: protection.get(l[2] as string) ?? null };
    });
  return {
    built: built(find("built")),
    undo: undo ? { at: undo[1] ?? "", files: Number(undo[2]) || 0, active: undo[3] ?? "", memoExisted: undo[4] === "1", built: built(find("builtBefore")), kept } : null,
  };
}

/** The memo as rows of text, rectangular, for the memo sheet. */
export function memoRows(memo: WorkbookMemo): string[][] {
  const rows: string[][] = [FORMAT];
  if (memo.built) rows.push(["built", memo.built.period, memo.built.at]);
  const u = memo.undo;
  if (u) {
    rows.push(["undo", u.at, String(u.files), u.active, u.memoExisted ? "1" : "0"]);
    if (u.built) rows.push(["builtBefore", u.built.period, u.built.at]);
    for (const k of u.kept) rows.push(["kept", k.name, k.kept, ...k.tables.flatMap((t) => [t.original, t.aside])]);
    for (const k of u.kept) if (k.protection !== null) rows.push(["keptProtection", k.kept, k.protection]);
  }
  const width = Math.max(...rows.map((r) => r.length));
  return rows.map((r) => [...r, ...Array<string>(width - r.length).fill("")]);
}
