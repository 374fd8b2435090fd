import { formatAmount, fundingCells } from "../../src/domain/plans/programmeFunding";
import { programmeSheetPlans } from "../../src/domain/plans/programmeSheets";
import { parseEmbeddedProgramme } from "../../src/domain/programme/embeddedProgramme";
import type { Measure } from "../../src/domain/programme/model";
import { plannedFundingOf, readAmount } from "../../src/domain/programme/plannedFunding";

const cell = (text: string) => ({ text, location: { cell: "A1" } });
const measure = (fundingSources: string[], plannedFunding: Measure["plannedFunding"]): Measure => ({
  code: "1.1", taskCode: "1", text: "захід", term: "2024 рік", executors: [], fundingSources, plannedFunding, expectedResult: null, extras: {},
});

describe("planned amounts as programmes write them", () => {
  it.each([
    ["1 234,5", 1234.5], ["1\u00A0234,50", 1234.5], ["1234.5", 1234.5], ["100", 100], ["0,0", 0], [" 12,25 ", 12.25],
    ["2.000,0", 2000], ["3,000.5", 3000.5], ["1.234.567,8", 1234567.8], ["150,0*", 150], ["150,0 ¹", 150], ["160 тис.", 160], ["160 тис. грн", 160], ["10 тис.", 10],
  ])("reads «%s» as %d thousand hryvnias", (text, amount) => {
    expect(readAmount(text)).toEqual({ amount, notAmount: false });
  });

  it.each(["", "-", "–", "—", "х", "X"])("reads «%s» as no amount", (text) => {
    expect(readAmount(text)).toEqual({ amount: null, notAmount: false });
  });

  it.each(["в межах кошторисних призначень", "-5", "1,2,3", "2.00,0", "1,000,5", "10 млн", "150,0 (див. примітку)"])("says «%s» is no amount", (text) => {
    expect(readAmount(text)).toEqual({ amount: null, notAmount: true });
  });

  it("warns of digits it cannot read as an amount, which the plan leaves out, and only informs of words that say there is none", () => {
    const r = plannedFundingOf({ source: cell("Обласний бюджет"), amounts: [{ year: 2024, cell: cell("150,0 (див. примітку)") }, { year: 2025, cell: cell("в межах кошторису") }] }, "1.1");
    expect(r.issues.map((i) => [i.code, i.severity, i.params["value"]])).toEqual([["funding.notAmount", "warning", "150,0 (див. примітку)"], ["funding.notAmount", "info", "в межах кошторису"]]);
  });

  it("pairs each source's line with its amounts' lines, skips «Усього» and «у тому числі», and carries a source onto lines without one", () => {
    const r = plannedFundingOf(
      { source: cell("Усього\nу тому числі:\nОбласний бюджет\nМісцеві бюджети\n"), amounts: [{ year: 2024, cell: cell("150,0\n\n100,0\n50,0\n20,0") }, { year: null, cell: cell("150,0\n\n100,0\n50,0\n20,0") }] },
      "1.1",
    );
    expect(r.sources).toEqual(["Обласний бюджет", "Місцеві бюджети"]);
    expect(r.entries).toEqual([{ source: "Обласний бюджет", year: 2024, amount: 100 }, { source: "Місцеві бюджети", year: 2024, amount: 70 }]);
    expect(r.issues.map((i) => i.code)).toEqual(["funding.linesMismatch"]);
  });
});

describe("a measure's funding on «Програма»", () => {
  it("leaves the seed's «Програма» as it was: a programme without funding or result columns gets none", () => {
    const [sheet] = programmeSheetPlans(parseEmbeddedProgramme().programme);
    expect(sheet?.tables[0]?.columns.map((c) => [c.key, c.width])).toEqual([
      ["taskCode", 11], ["task", 30], ["measureCode", 9], ["measure", 55], ["term", 13], ["executors", 60], ["executorCount", 13],
    ]);
  });

  it("prints «1 234,5» as Ukrainian tables do", () => {
    expect([formatAmount(1234.5), formatAmount(100), formatAmount(12.25), formatAmount(1_000_000)]).toEqual(["1\u00A0234,5", "100,0", "12,25", "1\u00A0000\u00A0000,0"]);
  });

  it("gives numbers for one source, or for sources that share their amounts, and no total where nothing is planned", () => {
    expect(fundingCells(measure(["Обласний бюджет"], [{ source: "Обласний бюджет", year: 2024, amount: 10 }, { source: "Обласний бюджет", year: 2025, amount: 5 }]), [2024, 2025, 2026])).toEqual({
      sources: "Обласний бюджет", total: 15, years: [10, 5, null],
    });
    expect(fundingCells(measure(["Обласний бюджет", "Місцеві бюджети"], [{ source: "Обласний бюджет, Місцеві бюджети", year: 2024, amount: 10 }]), [2024])).toEqual({
      sources: "Обласний бюджет\nМісцеві бюджети", total: 10, years: [10],
    });
    expect(fundingCells(measure(["Не потребує фінансування"], []), [2024])).toEqual({ sources: "Не потребує фінансування", total: null, years: [null] });
    expect(fundingCells(measure([], null), [])).toEqual({ sources: "", total: null, years: [] });
  });

  it("gives a line per source where sources have amounts of their own, each amount level with its source however it wraps", () => {
    const m = measure(["Кошти міжнародної технічної допомоги", "Обласний бюджет"], [
      { source: "Кошти міжнародної технічної допомоги", year: 2024, amount: 300 },
      { source: "Обласний бюджет", year: 2025, amount: 1234.5 },
    ]);
    const cells = fundingCells(m, [2024, 2025], (s) => (s.startsWith("Кошти") ? 3 : 1));
    expect(cells).toEqual({ sources: "Кошти міжнародної технічної допомоги\nОбласний бюджет", total: "300,0\n\n\n1\u00A0234,5", years: ["300,0\n\n\n–", "–\n\n\n1\u00A0234,5"] });
    // Read back as the add-in's own sheet, the empty lines are passed over and every amount finds its source.
    const back = plannedFundingOf({ source: cell(cells.sources), amounts: [2024, 2025].map((year, i) => ({ year, cell: cell(String(cells.years[i])) })), ownSheet: true }, "1.1");
    expect(back.entries).toEqual(m.plannedFunding);
    expect(back.issues).toEqual([]);
  });
});
