// The layouts programmes are published in, as neutral tables (cells with spans) that the fixture script
// renders into .docx, .xlsx and a sheet pasted from Word: the standard form «Напрями діяльності та заходи»,
// tasks written across the table, the variants (number and task in one cell, no term column, «Державний
// замовник», hyphenated headers), and an amendment annex with gaps and three-level codes.
import type { SourceMeasure, SourceProgramme } from "./layoutProgrammes";

export interface LCell {
  readonly text: string;
  readonly colSpan?: number;
  readonly rowSpan?: number;
  /** An amount: a spreadsheet holds it as a number where it is one line. */
  readonly amount?: boolean;
}

export type RowKind = "header" | "numbering" | "measure" | "group" | "total";

export interface LRow {
  readonly kind: RowKind;
  /** One entry per column; null where a span from the left or from above covers it. */
  readonly cells: readonly (LCell | null)[];
}

export interface LayoutTable {
  readonly before: readonly string[];
  readonly rows: readonly LRow[];
  readonly after: readonly string[];
  readonly width: number;
}

const NONE = "-";
const c = (text: string, more: Omit<LCell, "text"> = {}): LCell => ({ text, ...more });
const amountNumber = (text: string): number | null => (/^\d[\d\s\u00A0]*(,\d+)?$/u.test(text.trim()) ? Number(text.replace(/[\s\u00A0]/gu, "").replace(",", ".")) : null);
export const amountOf = amountNumber;

/** «1 234,5» as documents write thousand hryvnias. */
export function uaAmount(n: number): string {
  const [whole, fraction = "0"] = n.toFixed(1).split(".");
  return `${(whole ?? "0").replace(/\B(?=(\d{3})+(?!\d))/gu, " ")},${fraction}`;
}

/** A measure's funding as the sources cell and one cell per year (and the total): one line per source. */
function fundingCells(measure: SourceMeasure, years: readonly number[], total: boolean): { sources: string; years: string[]; total: string } {
  const lines = measure.funding;
  const cell = (year: number) => lines.map((f) => f.byYear[year] ?? NONE).join("\n");
  const sum = (f: (typeof lines)[number]) => years.reduce((s, y) => s + (amountNumber(f.byYear[y] ?? "") ?? 0), 0);
  return {
    sources: lines.map((f) => f.source).join("\n"),
    years: years.map(cell),
    total: total ? lines.map((f) => (sum(f) === 0 ? NONE : uaAmount(sum(f)))).join("\n") : "",
  };
}

function totalsRow(label: string, labelSpan: number, before: number, measures: readonly SourceMeasure[], years: readonly number[], total: boolean, after: number): LRow {
  const perYear = years.map((y) => measures.reduce((s, m) => s + m.funding.reduce((t, f) => t + (amountNumber(f.byYear[y] ?? "") ?? 0), 0), 0));
  const cells: (LCell | null)[] = [c(label, { colSpan: labelSpan }), ...Array.from({ length: labelSpan - 1 }, () => null), ...Array.from({ length: before }, () => c(""))];
  if (total) cells.push(c(uaAmount(perYear.reduce((a, b) => a + b, 0)), { amount: true }));
  cells.push(...perYear.map((v) => c(uaAmount(v), { amount: true })), ...Array.from({ length: after }, () => c("")));
  return { kind: "total", cells };
}

const numbering = (width: number): LRow => ({ kind: "numbering", cells: Array.from({ length: width }, (_, i) => c(String(i + 1))) });
const notes = (p: SourceProgramme) => ["Примітка. «(за згодою)» — виконавці, які не належать до сфери управління облдержадміністрації.", `${p.signature[0]}\t${p.signature[1]}`];

/**
 * The standard form: «№ з/п | Назва напряму діяльності | Перелік заходів програми | Строк виконання заходу |
 * Виконавці | Джерела фінансування | Орієнтовні обсяги фінансування (усього, у тому числі за роками) |
 * Очікуваний результат», the header three rows deep, the columns numbered, the code inside the measure's text.
 */
export function standardForm(p: SourceProgramme): LayoutTable {
  const years = p.years;
  const width = 6 + 1 + years.length + 1;
  const head1: (LCell | null)[] = [
    c("№ з/п", { rowSpan: 3 }),
    c("Назва напряму діяльності (пріоритетні завдання)", { rowSpan: 3 }),
    c("Перелік заходів програми", { rowSpan: 3 }),
    c("Строк виконання заходу", { rowSpan: 3 }),
    c("Виконавці", { rowSpan: 3 }),
    c("Джерела фінансування", { rowSpan: 3 }),
    c("Орієнтовні обсяги фінансування (вартість), тис. гривень", { colSpan: years.length + 1 }),
    ...years.map(() => null),
    c("Очікуваний результат", { rowSpan: 3 }),
  ];
  const head2: (LCell | null)[] = [null, null, null, null, null, null, c("усього", { rowSpan: 2 }), c("у тому числі за роками:", { colSpan: years.length }), ...years.slice(1).map(() => null), null];
  const head3: (LCell | null)[] = [null, null, null, null, null, null, null, ...years.map((y) => c(`${y} рік`)), null];
  const rows: LRow[] = [{ kind: "header", cells: head1 }, { kind: "header", cells: head2 }, { kind: "header", cells: head3 }, numbering(width)];
  for (const task of p.tasks) {
    task.measures.forEach((measure, i) => {
      const f = fundingCells(measure, years, true);
      rows.push({
        kind: "measure",
        cells: [
          i === 0 ? c(`${task.code}.`, { rowSpan: task.measures.length }) : null,
          i === 0 ? c(task.name, { rowSpan: task.measures.length }) : null,
          c(`${measure.code}. ${measure.text}`),
          c(measure.term),
          c(measure.executorsCell),
          c(f.sources),
          c(f.total, { amount: true }),
          ...f.years.map((y) => c(y, { amount: true })),
          c(measure.expectedResult),
        ],
      });
    });
  }
  rows.push(totalsRow("Усього за програмою", 5, 1, p.tasks.flatMap((t) => t.measures), years, true, 1));
  return { before: ["Додаток 2", "до Програми", p.title, "тис. гривень"], rows, after: notes(p), width };
}

/** Tasks written across the table («1. Удосконалення …»), the measure's code in a column of its own. */
export function groupRows(p: SourceProgramme, withFunding: boolean): LayoutTable {
  const years = withFunding ? p.years : [];
  const fundingWidth = withFunding ? 1 + years.length + 1 : 0;
  const width = 4 + fundingWidth;
  const span = withFunding ? 2 : 1;
  const head1: (LCell | null)[] = [
    c("№ з/п", { rowSpan: span }),
    c("Зміст заходу", { rowSpan: span }),
    c(withFunding ? "Відповідальні за виконання" : "Виконавці", { rowSpan: span }),
    c("Строк виконання", { rowSpan: span }),
    ...(withFunding ? [c("Джерела фінансування", { rowSpan: 2 }), c("Обсяг фінансування, тис. грн", { colSpan: years.length }), ...years.slice(1).map(() => null), c("Очікуваний результат", { rowSpan: 2 })] : []),
  ];
  const rows: LRow[] = [{ kind: "header", cells: head1 }];
  if (withFunding) rows.push({ kind: "header", cells: [null, null, null, null, null, ...years.map((y) => c(`${y} р.`)), null] });
  rows.push(numbering(width));
  for (const task of p.tasks) {
    rows.push({ kind: "group", cells: [c(`${task.code}. ${task.name}`, { colSpan: width }), ...Array.from({ length: width - 1 }, () => null)] });
    for (const measure of task.measures) {
      const f = fundingCells(measure, years, false);
      rows.push({
        kind: "measure",
        cells: [
          c(`${measure.code}.`),
          c(measure.text),
          c(measure.executorsCell),
          c(measure.term),
          ...(withFunding ? [c(f.sources), ...f.years.map((y) => c(y, { amount: true })), c(measure.expectedResult)] : []),
        ],
      });
    }
    if (withFunding) rows.push(totalsRow(`Разом за завданням ${task.code}`, 4, 1, task.measures, years, false, 1));
  }
  return { before: ["Додаток 2", "до Програми", p.title], rows, after: notes(p), width };
}

/**
 * The variants: number and task name in one cell, measures numbered «1)», «2.1.» and «3.1», no term column
 * (the programme's years apply), «Державний замовник» or «Головний розпорядник коштів» for the executors,
 * headers with words hyphenated across lines, a «Разом» row, a unit line, notes and a signature under it.
 */
export function variants(p: SourceProgramme): LayoutTable {
  const years = p.years;
  const withResult = p.key === "second";
  const width = 4 + years.length + (withResult ? 1 : 0);
  const numberOf = (taskIndex: number, code: string) => {
    const local = code.split(".")[1] ?? "";
    if (p.key === "embedded" || taskIndex === 0) return `${local})`;
    return taskIndex === 1 ? `${code}.` : code;
  };
  const head1: (LCell | null)[] = [
    c("Найменування завдання", { rowSpan: 2 }),
    c("Найменування за-\nходу", { rowSpan: 2 }),
    c(p.key === "second" ? "Державний замовник" : "Головний розпорядник коштів", { rowSpan: 2 }),
    c("Джерела фінан-\nсування", { rowSpan: 2 }),
    c("Прогнозні обсяги фінансування, тис. грн", { colSpan: years.length }),
    ...years.slice(1).map(() => null),
    ...(withResult ? [c("Очікуваний результат", { rowSpan: 2 })] : []),
  ];
  const rows: LRow[] = [{ kind: "header", cells: head1 }, { kind: "header", cells: [null, null, null, null, ...years.map((y) => c(String(y))), ...(withResult ? [null] : [])] }];
  p.tasks.forEach((task, ti) => {
    task.measures.forEach((measure, i) => {
      const f = fundingCells(measure, years, false);
      rows.push({
        kind: "measure",
        cells: [
          i === 0 ? c(`${task.code}. ${task.name}`, { rowSpan: task.measures.length }) : null,
          c(`${numberOf(ti, measure.code)} ${measure.text}`),
          c(measure.executorsCell),
          c(f.sources),
          ...f.years.map((y) => c(y, { amount: true })),
          ...(withResult ? [c(measure.expectedResult)] : []),
        ],
      });
    });
  });
  rows.push(totalsRow("Разом", 3, 1, p.tasks.flatMap((t) => t.measures), years, false, withResult ? 1 : 0));
  return { before: ["Додаток 3", "до рішення обласної ради від 21.12.2023 № 12-3/VIII", p.title, "(тис. грн)"], rows, after: ["* за згодою", `${p.signature[0]}\t${p.signature[1]}`], width };
}

/** An amendment annex: only the measures that change, with gaps, a three-level code, and one total column. */
export function amendment(p: SourceProgramme, sub: SourceMeasure): LayoutTable {
  const pick = (codes: string[]) => p.tasks.flatMap((t) => t.measures).filter((m) => codes.includes(m.code));
  const groups = [
    { task: p.tasks[0], measures: pick(["1.2", "1.3"]) },
    { task: p.tasks[2], measures: [sub, ...pick(["3.4"])] },
  ];
  const width = 7;
  const rows: LRow[] = [
    { kind: "header", cells: ["№ з/п", "Найменування заходу", "Виконавці", "Строк виконання", "Джерело фінансування", "Обсяг фінансування, тис. грн", "Очікуваний результат"].map((h) => c(h)) },
    numbering(width),
  ];
  for (const g of groups) {
    rows.push({ kind: "group", cells: [c(`Завдання ${g.task?.code ?? ""}. ${g.task?.name ?? ""}`, { colSpan: width }), ...Array.from({ length: width - 1 }, () => null)] });
    for (const measure of g.measures) {
      const f = fundingCells(measure, p.years, true);
      rows.push({ kind: "measure", cells: [c(measure.code.split(".").length > 2 ? measure.code : `${measure.code}.`), c(measure.text), c(measure.executorsCell), c(measure.term), c(f.sources), c(f.total, { amount: true }), c(measure.expectedResult)] });
    }
  }
  return { before: ["Додаток", "до рішення обласної ради", `Зміни до напрямів діяльності та заходів: ${p.title}`], rows, after: notes(p), width };
}
