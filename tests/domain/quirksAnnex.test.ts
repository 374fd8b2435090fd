import { parseAnnexText } from "../../src/domain/programme/parseAnnexText";
import { allMeasures } from "../../src/domain/programme/model";
import { readFixture } from "../support/fixtures";

describe("another programme in the same layout, with five columns and every quirk", () => {
  const { programme, issues } = parseAnnexText(readFixture("annex", "quirks-five-columns.txt"), "quirks.txt");
  const m = new Map(allMeasures(programme).map((x) => [x.code, x]));

  it("imports without issues and reads the funding source column", () => {
    expect(issues).toEqual([]);
    expect(programme.extraColumns).toEqual([]);
    expect(programme.hasFundingSources).toBe(true);
    // Sources without amount columns: what is planned stays undefined, not 0.
    expect(programme.fundingYears).toBeNull();
    expect(m.get("1.1")).toMatchObject({ fundingSources: ["Міський бюджет"], plannedFunding: null, extras: {} });
    expect(programme.years).toEqual({ from: 2024, to: 2026 });
  });

  it("reads the bookmark-prefixed task and the NBSP-numbered measure", () => {
    expect(programme.tasks[0]?.name).toBe("Профілактика правопорушень серед молоді");
    expect(m.get("1.1")?.text).toBe("проведення занять у школах");
  });

  it("normalises all apostrophe variants to ’ and merges the bodies they spell", () => {
    expect(m.get("1.1")?.executors[0]?.name).toBe("Управління у справах сім’ї, молоді та спорту міської ради");
    expect(m.get("2.2")?.executors[0]?.agencyCode).toBe(m.get("1.1")?.executors[0]?.agencyCode);
    expect(m.get("2.2")?.text).toBe("консультації для батьків щодо об’єднання зусиль");
  });

  it("handles ';', trailing '.', ',' and line breaks, and quotes that contain commas", () => {
    expect(m.get("1.1")?.executors.map((e) => [e.name, e.consent])).toEqual([
      ["Управління у справах сім’ї, молоді та спорту міської ради", false],
      ["Служба у справах дітей міської ради", true],
    ]);
    expect(m.get("1.2")?.text).toBe("інформаційна кампанія ,,Безпечне місто“ у громадському транспорті");
    expect(m.get("1.2")?.executors.map((e) => [e.name, e.consent])).toEqual([
      ["Управління освіти, науки та молодіжної політики міської ради", false],
      ["громадська організація ,,Ліга, захист і право“", true],
    ]);
  });

  it("reads the consent marker whatever its case, spacing or the space before the comma", () => {
    expect(m.get("2.1")?.executors.map((e) => [e.name, e.consent])).toEqual([
      ["Служба у справах дітей міської ради", false],
      ["Центр соціальних служб міської ради", true],
      ["органи місцевого самоврядування", true],
    ]);
  });

  it("classifies council departments, institutions, NGOs and executor classes", () => {
    const kinds = Object.fromEntries(programme.agencies.map((a) => [a.name, a.kind]));
    expect(kinds).toEqual({
      "Управління у справах сім’ї, молоді та спорту міської ради": "oblastDepartment",
      "Служба у справах дітей міської ради": "oblastDepartment",
      "Управління освіти, науки та молодіжної політики міської ради": "oblastDepartment",
      "Центр соціальних служб міської ради": "oblastInstitution",
      "громадська організація ,,Ліга, захист і право“": "ngo",
      "органи місцевого самоврядування": "localSelfGovernment",
    });
  });
});

describe("unparseable annex text becomes issues, never an exception", () => {
  it("reports a missing header", () => {
    const r = parseAnnexText("Просто текст\nбез таблиці\n", "x.txt");
    expect(r.programme.tasks).toEqual([]);
    expect(r.issues).toEqual([{ code: "annex.noHeader", severity: "error", location: { file: "x.txt" }, params: {} }]);
  });

  it("reports a missing required column with its line", () => {
    const r = parseAnnexText("\tНайменування завдання\n\tНайменування заходу\n\tТермін виконання\n", "x.txt");
    expect(r.issues).toEqual([
      { code: "matrix.missingColumn", severity: "error", location: { file: "x.txt", line: 1 }, params: { column: "executors" } },
    ]);
  });

  it("reads a matrix without a term column, the programme's years applying, and says so once", () => {
    const r = parseAnnexText("ПРОГРАМА на 2024–2026 роки\n\tНайменування завдання\n\tНайменування заходу\n\tВиконавці\n\t1. Завдання\n\t1) захід\n\tоргани місцевого самоврядування\n", "x.txt");
    expect(r.issues).toEqual([{ code: "matrix.noTermColumn", severity: "info", location: { file: "x.txt", line: 2 }, params: { years: "2024–2026" } }]);
    expect(r.programme.years).toEqual({ from: 2024, to: 2026 });
    expect(allMeasures(r.programme)[0]?.term).toBe("");
  });

  it("skips a misaligned cell with an issue naming its line, and keeps the rows around it", () => {
    const text = [
      "\tНайменування завдання", "\tНайменування заходу", "\tТермін виконання", "\tВиконавці",
      "\t1. Завдання перше", "\t1) захід", "\t2024 рік", "\tУправління освіти обласної державної адміністрації",
      "\tзайва клітинка",
      "\t", "\t2) другий захід", "\t2025 рік", "\tоргани місцевого самоврядування",
    ].join("\n");
    const r = parseAnnexText(text, "x.txt");
    expect(allMeasures(r.programme).map((x) => x.code)).toEqual(["1.1", "1.2"]);
    expect(r.issues).toEqual([
      { code: "annex.rowShape", severity: "error", location: { file: "x.txt", line: 9 }, params: { text: "зайва клітинка" } },
    ]);
  });

  it("reports measures without executors or term", () => {
    const text = ["\tНайменування завдання", "\tНайменування заходу", "\tТермін виконання", "\tВиконавці", "\t1. Завдання", "\t1) захід", "\t", "\t"].join("\n");
    const r = parseAnnexText(text);
    expect(r.issues.map((i) => [i.code, i.location.line])).toEqual([
      ["measure.noTerm", 7],
      ["measure.noExecutors", 8],
    ]);
  });
});
