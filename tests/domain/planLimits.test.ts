import { allMeasures } from "../../src/domain/programme/model";
import { MAX_ROW_HEIGHT_PT, estimateRowHeights } from "../../src/domain/plans/rowHeights";
import { pageHeaderText, programmeSheetPlans } from "../../src/domain/plans/programmeSheets";
import type { SheetPlan } from "../../src/domain/plans/sheetPlan";
import { parseEmbeddedProgramme } from "../../src/domain/programme/embeddedProgramme";

describe("sheet plans stay within what Excel accepts", () => {
  const programme = parseEmbeddedProgramme().programme;

  it("never asks for a row taller than 409 pt, even for a very long extra column", () => {
    const long = { ...programme, extraColumns: ["Обґрунтування"], tasks: programme.tasks.map((t) => ({ ...t, measures: t.measures.map((m) => ({ ...m, extras: { Обґрунтування: "дуже довгий текст ".repeat(2000) } })) })) };
    const heights = programmeSheetPlans(long).flatMap((plan) => estimateRowHeights(plan));
    // The text goes on in rows under its measure, each filled close to the tallest row Excel allows.
    expect(heights.length).toBeGreaterThan(allMeasures(programme).length * 2);
    expect(Math.max(...heights.slice(0, 100))).toBeGreaterThan(MAX_ROW_HEIGHT_PT - 15);
    expect(heights.every((h) => h <= MAX_ROW_HEIGHT_PT)).toBe(true);
  });

  it("gives a wrapped cell a line for every line its words take, whole words moving down, and none for a repeat that is not shown", () => {
    const column = (key: string, width: number, hideRepeats = false) => ({ key, header: key, width, wrap: true, align: "left" as const, kind: "text" as const, ...(hideRepeats ? { hideRepeats } : {}) });
    const plan = (rows: string[][], hide = false): SheetPlan => ({
      name: "x",
      freezeRows: 1,
      tabColor: "000000",
      print: { paper: "A4", orientation: "landscape", fitToPagesWide: 1, repeatRows: { from: 1, to: 1 }, headerCenter: "", footerCenter: "" },
      tables: [{ name: "t", startColumn: 0, columns: [column("a", 18, hide), column("b", 10)], rows }],
    });
    // 19 characters in a column 18 wide: two lines; a word longer than the line takes as many as it needs.
    expect(estimateRowHeights(plan([["обласний виконавець", "так"], ["РДА", "співробітництвом"]]))).toEqual([18, 33, 33]);
    expect(estimateRowHeights(plan([["обласний виконавець", ""], ["обласний виконавець", ""]], true))).toEqual([18, 33, 18]);
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
