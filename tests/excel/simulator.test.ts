import { HOSTS, installExcelSimulator, type InstalledSimulator } from "../support/excelSimulator";

/** The simulator is only useful if it is as strict as Excel where the add-in could go wrong. */
describe("strict Excel simulator", () => {
  let sim: InstalledSimulator;
  afterEach(() => sim.uninstall());

  it("throws PropertyNotLoaded when a property is read before load + sync", async () => {
    sim = installExcelSimulator();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Аркуш1").getRange("A1");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      range.load("address");
      await context.sync();
      expect(range.address).toBe("Аркуш1!A1");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  it("applies queued writes only at sync, in order", async () => {
    sim = installExcelSimulator();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Аркуш1").getRange("A1:B1").values = [["a", "b"]];
      expect(sim.model.snapshot("Аркуш1")).toEqual([]);
      await context.sync();
      expect(sim.model.snapshot("Аркуш1")).toEqual([["a", "b"]]);
    });
  });

  it("rejects a values array whose size does not match the range with InvalidArgument", async () => {
    sim = installExcelSimulator();
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Аркуш1").getRange("A1:B2").values = [["only one row", "x"]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("turns strings that start with = into formulas, numbers-as-text into numbers, and honours the apostrophe", async () => {
    sim = installExcelSimulator({ locale: "en-US" });
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Аркуш1").getRange("A1:D1");
      range.values = [["=SUM(B1:C1)", "4.10", "'4.10", "'=not a formula"]];
      range.load("values,formulas");
      await context.sync();
      expect(range.formulas[0]).toEqual(["=SUM(B1:C1)", 4.1, "4.10", "=not a formula"]);
      expect(range.values[0]?.slice(1)).toEqual([4.1, "4.10", "=not a formula"]);
    });
  });

  it("enforces Excel's sheet-name rules", async () => {
    sim = installExcelSimulator();
    for (const bad of ["a".repeat(32), "Звіт[1]", "x/y", "аркуш1", "", "'quoted'"]) {
      await expect(
        Excel.run(async (context) => {
          context.workbook.worksheets.add(bad);
          await context.sync();
        }),
      ).rejects.toMatchObject({ code: expect.stringMatching(/InvalidArgument|ItemAlreadyExists/u) });
    }
    expect(sim.model.sheets.map((s) => s.name)).toEqual(["Аркуш1"]);
  });

  it("gives null objects for missing items and refuses to delete the last visible sheet", async () => {
    sim = installExcelSimulator();
    await Excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Немає");
      expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(missing.isNullObject).toBe(true);
    });
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Аркуш1").delete();
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidOperation" });
  });

  it("gates APIs by requirement set: Excel 2019 has no page layout", async () => {
    sim = installExcelSimulator({ apiVersion: HOSTS.excel2019 });
    expect(Office.context.requirements.isSetSupported("ExcelApi", "1.7")).toBe(true);
    expect(Office.context.requirements.isSetSupported("ExcelApi", "1.9")).toBe(false);
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Аркуш1");
      expect(() => sheet.pageLayout).toThrow(expect.objectContaining({ code: "ApiNotFound" }));
      expect(() => sheet.freezePanes).not.toThrow();
    });
  });

  it("counts syncs and estimates payload per sync, the implicit final sync included", async () => {
    sim = installExcelSimulator();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Аркуш1");
      sheet.getRange("A1:A2").values = [["x".repeat(1000)], ["y"]];
      await context.sync();
      sheet.getRange("B1").values = [["tail"]];
    });
    expect(sim.stats.syncs).toHaveLength(2);
    expect(sim.stats.syncs[0]?.payloadBytes).toBeGreaterThan(1000);
    expect(sim.stats.syncs[1]?.payloadBytes).toBeLessThan(sim.stats.syncs[0]?.payloadBytes ?? 0);
  });
});
