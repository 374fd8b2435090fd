import { parseEmbeddedProgramme } from "../../src/domain/programme/embeddedProgramme";
import { allMeasures } from "../../src/domain/programme/model";
import { findPersonalData } from "../../src/domain/reports/privacy";
import { privacyCorpus, privacyScore } from "../support/privacyCorpus";

describe("the personal data detector (tests/fixtures/privacy)", () => {
  it("has at least 60 texts to flag and 60 to leave alone", () => {
    const { flagged, clean } = privacyCorpus();
    expect(flagged.length).toBeGreaterThanOrEqual(60);
    expect(clean.length).toBeGreaterThanOrEqual(60);
  });

  it("flags every text of flagged.txt and none of clean.txt", () => {
    const score = privacyScore();
    expect({ missed: score.missed, falseAlarms: score.falseAlarms }).toEqual({ missed: [], falseAlarms: [] });
  });

  it("says which kind it found", () => {
    const kinds = (t: string) => findPersonalData(t);
    expect(kinds("ШЕВЧЕНКО Ганна Іванівна")).toEqual(["fullName"]);
    expect(kinds("Г. І. Шевченко")).toEqual(["fullName"]);
    expect(kinds("Прокоп’єва Ганна Іванівна")).toEqual(["fullName"]);
    expect(kinds("Прокопʼєва Ганна")).toEqual(["fullName"]);
    expect(kinds("12.03.2008 р.н.")).toEqual(["birthDate"]);
    expect(kinds("проживає за адресою: вул. Садова, 12, кв. 45")).toEqual(["address"]);
    expect(kinds("паспорт серії СА № 123456")).toEqual(["idNumber"]);
  });

  it("leaves the programme's title, measures and executors alone", () => {
    const programme = parseEmbeddedProgramme().programme;
    const texts = [programme.title, ...programme.agencies.map((a) => a.name), ...allMeasures(programme).flatMap((m) => [m.text, ...m.executors.map((e) => e.name)])];
    expect(texts.filter((t) => findPersonalData(t).length > 0)).toEqual([]);
  });
});
