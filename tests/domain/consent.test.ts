import type { DataRow } from "../../src/domain/consolidation/consolidate";
import { summarise } from "../../src/domain/consolidation/summaries";
import { SUMMARY_SHEETS, summarySheetPlans } from "../../src/domain/consolidation/summarySheets";
import type { Status } from "../../src/domain/reports/validateReport";
import { parseMatrixGrid } from "../../src/domain/programme/parseMatrixGrid";
import { allMeasures } from "../../src/domain/programme/model";
import { emptyClasses } from "../../src/domain/reports/classMembers";
import { assignmentsOf, units, type Unit } from "../../src/domain/reports/units";
import type { SheetGrid } from "../../src/domain/sheetGrid";
import { parseEmbeddedProgramme } from "../../src/domain/programme/embeddedProgramme";
import { readFixture } from "../support/fixtures";

// The second, invented programme of the layout fixtures: its own terms (2024–2027, «щороку», «2025, 2027 роки»…) and
// its own consent marks («…, ГУНП в області, ГУ ДМС в області (за згодою)», a measure of bodies by consent only).
const programme = parseMatrixGrid(JSON.parse(readFixture("matrix-layouts", "second-standard-paste.grid.json")) as SheetGrid).programme;
const COMMUNITIES = [
  { name: "Полтавська міська територіальна громада", district: null },
  { name: "Решетилівська міська територіальна громада", district: null },
];
const all = units(programme, COMMUNITIES);
const code = (start: string) => (all.find((u) => u.name.startsWith(start)) as Unit).code;
const [SOC, GUNP, DMS, CSS] = ["Департамент соціального захисту", "ГУНП", "ГУ ДМС", "Полтавський обласний центр соціальних служб"].map(code) as [string, string, string, string];
const LA_STRADA = code("ГО «Ла Страда");

const row = (unitCode: string, measureCode: string, status: Status): DataRow => ({ unitCode, period: "2025-H1", measureCode, status, events: 1, people: 10, funds: 0, source: "", info: "проведено", reasons: status === "Виконано" ? "" : "частково", submitted: "2025-07-10", firstSubmitted: "2025-07-10", file: `${unitCode}.xlsx`, sheet: "Звіт", row: 8, sha256: unitCode, importedAt: "t" });
/** Every measure of a unit in 2025 reported «Виконано», as an executor that did its whole share sends it. */
const done = (unitCode: string): DataRow[] => assignmentsOf(programme, all.find((u) => u.code === unitCode) as Unit, 2025).map((a) => row(unitCode, a.measure.code, "Виконано"));

describe("who must report, and who may: executors «за згодою» report voluntarily", () => {
  // The required executors all report «Виконано»; of those by consent only Ла Страда does, the rest (ГУНП, ГУ ДМС, the communities…) send nothing.
  const required = all.filter((u) => assignmentsOf(programme, u, 2025).some((a) => !a.consent));
  const rows = [...required.flatMap((u) => done(u.code)), ...done(LA_STRADA)];
  const s = summarise(programme, all, rows, "2025-H1");
  const measure = (c: string) => s.byMeasure.find((m) => m.measure === c) ?? (undefined as never);

  it("reads this programme's consent marks, unlike the seed's", () => {
    expect(allMeasures(programme).find((m) => m.code === "1.1")?.executors.map((e) => [e.agencyCode, e.consent])).toEqual([[SOC, false], [GUNP, true], [DMS, true]]);
    expect(required.map((u) => u.code)).not.toContain(GUNP);
  });

  it("keeps a measure «Виконано» when the reports missing are two of executors by consent, and lists them", () => {
    // 1.1: the department reported «Виконано»; ГУНП and ГУ ДМС, both «за згодою», sent nothing.
    expect(measure("1.1")).toMatchObject({ expected: 3, received: 1, status: "Виконано", notReported: { required: [], byConsent: [GUNP, DMS] } });
    expect(s.byMeasure.filter((m) => m.notReported.required.length === 0 && m.received > 0).map((m) => m.status)).toEqual(s.byMeasure.filter((m) => m.notReported.required.length === 0 && m.received > 0).map(() => "Виконано"));
  });

  it("makes a measure «Виконано частково» when a required executor did not report, and names it", () => {
    const without = summarise(programme, all, rows.filter((r) => !(r.unitCode === CSS && r.measureCode === "3.2")), "2025-H1");
    const m32 = without.byMeasure.find((m) => m.measure === "3.2");
    expect(m32).toMatchObject({ status: "Виконано частково", notReported: { required: [CSS], byConsent: [] } });
    expect(measure("3.2").status).toBe("Виконано");
  });

  it("says «Немає звітів» of a measure of executors by consent only when none reported, never «Не виконано»", () => {
    const m33 = measure("3.3");
    expect(m33).toMatchObject({ received: 0, status: "Немає звітів", notReported: { required: [] } });
    expect(m33.notReported.byConsent).toHaveLength(2);
  });

  it("counts completeness in two figures: required executors and executors by consent", () => {
    const byConsent = all.filter((u) => assignmentsOf(programme, u, 2025).length > 0 && assignmentsOf(programme, u, 2025).every((a) => a.consent));
    expect(s.reporting.required).toEqual({ expected: required.length, reported: required.length, notReported: [] });
    expect(s.reporting.byConsent).toEqual({ expected: byConsent.length, reported: 1, notReported: byConsent.map((u) => u.code).filter((c) => c !== LA_STRADA) });
    expect(s.reporting.byConsent.notReported).toEqual(expect.arrayContaining([GUNP, DMS, "Г01", "Г02"]));
  });

  it("prints both figures above «Зведення» and «За виконавцями», and who did not report on each measure in «За заходами»", () => {
    for (const locale of ["uk", "en"] as const) {
      const { plans } = summarySheetPlans(programme, all, rows, [], s, { locale, builtOn: "2026-11-28" });
      const lines = (name: string) => (plans.find((p) => p.name === name)?.blocks ?? []).map((b) => b.value);
      const [required, consent] = locale === "uk" ? [`Обов’язкові виконавці: звітували ${required_(s)} з ${required_(s)}`, `звітували 1 з ${s.reporting.byConsent.expected}`] : [`Required executors: ${required_(s)} of ${required_(s)} reported`, `1 of ${s.reporting.byConsent.expected} reported`];
      for (const sheet of [SUMMARY_SHEETS.tasks, SUMMARY_SHEETS.units]) {
        expect(lines(sheet).join("\n")).toContain(required);
        expect(lines(sheet).join("\n")).toContain(consent);
        expect(lines(sheet).join("\n")).toMatch(locale === "uk" ? /Не звітували \(за згодою\): .*ГУНП/u : /Did not report \(by consent\): .*ГУНП/u);
        // The table's header row comes right under the lines, and it is the row frozen and repeated on every page.
        const plan = plans.find((p) => p.name === sheet);
        expect([plan?.tables[0]?.startRow, plan?.freezeRows, plan?.print.repeatRows.from]).toEqual([lines(sheet).length, lines(sheet).length + 1, lines(sheet).length + 1]);
      }
      const measures = plans.find((p) => p.name === SUMMARY_SHEETS.measures)?.tables[0];
      const column = measures?.columns.findIndex((c) => c.key === "notReported") ?? -1;
      const cell = measures?.rows.find((r) => r[0] === "1.1")?.[column];
      expect(cell).toBe(locale === "uk" ? "за згодою: ГУНП в області, ГУ ДМС в області" : "by consent: ГУНП в області, ГУ ДМС в області");
    }
  });
});

const required_ = (s: ReturnType<typeof summarise>) => s.reporting.required.expected;

describe("a class executor with no members", () => {
  it("counts the measures it leaves without communities, and those left without any executor, in the period's year", () => {
    // The seed: 27 of 28 measures name the communities; 6.1 names nobody else.
    const seed = parseEmbeddedProgramme().programme;
    expect(emptyClasses(seed, units(seed), 2025)).toEqual([{ code: "В16", name: "органи місцевого самоврядування", measures: 27, withoutExecutor: ["6.1"], named: 0 }]);
    expect(emptyClasses(seed, units(seed, COMMUNITIES), 2025)).toEqual([]);
    // This programme: 1.3 (І квартал 2024 року) and 2.2 (постійно) name them; 2.2 has other executors too.
    // The Poltava city council it names one by one reports for the class too.
    const code = programme.agencies.find((a) => a.kind === "localSelfGovernment")?.code;
    expect(emptyClasses(programme, units(programme), 2024)).toEqual([{ code, name: "органи місцевого самоврядування", measures: 2, withoutExecutor: [], named: 1 }]);
    expect(emptyClasses(programme, units(programme), 2025)).toMatchObject([{ measures: 1, withoutExecutor: [] }]);
    expect(emptyClasses(programme, all, 2025)).toEqual([]);
  });
});
