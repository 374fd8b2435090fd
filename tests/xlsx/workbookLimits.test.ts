import { readFileSync } from "node:fs";
import { strToU8, zipSync } from "fflate";
import { formatIssue } from "../../src/domain/messages";
import { limitIssue } from "../../src/xlsx/readSource";
import { checkWorkbookLimits, WORKBOOK_LIMITS } from "../../src/xlsx/workbookLimits";
import { fixturePath } from "../support/fixtures";

describe("the limits a workbook meets before it is read", () => {
  it("inflates every part, not only the sheets: a styles part that lies about its size stops at the limit of such parts", () => {
    const bomb = readFileSync(fixturePath("reports-bad", "validate-styles-bomb", "bomb.xlsx"));
    expect(checkWorkbookLimits(bomb)).toEqual({ kind: "partBytes", part: "xl/styles.xml", limit: WORKBOOK_LIMITS.xmlPartBytes });
  });

  it("holds any XML part but the sheets and shared strings to 10 MB, by its declared size too", () => {
    const styles = strToU8(`<styleSheet>${" ".repeat(WORKBOOK_LIMITS.xmlPartBytes)}</styleSheet>`);
    expect(checkWorkbookLimits(zipSync({ "xl/workbook.xml": strToU8("<workbook/>"), "xl/styles.xml": styles }))).toEqual({ kind: "partBytes", part: "xl/styles.xml", limit: WORKBOOK_LIMITS.xmlPartBytes });
    // A sheet of the same size is within its own limit.
    expect(checkWorkbookLimits(zipSync({ "xl/workbook.xml": strToU8("<workbook/>"), "xl/worksheets/sheet1.xml": styles }))).toBeNull();
  });

  it("passes stored and empty parts and folders, and refuses a part its directory lists that the stream never reaches", () => {
    const parts = { "xl/workbook.xml": strToU8("<workbook/>"), "docProps/empty.xml": new Uint8Array(0), "xl/": new Uint8Array(0), "xl/media/image1.png": [new Uint8Array(5000), { level: 0 }] as [Uint8Array, { level: 0 }], "xl/b.xml": strToU8("<b/>") };
    const zip = zipSync(parts);
    expect(checkWorkbookLimits(zip)).toBeNull();
    // The central directory names «xl/c.xml» where the local header says «xl/b.xml»: a reader following the directory would inflate a part never checked.
    const hidden = zip.slice();
    const view = new DataView(hidden.buffer);
    for (let i = 0; i + 46 < hidden.length; i++) {
      if (view.getUint32(i, true) !== 0x02014b50) continue;
      const length = view.getUint16(i + 28, true);
      if (new TextDecoder().decode(hidden.subarray(i + 46, i + 46 + length)) === "xl/b.xml") hidden.set(strToU8("xl/c.xml"), i + 46);
    }
    expect(checkWorkbookLimits(hidden)).toEqual({ kind: "unreadable", part: "xl/c.xml" });
  });

  it("names a report over a limit as a report, and a programme as a programme, without internal words", () => {
    const texts = (subject: "report" | "programme") =>
      (["uk", "en"] as const).flatMap((locale) =>
        [limitIssue("r.xlsx", { kind: "partBytes", part: "xl/styles.xml", limit: WORKBOOK_LIMITS.xmlPartBytes }, subject), limitIssue("r.xlsx", { kind: "totalBytes", part: "xl/media/a.png", limit: WORKBOOK_LIMITS.totalBytes }, subject), limitIssue("r.xlsx", { kind: "fileBytes", actual: 1, limit: WORKBOOK_LIMITS.fileBytes }, subject), limitIssue("r.xlsx", { kind: "rows", part: "xl/worksheets/sheet1.xml", limit: 50_000 }, subject), limitIssue("r.xlsx", { kind: "cells", limit: 2_000_000 }, subject)].map((i) => {
          const f = formatIssue(locale, i);
          return `${f.message} ${f.fix}`;
        }),
      );
    for (const text of texts("report")) {
      expect(text).not.toMatch(/матриц|matrix|programme|програм|partBytes|totalBytes|fileBytes|\{/u);
      expect(text).toMatch(/звіт|report/u);
    }
    expect(texts("report")[0]).toBe("Файл звіту завеликий для читання: частина книги «xl/styles.xml» після розпакування — понад 10 МБ. Залиште в книзі лише аркуш звіту (видаліть зайві аркуші, малюнки й дані) і збережіть знову.");
    for (const text of texts("programme")) expect(text).not.toMatch(/звіт|report|partBytes|\{/u);
  });
});
