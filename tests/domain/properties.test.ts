import fc from "fast-check";
import { columnLetter } from "../../src/domain/a1";
import { buildAgencyDirectory } from "../../src/domain/programme/agencies";
import { comparisonKey } from "../../src/domain/programme/normalizeText";
import { parseAnnexText } from "../../src/domain/programme/parseAnnexText";
import { parseMatrixGrid } from "../../src/domain/programme/parseMatrixGrid";
import { splitExecutors } from "../../src/domain/programme/splitExecutors";
import type { CellValue } from "../../src/domain/cell";
import { gridOf } from "../support/gridOf";

/** Real body names, chosen for the traps they hold: inner commas, quotes with commas, lower-case classes. */
const BODIES = [
  "Управління у справах сім’ї, молоді та спорту Черкаської обласної державної адміністрації",
  "Управління культури та охорони культурної спадщини Черкаської обласної державної адміністрації",
  "Головне управління Національної поліції в Черкаській області",
  "благодійна організація ,,100% ЖИТТЯ ЧЕРКАСИ“",
  "громадська організація ,,Ліга, захист і право“",
  "районні державні адміністрації",
  "органи місцевого самоврядування",
  "Черкаський обласний центр соціальних служб",
];

const spacing = fc.constantFrom(" ", "  ", "\u00A0", "\n", " \n");
const separator = fc.constantFrom(",", ";");
const consentMarker = fc.constantFrom(" (за згодою)", " (за  згодою)", "(ЗА ЗГОДОЮ)", " (за\u00A0згодою)");

/** The administration's own bodies, over which a trailing «(за згодою)» never reaches back. */
const ADMINISTRATION = new Set([BODIES[0], BODIES[1], BODIES[5], BODIES[7]]);

/**
 * The consent each body should get, modelled independently of the parser: its own mark, or a mark on a
 * later body of the same run of bodies that are not the administration's, unmarked, not split by «;».
 */
function expectedConsent(entries: readonly { body: string; consent: boolean }[], separators: readonly string[]): boolean[] {
  return entries.map((e, i) => {
    if (e.consent) return true;
    if (ADMINISTRATION.has(e.body)) return false;
    for (let k = i + 1; k < entries.length; k++) {
      if (separators[k] === ";") return false;
      const later = entries[k] as { body: string; consent: boolean };
      if (later.consent) return true;
      if (ADMINISTRATION.has(later.body)) return false;
    }
    return false;
  });
}

describe("properties of the executor list parser", () => {
  it("recovers every body and its consent flag, its own or a trailing group mark's, from any list built of real names", () => {
    const entry = fc.record({ body: fc.constantFrom(...BODIES), consent: fc.boolean(), marker: consentMarker });
    fc.assert(
      fc.property(fc.array(entry, { minLength: 1, maxLength: 8 }), fc.array(fc.tuple(separator, spacing), { minLength: 8, maxLength: 8 }), fc.constantFrom("", ".", ",", " ."), (entries, seps, tail) => {
        const text = entries
          .map((e, i) => {
            const [sep, space] = seps[i] ?? [",", " "];
            return `${i === 0 ? "" : `${sep}${space}`}${e.body}${e.consent ? e.marker : ""}`;
          })
          .join("") + tail;
        const parsed = splitExecutors(text);
        const consent = expectedConsent(entries, entries.map((_, i) => seps[i]?.[0] ?? ","));
        expect(parsed.map((p) => [comparisonKey(p.name), p.consent])).toEqual(entries.map((e, i) => [comparisonKey(e.body), consent[i]]));
      }),
    );
  });

  it("de-duplicates a body whatever its capitalisation, spacing, apostrophe or consent marker", () => {
    const variant = fc.record({
      body: fc.constantFrom(...BODIES),
      upperFirst: fc.boolean(),
      doubleSpace: fc.boolean(),
      apostrophe: fc.constantFrom("’", "'", "ʼ"),
      consent: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(variant, { minLength: 1, maxLength: 20 }), (variants) => {
        const occurrences = variants.map((v, i) => {
          let name = v.body.replace(/’/gu, v.apostrophe);
          if (v.upperFirst) name = name.charAt(0).toLocaleUpperCase("uk-UA") + name.slice(1);
          if (v.doubleSpace) name = name.replace(" ", "  ");
          return { name, consent: v.consent, measureCode: `1.${i + 1}` };
        });
        const directory = buildAgencyDirectory(occurrences);
        expect(directory.agencies).toHaveLength(new Set(variants.map((v) => v.body)).size);
        expect(directory.agencies.reduce((s, a) => s + a.measureCount, 0)).toBe(variants.length);
      }),
    );
  });
});

describe("robustness", () => {
  it("never throws on arbitrary text and reports problems as issues", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 400 }), (text) => {
        const r = parseAnnexText(`\tНайменування завдання\n\tНайменування заходу\n\tТермін виконання\n\tВиконавці\n${text}`);
        // Whatever the text, the result is either a programme or at least one issue saying why not.
        expect(r.programme.tasks.length + r.issues.length).toBeGreaterThan(0);
        expect(JSON.stringify(r)).not.toContain("[object Object]");
      }),
    );
  });

  it("never throws on arbitrary grids", () => {
    const cell = fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.constantFrom<CellValue>({ kind: "error", error: "#N/A" }, { kind: "noValue" }, { kind: "date", serial: 45658 }),
    );
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 12 }), (rows) => {
        const r = parseMatrixGrid(gridOf([["Найменування завдання", "Найменування заходу", "Термін", "Виконавці"], ...rows]));
        expect(r.issues.length + r.programme.tasks.length).toBeGreaterThan(0);
      }),
    );
  });

  it("maps column indexes to distinct Excel letters", () => {
    expect([0, 25, 26, 701, 702].map(columnLetter)).toEqual(["A", "Z", "AA", "ZZ", "AAA"]);
    fc.assert(fc.property(fc.integer({ min: 0, max: 16383 }), fc.integer({ min: 0, max: 16383 }), (a, b) => (a === b) === (columnLetter(a) === columnLetter(b))));
  });
});
