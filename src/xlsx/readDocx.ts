import { unzipSync } from "fflate";
import type { GridCell } from "../domain/cell";
import { issue, type Issue } from "../domain/issues";
import { classifyHeader } from "../domain/programme/matrixColumns";
import type { Rect, SheetGrid } from "../domain/sheetGrid";

/** An XML parser with the DOM's API: the browser's DOMParser, or @xmldom/xmldom in Node. */
export type ParseXml = (xml: string) => Document;

interface WordCell {
  readonly text: string;
  readonly span: number;
  readonly vMerge: "restart" | "continue" | null;
}

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const SKIPPED = new Set(["del", "delText", "instrText", "commentReference", "footnoteReference", "endnoteReference", "rPr", "pPr", "tcPr", "trPr", "tblPr", "tblGrid", "fldChar", "softHyphen"]);

function children(node: Node): Element[] {
  const out: Element[] = [];
  for (let c = node.firstChild; c !== null; c = c.nextSibling) if (c.nodeType === 1) out.push(c as Element);
  return out;
}

/** The text a reader sees: inserted text kept, deleted text and field codes dropped, breaks as line breaks. */
function textOf(node: Element): string {
  let out = "";
  for (const el of children(node)) {
    if (el.namespaceURI !== W) continue;
    const name = el.localName;
    if (SKIPPED.has(name)) continue;
    if (name === "t") out += el.textContent ?? "";
    else if (name === "tab") out += " ";
    else if (name === "br" || name === "cr") out += "\n";
    else if (name === "noBreakHyphen") out += "-";
    else if (name === "tbl") continue;
    else out += textOf(el);
  }
  return out;
}

function attr(el: Element | undefined, name: string): string | null {
  return el?.getAttributeNS(W, name) ?? el?.getAttribute(`w:${name}`) ?? null;
}

function cellOf(tc: Element): WordCell {
  const pr = children(tc).find((e) => e.localName === "tcPr");
  const span = Number(attr(pr ? children(pr).find((e) => e.localName === "gridSpan") : undefined, "val") ?? "1") || 1;
  const vm = pr ? children(pr).find((e) => e.localName === "vMerge") : undefined;
  const vMerge = vm === undefined ? null : attr(vm, "val") === "restart" ? "restart" : "continue";
  const paragraphs = children(tc).filter((e) => e.localName === "p").map(textOf);
  return { text: paragraphs.join("\n").replace(/\u00AD/gu, ""), span, vMerge };
}

interface WordTable {
  readonly rows: WordCell[][];
  /** The paragraphs between the previous table and this one: a matrix's title stands there. */
  readonly paragraphsBefore: readonly string[];
  /** Text stands between the previous table and this one: it is not the previous one split by a page break. */
  readonly textBefore: boolean;
}

/** Every table of the body, in order, as rows of cells (nested tables are not matrices and are skipped). */
function tablesOf(doc: Document): WordTable[] {
  const body = doc.getElementsByTagNameNS(W, "body")[0];
  if (!body) return [];
  const tables: WordTable[] = [];
  let textBefore = false;
  let paragraphs: string[] = [];
  const walk = (node: Element) => {
    for (const el of children(node)) {
      if (el.localName === "tbl") {
        tables.push({ rows: children(el).filter((e) => e.localName === "tr").map((tr) => children(tr).filter((e) => e.localName === "tc" || e.localName === "sdt").map(cellOf)), textBefore, paragraphsBefore: paragraphs });
        textBefore = false;
        paragraphs = [];
      } else if (el.localName === "sdt" || el.localName === "sdtContent") walk(el);
      else if (el.localName === "p" && textOf(el).trim() !== "") {
        textBefore = true;
        paragraphs.push(textOf(el).replace(/\s+/gu, " ").trim());
      }
    }
  };
  walk(body);
  return tables;
}

/** A table as a grid: spans become merged areas across columns, vertical merges across rows. */
function gridOf(rows: readonly WordCell[][], name: string): SheetGrid {
  const cells: GridCell[] = [];
  const merges: Rect[] = [];
  const open = new Map<number, { row: number; span: number }>();
  rows.forEach((row, r) => {
    let column = 0;
    for (const cell of row) {
      if (cell.vMerge === "continue") {
        const start = open.get(column);
        if (start) merges.push({ row: start.row, column, rowCount: r - start.row + 1, columnCount: start.span });
      } else {
        if (cell.text.trim() !== "") cells.push({ row: r, column, value: { kind: "text", text: cell.text } });
        if (cell.span > 1) merges.push({ row: r, column, rowCount: 1, columnCount: cell.span });
        if (cell.vMerge === "restart") open.set(column, { row: r, span: cell.span });
        else open.delete(column);
      }
      column += cell.span;
    }
  });
  // A vertical merge is one area from its first row to its last: keep only the largest per anchor.
  const byAnchor = new Map<string, Rect>();
  for (const m of merges) {
    const key = `${m.row},${m.column}`;
    const known = byAnchor.get(key);
    if (!known || known.rowCount * known.columnCount < m.rowCount * m.columnCount) byAnchor.set(key, m);
  }
  return { sheet: name, visibility: "visible", cells, merges: [...byAnchor.values()], mergesKnown: true, tables: [] };
}

const NOT_TITLE = /^(додаток|до програми|до рішення|затверджено|рішення|\(?тис\.?\s*(грн|гривень))/iu;

const isMatrixHeader = (row: readonly WordCell[]) => {
  const roles = new Set(row.map((c) => classifyHeader(c.text.replace(/\s+/gu, " ").trim())));
  return roles.has("measure") && (roles.has("executors") || roles.has("customer"));
};

/**
 * The programme matrix of a Word document as a grid the matrix parser reads: the table whose header row
 * names the measure and its executors; tables right after it with the same columns continue it (a page or
 * section break split it); header rows repeated inside it are dropped. Two separate matrices are an issue.
 */
export function docxMatrixGrid(bytes: Uint8Array, file: string, parseXml: ParseXml): { grid: SheetGrid | null; title: string; issues: Issue[] } {
  const entry = unzipSync(bytes, { filter: (f) => f.name === "word/document.xml" })["word/document.xml"];
  if (!entry) return { grid: null, title: "", issues: [issue("source.notWorkbook", "error", { file })] };
  const tables = tablesOf(parseXml(new TextDecoder("utf-8").decode(entry)));
  const width = (t: WordTable) => (t.rows[0] ?? []).reduce((n, c) => n + c.span, 0);
  // The header may sit under a title row merged across the table: look at the first few rows.
  const headerAt = (t: WordTable) => t.rows.findIndex((r, i) => i < 5 && isMatrixHeader(r));
  const starts = tables.map((t, i) => (headerAt(t) >= 0 ? i : -1)).filter((i) => i >= 0);
  const first = starts[0];
  if (first === undefined) return { grid: null, title: "", issues: [issue("document.noMatrix", "error", { file }, { tables: tables.length })] };
  const matrix = tables[first] as WordTable;
  const headerKey = (matrix.rows[headerAt(matrix)] ?? []).map((c) => c.text.trim()).join("|");
  const rows: WordCell[][] = matrix.rows.slice(headerAt(matrix));
  let next = first + 1;
  for (; next < tables.length; next++) {
    const t = tables[next] as WordTable;
    if (t.textBefore || width(t) !== width(matrix)) break;
    rows.push(...t.rows);
  }
  const issues: Issue[] = [];
  const later = starts.filter((i) => i >= next);
  if (later.length > 0) issues.push(issue("document.twoMatrices", "error", { file }, { first: first + 1, second: (later[0] ?? 0) + 1 }));
  const kept = rows.filter((row, i) => i === 0 || row.map((c) => c.text.trim()).join("|") !== headerKey);
  // The title is what stands right above the matrix, less «Додаток 2 до Програми», the decision it belongs to and the unit line.
  const title = matrix.paragraphsBefore.filter((p) => !NOT_TITLE.test(p)).join(" ");
  return { grid: gridOf(kept, `Таблиця ${first + 1}`), title, issues };
}
