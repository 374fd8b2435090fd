import { MAX_ROW_HEIGHT_PT, estimateRowHeights } from "../../src/domain/plans/rowHeights";
import { pageHeaderText, programmeSheetPlans } from "../../src/domain/plans/programmeSheets";
import { parseEmbeddedProgramme } from "../../src/domain/programme/embeddedProgramme";

describe("sheet plans stay within what Excel accepts", () => {
  const programme = parseEmbeddedProgramme().programme;

  it("never asks for a row taller than 409 pt, even for a very long extra column", () => {
    const long = { ...programme, extraColumns: ["Обґрунтування"], tasks: programme.tasks.map((t) => ({ ...t, measures: t.measures.map((m) => ({ ...m, extras: { Обґрунтування: "дуже довгий текст ".repeat(2000) } })) })) };
    const heights = programmeSheetPlans(long).flatMap(estimateRowHeights);
    expect(Math.max(...heights.slice(0, 100))).toBe(MAX_ROW_HEIGHT_PT);
    expect(heights.every((h) => h <= MAX_ROW_HEIGHT_PT)).toBe(true);
  });

  it("shortens a page header to 255 characters with its && escapes counted, and keeps short titles whole", () => {
    const title = `${"Програма & план ".repeat(30)}`;
    const header = pageHeaderText(title);
    expect(header.length + (header.match(/&/gu)?.length ?? 0)).toBeLessThanOrEqual(255);
    expect(header.endsWith("…")).toBe(true);
    expect(title.startsWith(header.slice(0, -1))).toBe(true);
    expect(pageHeaderText(programme.title)).toBe(programme.title);
  });
});
