import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { loadProgrammeSource } from "../../src/cli/loadSource";
import { parseEmbeddedProgramme } from "../../src/domain/programme/embeddedProgramme";
import { allMeasures } from "../../src/domain/programme/model";
import { fixturePath } from "../support/fixtures";

const DIR = fixturePath("documents");
const CASES = readdirSync(DIR).filter((f) => f.endsWith(".txt")).sort();

describe("annex text in the encodings Word saves (tests/fixtures/documents)", () => {
  const embedded = parseEmbeddedProgramme().programme;

  it.each(CASES)("%s gives the programme of the UTF-8 annex and names its encoding", async (file) => {
    const expected = JSON.parse(readFileSync(join(DIR, file.replace(/\.txt$/u, ".expected.json")), "utf8")) as { tasks: number; measures: number; assignments: number; agencies: number; issues: { code: string; severity: string; encoding: string }[] };
    const parsed = await loadProgrammeSource(join(DIR, file));
    const measures = allMeasures(parsed.programme);
    expect({ tasks: parsed.programme.tasks.length, measures: measures.length, assignments: measures.reduce((n, m) => n + m.executors.length, 0), agencies: parsed.programme.agencies.length }).toEqual({
      tasks: expected.tasks,
      measures: expected.measures,
      assignments: expected.assignments,
      agencies: expected.agencies,
    });
    expect(parsed.issues.map((i) => ({ code: i.code, severity: i.severity, encoding: i.params["encoding"] }))).toEqual(expected.issues);
    expect(parsed.programme.tasks).toEqual(embedded.tasks);
  });
});
