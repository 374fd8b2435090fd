import { INITIAL_SCRIPT_LIMIT_BYTES, initialScript } from "../support/initialScript";
import { DIST } from "./host/pane";

// The production build comes from the e2e project's globalSetup (tests/e2e/host/buildPane.ts).
describe("the task pane's first load", () => {
  it(`needs at most ${INITIAL_SCRIPT_LIMIT_BYTES / 1000} kB of script (gzip) before it can show anything; the rest loads on use`, () => {
    const initial = initialScript(DIST);
    expect(initial.files.map((f) => f.file)).toEqual([expect.stringMatching(/^taskpane\.[0-9a-f]+\.js$/u)]);
    expect(initial.gzipBytes).toBeLessThanOrEqual(INITIAL_SCRIPT_LIMIT_BYTES);
  });
});
