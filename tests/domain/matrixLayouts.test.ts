import { allMeasures } from "../../src/domain/programme/model";
import { parseMatrixGrid } from "../../src/domain/programme/parseMatrixGrid";
import { joinHyphenatedLines } from "../../src/domain/programme/normalizeText";
import { splitExecutors } from "../../src/domain/programme/splitExecutors";
import { gridOf } from "../support/gridOf";

const SOC = "Департамент соціального захисту населення облдержадміністрації";
const LSG = "органи місцевого самоврядування";
const codes = (r: ReturnType<typeof parseMatrixGrid>) => allMeasures(r.programme).map((m) => m.code);

describe("the standard form «Напрями діяльності та заходи»", () => {
  // Three header rows (the funding group merged over «усього» and the years), the columns numbered,
  // the task's number in «№ з/п» beside its name, the code inside the measure's text, a total and a signature.
  const rows = [
    ["НАПРЯМИ ДІЯЛЬНОСТІ ТА ЗАХОДИ програми на 2024–2025 роки"],
    [null, null, null, null, null, null, null, "тис. гривень"],
    ["№ з/п", "Назва напряму діяльності (пріоритетні завдання)", "Перелік заходів програми", "Строк виконання заходу", "Виконавці", "Джерела фінансування", "Орієнтовні обсяги фінансування (вартість), тис. гривень, у тому числі:", null, null, "Очікуваний результат"],
    [null, null, null, null, null, null, "усього", "2024 рік", "2025 рік", null],
    ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"],
    ["1.", "Профілактика", "1.1. Проведення нарад", "щороку", SOC, "Обласний бюджет\nІнші джерела", "150,0\n20,0", "100,0\n20,0", "50,0\n-", "Проведено 8 нарад"],
    [null, null, "1.2. Видання посібника", "2025 рік", SOC, "Обласний бюджет", 1234.5, null, "1 234,5", ""],
    ["Усього за програмою", null, null, null, null, null, "1 404,5", "120,0", "1 284,5", null],
    [],
    ["Директор Департаменту соціального захисту населення облдержадміністрації", null, null, null, null, null, null, "Олена КОВАЛЕНКО"],
  ];
  const merges = [
    { row: 2, column: 6, rowCount: 1, columnCount: 3 },
    ...[0, 1, 2, 3, 4, 5, 9].map((column) => ({ row: 2, column, rowCount: 2, columnCount: 1 })),
    { row: 5, column: 0, rowCount: 2, columnCount: 1 },
    { row: 5, column: 1, rowCount: 2, columnCount: 1 },
    { row: 7, column: 0, rowCount: 1, columnCount: 6 },
  ];

  it("reads tasks, measures, terms, sources and planned amounts by year, the total said once more and the signature left out", () => {
    const r = parseMatrixGrid(gridOf(rows, { merges }), { file: "f.xlsx" });
    expect(r.issues).toEqual([]);
    expect(r.programme.title).toBe("НАПРЯМИ ДІЯЛЬНОСТІ ТА ЗАХОДИ програми на 2024–2025 роки");
    expect(r.programme.tasks.map((t) => [t.code, t.name])).toEqual([["1", "Профілактика"]]);
    expect(r.programme.fundingYears).toEqual([2024, 2025]);
    expect(allMeasures(r.programme).map((m) => [m.code, m.text, m.term, m.fundingSources, m.plannedFunding, m.expectedResult])).toEqual([
      ["1.1", "Проведення нарад", "щороку", ["Обласний бюджет", "Інші джерела"], [
        { source: "Обласний бюджет", year: 2024, amount: 100 },
        { source: "Обласний бюджет", year: 2025, amount: 50 },
        { source: "Інші джерела", year: 2024, amount: 20 },
      ], "Проведено 8 нарад"],
      ["1.2", "Видання посібника", "2025 рік", ["Обласний бюджет"], [{ source: "Обласний бюджет", year: 2025, amount: 1234.5 }], ""],
    ]);
  });

  it("passes over total rows only: a paragraph that begins «Разом з …» stays the measure's", () => {
    const r = parseMatrixGrid(gridOf([["Завдання", "Захід", "Строк", "Виконавці"], ["1. З", "1) проведення нарад", "2024 рік", SOC], [null, "Разом з громадськими організаціями", null, null], ["Разом"], ["Усього за програмою"], ["Разом за завданням 1:"]]));
    expect(r.issues).toEqual([]);
    expect(allMeasures(r.programme).map((m) => m.text)).toEqual(["проведення нарад Разом з громадськими організаціями"]);
  });

  it("reads the same where Excel 2019 reports no merged areas", () => {
    const withMerges = parseMatrixGrid(gridOf(rows, { merges }));
    const without = parseMatrixGrid({ ...gridOf(rows), mergesKnown: false });
    expect(without.issues).toEqual([]);
    expect(without.programme).toEqual(withMerges.programme);
  });

  it("says where the total does not add up, and reads the years", () => {
    const wrong = rows.map((row, i) => (i === 6 ? row.map((v, c) => (c === 6 ? "1 000,0" : v)) : row));
    const r = parseMatrixGrid(gridOf(wrong, { merges }));
    expect(r.issues.map((i) => [i.code, i.location.cell, i.params])).toEqual([["funding.totalMismatch", "G7", { code: "1.2", total: "1\u00A0000,0", sum: "1\u00A0234,5" }]]);
    expect(allMeasures(r.programme)[1]?.plannedFunding).toEqual([{ source: "Обласний бюджет", year: 2025, amount: 1234.5 }]);
  });
});

describe("tasks written across the table", () => {
  const header = ["№ з/п", "Зміст заходу", "Відповідальні за виконання", "Строк виконання"];

  it("takes the row across the table as the task and numbers that start again under each task as the measures'", () => {
    const r = parseMatrixGrid(
      gridOf(
        [header, ["1. Перше завдання"], ["1)", "перший захід", SOC, "2024 рік"], ["2)", "другий захід", SOC, "2025 рік"], ["Завдання 2. Друге завдання"], ["1)", "третій захід", LSG, "2024 рік"]],
        { merges: [{ row: 1, column: 0, rowCount: 1, columnCount: 4 }, { row: 4, column: 0, rowCount: 1, columnCount: 4 }] },
      ),
    );
    expect(r.issues).toEqual([]);
    expect(r.programme.tasks.map((t) => [t.code, t.name, t.measures.map((m) => [m.code, m.text])])).toEqual([
      ["1", "Перше завдання", [["1.1", "перший захід"], ["1.2", "другий захід"]]],
      ["2", "Друге завдання", [["2.1", "третій захід"]]],
    ]);
  });

  it.each([
    ["merged across the table", true],
    ["where Excel 2019 reports no merged areas", false],
  ])("reads a task row with its number in a cell of its own, the name %s", (_label, known) => {
    const grid = gridOf([header, ["1", "Перше завдання"], ["1.1", "перший захід", SOC, "2024 рік"], ["2", "Друге завдання"], ["2.1", "другий захід", SOC, "2024 рік"]], { merges: [{ row: 1, column: 1, rowCount: 1, columnCount: 3 }, { row: 3, column: 1, rowCount: 1, columnCount: 3 }] });
    const r = parseMatrixGrid(known ? grid : { ...grid, merges: [], mergesKnown: false });
    expect(r.issues).toEqual([]);
    expect(r.programme.tasks.map((t) => [t.code, t.name, t.measures.map((m) => m.code)])).toEqual([["1", "Перше завдання", ["1.1"]], ["2", "Друге завдання", ["2.1"]]]);
  });

  it("keeps measure codes with gaps and three levels, as an amendment annex numbers them", () => {
    const r = parseMatrixGrid(gridOf([header, ["1. Перше завдання"], ["1.2.", "захід", SOC, "2024 рік"], ["1.5", "захід", SOC, "2024 рік"], ["3. Третє завдання"], ["3.1.1", "підзахід", SOC, "2025 рік"]]));
    expect(r.issues).toEqual([]);
    expect(r.programme.tasks.map((t) => [t.code, t.measures.map((m) => m.code)])).toEqual([["1", ["1.2", "1.5"]], ["3", ["3.1.1"]]]);
  });

  it("takes a row number running through the tasks for what it is, the codes coming from the measures' texts", () => {
    const r = parseMatrixGrid(gridOf([header, ["1. Перше"], ["1", "1.1. захід", SOC, "2024 рік"], ["2", "1.2. захід", SOC, "2024 рік"], ["2. Друге"], ["3", "2.1. захід", SOC, "2024 рік"]]));
    expect(r.issues).toEqual([]);
    expect(codes(r)).toEqual(["1.1", "1.2", "2.1"]);
  });

  it("still asks for the tasks where there is neither a task column nor a task row", () => {
    expect(parseMatrixGrid(gridOf([header, ["1.1", "захід", SOC, "2024 рік"]])).issues.map((i) => [i.code, i.params])).toEqual([["matrix.missingColumn", { column: "task" }]]);
  });
});

describe("the variants", () => {
  it("reads «Державний замовник» as the executors where no column names them, and keeps it beside «Виконавці»", () => {
    const alone = parseMatrixGrid(gridOf([["Завдання", "Захід", "Державний замовник", "Строк"], ["1. З", "1) з", SOC, "2024 рік"]]));
    expect(alone.issues).toEqual([]);
    expect(allMeasures(alone.programme)[0]?.executors.map((e) => e.name)).toEqual([SOC]);
    const both = parseMatrixGrid(gridOf([["Завдання", "Захід", "Виконавці", "Головний розпорядник коштів", "Строк"], ["1. З", "1) з", LSG, SOC, "2024 рік"]]));
    expect(both.issues).toEqual([]);
    expect(allMeasures(both.programme)[0]).toMatchObject({ executors: [{ name: LSG }], extras: { "Головний розпорядник коштів": SOC } });
  });

  it("joins header words hyphenated across lines, and gives a task without a number the one its measures' codes give", () => {
    const r = parseMatrixGrid(gridOf([["Найменування завдання", "Найменування за-\nходу", "Вико-\nнавці", "Джерела фінан-\nсування"], ["Профілактика", "4.1. захід", SOC, "Обласний бюджет"]]));
    expect(r.issues.map((i) => i.code)).toEqual(["matrix.noTermYears"]);
    expect(r.programme.tasks.map((t) => [t.code, t.name])).toEqual([["4", "Профілактика"]]);
    expect(allMeasures(r.programme)[0]).toMatchObject({ code: "4.1", fundingSources: ["Обласний бюджет"], plannedFunding: null, term: "" });
  });

  it("joins a word hyphenated at a line end in any cell, and keeps the hyphen of a compound's first half", () => {
    expect(["фінан-\nсування", "Забезпечення прове-\n  дення заходів", "соціально-\nекономічного", "медико-\nсоціальних", "військово-\nпатріотичного", "2024-\n2025"].map(joinHyphenatedLines)).toEqual([
      "фінансування", "Забезпечення проведення заходів", "соціально-економічного", "медико-соціальних", "військово-патріотичного", "2024-\n2025",
    ]);
    const r = parseMatrixGrid(gridOf([["Завдання", "Захід", "Строк", "Виконавці"], ["1. Забезпечення фінан-\nсування", "1) органі-\nзація навчань", "2024 рік", "Департамент охо-\nрони здоров’я облдержадміністрації"]]));
    expect(r.programme.tasks[0]?.name).toBe("Забезпечення фінансування");
    expect(allMeasures(r.programme)[0]).toMatchObject({ text: "організація навчань", executors: [{ name: "Департамент охорони здоров’я облдержадміністрації" }] });
  });

  it("without a term column, says once that the programme's years apply", () => {
    const r = parseMatrixGrid(gridOf([["Програма на 2024–2026 роки"], ["Завдання", "Захід", "Виконавці"], ["1. З", "1) з", SOC], [null, "2) ж", SOC]]), { file: "f.xlsx" });
    expect(r.issues).toEqual([{ code: "matrix.noTermColumn", severity: "info", location: { file: "f.xlsx", sheet: "Аркуш1", cell: "A2" }, params: { years: "2024–2026" } }]);
    expect(r.programme.years).toEqual({ from: 2024, to: 2026 });
  });

  it("says which term it cannot read, naming the cell", () => {
    const r = parseMatrixGrid(gridOf([["Завдання", "Захід", "Строк виконання", "Виконавці"], ["1. З", "1) з", "2024–2025 роки", SOC], [null, "2) ж", "після затвердження порядку", SOC]]));
    expect(r.issues).toEqual([{ code: "measure.termUnreadable", severity: "info", location: { sheet: "Аркуш1", cell: "C3" }, params: { code: "1.2", term: "після затвердження порядку", years: "2024–2025" } }]);
  });

  it("counts an amount merged over two measures once, under the first, and says so", () => {
    const r = parseMatrixGrid(gridOf([["Завдання", "Захід", "Строк", "Виконавці", "Джерела фінансування", "2024"], ["1. З", "1) з", "2024 рік", SOC, "Обласний бюджет", "300,0"], [null, "2) ж", "2024 рік", SOC, "Обласний бюджет", null]], { merges: [{ row: 1, column: 5, rowCount: 2, columnCount: 1 }] }));
    expect(r.issues).toEqual([{ code: "funding.mergedAmount", severity: "info", location: { sheet: "Аркуш1", cell: "F2" }, params: { value: "300,0", measures: 2 } }]);
    expect(allMeasures(r.programme).map((m) => m.plannedFunding)).toEqual([[{ source: "Обласний бюджет", year: 2024, amount: 300 }], []]);
  });

  it("gives one amount beside sources on several lines to the sources together, and says where an amount is no number", () => {
    const r = parseMatrixGrid(gridOf([["Завдання", "Захід", "Строк", "Виконавці", "Джерела фінансування", "2024 р.", "2025 р."], ["1. З", "1) з", "2024 рік", SOC, "Обласний бюджет\nмісцеві бюджети", "100", "в межах асигнувань"]]));
    expect(r.issues.map((i) => [i.code, i.location.cell])).toEqual([["funding.notAmount", "G2"]]);
    expect(allMeasures(r.programme)[0]?.plannedFunding).toEqual([{ source: "Обласний бюджет, місцеві бюджети", year: 2024, amount: 100 }]);
  });
});

describe("«(за згодою)» after a group of bodies", () => {
  const read = (cell: string) => splitExecutors(cell).map((e) => [e.name, e.consent]);

  it("applies to each body of the group that is not the administration's own", () => {
    expect(read("Управління освіти облдержадміністрації, ГУНП в області, ГУ ДМС в області (за згодою)")).toEqual([
      ["Управління освіти облдержадміністрації", false],
      ["ГУНП в області", true],
      ["ГУ ДМС в області", true],
    ]);
    expect(read(`${SOC}\nГУНП в області\nГУ ДМС в області\n(за згодою)`)).toEqual([[SOC, false], ["ГУНП в області", true], ["ГУ ДМС в області", true]]);
  });

  it("stops at a body of the administration, at a body with its own mark, and at «;»", () => {
    expect(read("ГУНП в області, районні державні адміністрації, органи місцевого самоврядування (за згодою)")).toEqual([
      ["ГУНП в області", false],
      ["районні державні адміністрації", false],
      ["органи місцевого самоврядування", true],
    ]);
    expect(read("ГУНП в області (за згодою), громадські організації, благодійний фонд «Надія» (за згодою)").map(([, c]) => c)).toEqual([true, true, true]);
    expect(read("ГУНП в області; громадські організації (за згодою)")).toEqual([["ГУНП в області", false], ["громадські організації", true]]);
    expect(read("ГУ ДМС в області (за згодою), ГУНП в області")).toEqual([["ГУ ДМС в області", true], ["ГУНП в області", false]]);
  });
});
