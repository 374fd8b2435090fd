import type { DataRow } from "../../src/domain/consolidation/consolidate";
import { summarise } from "../../src/domain/consolidation/summaries";
import { communityKey } from "../../src/domain/programme/namedBodies";
import { parseMatrixGrid } from "../../src/domain/programme/parseMatrixGrid";
import { formatIssue } from "../../src/domain/messages";
import { emptyClasses, emptyClassIssues } from "../../src/domain/reports/classMembers";
import { assignmentsOf, readUnit, units } from "../../src/domain/reports/units";
import { gridOf } from "../support/gridOf";

/**
 * A programme that names district administrations and communities one by one, as many oblasts write them,
 * with one «(за згодою)» after the communities, and the class of all communities in another measure.
 */
const HEADER = ["Найменування завдання", "Найменування заходу", "Термін виконання", "Виконавці"];
const NAMED =
  "Управління у справах сім’ї, молоді та спорту облдержадміністрації, Звенигородська районна державна адміністрація, Уманська РДА, " +
  "Черкаська міська територіальна громада, Смілянська міська рада, виконавчий комітет Уманської міської ради (за згодою)";
const programme = parseMatrixGrid(
  gridOf([
    HEADER,
    ["1. Запобігання торгівлі людьми", "1.1. Інформаційні кампанії у громадах", "2024–2025 роки", NAMED],
    ["", "1.2. Навчання фахівців громад", "2024–2025 роки", "органи місцевого самоврядування (за згодою)"],
  ]),
).programme;
const LISTED = [{ name: "Уманська міська територіальна громада", district: "Р03" }];

describe("district administrations and communities a programme names one by one", () => {
  it("reads the one «(за згодою)» as each community's, and never as the district administrations' or the department's", () => {
    const measure = programme.tasks[0]?.measures[0];
    expect(measure?.executors.map((e) => [e.name, e.consent])).toEqual([
      ["Управління у справах сім’ї, молоді та спорту облдержадміністрації", false],
      ["Звенигородська районна державна адміністрація", false],
      ["Уманська РДА", false],
      ["Черкаська міська територіальна громада", true],
      ["Смілянська міська рада", true],
      ["виконавчий комітет Уманської міської ради", true],
    ]);
  });

  it("gives each one the unit of its district or community: no second unit for a body named twice over", () => {
    const all = units(programme, LISTED);
    expect(all.map((u) => [u.code, u.type, u.name])).toEqual([
      ["В01", "oblastExecutor", "Управління у справах сім’ї, молоді та спорту облдержадміністрації"],
      ["Р01", "districtAdministration", "Звенигородська районна державна адміністрація"],
      ["Р02", "districtAdministration", "Золотоніська районна державна адміністрація"],
      ["Р03", "districtAdministration", "Уманська районна державна адміністрація"],
      ["Р04", "districtAdministration", "Черкаська районна державна адміністрація"],
      // The listed community is the one the programme names through its executive committee.
      ["Г01", "community", "Уманська міська територіальна громада"],
      ["Г02", "community", "Черкаська міська територіальна громада"],
      ["Г03", "community", "Смілянська міська рада"],
    ]);
    const on = (code: string) => assignmentsOf(programme, all.find((u) => u.code === code) ?? (undefined as never), 2025).map((a) => [a.measure.code, a.consent]);
    expect(on("Р01")).toEqual([["1.1", false]]);
    expect(on("Р02")).toEqual([]);
    expect(on("Р03")).toEqual([["1.1", false]]);
    expect(on("Г01")).toEqual([["1.1", true], ["1.2", true]]);
    expect(on("Г03")).toEqual([["1.1", true], ["1.2", true]]);
    expect(readUnit("Уманська районна державна адміністрація", all)).toMatchObject({ kind: "ok", unit: { code: "Р03" } });
  });

  it("decides the measure by the required executors: the named communities by consent that did not report leave it «Виконано»", () => {
    const all = units(programme, LISTED);
    const row = (unitCode: string): DataRow => ({ unitCode, period: "2025-Y", measureCode: "1.1", status: "Виконано", events: 1, people: 10, funds: 0, source: "", info: "Проведено.", reasons: "", submitted: "2026-01-10", firstSubmitted: "2026-01-10", file: `${unitCode}.xlsx`, sheet: "Звіт", row: 8, sha256: unitCode, importedAt: "t" });
    const s = summarise(programme, all, ["В01", "Р01", "Р03"].map(row), "2025-Y");
    expect(s.byMeasure.find((m) => m.measure === "1.1")).toMatchObject({ status: "Виконано", notReported: { required: [], byConsent: ["Г01", "Г02", "Г03"] } });
    const without = summarise(programme, all, ["В01", "Р01"].map(row), "2025-Y");
    expect(without.byMeasure.find((m) => m.measure === "1.1")).toMatchObject({ status: "Виконано частково", notReported: { required: ["Р03"] } });
  });

  it("still says that the oblast's communities are not listed: those the programme names do not stand for the rest", () => {
    expect(emptyClasses(programme, units(programme), 2025).map((c) => [c.name, c.measures])).toEqual([["органи місцевого самоврядування", 1]]);
    expect(emptyClasses(programme, units(programme, LISTED), 2025)).toEqual([]);
    // Said as it is: the named communities do report for the class, the oblast's others are not listed.
    const [said] = emptyClassIssues(programme, units(programme), 2025);
    expect(said && [said.code, said.params]).toEqual(["units.onlyNamedCommunities", { name: "органи місцевого самоврядування", measures: 1, named: 3 }]);
    expect(said && formatIssue("uk", said).message).toContain("звітують лише 3 громади, які програма називає поіменно");
  });

  it("knows one community by its every name", () => {
    const names = ["Уманська міська територіальна громада", "Уманська міська рада", "виконавчий комітет Уманської міської ради", "Уманська міська ТГ", "Уманській міській раді"];
    expect(new Set(names.map(communityKey))).toEqual(new Set(["уманськ міськ"]));
    expect(["міські ради", "Уманська районна державна адміністрація", "Уманський міський центр соціальних служб", "Уманська сільська рада"].map(communityKey)).toEqual([null, null, null, "уманськ сільськ"]);
  });
});
