import { consolidate, type DataRow } from "../../src/domain/consolidation/consolidate";
import { personalDataInPublicReport, publishedSummaries, withoutPersonalData } from "../../src/domain/consolidation/publicReport";
import { summarise } from "../../src/domain/consolidation/summaries";
import { parseEmbeddedProgramme } from "../../src/domain/programme/embeddedProgramme";
import { assignmentsOf, units } from "../../src/domain/reports/units";

const programme = parseEmbeddedProgramme().programme;
const all = units(programme);
const unit = all[0] as (typeof all)[number];
const [first, second] = assignmentsOf(programme, unit).map((a) => a.measure.code) as [string, string];

function row(period: string, measureCode: string, info: string, reasons = ""): DataRow {
  return { unitCode: unit.code, period, measureCode, status: "Виконано", events: 1, people: 2, funds: 0, source: "", info, reasons, submitted: null, firstSubmitted: null, file: "a.xlsx", sheet: "Звіт", row: 8, sha256: "h", importedAt: "t" };
}

describe("personal data bound for the published «Звіт про виконання»", () => {
  const rows = [
    row("2025-H1", first, "Проведено 3 семінари."),
    row("2025-H1", second, "Консультації за телефоном 067 123 45 67.", "Іваненко Петро Миколайович не з'явився."),
    row("2024-Y", first, "Пишіть на olena@example.com"),
  ];

  it("points at each flagged text's cell in «Дані» (row 1 is the header) and names the unit, the measure and the source file", () => {
    expect(personalDataInPublicReport(rows, "2025-H1")).toEqual([
      { code: "summary.personalData", severity: "warning", location: { sheet: "Дані", cell: "J3" }, params: { kind: "phone", unit: unit.code, measure: second, file: "a.xlsx" } },
      { code: "summary.personalData", severity: "warning", location: { sheet: "Дані", cell: "K3" }, params: { kind: "fullName", unit: unit.code, measure: second, file: "a.xlsx" } },
    ]);
    // Another period's texts do not reach this period's report.
    expect(personalDataInPublicReport(rows, "2024-Y").map((i) => i.location.cell)).toEqual(["J4"]);
    expect(personalDataInPublicReport(rows.slice(0, 1), "2025-H1")).toEqual([]);
  });

  it("replaces only the flagged texts of the period, keeping every figure", () => {
    const clean = withoutPersonalData(rows, "2025-H1", "[—]");
    expect(clean.map((r) => [r.info, r.reasons])).toEqual([["Проведено 3 семінари.", ""], ["[—]", "[—]"], ["Пишіть на olena@example.com", ""]]);
    expect(clean.map((r) => [r.events, r.people, r.funds, r.status])).toEqual(rows.map((r) => [r.events, r.people, r.funds, r.status]));
  });

  it("builds the published summaries from the cleaned texts unless the user keeps them; the other summaries keep them", () => {
    const s = summarise(programme, all, rows, "2025-H1");
    const kept = publishedSummaries(programme, all, rows, s, true, "[—]");
    const marked = publishedSummaries(programme, all, rows, s, false, "[—]");
    const narrative = (x: typeof s) => x.byMeasure.find((m) => m.measure === second)?.narrative ?? "";
    expect(kept.published).toBe(s);
    expect(narrative(marked.published)).not.toContain("067");
    expect(narrative(marked.published)).toContain("[—]");
    expect(narrative(s)).toContain("067 123 45 67");
    expect(marked.published.total).toEqual(s.total);
    expect(marked.findings).toHaveLength(2);
  });

  it("finds nothing in an import with no free text", () => {
    expect(personalDataInPublicReport(consolidate([], [], "t", { programme, units: all }).rows, "2025-H1")).toEqual([]);
  });
});
