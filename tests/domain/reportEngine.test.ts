import fc from "fast-check";
import type { CellValue } from "../../src/domain/cell";
import { allMeasures } from "../../src/domain/programme/model";
import { parseEmbeddedProgramme } from "../../src/domain/programme/embeddedProgramme";
import { periodDeadline, readPeriod } from "../../src/domain/reports/periods";
import { findPersonalData } from "../../src/domain/reports/privacy";
import { REPORT_COLUMNS } from "../../src/domain/reports/reportFormat";
import { assignmentsOf, readUnit, units } from "../../src/domain/reports/units";
import { validateWorkbook } from "../../src/domain/reports/validateReport";
import { gridOf } from "../support/gridOf";

const programme = parseEmbeddedProgramme().programme;
const all = units(programme, [{ name: "Смілянська міська територіальна громада", district: "Р04" }]);
const ctx = { programme, units: all, asOf: "2026-11-28" };

describe("the report engine", () => {
  it("understands periods as people type them, and says which are unknown or outside the term", () => {
    const read = (t: string) => {
      const r = readPeriod(t, programme.years, "2026-11-28");
      return r.kind === "ok" ? r.period.code : r.kind;
    };
    expect(["I півріччя 2025", "І півріччя 2025 року", "1 півріччя 2025 р.", "перше півріччя 2025", "2025 рік", "2025", "9 місяців 2024 року", "I квартал 2023", "2024-9M"].map(read)).toEqual([
      "2025-H1", "2025-H1", "2025-H1", "2025-H1", "2025-Y", "2025-Y", "2024-9M", "2023-Q1", "2024-9M",
    ]);
    expect(["II півріччя 2025", "весна 2025", "2030 рік", ""].map(read)).toEqual(["unknown", "unknown", "outsideTerm", "unknown"]);
    expect(readPeriod("2025 рік", programme.years, "2025-06-01").kind).toBe("future");
    expect([periodDeadline("2025-H1"), periodDeadline("2025-Y")]).toEqual(["2025-07-20", "2026-01-20"]);
  });

  it("finds units by full name, short name, code or apostrophe variant, and lists the candidates when ambiguous", () => {
    const code = (t: string) => {
      const r = readUnit(t, all);
      return r.kind === "ok" ? r.unit.code : r.kind === "ambiguous" ? r.candidates.map((c) => c.code) : "unknown";
    };
    expect(code("Уманська районна державна адміністрація")).toBe("Р03");
    expect(code("  уманська   РДА ")).toBe("Р03");
    expect(code("Р03")).toBe("Р03");
    expect(code("Управління у справах сім'ї, молоді та спорту Черкаської обласної державної адміністрації")).toBe("В01");
    expect(code("Смілянська міська територіальна громада")).toBe("Г01");
    expect((code("Управління") as string[]).length).toBeGreaterThan(3);
    expect(code("Київська міська рада")).toBe("unknown");
  });

  it("assigns district administrations and communities their class's measures", () => {
    const district = all.find((u) => u.code === "Р01");
    const community = all.find((u) => u.code === "Г01");
    const lsg = allMeasures(programme).filter((m) => m.executors.some((e) => /місцевого самоврядування/iu.test(e.name)));
    expect(district && assignmentsOf(programme, district).length).toBeGreaterThan(20);
    expect(community && assignmentsOf(programme, community).map((a) => a.measure.code)).toEqual(lsg.map((m) => m.code));
  });

  it("raises no privacy alarm on the programme's own texts and agency names", () => {
    const texts = [programme.title, ...programme.agencies.map((a) => a.name), ...allMeasures(programme).map((m) => m.text)];
    expect(texts.filter((t) => findPersonalData(t).length > 0)).toEqual([]);
    expect(findPersonalData("Олена Петренко, тел. 067-123-45-67, olena@ukr.net")).toEqual(["email", "phone", "fullName"]);
  });

  it("never throws on random grids and random cell values: it always answers with issues", () => {
    const header = REPORT_COLUMNS.map((c) => c.header);
    const cell = fc.oneof(
      fc.string({ maxLength: 20 }),
      fc.double({ noNaN: false }),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.constantFrom<CellValue>({ kind: "error", error: "#REF!" }, { kind: "noValue" }, { kind: "date", serial: 45800 }, { kind: "text", text: "Виконано" }, { kind: "text", text: "4.10" }),
    );
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 10 }), { maxLength: 15 }), fc.boolean(), (rows, withHeader) => {
        const grid = gridOf([["Виконавець:", "Р03"], ["Звітний період:", "2025"], ...(withHeader ? [header] : []), ...rows]);
        const reports = validateWorkbook([grid], "x.xlsx", ctx);
        expect(reports.length).toBeGreaterThan(0);
        for (const r of reports) expect(r.issues.length + r.rows.length).toBeGreaterThan(0);
      }),
    );
  });
});
