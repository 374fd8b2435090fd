import { EXCEL_CELL_CHARS } from "../cellLimit";
import { issue, type Issue } from "../issues";
import { buildAgencyDirectory, agencyKey, type AgencyOccurrence } from "./agencies";
import type { Measure, Programme, Task, YearSpan } from "./model";
import { cleanCellText } from "./normalizeText";
import type { RawMatrixRow } from "./rawRow";
import { splitExecutors, type WrittenExecutor } from "./splitExecutors";

const TASK_NUMBER = /^(\d+)\s*[.)]?\s+(.*)$/su;
const MEASURE_LOCAL = /^(\d+)\s*[).]\s*(.*)$/su;
const MEASURE_FULL = /^(\d+)\.(\d+)\.?\s*[).]?\s+(.*)$/su;

interface DraftTask {
  code: string;
  name: string;
  rawKey: string;
  measures: Measure[];
}

export interface ParsedProgramme {
  readonly programme: Programme;
  readonly issues: Issue[];
}

function parseMeasureCell(text: string, taskCode: string): { code: string; text: string } | null {
  const full = MEASURE_FULL.exec(text);
  if (full) return { code: `${full[1]}.${full[2]}`, text: full[3] ?? "" };
  const local = MEASURE_LOCAL.exec(text);
  if (local) return { code: `${taskCode}.${local[1]}`, text: local[2] ?? "" };
  return null;
}

function yearsOf(terms: readonly string[]): YearSpan | null {
  let span: YearSpan | null = null;
  // A loop, not Math.min(...years): a spread of a large programme's years would overflow the call stack.
  for (const term of terms) {
    for (const m of term.matchAll(/\b(19|20)\d{2}\b/gu)) {
      const y = Number(m[0]);
      span = span === null ? { from: y, to: y } : { from: Math.min(span.from, y), to: Math.max(span.to, y) };
    }
  }
  return span;
}

/** "4.1.", "4,1" and " 4.1 " are all measure 4.1; a task code loses its trailing point. */
function normalizeCode(text: string): string {
  return cleanCellText(text).replace(/,/gu, ".").replace(/\.$/u, "");
}

/** Interprets matrix rows from any source into the programme model, collecting every problem as an issue. */
export function buildProgramme(title: string, rows: readonly RawMatrixRow[], extraColumns: readonly string[]): ParsedProgramme {
  const issues: Issue[] = [];
  const tasks: DraftTask[] = [];
  const seenMeasureCodes = new Set<string>();
  const occurrences: AgencyOccurrence[] = [];
  const writtenByMeasure = new Map<string, WrittenExecutor[]>();

  for (const row of rows) {
    const taskText = cleanCellText(row.task.text);
    const taskCode = normalizeCode(row.taskCode?.text ?? "");
    const taskKey = `${taskCode}\u0000${taskText}`;
    const current = tasks[tasks.length - 1];
    if ((taskText !== "" || taskCode !== "") && taskKey !== current?.rawKey) {
      const m = TASK_NUMBER.exec(taskText);
      const code = taskCode !== "" ? taskCode : (m?.[1] ?? String(tasks.length + 1));
      if (!m && taskCode === "") issues.push(issue("task.badNumber", "warning", row.task.location, { text: taskText.slice(0, 60), code }));
      const name = m && (taskCode === "" || m[1] === taskCode) ? (m[2] ?? "") : taskText;
      tasks.push({ code, name: cleanCellText(name), rawKey: taskKey, measures: [] });
    }
    const task = tasks[tasks.length - 1];
    const measureText = cleanCellText(row.measure.text);
    if (!task) {
      issues.push(issue("measure.noTask", "error", row.measure.location, { text: measureText.slice(0, 60) }));
      continue;
    }
    const codeColumn = normalizeCode(row.measureCode?.text ?? "");
    let parsed = parseMeasureCell(measureText, task.code);
    if (codeColumn !== "") parsed = { code: codeColumn, text: parsed && parsed.code === codeColumn ? parsed.text : measureText };
    if (!parsed) {
      const code = `${task.code}.${task.measures.length + 1}`;
      issues.push(issue("measure.badNumber", "warning", row.measure.location, { text: measureText.slice(0, 60), code }));
      parsed = { code, text: measureText };
    }
    if (seenMeasureCodes.has(parsed.code)) {
      issues.push(issue("measure.duplicateCode", "error", row.measure.location, { code: parsed.code }));
      continue;
    }
    seenMeasureCodes.add(parsed.code);
    const text = cleanCellText(parsed.text);
    if (text === "") issues.push(issue("measure.emptyText", "error", row.measure.location, { code: parsed.code }));
    // Excel cuts nothing silently, and neither do we: a text no cell can hold is an error, not a truncation.
    for (const [cell, length] of [[row.measure, text.length], [row.executors, cleanCellText(row.executors.text).length]] as const) {
      if (length > EXCEL_CELL_CHARS) issues.push(issue("measure.tooLong", "error", cell.location, { code: parsed.code, length, limit: EXCEL_CELL_CHARS }));
    }
    const term = cleanCellText(row.term.text);
    if (term === "") issues.push(issue("measure.noTerm", "warning", row.term.location, { code: parsed.code }));
    const written = splitExecutors(row.executors.text);
    if (written.length === 0) issues.push(issue("measure.noExecutors", "error", row.executors.location, { code: parsed.code }));
    for (const w of written) {
      if (!/\p{L}{3}/u.test(w.name)) {
        issues.push(issue("executor.unrecognised", "warning", row.executors.location, { code: parsed.code, text: w.name }));
      }
      occurrences.push({ name: w.name, consent: w.consent, measureCode: parsed.code });
    }
    writtenByMeasure.set(parsed.code, written);
    const extras: Record<string, string> = {};
    for (const e of row.extras) extras[e.header] = cleanCellText(e.cell.text);
    task.measures.push({ code: parsed.code, taskCode: task.code, text, term, executors: [], extras });
  }

  const directory = buildAgencyDirectory(occurrences);
  const finalTasks: Task[] = tasks.map((t) => ({
    code: t.code,
    name: t.name,
    measures: t.measures.map((m) => ({
      ...m,
      executors: (writtenByMeasure.get(m.code) ?? []).map((w) => ({
        name: w.name,
        consent: w.consent,
        agencyCode: directory.codeByKey.get(agencyKey(w.name)) ?? "",
      })),
    })),
  }));
  for (const t of finalTasks) {
    if (t.measures.length === 0) issues.push(issue("task.noMeasures", "warning", {}, { code: t.code }));
  }
  if (finalTasks.length === 0) issues.push(issue("programme.empty", "error", {}));

  return {
    programme: {
      title,
      tasks: finalTasks,
      agencies: directory.agencies,
      years: yearsOf(finalTasks.flatMap((t) => t.measures.map((m) => m.term))),
      extraColumns,
    },
    issues,
  };
}
