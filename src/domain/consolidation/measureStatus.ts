import { STATUSES } from "../programme/referenceLists";
import type { Status } from "../reports/validateReport";

export type StatusCounts = Record<Status, number>;

/** What a measure's reports add up to; see README «Зведений стан заходу». */
export type MeasureStatus = Status | "Немає звітів";

/**
 * The aggregated status of a measure (README, «Зведений стан заходу»), from the reports that arrived and the
 * required executors that sent none: no report → «Немає звітів»; every report «Виконано» and no required
 * report missing → «Виконано»; every report «Не виконано» → «Не виконано»; something done (a «Виконано» or
 * «Виконано частково») together with something not done (a «Не виконано», a «Виконано частково», or a required
 * report missing) → «Виконано частково»; otherwise (work still going on, nothing finished) → «Виконується».
 * A single «Виконано частково» makes the measure «Виконано частково»: an executor that did only part of its
 * share leaves the measure partly undone, whatever the others report. An executor «за згодою» reports
 * voluntarily: its missing report is listed, never counted as something not done.
 */
export function measureStatus(statuses: StatusCounts, missingRequired: number): MeasureStatus {
  const received = STATUSES.reduce((s, k) => s + statuses[k], 0);
  if (received === 0) return "Немає звітів";
  if (statuses["Виконано"] === received && missingRequired === 0) return "Виконано";
  if (statuses["Не виконано"] === received) return "Не виконано";
  const somethingDone = statuses["Виконано"] + statuses["Виконано частково"] > 0;
  const somethingNotDone = statuses["Не виконано"] + statuses["Виконано частково"] > 0 || missingRequired > 0;
  return somethingDone && somethingNotDone ? "Виконано частково" : "Виконується";
}

