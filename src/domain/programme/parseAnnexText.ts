import { issue, type Issue } from "../issues";
import { buildProgramme, type ParsedProgramme } from "./buildProgramme";
import { yearOfHeader } from "./matrixColumns";
import { emptyProgramme } from "./model";
import { cleanCellText, normalizeSpacing } from "./normalizeText";
import { classifyHeader, REQUIRED_COLUMNS, type MatrixColumn, type RawCell, type RawMatrixRow } from "./rawRow";

interface TextCell {
  text: string;
  line: number;
}

/**
 * The annex text export puts every table cell on a line that starts with a tab;
 * a line without the tab continues the previous cell (a line break inside the cell).
 */
function tokenize(text: string): { preamble: string[]; cells: TextCell[] } {
  const preamble: string[] = [];
  const cells: TextCell[] = [];
  const lines = text.replace(/^\uFEFF/u, "").split(/\r\n|\r|\n/u);
  lines.forEach((line, index) => {
    if (line.startsWith("\t")) {
      cells.push({ text: line.slice(1), line: index + 1 });
      return;
    }
    if (line.trim() === "") return;
    const last = cells[cells.length - 1];
    if (last && isHeaderSeen(cells)) last.text += `\n${line}`;
    else preamble.push(line);
  });
  return { preamble, cells };
}

function isHeaderSeen(cells: readonly TextCell[]): boolean {
  return cells.some((c) => classifyHeader(c.text) === "task" && /найменування/iu.test(c.text));
}

const TASK_CELL = /^\s*(\[bookmark:[^\]]*\]\s*)?\d+\s*\.\s+\S/iu;
const MEASURE_CELL = /^\s*\d+(\.\d+)?\s*[).]/u;

function isTaskOrBlank(cell: TextCell | undefined): boolean {
  return cell !== undefined && (cleanCellText(cell.text) === "" || TASK_CELL.test(cell.text));
}

function isMeasure(cell: TextCell | undefined): boolean {
  return cell !== undefined && MEASURE_CELL.test(cleanCellText(cell.text));
}

function titleOf(preamble: readonly string[]): string {
  const lines = preamble.map(normalizeSpacing).filter((l) => !/^(додаток|до програми)/iu.test(l) && l !== "");
  return lines.join(" ");
}

/** Parses the annex "Завдання і заходи" exported as text (the embedded default and other programmes in the same layout). */
export function parseAnnexText(text: string, file?: string): ParsedProgramme {
  const { preamble, cells } = tokenize(text);
  const at = (line: number) => (file === undefined ? { line } : { file, line });
  const headerStart = cells.findIndex((c) => /найменування/iu.test(c.text) && classifyHeader(c.text) === "task");
  if (headerStart < 0) {
    return emptyResult(titleOf(preamble), [issue("annex.noHeader", "error", file === undefined ? {} : { file })]);
  }
  const headers: string[] = [];
  let p = headerStart;
  while (p < cells.length && /\p{L}/u.test((cells[p] as TextCell).text) && !isTaskOrBlank(cells[p])) {
    headers.push(normalizeSpacing((cells[p] as TextCell).text));
    p++;
  }
  const roles = headers.map(classifyHeader);
  const width = headers.length;
  const indexOf = (role: MatrixColumn) => roles.indexOf(role);
  const missing = REQUIRED_COLUMNS.filter((r) => indexOf(r) < 0 && !(r === "executors" && indexOf("customer") >= 0));
  if (missing.length > 0) {
    const line = (cells[headerStart] as TextCell).line;
    return emptyResult(titleOf(preamble), missing.map((column) => issue("matrix.missingColumn", "error", at(line), { column })));
  }
  // The numbering row "1 2 3 4" under the header carries no data.
  const numbering = cells.slice(p, p + width).map((c) => c.text.trim());
  if (numbering.every((t, i) => t === String(i + 1))) p += width;

  const taskIdx = indexOf("task");
  const measureIdx = indexOf("measure");
  const issues: Issue[] = [];
  const rows: RawMatrixRow[] = [];
  const extraHeaders = headers.filter((_, i) => roles[i] === "extra");
  const amountIndexes = roles.flatMap((r, i) => (r === "fundingYear" || r === "fundingTotal" ? [i] : []));
  while (p < cells.length) {
    const rowCells = cells.slice(p, p + width);
    const aligned = rowCells.length === width && isTaskOrBlank(rowCells[taskIdx]) && isMeasure(rowCells[measureIdx]);
    if (!aligned) {
      const skipped = cells[p] as TextCell;
      if (cleanCellText(skipped.text) !== "" || p + width <= cells.length) {
        issues.push(issue("annex.rowShape", rowCells.length < width ? "warning" : "error", at(skipped.line), {
          text: cleanCellText(skipped.text).slice(0, 60),
        }));
      }
      p++;
      continue;
    }
    const cellOf = (role: MatrixColumn): RawCell => {
      const c = rowCells[indexOf(role)] as TextCell;
      return { text: c.text, location: at(c.line) };
    };
    const cellAt = (i: number): RawCell => ({ text: (rowCells[i] as TextCell).text, location: at((rowCells[i] as TextCell).line) });
    rows.push({
      task: cellOf("task"),
      measure: cellOf("measure"),
      ...(indexOf("term") >= 0 ? { term: cellOf("term") } : {}),
      executors: cellOf(indexOf("executors") >= 0 ? "executors" : "customer"),
      ...(indexOf("fundingSource") >= 0 || amountIndexes.length > 0
        ? { funding: { ...(indexOf("fundingSource") >= 0 ? { source: cellOf("fundingSource") } : {}), amounts: amountIndexes.map((i) => ({ year: yearOfHeader(headers[i] ?? ""), cell: cellAt(i) })) } }
        : {}),
      ...(indexOf("expectedResult") >= 0 ? { expectedResult: cellOf("expectedResult") } : {}),
      extras: extraHeaders.map((header) => {
        const c = rowCells[headers.indexOf(header)] as TextCell;
        return { header, cell: { text: c.text, location: at(c.line) } };
      }),
    });
    p += width;
  }
  const fundingYears = amountIndexes.flatMap((i) => {
    const year = yearOfHeader(headers[i] ?? "");
    return year === null ? [] : [year];
  });
  const built = buildProgramme(titleOf(preamble), rows, extraHeaders, {
    hasTermColumn: indexOf("term") >= 0,
    fundingYears: amountIndexes.length === 0 ? null : fundingYears,
    hasFundingSources: indexOf("fundingSource") >= 0,
    hasExpectedResults: indexOf("expectedResult") >= 0,
    at: at((cells[headerStart] as TextCell).line),
  });
  return { programme: built.programme, issues: [...issues, ...built.issues] };
}

function emptyResult(title: string, issues: Issue[]): ParsedProgramme {
  return { programme: emptyProgramme(title), issues };
}
