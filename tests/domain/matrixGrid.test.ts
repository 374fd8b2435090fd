import { parseMatrixGrid } from "../../src/domain/programme/parseMatrixGrid";
import { allMeasures } from "../../src/domain/programme/model";
import { gridOf } from "../support/gridOf";

const HEADER = ["№", "Найменування завдання", "Найменування заходу", "Термін виконання", "Виконавці", "Очікуваний результат"];
const EXEC = "Управління освіти обласної державної адміністрації";
const LSG = "органи місцевого самоврядування";

describe("a matrix pasted into a worksheet", () => {
  it("finds columns by header text wherever they are and keeps extra columns", () => {
    const grid = gridOf([
      ["Матриця програми"],
      [],
      HEADER,
      [null, "1", "2", "3", "4", "5"],
      [null, "1. Перше завдання", "1) перший захід", "2024 рік", EXEC, "Проведено 10 занять"],
      [null, null, "2) другий захід", "2025 рік", `${LSG} (за згодою)`, ""],
      [null, "2. Друге завдання", "1) третій захід", "2024-2025 роки", "Служба у справах дітей обласної державної адміністрації, районні державні адміністрації", null],
    ]);
    const r = parseMatrixGrid(grid, { file: "m.xlsx" });
    expect(r.issues).toEqual([]);
    expect(allMeasures(r.programme).map((m) => [m.code, m.taskCode, m.executors.length])).toEqual([
      ["1.1", "1", 1],
      ["1.2", "1", 1],
      ["2.1", "2", 2],
    ]);
    expect(r.programme.extraColumns).toEqual([]);
    expect(allMeasures(r.programme).map((m) => m.expectedResult)).toEqual(["Проведено 10 занять", "", ""]);
  });

  it("treats a task cell repeated on every row (a merged cell read as values) as one task", () => {
    const r = parseMatrixGrid(gridOf([HEADER.slice(1, 5), ["1. Завдання", "1) а", "2024 рік", LSG], ["1. Завдання", "2) б", "2024 рік", LSG]]));
    expect(r.programme.tasks).toHaveLength(1);
    expect(r.programme.tasks[0]?.measures.map((m) => m.code)).toEqual(["1.1", "1.2"]);
  });

  it("recognises «Захід», «Строк виконання заходу» and «Обсяг фінансування заходу» (the measure's planned total)", () => {
    const r = parseMatrixGrid(gridOf([
      ["Завдання", "Захід", "Строк виконання заходу", "Відповідальні за виконання", "Обсяг фінансування заходу"],
      ["1. Завдання", "1) захід", "2024 рік", LSG, "10,0"],
    ]));
    expect(r.issues).toEqual([]);
    expect(allMeasures(r.programme)[0]).toMatchObject({ code: "1.1", text: "захід", term: "2024 рік", extras: {}, plannedFunding: [{ source: "", year: null, amount: 10 }] });
    expect(r.programme.fundingYears).toEqual([]);
  });

  it("keeps both of two «Примітка» columns, the second renamed, with a warning", () => {
    const r = parseMatrixGrid(gridOf([
      [...HEADER.slice(1, 5), "Примітка", "Примітка"],
      ["1. Завдання", "1) захід", "2024 рік", LSG, "перша", "друга"],
    ]), { file: "m.xlsx" });
    expect(r.issues).toEqual([
      { code: "matrix.duplicateHeader", severity: "warning", location: { file: "m.xlsx", sheet: "Аркуш1", cell: "F1" }, params: { header: "Примітка", renamed: "Примітка (2)" } },
    ]);
    expect(allMeasures(r.programme)[0]?.extras).toEqual({ Примітка: "перша", "Примітка (2)": "друга" });
  });

  it("reports two columns with the same role as an error naming both, never dropping one silently", () => {
    const r = parseMatrixGrid(gridOf([[...HEADER.slice(1, 5), "Зміст заходу"], ["1. Завдання", "1) захід", "2024 рік", LSG, "інший текст"]]));
    expect(r.programme.tasks).toEqual([]);
    expect(r.issues).toEqual([
      { code: "matrix.columnClash", severity: "error", location: { sheet: "Аркуш1", cell: "E1" }, params: { header: "Зміст заходу", other: "Найменування заходу", otherCell: "B1" } },
    ]);
  });

  it("takes a «№ заходу» column before the measure as its code, not as the measure text", () => {
    const r = parseMatrixGrid(gridOf([
      ["№ завдання", "Завдання", "№ заходу", "Найменування заходу", "Термін виконання", "Виконавці"],
      ["1", "Завдання перше", "1.1", "проведення навчань", "2024 рік", LSG],
      ["1", "Завдання перше", "1.2", "інформування", "2025 рік", LSG],
    ]));
    expect(r.issues).toEqual([]);
    expect(allMeasures(r.programme).map((m) => [m.code, m.text])).toEqual([["1.1", "проведення навчань"], ["1.2", "інформування"]]);
    expect(r.programme.tasks[0]?.name).toBe("Завдання перше");
  });

  it("applies a term and executors merged down over two measures to both, and joins paragraphs split over rows", () => {
    const merges = [{ row: 1, column: 2, rowCount: 2, columnCount: 1 }, { row: 1, column: 3, rowCount: 2, columnCount: 1 }, { row: 3, column: 2, rowCount: 2, columnCount: 1 }];
    const r = parseMatrixGrid(gridOf([
      HEADER.slice(1, 5),
      ["1. Завдання", "1) перший", "2024 рік", LSG],
      [null, "2) другий", null, null],
      [null, "3) третій, перший абзац", "2025 рік", EXEC],
      [null, "другий абзац", null, LSG],
    ], { merges }));
    expect(r.issues).toEqual([]);
    expect(allMeasures(r.programme).map((m) => [m.code, m.text, m.term, m.executors.length])).toEqual([
      ["1.1", "перший", "2024 рік", 1],
      ["1.2", "другий", "2024 рік", 1],
      ["1.3", "третій, перший абзац другий абзац", "2025 рік", 2],
    ]);
  });

  it("names the sheet and header cell when the tasks are neither in a column nor written across the table", () => {
    const r = parseMatrixGrid(gridOf([["Найменування заходу", "Термін виконання", "Виконавці"], ["1.1. захід", "2024 рік", LSG]], { sheet: "Лист" }), { file: "m.xlsx" });
    expect(r.issues).toEqual([
      { code: "matrix.missingColumn", severity: "error", location: { file: "m.xlsx", sheet: "Лист", cell: "A1" }, params: { column: "task" } },
    ]);
  });

  it("says how many rows it searched when no header row is there at all", () => {
    const r = parseMatrixGrid(gridOf([["Звіт"], ["щось інше"]], { at: { row: 4, column: 1 } }));
    expect(r.issues).toEqual([{ code: "matrix.noHeader", severity: "error", location: { sheet: "Аркуш1", cell: "A5" }, params: { rows: 30, from: 5, to: 34 } }]);
  });

  it("reports an empty sheet, a header without rows, numbers where text is expected, error values and formulas without a value", () => {
    expect(parseMatrixGrid(gridOf([[null, ""]])).issues.map((i) => i.code)).toEqual(["matrix.empty"]);
    expect(parseMatrixGrid(gridOf([HEADER])).issues.map((i) => i.code)).toEqual(["matrix.noRows"]);
    const r = parseMatrixGrid(gridOf([HEADER.slice(1, 5), ["1. З", "1) з", 2024, LSG]], { sheet: "S", at: { row: 4, column: 2 } }));
    expect(r.issues).toEqual([{ code: "matrix.cellNotText", severity: "warning", location: { sheet: "S", cell: "E6" }, params: { value: "2024" } }]);
    const bad = parseMatrixGrid({
      ...gridOf([HEADER.slice(1, 5), ["1. З", "1) з", "2024", { kind: "error", error: "#N/A" }]]),
    });
    expect(bad.issues[0]).toEqual({ code: "matrix.cellError", severity: "error", location: { sheet: "Аркуш1", cell: "D2" }, params: { value: "#N/A" } });
    const grid = gridOf([HEADER.slice(1, 5), ["1. З", "1) з", "2024", null]]);
    const noValue = parseMatrixGrid({ ...grid, cells: [...grid.cells, { row: 1, column: 3, value: { kind: "noValue" }, formula: "=Довідник!A1" }] });
    expect(noValue.issues[0]).toEqual({ code: "matrix.formulaNoValue", severity: "error", location: { sheet: "Аркуш1", cell: "D2" }, params: { formula: "=Довідник!A1" } });
    expect(JSON.stringify(noValue.programme)).not.toContain("[object Object]");
  });
});
