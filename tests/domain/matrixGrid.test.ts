import { parseMatrixGrid } from "../../src/domain/programme/parseMatrixGrid";
import { allMeasures } from "../../src/domain/programme/model";
import type { Grid } from "../../src/domain/cell";

const HEADER = ["№", "Найменування завдання", "Найменування заходу", "Термін виконання", "Виконавці", "Очікуваний результат"];

describe("a matrix pasted into a worksheet", () => {
  it("finds columns by header text wherever they are and keeps extra columns", () => {
    const grid: Grid = [
      ["Матриця програми"],
      [],
      HEADER,
      [null, "1", "2", "3", "4", "5"],
      [null, "1. Перше завдання", "1) перший захід", "2024 рік", "Управління освіти обласної державної адміністрації", "Проведено 10 занять"],
      [null, null, "2) другий захід", "2025 рік", "органи місцевого самоврядування (за згодою)", ""],
      [null, "2. Друге завдання", "1) третій захід", "2024-2025 роки", "Служба у справах дітей обласної державної адміністрації, районні державні адміністрації", null],
    ];
    const r = parseMatrixGrid(grid, { file: "m.xlsx", sheet: "Аркуш1" });
    expect(r.issues).toEqual([]);
    expect(allMeasures(r.programme).map((m) => [m.code, m.taskCode, m.executors.length])).toEqual([
      ["1.1", "1", 1],
      ["1.2", "1", 1],
      ["2.1", "2", 2],
    ]);
    expect(r.programme.extraColumns).toEqual(["Очікуваний результат"]);
  });

  it("treats a task cell repeated on every row (a merged cell read as values) as one task", () => {
    const grid: Grid = [
      HEADER.slice(1, 5),
      ["1. Завдання", "1) а", "2024 рік", "органи місцевого самоврядування"],
      ["1. Завдання", "2) б", "2024 рік", "органи місцевого самоврядування"],
    ];
    const r = parseMatrixGrid(grid);
    expect(r.programme.tasks).toHaveLength(1);
    expect(r.programme.tasks[0]?.measures.map((m) => m.code)).toEqual(["1.1", "1.2"]);
  });

  it("names the sheet and header cell when a required column is missing", () => {
    const r = parseMatrixGrid([["Найменування завдання", "Найменування заходу", "Виконавці"]], { file: "m.xlsx", sheet: "Лист" });
    expect(r.issues).toEqual([
      { code: "matrix.missingColumn", severity: "error", location: { file: "m.xlsx", sheet: "Лист", cell: "A1" }, params: { column: "term" } },
    ]);
  });

  it("reports an empty sheet, a header without rows, and numbers where text is expected", () => {
    expect(parseMatrixGrid([[null, ""]]).issues.map((i) => i.code)).toEqual(["matrix.empty"]);
    expect(parseMatrixGrid([HEADER]).issues.map((i) => i.code)).toEqual(["matrix.noRows"]);
    const r = parseMatrixGrid([HEADER.slice(1, 5), ["1. З", "1) з", 2024, "органи місцевого самоврядування"]], { sheet: "S", origin: { row: 4, column: 2 } });
    expect(r.issues).toEqual([{ code: "matrix.cellNotText", severity: "warning", location: { sheet: "S", cell: "E6" }, params: { value: "2024" } }]);
  });
});
