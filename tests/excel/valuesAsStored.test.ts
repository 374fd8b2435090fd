import fc from "fast-check";
import { toExcelInput } from "../../src/excel/cellInput";
import { installExcelSimulator, type InstalledSimulator } from "../support/excelSimulator";
import type { SimLocale } from "../support/excelSimulator/interpret";

type ValueType = "Double" | "String" | "Boolean" | "Error" | "Empty";
type Stored = readonly [value: string | number | boolean, type: ValueType, formula?: string];

const NBSP = "\u00A0";
const LOCALES: readonly SimLocale[] = ["uk-UA", "en-US"];

/**
 * Strings written through Range.values, and what Excel stores: read as en-US whatever the regional
 * settings, so the same under uk-UA and en-US. "+", "-" and "=" start formulas.
 */
const THROUGH_VALUES: readonly (readonly [string, Stored])[] = [
  ["1,5", [15, "Double"]],
  ["1.5", [1.5, "Double"]],
  ["1 000", ["1 000", "String"]],
  [`1${NBSP}000`, [`1${NBSP}000`, "String"]],
  ["5%", [0.05, "Double"]],
  ["(5)", [-5, "Double"]],
  ["01.02.2025", ["01.02.2025", "String"]],
  ["2025-02-01", [45689, "Double"]],
  ["2/1/2025", [45689, "Double"]],
  ["10:30", [0.4375, "Double"]],
  ["TRUE", [true, "Boolean"]],
  ["false", [false, "Boolean"]],
  ["ИСТИНА", ["ИСТИНА", "String"]],
  ["#N/A", ["#N/A", "Error"]],
  ["'text", ["text", "String"]],
  ["'=1+1", ["=1+1", "String"]],
  ["=1+1", [2, "Double", "=1+1"]],
  ["+380671234567", [380671234567, "Double", "=+380671234567"]],
  ["+380 67 123 45 67", ["#NAME?", "Error", "=+380 67 123 45 67"]],
  ["-2", [-2, "Double", "=-2"]],
  ["- пункт", ["#NAME?", "Error", "=- пункт"]],
  ["-", ["-", "String"]],
  ["—", ["—", "String"]],
  ["— пункт", ["— пункт", "String"]],
  ["4.10", [4.1, "Double"]],
  ["007", [7, "Double"]],
  ["$5", [5, "Double"]],
  ["Jan 5", [46027, "Double"]],
  ["10 am", [10 / 24, "Double"]],
  ["1 1/2", [1.5, "Double"]],
  ["Захід 1.1", ["Захід 1.1", "String"]],
];

/** The same strings typed by a user: their regional settings decide. */
const TYPED: readonly (readonly [string, Stored, Stored])[] = [
  // input, under uk-UA, under en-US
  ["1,5", [1.5, "Double"], [15, "Double"]],
  ["1 000", [1000, "Double"], ["1 000", "String"]],
  [`1${NBSP}000`, [1000, "Double"], [`1${NBSP}000`, "String"]],
  ["01.02.2025", [45689, "Double"], ["01.02.2025", "String"]],
  ["4.10", [46299, "Double"], [4.1, "Double"]],
  ["-2", [-2, "Double"], [-2, "Double"]],
];

async function writeAndRead(inputs: readonly string[]): Promise<{ values: unknown[]; types: ValueType[]; formulas: unknown[] }> {
  return Excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem("Аркуш1").getRangeByIndexes(0, 0, inputs.length, 1);
    range.values = inputs.map((s) => [s]);
    range.load("values,valueTypes,formulas");
    await context.sync();
    return { values: range.values.map((r) => r[0]), types: range.valueTypes.map((r) => r[0] as ValueType), formulas: range.formulas.map((r) => r[0]) };
  });
}

describe.each(LOCALES)("values as Excel stores them, regional settings %s", (locale) => {
  let sim: InstalledSimulator;
  beforeEach(() => {
    sim = installExcelSimulator({ locale });
  });
  afterEach(() => sim.uninstall());

  it("[values.enUsWhateverTheLocale] [values.signStartsFormula] reads strings written through Range.values as en-US, with +, - and = starting formulas", async () => {
    const got = await writeAndRead(THROUGH_VALUES.map(([input]) => input));
    // A formula is shown where the cell holds one: `formulas` starts with "=" on a cell that is not text.
    const formulaOf = (i: number) => (got.types[i] !== "String" && String(got.formulas[i]).startsWith("=") ? [got.formulas[i]] : []);
    const stored = THROUGH_VALUES.map(([input], i) => [input, got.values[i], got.types[i], ...formulaOf(i)]);
    expect(stored).toEqual(THROUGH_VALUES.map(([input, [value, type, formula]]) => [input, typeof value === "number" ? expect.closeTo(value, 10) : value, type, ...(formula === undefined ? [] : [formula])]));
  });

  it("[values.enUsWhateverTheLocale] reads what a user types under their own regional settings", () => {
    const sheet = "Набрано";
    sim.model.fill(sheet, TYPED.map(([input]) => [input]));
    const expected = TYPED.map(([, uk, en]) => (locale === "uk-UA" ? uk : en)[0]);
    expect(sim.model.snapshot(sheet).map((r) => r[0])).toEqual(expected);
  });

  it("the add-in's text guard: Excel stores exactly the text the add-in writes as text, whatever it looks like", async () => {
    const fragments = [
      "1", "0", "07", "2025", "31", "12", ".", ",", " ", NBSP, "\u202F", "%", "(", ")", "$", "+", "-", "=", "'", "@", "/", ":", "e", "E", "#", "#N/A", "#DIV/0!",
      "TRUE", "false", "ИСТИНА", "Jan", "may", "December", "am", "PM", "a.m.", "Захід", "—", "–", "x", "1.10", "2025-02-01", "10:30", "1 1/2", "\n",
    ];
    const tricky = fc.array(fc.constantFrom(...fragments), { maxLength: 6 }).map((parts) => parts.join(""));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(tricky, fc.string({ maxLength: 12 })), { minLength: 1, maxLength: 40 }), async (texts) => {
        const got = await writeAndRead(texts.map((t) => toExcelInput(t, "text") as string));
        texts.forEach((text, i) => {
          expect({ text, stored: got.values[i] }).toEqual({ text, stored: text });
          if (text !== "") expect({ text, type: got.types[i] }).toEqual({ text, type: "String" });
        });
      }),
      { numRuns: 150 },
    );
  });
});
