import type { WorkflowStatus } from "../domain/consolidation/operations";
import { notReported, ukrainianDate } from "../domain/consolidation/reportingStatus";
import type { Locale, MessageKey, MessageParams } from "../domain/messages";
import { periodLabel } from "../domain/programme/referenceLists";

/** The official's workflow, in order. */
export const STEPS = ["programme", "templates", "check", "consolidation"] as const;
export type StepId = (typeof STEPS)[number];

/** What the last check in this session found, for the checking step's line. */
export interface CheckGlance {
  readonly reports: number;
  readonly errors: number;
  readonly warnings: number;
}

export type Line = readonly [MessageKey, MessageParams?];

/** Each step's state at a glance, as message keys: what is loaded, received, built. */
export function stepLines(step: StepId, status: WorkflowStatus | null, check: CheckGlance | null, locale: Locale = "uk"): Line[] {
  if (step === "templates") return [["step.templates.hint"]];
  if (step === "check") return [check ? ["step.check.done", { ...check }] : ["step.check.hint"]];
  if (status === null) return [["step.reading"]];
  switch (step) {
    case "programme": {
      const p = status.programme;
      return p === null ? [["step.programme.none"]] : [["programme.loadedShort", { ...p.counts }], ...(p.title === null ? [] : [["step.programme.title", { title: p.title }] as Line])];
    }
    case "consolidation": {
      const r = status.reporting;
      const lines: Line[] = [r === null || status.period === null ? ["step.consolidation.none"] : ["step.consolidation.reports", { period: periodLabel(status.period.code, locale), ...r.counts }]];
      const built = status.summaries.built;
      if (built) lines.push(["step.consolidation.built", { at: ukrainianDate(built.at), period: periodLabel(built.period.code, locale) }]);
      else if (status.summaries.present) lines.push(["step.consolidation.present"]);
      else if (r !== null) lines.push(["step.consolidation.notBuilt"]);
      return lines;
    }
  }
}

export interface NextStep {
  readonly step: StepId;
  readonly text: Line;
}

/** The next useful thing to do, judged from the workbook: load, import, remind, build — or review what is done. */
export function nextStep(status: WorkflowStatus | null, locale: Locale = "uk"): NextStep | null {
  if (status === null) return null;
  if (status.programme === null) return { step: "programme", text: ["next.loadProgramme"] };
  const period = status.period === null ? null : { code: status.period.code, label: periodLabel(status.period.code, locale) };
  if (status.reporting === null || period === null) return { step: "consolidation", text: ["next.importReports"] };
  const missing = notReported(status.reporting).length;
  const built = status.summaries.built;
  if (built === null ? !status.summaries.present : built.period.code !== period.code) return { step: "consolidation", text: ["next.build", { period: period.label }] };
  if (missing > 0) return { step: "consolidation", text: ["next.remind", { period: period.label, count: missing }] };
  return { step: "consolidation", text: ["next.done", { period: period.label }] };
}
