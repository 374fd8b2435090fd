import type { PlainValue } from "../cell";
import type { SheetPlan } from "../plans/sheetPlan";
import type { Programme } from "../programme/model";
import { STATUSES, type ReportingPeriod } from "../programme/referenceLists";
import { templateFileName, templatePlans } from "../reports/templatePlan";
import type { Community } from "../reports/communities";
import type { Unit } from "../reports/units";

/** A small deterministic generator, so the demo's reports are the same on every run. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** The communities the demo lists on «Довідники»: real hromadas of two districts of Cherkasy oblast. */
export const DEMO_COMMUNITIES: readonly Community[] = [
  { name: "Уманська міська територіальна громада", district: "Р03" },
  { name: "Ладижинська сільська територіальна громада", district: "Р03" },
  { name: "Звенигородська міська територіальна громада", district: "Р01" },
  { name: "Катеринопільська селищна територіальна громада", district: "Р01" },
];

/**
 * Whether a unit reports in the demo: executors «за згодою» report voluntarily, so two of the communities
 * never do, and the migration service skips the latest period — none of which makes a measure «not done».
 */
export function reportsInDemo(unit: Unit, period: ReportingPeriod): boolean {
  if (/^(Ладижинська|Катеринопільська) /u.test(unit.name)) return false;
  return !(period.code === "2025-H1" && unit.name.startsWith("Управління Державної міграційної служби"));
}

export interface DemoReport {
  readonly file: string;
  readonly plans: SheetPlan[];
}

const NARRATIVES = [
  "Проведено інформаційні зустрічі з учнівською молоддю та батьками.",
  "Розміщено матеріали на офіційному вебсайті та в соціальних мережах.",
  "Проведено навчання для фахівців із соціальної роботи громад.",
  "Організовано виїзні консультації у віддалених населених пунктах.",
];

/**
 * Filled reports of every unit for one period, as executors would return them — with a few of the
 * mistakes real reports hold: a status out of the list, words in a count, a missing reason, a late date,
 * and a phone number in a narrative.
 */
export function demoReports(programme: Programme, units: readonly Unit[], period: ReportingPeriod, submittedOnTime: string, submittedLate: string): DemoReport[] {
  const next = random(period.year * 10 + period.code.length);
  return units.map((unit, u) => {
    const [report, meta] = templatePlans(programme, unit, period);
    const sheet = report as SheetPlan;
    const table = sheet.tables[0];
    if (!table) throw new Error("the template has no table");
    const scale = period.code.endsWith("-Y") ? 2 : period.code.endsWith("9M") ? 1.5 : 1;
    const rows = table.rows.map((row, i) => {
      const status = STATUSES[Math.floor(next() * 10) < 6 ? 0 : Math.floor(next() * 10) < 8 ? 1 : Math.floor(next() * 2) === 0 ? 2 : 3] as string;
      const events = status === "Не виконано" ? 0 : Math.round((1 + next() * 4) * scale);
      const people = status === "Не виконано" ? 0 : Math.round((20 + next() * 180) * scale);
      const funds = next() < 0.3 ? Math.round(next() * 200 * scale) / 10 : 0;
      const source = funds > 0 ? "Обласний бюджет" : "Не потребує фінансування";
      let info = status === "Не виконано" ? "" : (NARRATIVES[(u + i) % NARRATIVES.length] as string);
      let reasons = status === "Не виконано" || status === "Виконано частково" ? "Недостатнє фінансування у звітному періоді." : "";
      let statusCell: string | number = status;
      let eventsCell: string | number = events;
      if (u === 1 && i === 0) statusCell = "Зроблено";
      if (u === 2 && i === 1) eventsCell = `${events} шт`;
      if (u === 3 && i === 0) {
        statusCell = "Не виконано";
        reasons = "";
        info = "";
      }
      if (u === 5 && i === 2) info = `${info} Консультації за телефоном 067 123 45 67.`;
      const answers: Readonly<Record<string, PlainValue>> = { status: statusCell, events: eventsCell, people, funds, source, info, reasons };
      return table.columns.map((c, k) => (c.key in answers ? (answers[c.key] ?? null) : (row[k] ?? null)));
    });
    const submitted = u === 4 ? submittedLate : submittedOnTime;
    const blocks = (sheet.blocks ?? []).map((b) => (b.row === 4 && b.column === 1 ? { ...b, value: submitted } : b));
    return { file: templateFileName(unit, period), plans: [{ ...sheet, blocks, tables: [{ ...table, rows }] }, meta as SheetPlan] };
  });
}
