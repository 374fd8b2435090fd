import { Unzip, UnzipInflate } from "fflate";
import { zipEntries } from "./fileFormat";

/** Stated in the README: what a workbook may hold before it is read at all. */
export const WORKBOOK_LIMITS = {
  fileBytes: 50 * 1024 * 1024,
  /** Uncompressed size of one part (a sheet's XML, the shared strings) and of all parts together. */
  partBytes: 100 * 1024 * 1024,
  totalBytes: 250 * 1024 * 1024,
  rowsPerSheet: 50_000,
  cells: 2_000_000,
} as const;

export type LimitBreach =
  | { readonly kind: "fileBytes"; readonly actual: number; readonly limit: number }
  | { readonly kind: "partBytes" | "totalBytes"; readonly part: string; readonly limit: number }
  | { readonly kind: "rows"; readonly part: string; readonly limit: number }
  | { readonly kind: "cells"; readonly limit: number };

const HEAVY = /^xl\/(worksheets\/[^/]+\.xml|sharedStrings\.xml)$/u;

/** Counts "<row" and "<c " openings in a chunk of XML bytes (a tag split across chunks is missed, which is harmless). */
function countTags(chunk: Uint8Array, counts: { rows: number; cells: number }): void {
  for (let i = 0; i + 3 < chunk.length; i++) {
    if (chunk[i] !== 0x3c) continue;
    const a = chunk[i + 1];
    if (a === 0x72 && chunk[i + 2] === 0x6f && chunk[i + 3] === 0x77 && (chunk[i + 4] === 0x20 || chunk[i + 4] === 0x3e)) counts.rows++;
    else if (a === 0x63 && (chunk[i + 2] === 0x20 || chunk[i + 2] === 0x3e)) counts.cells++;
  }
}

/**
 * Checks a workbook against the limits before any spreadsheet library sees it: first the sizes the
 * zip directory declares, then the sheets and shared strings inflated as a stream and counted, so that
 * a part that lies about its size (a decompression bomb) is stopped at the limit, not at the end.
 */
export function checkWorkbookLimits(bytes: Uint8Array): LimitBreach | null {
  if (bytes.length > WORKBOOK_LIMITS.fileBytes) return { kind: "fileBytes", actual: bytes.length, limit: WORKBOOK_LIMITS.fileBytes };
  const entries = zipEntries(bytes) ?? [];
  let declared = 0;
  for (const e of entries) {
    if (e.originalSize > WORKBOOK_LIMITS.partBytes) return { kind: "partBytes", part: e.name, limit: WORKBOOK_LIMITS.partBytes };
    declared += e.originalSize;
    if (declared > WORKBOOK_LIMITS.totalBytes) return { kind: "totalBytes", part: e.name, limit: WORKBOOK_LIMITS.totalBytes };
  }
  let breach: LimitBreach | null = null;
  let total = 0;
  let cells = 0;
  const unzip = new Unzip((file) => {
    if (breach !== null || !HEAVY.test(file.name)) return;
    let size = 0;
    const counts = { rows: 0, cells: 0 };
    file.ondata = (error, chunk, final) => {
      if (error || breach !== null) return;
      size += chunk.length;
      total += chunk.length;
      countTags(chunk, counts);
      if (size > WORKBOOK_LIMITS.partBytes) breach = { kind: "partBytes", part: file.name, limit: WORKBOOK_LIMITS.partBytes };
      else if (total > WORKBOOK_LIMITS.totalBytes) breach = { kind: "totalBytes", part: file.name, limit: WORKBOOK_LIMITS.totalBytes };
      else if (counts.rows > WORKBOOK_LIMITS.rowsPerSheet) breach = { kind: "rows", part: file.name, limit: WORKBOOK_LIMITS.rowsPerSheet };
      else if (cells + counts.cells > WORKBOOK_LIMITS.cells) breach = { kind: "cells", limit: WORKBOOK_LIMITS.cells };
      if (breach !== null) file.terminate();
      else if (final) cells += counts.cells;
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    // Small slices: fflate inflates all it is given before it reports, so a whole bomb pushed at once would be
    // inflated whole. A 16 KB slice inflates to a few MB at most, and the loop stops at the first breach.
    const SLICE = 16 * 1024;
    for (let at = 0; at < bytes.length && breach === null; at += SLICE) unzip.push(bytes.subarray(at, at + SLICE), at + SLICE >= bytes.length);
  } catch {
    // A damaged stream is for the workbook reader to report; the limits only stop what is too large.
  }
  return breach;
}
