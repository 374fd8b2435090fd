import { unzipSync } from "fflate";

/** What a file is, told by its bytes: people rename files, and a name says nothing reliable. */
export type FileFormat =
  | "xlsx"
  | "encryptedOoxml"
  | "xls"
  | "ods"
  | "docx"
  | "odt"
  | "doc"
  | "pdf"
  | "rtf"
  | "csv"
  | "text"
  | "empty"
  | "damagedZip"
  | "unknown";

const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function ascii(bytes: Uint8Array, from: number, length: number): string {
  return new TextDecoder("latin1").decode(bytes.subarray(from, Math.min(bytes.length, from + length)));
}

/** A compound file's directory holds its stream names in UTF-16LE; the names tell what it carries. */
function hasStream(bytes: Uint8Array, name: string): boolean {
  const needle = [...name].flatMap((ch) => [ch.charCodeAt(0), 0]);
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** The entries of a zip's central directory, without inflating anything. */
export function zipEntries(bytes: Uint8Array): { name: string; size: number; originalSize: number }[] | null {
  const entries: { name: string; size: number; originalSize: number }[] = [];
  try {
    unzipSync(bytes, {
      filter: (file) => {
        entries.push({ name: file.name, size: file.size, originalSize: file.originalSize });
        return false;
      },
    });
  } catch {
    return null;
  }
  return entries;
}

function textKind(bytes: Uint8Array): FileFormat {
  const head = bytes.subarray(0, 64 * 1024);
  if (head.includes(0) && !(head[0] === 0xff || head[0] === 0xfe)) return "unknown";
  const text = new TextDecoder("utf-8").decode(head);
  const lines = text.split(/\r?\n/u).filter((l) => l.trim() !== "").slice(0, 20);
  const counts = lines.map((l) => (l.match(/[,;]/gu) ?? []).length);
  const csv = lines.length >= 2 && !lines.some((l) => l.startsWith("\t")) && counts.every((c) => c > 0 && c === counts[0]);
  return csv ? "csv" : "text";
}

export function sniffFormat(bytes: Uint8Array): FileFormat {
  if (bytes.length === 0) return "empty";
  if (startsWith(bytes, CFB)) {
    if (hasStream(bytes, "EncryptionInfo") || hasStream(bytes, "EncryptedPackage")) return "encryptedOoxml";
    if (hasStream(bytes, "Workbook") || hasStream(bytes, "Book")) return "xls";
    if (hasStream(bytes, "WordDocument")) return "doc";
    return "unknown";
  }
  if (startsWith(bytes, [0x50, 0x4b])) {
    const head = ascii(bytes, 30, 100);
    if (head.includes("application/vnd.oasis.opendocument.spreadsheet")) return "ods";
    if (head.includes("application/vnd.oasis.opendocument.text")) return "odt";
    const entries = zipEntries(bytes);
    if (entries === null) return "damagedZip";
    const names = new Set(entries.map((e) => e.name));
    if (names.has("xl/workbook.xml")) return "xlsx";
    if (names.has("word/document.xml")) return "docx";
    return "unknown";
  }
  if (ascii(bytes, 0, 5) === "%PDF-") return "pdf";
  if (ascii(bytes, 0, 5) === "{\\rtf") return "rtf";
  return textKind(bytes);
}
