import { HOSTS, installExcelSimulator, type InstalledSimulator } from "../support/excelSimulator";

/**
 * Excel's rules in the paths the add-in takes, each under the id of its entry in
 * `tests/support/excelSimulator/conformance.ts` (RULES), where its source is named.
 */
describe("the simulator knows Excel's rules", () => {
  let sim: InstalledSimulator;
  afterEach(() => sim.uninstall());

  const protectedSheet = async (password?: string) => {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Аркуш1");
      sheet.getRange("A1:B1").values = [["Код", "Текст"]];
      sheet.tables.add("A1:B2", true).name = "pmTest";
      sheet.getRange("A2").conditionalFormats.add(Excel.ConditionalFormatType.custom).custom.rule.formula = "=TRUE";
      sheet.getRange("D1:E2").format.protection.locked = false;
      sheet.protection.protect({ allowFormatColumns: true }, password);
      await context.sync();
    });
  };

  const refused = (batch: (context: Excel.RequestContext) => void) =>
    Excel.run(async (context) => {
      batch(context);
      await context.sync();
    });

  it("[cell.maxChars] refuses a text over 32,767 characters written through Range.values, and writes nothing of that request", async () => {
    sim = installExcelSimulator();
    const limit = "ї".repeat(32_767);
    await refused((context) => (context.workbook.worksheets.getItem("Аркуш1").getRange("A1").values = [[limit]]));
    expect(sim.model.snapshot("Аркуш1")).toEqual([[limit]]);
    await expect(refused((context) => (context.workbook.worksheets.getItem("Аркуш1").getRange("A2:B2").values = [["коротко", `${limit}ї`]]))).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(refused((context) => (context.workbook.worksheets.getItem("Аркуш1").getRange("A3").values = [[`="${"a".repeat(32_767)}"`]]))).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(sim.model.snapshot("Аркуш1")).toEqual([[limit]]);
  });

  it("[table.protectedSheet] refuses adding, renaming, resizing and deleting a table on a protected sheet, and allows them once it is unprotected", async () => {
    sim = installExcelSimulator();
    await protectedSheet();
    const tablesBefore = JSON.stringify(sim.model.tables);
    const table = (context: Excel.RequestContext) => context.workbook.tables.getItem("pmTest");
    await expect(refused((context) => (table(context).name = "pmOther"))).rejects.toMatchObject({ code: "AccessDenied" });
    await expect(refused((context) => table(context).delete())).rejects.toMatchObject({ code: "AccessDenied" });
    await expect(refused((context) => table(context).resize("A1:B5"))).rejects.toMatchObject({ code: "AccessDenied" });
    // Unlocked cells let a user type, not insert a table.
    await expect(refused((context) => context.workbook.worksheets.getItem("Аркуш1").tables.add("D1:E2", true))).rejects.toMatchObject({ code: "AccessDenied" });
    expect(JSON.stringify(sim.model.tables)).toBe(tablesBefore);
    await refused((context) => {
      context.workbook.worksheets.getItem("Аркуш1").protection.unprotect();
      table(context).name = "pmOther";
    });
    await refused((context) => context.workbook.tables.getItem("pmOther").delete());
    expect(sim.model.tables).toEqual([]);
  });

  it("[conditionalFormat.protectedSheet] refuses adding and deleting conditional formats on a protected sheet", async () => {
    sim = installExcelSimulator();
    await protectedSheet();
    await expect(refused((context) => context.workbook.worksheets.getItem("Аркуш1").getRange("B2").conditionalFormats.add(Excel.ConditionalFormatType.custom))).rejects.toMatchObject({ code: "AccessDenied" });
    await expect(
      Excel.run(async (context) => {
        const formats = context.workbook.worksheets.getItem("Аркуш1").getRange("A2").conditionalFormats.load("items/type");
        await context.sync();
        for (const f of formats.items) f.delete();
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "AccessDenied" });
    expect(sim.model.sheetByName("Аркуш1")?.conditionalFormats).toHaveLength(1);
  });

  it("[worksheetProtection.password] unprotects a sheet protected without a password, and one with a password only given that password", async () => {
    sim = installExcelSimulator({ sheets: ["Аркуш1", "Аркуш2"] });
    await protectedSheet("таємно");
    const unprotect = (password?: string) => refused((context) => context.workbook.worksheets.getItem("Аркуш1").protection.unprotect(password));
    await expect(unprotect()).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(unprotect("інше")).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(sim.model.sheetByName("Аркуш1")?.protected).toBe(true);
    await unprotect("таємно");
    expect(sim.model.sheetByName("Аркуш1")?.protected).toBe(false);
    await refused((context) => context.workbook.worksheets.getItem("Аркуш2").protection.protect());
    await refused((context) => context.workbook.worksheets.getItem("Аркуш2").protection.unprotect());
    expect(sim.model.sheetByName("Аркуш2")?.protected).toBe(false);
  });

  it("[worksheetProtection.password] needs ExcelApi 1.7 for the password, not for unprotecting", async () => {
    sim = installExcelSimulator({ apiVersion: "1.2" });
    await refused((context) => context.workbook.worksheets.getItem("Аркуш1").protection.protect());
    await refused((context) => context.workbook.worksheets.getItem("Аркуш1").protection.unprotect());
    expect(sim.model.sheetByName("Аркуш1")?.protected).toBe(false);
    await expect(refused((context) => context.workbook.worksheets.getItem("Аркуш1").protection.unprotect("x"))).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  it("[worksheetProtection.loadThroughCollection] loads every sheet's protection and its options with the sheet list, in one sync", async () => {
    sim = installExcelSimulator({ sheets: ["Аркуш1", "Аркуш2"] });
    await protectedSheet();
    sim.resetStats();
    await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets.load("items/name,items/protection/protected,items/protection/options");
      await context.sync();
      expect(sheets.items.map((s) => [s.name, s.protection.protected, s.protection.options.allowFormatColumns === true])).toEqual([
        ["Аркуш1", true, true],
        ["Аркуш2", false, false],
      ]);
    });
    expect(sim.stats.syncs).toHaveLength(1);
  });

  describe.each([
    ["Excel 2019", HOSTS.excel2019],
    ["Microsoft 365", HOSTS.microsoft365],
  ])("[workbookProtection.structure] on %s", (_label, apiVersion) => {
    it("reports the workbook's protection, and refuses adding, renaming, hiding and deleting sheets while its structure is protected", async () => {
      sim = installExcelSimulator({ apiVersion, sheets: ["Аркуш1", "Аркуш2"] });
      await Excel.run(async (context) => {
        const protection = context.workbook.protection.load("protected");
        await context.sync();
        expect(protection.protected).toBe(false);
        context.workbook.protection.protect("таємно");
        await context.sync();
        protection.load("protected");
        await context.sync();
        expect(protection.protected).toBe(true);
      });
      const before = sim.model.fingerprint();
      const sheet = (context: Excel.RequestContext) => context.workbook.worksheets.getItem("Аркуш2");
      await expect(refused((context) => context.workbook.worksheets.add("Новий"))).rejects.toMatchObject({ code: "AccessDenied" });
      await expect(refused((context) => (sheet(context).name = "Інший"))).rejects.toMatchObject({ code: "AccessDenied" });
      await expect(refused((context) => (sheet(context).visibility = "Hidden"))).rejects.toMatchObject({ code: "AccessDenied" });
      await expect(refused((context) => sheet(context).delete())).rejects.toMatchObject({ code: "AccessDenied" });
      expect(sim.model.fingerprint()).toBe(before);
      // Cells are no part of the structure.
      await refused((context) => (sheet(context).getRange("A1").values = [["так"]]));
      await expect(refused((context) => context.workbook.protection.protect())).rejects.toMatchObject({ code: "InvalidOperation" });
      await expect(refused((context) => context.workbook.protection.unprotect("інше"))).rejects.toMatchObject({ code: "InvalidArgument" });
      await refused((context) => {
        context.workbook.protection.unprotect("таємно");
        context.workbook.worksheets.add("Новий");
      });
      expect(sim.model.sheetByName("Новий")).toBeDefined();
    });
  });

  it("[workbookProtection.structure] is not there below ExcelApi 1.7", async () => {
    sim = installExcelSimulator({ apiVersion: "1.6" });
    await expect(Excel.run(async (context) => context.workbook.protection.load("protected"))).rejects.toMatchObject({ code: "ApiNotFound" });
  });
});
