import type { PlainValue } from "../../src/domain/cell";
import type { Programme } from "../../src/domain/programme/model";
import { parseEmbeddedProgramme } from "../../src/domain/programme/embeddedProgramme";
import { parseMatrixGrid } from "../../src/domain/programme/parseMatrixGrid";
import { reportingPeriods } from "../../src/domain/programme/referenceLists";
import type { SheetPlan } from "../../src/domain/plans/sheetPlan";
import { templatePlans } from "../../src/domain/reports/templatePlan";
import { units, type Unit } from "../../src/domain/reports/units";
import { validateWorkbook, type ValidatedReport } from "../../src/domain/reports/validateReport";
import type { SheetGrid } from "../../src/domain/sheetGrid";
import { readFixture } from "../support/fixtures";
import { gridOf } from "../support/gridOf";

const funded = parseMatrixGrid(JSON.parse(readFixture("matrix-layouts", "second-standard-paste.grid.json")) as SheetGrid).programme;
const seed = parseEmbeddedProgramme().programme;

type Answers = Readonly<Record<string, PlainValue>>;

/**
 * The template's report sheet as an executor sends it back: its header block and table as written, «Дата подання»
 * and the answers typed in; `planned` overrides the plan's cells (someone unprotected the sheet and typed there),
 * `without` drops columns by key (an older template had no plan).
 */
function returned(plan: SheetPlan, answers: (code: string, i: number) => Answers, options: { planned?: PlainValue; without?: readonly string[] } = {}): SheetGrid {
  const table = plan.tables[0] ?? (undefined as never);
  // Every case here is about a template that has the plan: without it they would prove nothing.
  if (!table.columns.some((c) => c.key === "planned")) throw new Error("the template has no plan column");
  const top = table.startRow ?? 0;
  const keep = table.columns.flatMap((c, i) => ((options.without ?? []).includes(c.key) ? [] : [i]));
  const lines: PlainValue[][] = Array.from({ length: top }, () => []);
  for (const b of plan.blocks ?? []) (lines[b.row] as PlainValue[])[b.column] = b.row === 4 && b.column === 1 ? "15.07.2025" : b.value;
  lines.push(keep.map((k) => table.columns[k]?.header ?? ""));
  table.rows.forEach((r, i) => {
    const a: Answers = { ...answers(String(r[0]), i), ...(options.planned === undefined ? {} : { planned: options.planned }) };
    lines.push(keep.map((k) => {
      const key = table.columns[k]?.key ?? "";
      return key in a ? (a[key] ?? null) : (r[k] ?? null);
    }));
  });
  return gridOf(lines.map((l) => Array.from(l, (v) => v ?? null)), { sheet: plan.name });
}

const filled = (code: string, i: number): Answers => ({ status: "Виконано", events: 1 + i, people: 10 * (i + 1), funds: code === "3.1" ? 300.5 : 0, source: code === "3.1" ? "Обласний бюджет" : "Не потребує фінансування", info: "Проведено." });
const read = (programme: Programme, grid: SheetGrid): ValidatedReport => validateWorkbook([grid], "r.xlsx", { programme, units: units(programme), asOf: "2026-11-28" })[0] ?? (undefined as never);
const figures = (r: ValidatedReport) => r.rows.map((x) => [x.code, x.events, x.people, x.funds, x.source, x.valid]);

describe("a report returned on the template with the plan beside «Використано коштів»", () => {
  const period = reportingPeriods(funded.years).find((p) => p.code === "2025-H1") ?? (undefined as never);
  const [plan] = templatePlans(funded, units(funded).find((u) => u.code === "В01") as Unit, period) as [SheetPlan];

  it("is read from its answers alone: the plan is passed over without a word, and the funds come from «Використано коштів»", () => {
    const grid = returned(plan, filled);
    expect(grid.cells.filter((c) => c.value.kind === "text" && c.value.text === "Заплановано на 2025 рік, тис. грн").map((c) => [c.row, c.column])).toEqual([[6, 5]]);
    const report = read(funded, grid);
    expect(report.issues).toEqual([]);
    expect(figures(report)).toEqual([["1.1", 1, 10, 0, "Не потребує фінансування", true], ["3.1", 2, 20, 300.5, "Обласний бюджет", true], ["3.2", 3, 30, 0, "Не потребує фінансування", true], ["3.4", 4, 40, 0, "Не потребує фінансування", true]]);
  });

  it("never validates the plan's cells, whatever was typed there", () => {
    for (const planned of ["багато", -5, "=1/0", 1e9]) {
      const report = read(funded, returned(plan, filled, { planned }));
      expect({ planned, issues: report.issues, figures: figures(report) }).toEqual({ planned, issues: [], figures: figures(read(funded, returned(plan, filled))) });
    }
  });

  it("is read the same on an older template without the plan, and with the plan's header written as people write it", () => {
    expect(figures(read(funded, returned(plan, filled, { without: ["planned"] })))).toEqual(figures(read(funded, returned(plan, filled))));
    for (const header of ["Заплановано коштів, тис. грн", "заплановано на рік (тис. грн)", "Заплановано на 2024 рік, тис. грн"]) {
      const grid = returned(plan, filled);
      const renamed = { ...grid, cells: grid.cells.map((c) => (c.value.kind === "text" && c.value.text === "Заплановано на 2025 рік, тис. грн" ? { ...c, value: { kind: "text" as const, text: header } } : c)) };
      expect({ header, issues: read(funded, renamed).issues }).toEqual({ header, issues: [] });
    }
  });

  it("still names a column it does not know, even one beside the funds", () => {
    const grid = returned(plan, filled);
    const renamed = { ...grid, cells: grid.cells.map((c) => (c.value.kind === "text" && c.value.text === "Заплановано на 2025 рік, тис. грн" ? { ...c, value: { kind: "text" as const, text: "Заплановано, грн" } } : c)) };
    expect(read(funded, renamed).issues.map((i) => [i.code, i.location.cell])).toEqual([["report.extraColumn", "F7"]]);
  });

  it("is recognised as blank when only the template's own cells are there (the plan is no answer)", () => {
    const [blank] = templatePlans(seed, units(seed).find((u) => u.code === "Р03") as Unit, reportingPeriods(seed.years).find((p) => p.code === "2025-H1") ?? (undefined as never)) as [SheetPlan];
    const report = read(seed, returned(blank, () => ({})));
    expect(new Set(report.issues.filter((i) => i.severity === "error").map((i) => i.code))).toEqual(new Set(["report.status.missing"]));
    expect(report.rows.every((r) => r.funds === null && r.events === null)).toBe(true);
  });
});
