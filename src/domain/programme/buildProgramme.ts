import { EXCEL_CELL_CHARS } from "../cellLimit";
import { issue, type Issue } from "../issues";
import { buildAgencyDirectory, agencyKey, type AgencyOccurrence } from "./agencies";
import { codeOfColumn, normalizeCode, parseMeasureCell, TASK_NUMBER, taskOfCode } from "./measureCodes";
import type { Measure, Programme, Task } from "./model";
import { cleanCellText } from "./normalizeText";
import { plannedFundingOf } from "./plannedFunding";
import { programmeYears, yearSpanText } from "./programmeYears";
import type { RawMatrixRow, SourceLayout } from "./rawRow";
import { splitExecutors, type WrittenExecutor } from "./splitExecutors";
import { termYears } from "./termYears";


interface DraftTask {
  /** Null until its first measure: a task without a number takes the one its measures' codes give. */
  code: string | null;
  name: string;
  rawKey: string;
  location: RawMatrixRow["task"]["location"];
  text: string;
  measures: Measure[];
}

export interface ParsedProgramme {
  readonly programme: Programme;
  readonly issues: Issue[];
}

/** Interprets matrix rows from any source into the programme model, collecting every problem as an issue. */
export function buildProgramme(title: string, rows: readonly RawMatrixRow[], extraColumns: readonly string[], layout: SourceLayout): ParsedProgramme {
  const issues: Issue[] = [];
  const tasks: DraftTask[] = [];
  const seenMeasureCodes = new Set<string>();
  const occurrences: AgencyOccurrence[] = [];
  const writtenByMeasure = new Map<string, WrittenExecutor[]>();
  const termCells: { code: string; term: string; location: RawMatrixRow["task"]["location"] }[] = [];
  const termsWritten = layout.hasTermColumn;
  const taskCodeOf = (task: DraftTask, measureCode: string | null): string => {
    if (task.code !== null) return task.code;
    const fromMeasure = measureCode === null ? null : taskOfCode(measureCode);
    task.code = fromMeasure ?? String(tasks.indexOf(task) + 1);
    if (fromMeasure === null) issues.push(issue("task.badNumber", "warning", task.location, { text: task.text.slice(0, 60), code: task.code }));
    return task.code;
  };

  for (const row of rows) {
    const taskText = cleanCellText(row.task.text);
    const taskCode = normalizeCode(row.taskCode?.text ?? "");
    const taskKey = `${taskCode}\u0000${taskText}`;
    const current = tasks[tasks.length - 1];
    if ((taskText !== "" || taskCode !== "") && taskKey !== current?.rawKey) {
      const m = TASK_NUMBER.exec(taskText);
      const code = taskCode !== "" ? taskCode : (m?.[1] ?? null);
      const name = m && (taskCode === "" || m[1] === taskCode) ? (m[2] ?? "") : taskText;
      tasks.push({ code, name: cleanCellText(name), rawKey: taskKey, location: row.task.location, text: taskText, measures: [] });
    }
    const task = tasks[tasks.length - 1];
    const measureText = cleanCellText(row.measure.text);
    if (!task) {
      issues.push(issue("measure.noTask", "error", row.measure.location, { text: measureText.slice(0, 60) }));
      continue;
    }
    const codeColumn = cleanCellText(row.measureCode?.text ?? "");
    let parsed = parseMeasureCell(measureText, () => taskCodeOf(task, null));
    if (codeColumn !== "") {
      const code = codeOfColumn(codeColumn, () => taskCodeOf(task, parsed?.code ?? null));
      parsed = { code, text: parsed && parsed.code === code ? parsed.text : measureText };
    }
    const taskCodeNow = taskCodeOf(task, parsed?.code ?? null);
    if (!parsed) {
      const code = `${taskCodeNow}.${task.measures.length + 1}`;
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
    const term = cleanCellText(row.term?.text ?? "");
    termCells.push({ code: parsed.code, term, location: row.term?.location ?? row.measure.location });
    if (term === "" && termsWritten) issues.push(issue("measure.noTerm", "warning", row.term?.location ?? row.measure.location, { code: parsed.code }));
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
    const funding = row.funding ? plannedFundingOf(row.funding, parsed.code) : null;
    if (funding) issues.push(...funding.issues);
    task.measures.push({
      code: parsed.code,
      taskCode: taskCodeNow,
      text,
      term,
      executors: [],
      fundingSources: funding?.sources ?? [],
      plannedFunding: layout.fundingYears === null ? null : (funding?.entries ?? []),
      expectedResult: layout.hasExpectedResults ? cleanCellText(row.expectedResult?.text ?? "") : null,
      extras,
    });
  }

  const directory = buildAgencyDirectory(occurrences);
  const finalTasks: Task[] = tasks.map((t) => ({
    code: t.code ?? "",
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
  const measures = finalTasks.flatMap((t) => t.measures);
  const years = programmeYears(title, measures.map((m) => m.term), layout.fundingYears ?? []);
  if (!termsWritten && measures.length > 0) {
    issues.push(years === null ? issue("matrix.noTermYears", "info", layout.at) : issue("matrix.noTermColumn", "info", layout.at, { years: yearSpanText(years) }));
  }
  // A term that cannot be read covers the programme's whole period: said, with the cell.
  if (termsWritten && years !== null) {
    for (const t of termCells) {
      if (t.term !== "" && !termYears(t.term, years).readable) issues.push(issue("measure.termUnreadable", "info", t.location, { code: t.code, term: t.term.slice(0, 60), years: yearSpanText(years) }));
    }
  }

  return {
    programme: {
      title,
      tasks: finalTasks,
      agencies: directory.agencies,
      years,
      extraColumns,
      fundingYears: layout.fundingYears,
      hasFundingSources: layout.hasFundingSources,
      hasExpectedResults: layout.hasExpectedResults,
    },
    issues,
  };
}
