import fc from "fast-check";
import { ROW_LINES, splitToRows } from "../../src/domain/plans/rowFit";
import { wrappedLineCount } from "../../src/domain/plans/rowHeights";
import type { TablePlan } from "../../src/domain/plans/sheetPlan";
import { continueTallRows } from "../../src/domain/plans/tallRows";

const item = fc.stringMatching(/^[А-Яа-яіїє ]{1,60}$/u).map((s) => s.trim() || "так");
/** «Уманська РДА: проведено …; Черкаська РДА: …» — a joined list as the summaries make it, sometimes with one very long item. */
const joined = fc.array(fc.oneof({ arbitrary: item, weight: 9 }, { arbitrary: fc.array(item, { minLength: 20, maxLength: 60 }).map((w) => w.join(" ")), weight: 1 }), { minLength: 1, maxLength: 80 }).map((items) => `${items.join("; ")}.`);

const table = (rows: (string | number | null)[][]): TablePlan => ({
  name: "t",
  startColumn: 0,
  columns: [
    { key: "measureText", header: "Захід", width: 20, wrap: true, align: "left", kind: "text" },
    { key: "funds", header: "Кошти", width: 10, wrap: false, align: "right", kind: "number" },
    { key: "narrative", header: "Стан", width: 30, wrap: true, align: "left", kind: "text" },
  ],
  rows,
});

describe("a row too tall to print goes on in rows under it", () => {
  it("splits a text into parts that each fit a row, at sentence ends where one fits, losing nothing", () => {
    fc.assert(
      fc.property(joined, fc.integer({ min: 8, max: 50 }), (text, width) => {
        const parts = splitToRows(text, width);
        // Parts end where a space was: joined with one, they give the text (spaces counted once).
        const spaced = (x: string) => x.replace(/ +/gu, " ").trim();
        expect(spaced(parts.join(" "))).toBe(spaced(text));
        for (const p of parts) expect(wrappedLineCount(p, width)).toBeLessThanOrEqual(ROW_LINES);
        // A part ends mid-sentence only where the sentence it ends in is longer than a row.
        for (const p of parts.slice(0, -1)) if (!/[;.]$/u.test(p)) expect(text.split(/(?<=[;.] )/u).some((x) => wrappedLineCount(x.trimEnd(), width) > ROW_LINES)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it("keeps the figures in the measure's first row, names the measure in the rows that continue it, and says where each row now starts", () => {
    const long = Array.from({ length: 60 }, (_, i) => `Громада ${i + 1}: проведено інформаційні зустрічі з учнівською молоддю`).join("; ");
    const { table: out, firstRows } = continueTallRows(table([["1.1. Захід", 5, "Коротко."], ["1.2. Захід", 7.5, long], ["1.3. Захід", 1, "Теж коротко."]]), { measureText: (v) => `${String(v).split(" ")[0]} (продовження)` });
    const parts = splitToRows(long, 30);
    expect(parts.length).toBeGreaterThan(2);
    expect(out.rows).toEqual([["1.1. Захід", 5, "Коротко."], ["1.2. Захід", 7.5, parts[0]], ...parts.slice(1).map((p) => ["1.2. (продовження)", null, p]), ["1.3. Захід", 1, "Теж коротко."]]);
    expect(firstRows).toEqual([0, 1, 2 + parts.length - 1]);
    expect(out.rows.reduce((s, r) => s + Number(r[1] ?? 0), 0)).toBe(13.5);
  });

  it("leaves a table whose rows all fit as it is", () => {
    const plain = table([["1.1", 1, "Проведено."], ["1.2", null, null]]);
    expect(continueTallRows(plain)).toEqual({ table: plain, firstRows: [0, 1] });
  });
});
