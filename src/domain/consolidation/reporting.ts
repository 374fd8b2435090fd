/**
 * Who reported, in two figures: the executors the administration can require to report, and those that
 * report «за згодою» (communities, NGOs, territorial bodies of central authorities), which report voluntarily.
 * An executor is counted by consent when every measure it is expected on in the period is «за згодою».
 */
export interface ReportingFigures {
  readonly expected: number;
  readonly reported: number;
  /** The codes of the executors that sent nothing for the period. */
  readonly notReported: readonly string[];
}

export interface Reporting {
  readonly required: ReportingFigures;
  readonly byConsent: ReportingFigures;
}

/** What each executor's line of «За виконавцями» says of it. */
export interface UnitReporting {
  readonly code: string;
  /** Its measures in the period: an executor with none is not expected at all. */
  readonly expected: number;
  readonly reported: boolean;
  readonly byConsent: boolean;
}

export function reportingOf(units: readonly UnitReporting[]): Reporting {
  const figures = (list: readonly UnitReporting[]): ReportingFigures => ({
    expected: list.length,
    reported: list.filter((u) => u.reported).length,
    notReported: list.filter((u) => !u.reported).map((u) => u.code),
  });
  const expected = units.filter((u) => u.expected > 0);
  return { required: figures(expected.filter((u) => !u.byConsent)), byConsent: figures(expected.filter((u) => u.byConsent)) };
}

/** An expected executor of a measure, and whether it is expected «за згодою» there. */
export interface ExpectedExecutor {
  readonly code: string;
  readonly consent: boolean;
}

/** The expected executors of a measure that sent nothing on it, required and by consent apart. */
export function notReportedOn(expected: readonly ExpectedExecutor[], reported: ReadonlySet<string>): { readonly required: string[]; readonly byConsent: string[] } {
  const missing = expected.filter((e) => !reported.has(e.code));
  return { required: missing.filter((e) => !e.consent).map((e) => e.code), byConsent: missing.filter((e) => e.consent).map((e) => e.code) };
}
