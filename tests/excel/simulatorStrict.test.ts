import { HOSTS, installExcelSimulator, PAYLOAD_LIMIT_BYTES, type InstalledSimulator } from "../support/excelSimulator";
import { until } from "../support/until";

/** Each refusal below is one real Excel makes; the adapter's tests are only as honest as these. */
describe("the simulator refuses what Excel refuses", () => {
  let sim: InstalledSimulator;
  afterEach(() => sim.uninstall());

  it("refuses a worksheet's getRange with another sheet's name, and accepts its own", async () => {
    sim = installExcelSimulator({ sheets: ["Звіт", "Інший"] });
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Звіт").getRange("Інший!C3").load("values");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    await Excel.run(async (context) => {
      const own = context.workbook.worksheets.getItem("Звіт").getRange("'Звіт'!C3").load("address");
      await context.sync();
      expect(own.address).toBe("Звіт!C3");
    });
  });

  it("refuses a request over 5 MB counted in UTF-8 bytes, and a response over 5 MB", async () => {
    sim = installExcelSimulator();
    // 3.6 million Cyrillic letters in cells of 30,000 (under Excel's 32,767 a cell): 3.6 M UTF-16 units, 7.2 MB of UTF-8.
    const cells = (rows: number) => Array.from({ length: rows }, () => ["ї".repeat(30_000)]);
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Аркуш1").getRange("A1:A120").values = cells(120);
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(sim.model.snapshot("Аркуш1")).toEqual([]);
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Аркуш1");
      sheet.getRange("A1:A47").values = cells(47);
      await context.sync();
      sheet.getRange("A48:A94").values = cells(47);
    });
    await expect(
      Excel.run(async (context) => {
        const r = context.workbook.worksheets.getItem("Аркуш1").getRange("A1:A94").load("values");
        await context.sync();
        return r.values;
      }),
    ).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    expect(sim.stats.syncs.at(-1)?.responseBytes).toBeGreaterThan(PAYLOAD_LIMIT_BYTES);
  });

  it("makes formulas of =, + and @ text, error values of #N/A, and keeps all of them text after an apostrophe", async () => {
    sim = installExcelSimulator();
    await Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Аркуш1").getRange("A1:F2");
      r.values = [
        ["=A2", "+пункт", "@пункт", "#N/A", "TRUE", "- пункт"],
        ["'=A2", "'+пункт", "'@пункт", "'#N/A", "'TRUE", "'- пункт"],
      ];
      r.load("values,valueTypes,formulas");
      await context.sync();
      expect(r.formulas[0]).toEqual(["=A2", "=+пункт", "=@пункт", "#N/A", true, "=- пункт"]);
      expect(r.valueTypes[0]).toEqual(["Error", "Error", "Error", "Error", "Boolean", "Error"]);
      expect(r.values[1]).toEqual(["=A2", "+пункт", "@пункт", "#N/A", "TRUE", "- пункт"]);
      expect(r.valueTypes[1]).toEqual(["String", "String", "String", "String", "String", "String"]);
    });
  });

  it("renames repeated table headers as Excel does: Примітка, Примітка2", async () => {
    sim = installExcelSimulator();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Аркуш1");
      sheet.getRange("A1:D2").values = [["Код", "Примітка", "Примітка", ""], ["1", "a", "b", "c"]];
      sheet.tables.add("A1:D2", true);
      const header = sheet.getRange("A1:D1").load("values");
      await context.sync();
      expect(header.values[0]).toEqual(["Код", "Примітка", "Примітка2", "Column4"]);
    });
  });

  it("refuses every batch while the user edits a cell, and applies nothing of it", async () => {
    sim = installExcelSimulator();
    sim.model.cellEditMode = true;
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Аркуш1").getRange("A1").values = [["x"]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
    expect(sim.model.snapshot("Аркуш1")).toEqual([]);
  });

  it("[edit.delayForCellEdit] holds a request made with delayForCellEdit until the user leaves the cell (ExcelApi 1.11), and refuses it on an older host", async () => {
    sim = installExcelSimulator({ apiVersion: "1.11" });
    sim.model.cellEditMode = true;
    const write = Excel.run({ delayForCellEdit: true }, async (context) => {
      context.workbook.worksheets.getItem("Аркуш1").getRange("A1").values = [["x"]];
      await context.sync();
    });
    await until(() => sim.model.requestsWaitingForCellEdit === 1);
    expect(sim.model.snapshot("Аркуш1")).toEqual([]);
    sim.model.cellEditMode = false;
    await write;
    expect(sim.model.snapshot("Аркуш1")).toEqual([["x"]]);
    expect(sim.model.requestsWaitingForCellEdit).toBe(0);
    expect(sim.stats.syncs).toHaveLength(1);
    sim.uninstall();

    sim = installExcelSimulator({ apiVersion: "1.10" });
    sim.model.cellEditMode = true;
    await expect(
      Excel.run({ delayForCellEdit: true }, async (context) => {
        context.workbook.worksheets.getItem("Аркуш1").getRange("A1").values = [["x"]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
    expect(sim.model.requestsWaitingForCellEdit).toBe(0);
  });

  it("[session.requestAborted] loses the session at an action: that request and every later one fail with RequestAborted until reconnected", async () => {
    sim = installExcelSimulator();
    sim.dropConnection(3); // getItem, getRange, values ← here
    const write = (text: string) =>
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Аркуш1").getRange("A1").values = [[text]];
        await context.sync();
      });
    await expect(write("перша")).rejects.toMatchObject({ code: "RequestAborted" });
    await expect(write("друга")).rejects.toMatchObject({ code: "RequestAborted" });
    expect(sim.model.snapshot("Аркуш1")).toEqual([]);
    sim.reconnect();
    await write("третя");
    expect(sim.model.snapshot("Аркуш1")).toEqual([["третя"]]);
  });

  it("hides sheets and very-hidden sheets but never the last visible one, and cannot select on a hidden sheet", async () => {
    sim = installExcelSimulator({ sheets: ["Звіт", "Мета"] });
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Мета").visibility = "VeryHidden";
      await context.sync();
    });
    expect(sim.model.sheetByName("Мета")?.visibility).toBe("VeryHidden");
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Звіт").visibility = "Hidden";
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidOperation" });
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Мета").getRange("A1").select();
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidOperation" });
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Звіт").getRange("B3").select();
      await context.sync();
    });
    expect(sim.model.selection?.rect).toEqual({ row: 2, column: 1, rowCount: 1, columnCount: 1 });
  });

  it("refuses writes to locked cells of a protected sheet and allows unlocked ones", async () => {
    sim = installExcelSimulator();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Аркуш1");
      sheet.getRange("B2").format.protection.locked = false;
      sheet.protection.protect();
      sheet.getRange("B2").values = [["можна"]];
      await context.sync();
    });
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Аркуш1").getRange("A1").values = [["не можна"]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "AccessDenied" });
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Аркуш1").protection.protect();
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidOperation" });
    expect(sim.model.snapshot("Аркуш1")).toEqual([[null, null], [null, "можна"]]);
  });

  it("gates data validation and createWorkbook at ExcelApi 1.8: absent on Excel 2019, stored where present", async () => {
    sim = installExcelSimulator({ apiVersion: HOSTS.excel2019 });
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Аркуш1").getRange("C2:C5");
      expect(() => range.dataValidation).toThrow(expect.objectContaining({ code: "ApiNotFound" }));
    });
    expect(() => Excel.createWorkbook()).toThrow(expect.objectContaining({ code: "ApiNotFound" }));
    sim.uninstall();
    sim = installExcelSimulator();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Аркуш1").getRange("C2:C5");
      range.dataValidation.rule = { list: { inCellDropDown: true, source: "Виконано,Не виконано" } };
      range.dataValidation.prompt = { showPrompt: true, title: "Стан", message: "Оберіть зі списку" };
      await context.sync();
    });
    const sheet = sim.model.sheetByName("Аркуш1");
    expect(sheet && sim.model.cell(sheet, 3, 2)?.validation).toEqual({
      rule: { list: { inCellDropDown: true, source: "Виконано,Не виконано" } },
      prompt: { showPrompt: true, title: "Стан", message: "Оберіть зі списку" },
    });
    await Excel.createWorkbook("UEsDBA==");
    expect(sim.model.createdWorkbooks).toEqual(["UEsDBA=="]);
  });

  it("fails at an injected action and keeps the effects of the actions before it, as Excel does", async () => {
    sim = installExcelSimulator();
    sim.injectFault(5, "GeneralException"); // getItem, getRange, values, getRange, values ← here
    await expect(
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Аркуш1");
        sheet.getRange("A1").values = [["перша"]];
        sheet.getRange("A2").values = [["друга"]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "GeneralException" });
    expect(sim.model.snapshot("Аркуш1")).toEqual([["перша"]]);
  });

  it("reports merged areas from ExcelApi 1.13 and keeps only the upper-left value of a merge", async () => {
    sim = installExcelSimulator();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Аркуш1");
      sheet.getRange("A1:A3").values = [["верх"], ["середина"], ["низ"]];
      sheet.getRange("A1:A3").merge();
      const areas = sheet.getRange("A1:B4").getMergedAreasOrNullObject().load("address");
      await context.sync();
      expect(areas.address).toBe("Аркуш1!A1:A3");
    });
    expect(sim.model.snapshot("Аркуш1")).toEqual([["верх"]]);
    sim.uninstall();
    sim = installExcelSimulator({ apiVersion: "1.12" });
    await Excel.run(async (context) => {
      expect(() => context.workbook.worksheets.getItem("Аркуш1").getRange("A1").getMergedAreasOrNullObject()).toThrow(expect.objectContaining({ code: "ApiNotFound" }));
    });
  });

  it("keeps conditional formats on their cells, finds them by range, and refuses them on a protected sheet", async () => {
    sim = installExcelSimulator();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Аркуш1");
      const cf = sheet.getRange("B2").conditionalFormats.add(Excel.ConditionalFormatType.custom);
      cf.custom.rule.formula = "=TRUE";
      cf.custom.format.fill.color = "#FFC7CE";
      const hide = sheet.getRange("A3:A9").conditionalFormats.add(Excel.ConditionalFormatType.custom);
      hide.custom.rule.formula = "=AND(A3=A2,SUBTOTAL(103,A2)=1)";
      hide.custom.format.numberFormat = ";;;";
      await context.sync();
      expect(sim.model.sheetByName("Аркуш1")?.conditionalFormats.map((c) => [c.formula, c.fill, c.numberFormat])).toEqual([["=TRUE", "#FFC7CE", null], ["=AND(A3=A2,SUBTOTAL(103,A2)=1)", null, ";;;"]]);
      const found = sheet.getRange("A1:C3").conditionalFormats.load("items/type");
      const none = sheet.getRange("D4").conditionalFormats.load("items/type");
      await context.sync();
      expect(found.items.map((f) => f.type)).toEqual(["Custom", "Custom"]);
      expect(none.items).toEqual([]);
      const rule = found.items[0]?.custom.rule.load("formula");
      await context.sync();
      expect(rule?.formula).toBe("=TRUE");
      sheet.protection.protect();
      sheet.getRange("C3").conditionalFormats.add(Excel.ConditionalFormatType.custom);
      await expect(context.sync()).rejects.toMatchObject({ code: "AccessDenied" });
    });
  });

  it("adds a bar chart over a column of its own sheet, with categories from another (ExcelApi 1.7), a title and a place", async () => {
    sim = installExcelSimulator({ apiVersion: "1.7" });
    sim.model.fill("Аркуш1", [["Завдання", "Повнота"], ["1", 0.5], ["2", 1]]);
    sim.model.fill("Інший", [["x"]]);
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Аркуш1");
      const chart = sheet.charts.add(Excel.ChartType.barClustered, sheet.getRange("B1:B3"), Excel.ChartSeriesBy.columns);
      chart.title.text = "Повнота";
      chart.legend.visible = false;
      chart.axes.valueAxis.maximum = 1;
      chart.series.getItemAt(0).setXAxisValues(sheet.getRange("A2:A3"));
      chart.setPosition("A5", "F20");
      await context.sync();
      const other = context.workbook.worksheets.getItem("Інший");
      sheet.charts.add(Excel.ChartType.barClustered, other.getRange("A1"), Excel.ChartSeriesBy.columns);
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
    expect(sim.model.sheetByName("Аркуш1")?.charts).toEqual([
      { id: expect.any(Number), type: "BarClustered", source: { row: 0, column: 1, rowCount: 3, columnCount: 1 }, seriesBy: "Columns", title: "Повнота", legendVisible: false, categories: { row: 1, column: 0, rowCount: 2, columnCount: 1 }, valueAxisMaximum: 1, position: { start: "A5", end: "F20" } },
    ]);
    sim.uninstall();
    sim = installExcelSimulator({ apiVersion: "1.6" });
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Аркуш1");
      const chart = sheet.charts.add(Excel.ChartType.barClustered, sheet.getRange("A1"), Excel.ChartSeriesBy.columns);
      expect(() => chart.series.getItemAt(0).setXAxisValues(sheet.getRange("A1"))).toThrow(expect.objectContaining({ code: "ApiNotFound" }));
    });
  });
});
