import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { loadProgrammeSource } from "../../src/cli/loadSource";
import { parseEmbeddedProgramme } from "../../src/domain/programme/embeddedProgramme";
import { allMeasures } from "../../src/domain/programme/model";
import { fixturePath } from "../support/fixtures";

interface Expected {
  tasks: number;
  measures: number;
  assignments: number;
  agencies: number;
  issues: ({ code: string; severity: string } & Record<string, unknown>)[];
  sameAsAnnex?: boolean;
  title?: string;
  detail?: { code: string; text: string; term: string; executors: [string, boolean][] }[];
}

const DIR = fixturePath("documents");
/** Each source with its expectation beside it: annex.docx ↔ annex.expected.json, annex.doc ↔ annex-doc.expected.json. */
const CASES = readdirSync(DIR)
  .filter((f) => !f.endsWith(".json"))
  .sort()
  .map((file) => ({ file, expected: file.replace(/\.(docx|txt)$/u, "").replace(/\.(doc|pdf)$/u, "-$1") + ".expected.json" }));

describe("programmes from documents and text in any encoding (tests/fixtures/documents)", () => {
  const embedded = parseEmbeddedProgramme().programme;

  it("covers .docx (merged task cells, repeated header, a table before, a split table, two matrices, tracked changes), .txt in four encodings, .doc and .pdf", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(12);
  });

  it.each(CASES)("$file", async ({ file, expected }) => {
    const want = JSON.parse(readFileSync(join(DIR, expected), "utf8")) as Expected;
    const parsed = await loadProgrammeSource(join(DIR, file));
    const measures = allMeasures(parsed.programme);
    expect({ tasks: parsed.programme.tasks.length, measures: measures.length, assignments: measures.reduce((n, m) => n + m.executors.length, 0), agencies: parsed.programme.agencies.length }).toEqual({
      tasks: want.tasks,
      measures: want.measures,
      assignments: want.assignments,
      agencies: want.agencies,
    });
    expect(parsed.issues.map((i) => ({ code: i.code, severity: i.severity, ...i.params }))).toEqual(want.issues);
    if (want.title !== undefined) expect(parsed.programme.title).toBe(want.title);
    if (want.detail) expect(measures.map((m) => ({ code: m.code, text: m.text, term: m.term, executors: m.executors.map((e) => [e.name, e.consent]) }))).toEqual(want.detail);
    if (want.sameAsAnnex) {
      expect(parsed.programme.tasks).toEqual(embedded.tasks);
      expect(parsed.programme.agencies).toEqual(embedded.agencies);
    }
  });
});
