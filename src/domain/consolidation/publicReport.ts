import { columnLetter } from "../a1";
import { issue, type Issue } from "../issues";
import { findPersonalData } from "../reports/privacy";
import type { Programme } from "../programme/model";
import type { Unit } from "../reports/units";
import type { DataRow } from "./consolidate";
import { summarise, type Summaries } from "./summaries";
import { SUMMARY_SHEETS } from "./summarySheets";

/** Where the two narrative columns stand in «Дані» (see `summarySheetPlans`): «Інформація» and «Причини». */
const NARRATIVE_COLUMNS = { info: 9, reasons: 10 } as const;

/**
 * Texts of the period that would reach the published «Звіт про виконання» and seem to hold personal data,
 * each pointing at its cell in «Дані» (where the official can correct it) and naming the source report.
 */
export function personalDataInPublicReport(rows: readonly DataRow[], period: string): Issue[] {
  return rows.flatMap((r, i) =>
    r.period !== period
      ? []
      : (["info", "reasons"] as const).flatMap((field) =>
          findPersonalData(r[field]).map((kind) =>
            issue("summary.personalData", "warning", { sheet: SUMMARY_SHEETS.data, cell: `${columnLetter(NARRATIVE_COLUMNS[field])}${i + 2}` }, { kind, unit: r.unitCode, measure: r.measureCode, file: r.file }),
          ),
        ),
  );
}

/** The rows with every flagged text of the period replaced by a marker, for the published table only. */
export function withoutPersonalData(rows: readonly DataRow[], period: string, marker: string): DataRow[] {
  const clean = (text: string) => (findPersonalData(text).length > 0 ? marker : text);
  return rows.map((r) => (r.period === period ? { ...r, info: clean(r.info), reasons: clean(r.reasons) } : r));
}

/**
 * The summaries the published table is built from: the same as the others, or — unless the user chose
 * to keep them — with every flagged text of the period replaced by the marker.
 */
export function publishedSummaries(programme: Programme, all: readonly Unit[], rows: readonly DataRow[], summaries: Summaries, includePersonal: boolean, marker: string): { readonly findings: Issue[]; readonly published: Summaries } {
  const findings = personalDataInPublicReport(rows, summaries.period);
  const published = includePersonal || findings.length === 0 ? summaries : summarise(programme, all, withoutPersonalData(rows, summaries.period, marker), summaries.period);
  return { findings, published };
}
