import { Unzip, UnzipInflate, UnzipPassThrough, type UnzipFile } from "fflate";
import { zipEntries } from "./fileFormat";

/** Stated in the README: what a workbook may hold before it is read at all. */
export const WORKBOOK_LIMITS = {
  fileBytes: 50 * 1024 * 1024,
  /** Uncompressed size of any one part (a sheet's XML, the shared strings, a picture) and of all parts together. */
  partBytes: 100 * 1024 * 1024,
  totalBytes: 250 * 1024 * 1024,
  /**
   * Any other XML part (styles, drawings, comments, relationships, the workbook itself): the reader turns each
   * into objects several times its size, and a real one is well under a megabyte.
   */
  xmlPartBytes: 10 * 1024 * 1024,
  rowsPerSheet: 50_000,
  cells: 2_000_000,
} as const;

export type LimitBreach =
  | { readonly kind: "fileBytes"; readonly actual: number; readonly limit: number }
  | { readonly kind: "partBytes" | "totalBytes"; readonly part: string; readonly limit: number }
  | { readonly kind: "rows"; readonly part: string; readonly limit: number }
  | { readonly kind: "cells"; readonly limit: number }
  /** A part the zip's directory lists that cannot be inflated in order (overlapping or unknown data): never handed on. */
  | { readonly kind: "unreadable"; readonly part: string };

const part = (name: string) => name.replace(/^\//u, "");
const SHEET = /^xl\/worksheets\/[^/]+\.xml$/u;
const COUNTED = /^xl\/(worksheets\/[^/]+\.xml|sharedStrings\.xml)$/u;
const XML = /\.(xml|rels|vml)$/iu;

/** The most one part may inflate to: sheets and shared strings are bounded by their rows and cells as well. */
function partLimit(name: string): number {
  return XML.test(name) && !COUNTED.test(part(name)) ? WORKBOOK_LIMITS.xmlPartBytes : WORKBOOK_LIMITS.partBytes;
}

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
 * Checks a workbook against the limits before any spreadsheet library sees it: first the sizes the zip
 * directory declares, then every part — sheets, shared strings, styles, drawings, pictures, whatever the
 * zip holds — inflated as a stream and counted, so that a part that lies about its size (a decompression
 * bomb) is stopped at its limit, not at its end. A part the directory lists but the stream never reaches
 * would be inflated by the reader unchecked, so such a file is refused too.
 */
export function checkWorkbookLimits(bytes: Uint8Array): LimitBreach | null {
  if (bytes.length > WORKBOOK_LIMITS.fileBytes) return { kind: "fileBytes", actual: bytes.length, limit: WORKBOOK_LIMITS.fileBytes };
  const entries = zipEntries(bytes) ?? [];
  let declared = 0;
  for (const e of entries) {
    if (e.originalSize > partLimit(e.name)) return { kind: "partBytes", part: part(e.name), limit: partLimit(e.name) };
    declared += e.originalSize;
    if (declared > WORKBOOK_LIMITS.totalBytes) return { kind: "totalBytes", part: part(e.name), limit: WORKBOOK_LIMITS.totalBytes };
  }
  let breach: LimitBreach | null = null;
  let total = 0;
  let cells = 0;
  const inflated = new Set<string>();
  const watch = (file: UnzipFile) => {
    const name = part(file.name);
    const limit = partLimit(file.name);
    const counted = SHEET.test(name) || name === "xl/sharedStrings.xml";
    let size = 0;
    const counts = { rows: 0, cells: 0 };
    file.ondata = (error, chunk, final) => {
      if (error || breach !== null) return;
      size += chunk.length;
      total += chunk.length;
      if (counted) countTags(chunk, counts);
      if (size > limit) breach = { kind: "partBytes", part: name, limit };
      else if (total > WORKBOOK_LIMITS.totalBytes) breach = { kind: "totalBytes", part: name, limit: WORKBOOK_LIMITS.totalBytes };
      else if (SHEET.test(name) && counts.rows > WORKBOOK_LIMITS.rowsPerSheet) breach = { kind: "rows", part: name, limit: WORKBOOK_LIMITS.rowsPerSheet };
      else if (cells + counts.cells > WORKBOOK_LIMITS.cells) breach = { kind: "cells", limit: WORKBOOK_LIMITS.cells };
      if (breach !== null) file.terminate();
      else if (final) {
        cells += counts.cells;
        inflated.add(file.name);
      }
    };
    file.start();
  };
  const unzip = new Unzip((file) => {
    if (breach === null) watch(file);
  });
  unzip.register(UnzipInflate);
  unzip.register(UnzipPassThrough);
  try {
    // Small slices: fflate inflates all it is given before it reports, so a whole bomb pushed at once would be
    // inflated whole. A 16 KB slice inflates to a few MB at most, and the loop stops at the first breach.
    const SLICE = 16 * 1024;
    for (let at = 0; at < bytes.length && breach === null; at += SLICE) unzip.push(bytes.subarray(at, at + SLICE), at + SLICE >= bytes.length);
  } catch {
    // A damaged stream is for the workbook reader to report, unless it hides a part (below).
  }
  if (breach !== null) return breach;
  const unread = entries.find((e) => !e.name.endsWith("/") && !inflated.has(e.name));
  return unread === undefined ? null : { kind: "unreadable", part: part(unread.name) };
}
