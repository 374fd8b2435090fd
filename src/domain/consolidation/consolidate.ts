import { showDate } from "../dates";
import { issue, type Issue, type IssueLocation } from "../issues";
import type { Programme } from "../programme/model";
import { reportingPeriods } from "../programme/referenceLists";
import { periodDeadline } from "../reports/periods";
import { assignmentsOf, type Unit } from "../reports/units";
import type { Status, ValidatedRow } from "../reports/validateReport";
import { tenths } from "./figures";
import type { Consolidated, DataRow, ImportAction, ImportedFile, LogEntry, NotTaken } from "./importRecords";
import { decreases, type Names } from "./periodSeries";
import { intake } from "./reportIntake";
import { chooseVersion, type Version, type VersionFate } from "./versions";

export { latestPeriod } from "./periodSeries";

export type { Consolidated, DataRow, ImportAction, ImportedFile, LogEntry, NotTaken } from "./importRecords";

export interface ConsolidateOptions {
  /** What the reports are checked against: a row on a measure not assigned to its unit is not taken. */
  readonly programme: Programme;
  readonly units: readonly Unit[];
  /** A report with errors: take its valid rows (the default) or refuse the whole report. */
  readonly acceptValidRows?: boolean;
}

const key = (unit: string, period: string) => `${unit}|${period}`;

interface Candidate extends Version {
  readonly slot: number;
  readonly imported: ImportedFile;
  readonly unit: Unit;
  readonly period: string;
  readonly taken: readonly ValidatedRow[];
  /** Its rows not taken: listed only if this version is the one taken (another version's whole report is listed instead). */
  readonly rows: readonly NotTaken[];
}

/**
 * Merges validated reports into the data rows. Provenance is the file and the sheet: every report sheet of a
 * workbook counts; the very same file given twice, or a report already in «Дані», is skipped. Rows with errors
 * are never taken (nor, if the user chose so, any row of a report with errors), nor rows on a measure not
 * assigned to the unit. Of two versions of one report the later «Дата подання» wins (see `chooseVersion`); a
 * version already in «Дані» is replaced only by one not dated earlier. Whatever is not taken is listed with
 * its reasons in `notTaken`.
 */
export function consolidate(files: readonly ImportedFile[], existing: readonly DataRow[], importedAt: string, options: ConsolidateOptions): Consolidated {
  const acceptValidRows = options.acceptValidRows ?? true;
  const labels = new Map(reportingPeriods(options.programme.years).map((p) => [p.code, p.label]));
  const names: Names = { period: (c) => labels.get(c) ?? c, unit: (c) => options.units.find((u) => u.code === c)?.shortName ?? c };
  const issues: Issue[] = [];
  // Kept with the report's place in the log, so that the list follows the order given.
  const notTaken: (NotTaken & { readonly slot: number })[] = [];
  const log: LogEntry[] = [];
  const candidates: Candidate[] = [];
  const inData = new Set(existing.map((r) => `${r.sha256}|${r.sheet}`));
  const firstOfHash = new Map<string, string>();
  const assignedTo = new Map<string, ReadonlySet<string>>();
  const assigned = (unit: Unit, year: number | undefined): ReadonlySet<string> => {
    let set = assignedTo.get(`${unit.code}|${year}`);
    if (set === undefined) assignedTo.set(`${unit.code}|${year}`, (set = new Set(assignmentsOf(options.programme, unit, year).map((a) => a.measure.code))));
    return set;
  };

  for (const f of files) {
    const copyOf = firstOfHash.get(f.sha256);
    if (copyOf === undefined) firstOfHash.set(f.sha256, f.file);
    for (const report of f.reports) {
      const where: IssueLocation = report.sheet === "" ? { file: f.file } : { file: f.file, sheet: report.sheet };
      const errors = report.issues.filter((i) => i.severity === "error");
      const slot = log.push({ file: f.file, sheet: report.sheet, size: f.size, sha256: f.sha256, unit: report.unit?.code ?? "", period: report.period?.code ?? "", accepted: 0, rejected: report.rows.length, errors: errors.length, warnings: report.issues.filter((i) => i.severity === "warning").length, action: "rejected" }) - 1;
      const refuse = (action: ImportAction, reasons: readonly Issue[], rows: readonly NotTaken[] = []) => {
        log[slot] = { ...(log[slot] as LogEntry), action, rejected: action === "skippedSameFile" ? 0 : report.rows.length };
        notTaken.push({ slot, file: f.file, sheet: report.sheet, reasons }, ...rows.map((r) => ({ ...r, slot })));
      };
      if (copyOf !== undefined) refuse("skippedSameFile", [issue("consolidate.sameFile", "info", where, { other: copyOf })]);
      else if (inData.has(`${f.sha256}|${report.sheet}`)) refuse("skippedSameFile", [issue("consolidate.alreadyImported", "info", where)]);
      else {
        const offer = intake(f.file, report, report.unit ? assigned(report.unit, report.period?.year) : new Set<string>(), acceptValidRows);
        if (offer.kind === "refused" || !report.unit || !report.period) refuse("rejected", offer.kind === "refused" ? offer.reasons : [], offer.rows);
        else {
          candidates.push({ slot, imported: f, file: f.file, report, unit: report.unit, period: report.period.code, taken: offer.taken, rows: offer.rows });
        }
      }
    }
  }

  const groups = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const group = groups.get(key(c.unit.code, c.period));
    if (group) group.push(c);
    else groups.set(key(c.unit.code, c.period), [c]);
  }
  const replaced = new Set<string>();
  const fresh: DataRow[] = [];
  for (const [k, versions] of groups) {
    const { winner, fates, firstSubmitted } = chooseVersion(versions);
    for (const [loser, fate] of fates) {
      const reason = fateIssue(loser, fate, names);
      if (fate.kind !== "sameContent") issues.push(reason);
      log[loser.slot] = { ...(log[loser.slot] as LogEntry), accepted: 0, rejected: loser.report.rows.length, action: fate.kind === "sameContent" ? "skippedSameFile" : fate.kind === "superseded" ? "superseded" : "rejected" };
      notTaken.push({ slot: loser.slot, file: loser.file, sheet: loser.report.sheet, reasons: [reason] });
    }
    if (winner === null) continue;
    const before = existing.filter((r) => key(r.unitCode, r.period) === k);
    const latestBefore = before.map((r) => r.submitted ?? "").sort().at(-1) ?? "";
    const where = { file: winner.file, sheet: winner.report.sheet };
    if (winner.report.submitted !== null && latestBefore !== "" && winner.report.submitted < latestBefore) {
      const reason = issue("consolidate.supersededByData", "warning", where, { unit: names.unit(winner.unit.code), period: names.period(winner.period), submitted: showDate(winner.report.submitted), other: showDate(latestBefore) });
      issues.push(reason);
      log[winner.slot] = { ...(log[winner.slot] as LogEntry), accepted: 0, rejected: winner.report.rows.length, action: "superseded" };
      notTaken.push({ slot: winner.slot, file: winner.file, sheet: winner.report.sheet, reasons: [reason] });
      continue;
    }
    notTaken.push(...winner.rows.map((r) => ({ ...r, slot: winner.slot })));
    if (before.length > 0) replaced.add(k);
    const first = [firstSubmitted, ...before.map((r) => r.firstSubmitted ?? r.submitted)].filter((d): d is string => d !== null).sort()[0] ?? null;
    const deadline = periodDeadline(winner.period);
    if (first !== null && first > deadline) issues.push(issue("consolidate.late", "warning", where, { unit: names.unit(winner.unit.code), submitted: showDate(first), deadline: showDate(deadline) }));
    for (const r of winner.taken) {
      const funds = tenths(r.funds ?? 0);
      if (funds !== (r.funds ?? 0)) issues.push(issue("consolidate.fundsRounded", "warning", where, { row: r.row, measure: r.code, value: r.funds ?? 0, rounded: funds }));
      fresh.push({
        unitCode: winner.unit.code,
        period: winner.period,
        measureCode: r.code,
        status: r.status as Status,
        events: r.events ?? 0,
        people: r.people ?? 0,
        funds,
        source: r.source ?? "",
        info: r.info,
        reasons: r.reasons,
        submitted: winner.report.submitted,
        firstSubmitted: first,
        file: winner.file,
        sheet: winner.report.sheet,
        row: r.row,
        sha256: winner.imported.sha256,
        importedAt,
      });
    }
    log[winner.slot] = { ...(log[winner.slot] as LogEntry), accepted: winner.taken.length, rejected: winner.report.rows.length - winner.taken.length, action: before.length > 0 ? "replaced" : "imported" };
  }
  const rows = [...existing.filter((r) => !replaced.has(key(r.unitCode, r.period))), ...fresh];
  issues.push(...decreases(rows, names));
  const listed = [...notTaken].sort((a, b) => a.slot - b.slot).map(({ slot: _slot, ...x }): NotTaken => x);
  return { rows, log, issues, replaced: [...replaced], notTaken: listed };
}

function fateIssue(loser: Candidate, fate: VersionFate, names: Names): Issue {
  const where = { file: loser.file, sheet: loser.report.sheet };
  const params = { unit: names.unit(loser.unit.code), period: names.period(loser.period), submitted: loser.report.submitted === null ? "—" : showDate(loser.report.submitted) };
  if (fate.kind === "sameContent") return issue("consolidate.sameContent", "info", where, { ...params, other: fate.other });
  if (fate.kind === "superseded") return issue("consolidate.superseded", "warning", where, { ...params, other: fate.other, otherSubmitted: showDate(fate.otherSubmitted) });
  return issue("consolidate.versionsConflict", "error", where, { ...params, others: fate.others.join(", ") });
}
