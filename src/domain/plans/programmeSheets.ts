import type { PlainValue } from "../cell";
import { t, type Locale } from "../messages";
import { allMeasures, type Programme } from "../programme/model";
import { districtName, type Community } from "../reports/communities";
import { FUNDING_SOURCES, reportingPeriods, reportingUnits, STATUSES } from "../programme/referenceLists";
import { col } from "./localisedColumn";
import { plainProgrammeTable, richProgrammeTable } from "./programmeTable";
import type { PrintPlan, SheetPlan, TablePlan } from "./sheetPlan";

/** Sheet names are part of the workbook's contract with later steps, so they stay Ukrainian in every locale. */
export const PROGRAMME_SHEET_NAMES = {
  programme: "Програма",
  agencies: "Виконавці",
  assignments: "Призначення",
  lists: "Довідники",
} as const;

export const OWN_SHEETS: readonly string[] = Object.values(PROGRAMME_SHEET_NAMES);

/** Excel refuses page headers over 255 characters; the sheet keeps the whole title, the header a shortened one. */
const PAGE_HEADER_LIMIT = 250;

export function pageHeaderText(title: string): string {
  const escapedLength = (s: string) => s.length + (s.match(/&/gu)?.length ?? 0);
  if (escapedLength(title) <= PAGE_HEADER_LIMIT) return title;
  let cut = title.slice(0, PAGE_HEADER_LIMIT - 1);
  while (escapedLength(cut) > PAGE_HEADER_LIMIT - 1) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

function print(locale: Locale, title: string): PrintPlan {
  return {
    paper: "A4",
    orientation: "landscape",
    fitToPagesWide: 1,
    repeatRows: { from: 1, to: 1 },
    headerCenter: pageHeaderText(title),
    footerCenter: t(locale, "sheet.footer"),
  };
}

function sheet(locale: Locale, name: string, title: string, tables: TablePlan[], tabColor: string, fit: 0 | 1 = 1): SheetPlan {
  return { name, tables, freezeRows: 1, print: { ...print(locale, title), fitToPagesWide: fit }, tabColor };
}

function programmeSheet(p: Programme, locale: Locale): SheetPlan {
  const rich = p.fundingYears !== null || p.hasFundingSources || p.hasExpectedResults;
  const table = rich ? richProgrammeTable(p, locale) : plainProgrammeTable(p, locale);
  return sheet(locale, PROGRAMME_SHEET_NAMES.programme, p.title, [table], "1F4E79");
}

function agenciesSheet(p: Programme, locale: Locale): SheetPlan {
  const rows: PlainValue[][] = p.agencies.map((a) => [
    a.code,
    a.name,
    a.shortName,
    t(locale, `kind.${a.kind}`),
    a.byConsent ? t(locale, "sheet.yes") : "",
    a.measureCount,
  ]);
  const columns = [
    col(locale, "sheet.agencies.code", 8, { align: "center" }),
    col(locale, "sheet.agencies.name", 60, { wrap: true }),
    col(locale, "sheet.agencies.shortName", 35, { wrap: true }),
    col(locale, "sheet.agencies.kind", 30, { wrap: true }),
    col(locale, "sheet.agencies.byConsent", 11, { align: "center" }),
    col(locale, "sheet.agencies.measureCount", 11, { align: "center", kind: "number" }),
  ];
  return sheet(locale, PROGRAMME_SHEET_NAMES.agencies, `${p.title} — ${PROGRAMME_SHEET_NAMES.agencies}`, [{ name: "pmAgencies", startColumn: 0, columns, rows }], "2E75B6");
}

function assignmentsSheet(p: Programme, locale: Locale): SheetPlan {
  const rows: PlainValue[][] = allMeasures(p).flatMap((m) =>
    m.executors.map((e) => [m.code, e.agencyCode, e.name, e.consent ? t(locale, "sheet.yes") : ""]),
  );
  const columns = [
    col(locale, "sheet.assignments.measureCode", 10, { align: "center" }),
    col(locale, "sheet.assignments.agencyCode", 12, { align: "center" }),
    col(locale, "sheet.assignments.agency", 80, { wrap: true }),
    col(locale, "sheet.assignments.consent", 11, { align: "center" }),
  ];
  return sheet(locale, PROGRAMME_SHEET_NAMES.assignments, `${p.title} — ${PROGRAMME_SHEET_NAMES.assignments}`, [{ name: "pmAssignments", startColumn: 0, columns, rows }], "548235");
}

function listsSheet(p: Programme, locale: Locale, communities: readonly Community[]): SheetPlan {
  const periods = reportingPeriods(p.years);
  const units = reportingUnits(p);
  const tables: TablePlan[] = [
    { name: "pmStatuses", startColumn: 0, columns: [col(locale, "sheet.lists.status", 20)], rows: STATUSES.map((s) => [s]) },
    {
      name: "pmPeriods",
      startColumn: 2,
      columns: [col(locale, "sheet.lists.periodCode", 11, { align: "center" }), col(locale, "sheet.lists.period", 22)],
      rows: periods.map((x) => [x.code, x.label]),
    },
    { name: "pmFunding", startColumn: 5, columns: [col(locale, "sheet.lists.funding", 26)], rows: FUNDING_SOURCES.map((s) => [s]) },
    {
      name: "pmUnits",
      startColumn: 7,
      columns: [
        col(locale, "sheet.lists.unitCode", 7, { align: "center" }),
        col(locale, "sheet.lists.unit", 50, { wrap: true }),
        col(locale, "sheet.lists.unitType", 22, { wrap: true }),
      ],
      rows: units.map((u) => [u.code, u.name, t(locale, `unitType.${u.type}`)]),
    },
    {
      name: "pmCommunities",
      startColumn: 11,
      columns: [col(locale, "sheet.lists.community", 34, { wrap: true }), col(locale, "sheet.lists.district", 22, { wrap: true })],
      rows: communities.map((c) => [c.name, districtName(c.district ?? "") ?? ""]),
      note: t(locale, "sheet.lists.communityNote"),
    },
    // «Програма» holds only its table: the title is kept here, so that a workbook read back gives it.
    { name: "pmTitle", startColumn: 15, columns: [col(locale, "sheet.lists.title", 60, { wrap: true })], rows: [[p.title]] },
  ];
  // Five lists side by side would shrink to an unreadable page; they print at full size across pages instead.
  return sheet(locale, PROGRAMME_SHEET_NAMES.lists, `${p.title} — ${PROGRAMME_SHEET_NAMES.lists}`, tables, "BF8F00", 0);
}

/** The four structured sheets of a loaded programme, in workbook order; `communities` fill «Довідники»'s list (the demo's). */
export function programmeSheetPlans(programme: Programme, locale: Locale = "uk", communities: readonly Community[] = []): SheetPlan[] {
  return [
    programmeSheet(programme, locale),
    agenciesSheet(programme, locale),
    assignmentsSheet(programme, locale),
    listsSheet(programme, locale, communities),
  ];
}
