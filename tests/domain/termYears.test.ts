import fc from "fast-check";
import { termYears } from "../../src/domain/programme/termYears";
import { readFixture } from "../support/fixtures";

const table = JSON.parse(readFixture("matrix-terms", "terms.json")) as { programme: { from: number; to: number }; terms: [string, number[], boolean][] };
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const programme = fc.record({ from: fc.integer({ min: 2000, max: 2040 }), length: fc.integer({ min: 1, max: 8 }) }).map(({ from, length }) => ({ from, to: from + length - 1 }));
const dash = fc.constantFrom("-", "–", "—", " - ", " – ");
const yearsWord = fc.constantFrom(" роки", " рр.", "", " років");

describe("the years a measure's term covers (termYears)", () => {
  it.each(table.terms)("«%s»", (term, years, readable) => {
    expect(termYears(term, table.programme)).toEqual({ years, readable });
  });

  it("takes the term from a measure as well as from its text", () => {
    expect(termYears({ term: "2024 рік" }, table.programme)).toEqual({ years: [2024], readable: true });
    expect(termYears("2024 рік", [2023, 2024, 2025])).toEqual({ years: [2024], readable: true });
  });

  it("without the programme's years, gives the years written, and nothing for «щороку»", () => {
    expect(termYears("2024–2026 роки", null)).toEqual({ years: [2024, 2025, 2026], readable: true });
    expect(termYears("щороку", null)).toEqual({ years: [], readable: true });
    expect(termYears("колись", null)).toEqual({ years: [], readable: false });
  });

  it("reads any range of the programme's years, however the dash is written", () => {
    fc.assert(
      fc.property(programme, fc.nat(), fc.nat(), dash, yearsWord, (p, i, j, d, word) => {
        const years = range(p.from, p.to);
        const a = years[i % years.length] as number;
        const b = years[j % years.length] as number;
        const [from, to] = a <= b ? [a, b] : [b, a];
        expect(termYears(`${from}${d}${to}${word}`, p)).toEqual({ years: range(from, to), readable: true });
      }),
    );
  });

  it("reads any list of the programme's years", () => {
    fc.assert(
      fc.property(programme.chain((p) => fc.tuple(fc.constant(p), fc.uniqueArray(fc.integer({ min: p.from, max: p.to }), { minLength: 1, maxLength: 4 }))), fc.constantFrom(", ", " і ", " та ", "; "), ([p, list], joint) => {
        const sorted = [...list].sort((a, b) => a - b);
        expect(termYears(`${sorted.join(joint)} роки`, p)).toEqual({ years: sorted, readable: true });
      }),
    );
  });

  it("never throws, stays within the programme's years, and covers the whole period where it cannot read the term", () => {
    fc.assert(
      fc.property(programme, fc.string({ unit: "grapheme", maxLength: 60 }), (p, text) => {
        const all = range(p.from, p.to);
        const r = termYears(text, p);
        expect(r.years.every((y) => all.includes(y))).toBe(true);
        expect([...r.years].sort((a, b) => a - b)).toEqual(r.years);
        expect(new Set(r.years).size).toBe(r.years.length);
        if (!r.readable) expect(r.years).toEqual(all);
        expect(r.years.length).toBeGreaterThan(0);
      }),
    );
  });
});
