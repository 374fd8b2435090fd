import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { allMeasures } from "../../src/domain/programme/model";
import { parseEmbeddedProgramme } from "../../src/domain/programme/embeddedProgramme";
import { EMBEDDED_ANNEX_TEXT } from "../../src/domain/programme/embedded/embeddedAnnex";
import { readFixture, ROOT } from "../support/fixtures";

/**
 * SHA-256 of the official annex's text export (the seed document the programme was taken from), checked byte for
 * byte against it when pinned: any edit to the shipped text, however small, must be a deliberate change of this pin.
 */
const ANNEX_SHA256 = "1981fab2f037b1a20e177e738b05cca413fd49ecceb255e63e015a382550ea2e";
const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

const expectations = JSON.parse(readFixture("annex", "embedded-expectations.json")) as {
  measures: Record<string, [number, number]>;
  agencyCount: number;
};

describe("the embedded programme annex", () => {
  const { programme, issues } = parseEmbeddedProgramme();
  const measures = allMeasures(programme);
  const byCode = new Map(measures.map((m) => [m.code, m]));

  it("is a byte-exact copy of the official annex text, pinned by its SHA-256", () => {
    const shipped = readFileSync(join(ROOT, "src/domain/programme/embedded/cherkasy-anti-trafficking-2025.txt"));
    expect(sha256(shipped)).toBe(ANNEX_SHA256);
    expect(sha256(Buffer.from(EMBEDDED_ANNEX_TEXT, "utf8"))).toBe(ANNEX_SHA256);
  });

  it("parses without issues into 7 tasks and 28 measures", () => {
    expect(issues).toEqual([]);
    expect(programme.tasks.map((t) => t.code)).toEqual(["1", "2", "3", "4", "5", "6", "7"]);
    expect(programme.tasks.map((t) => t.measures.length)).toEqual([1, 5, 2, 11, 2, 4, 3]);
    expect(measures.map((m) => m.code)).toEqual(Object.keys(expectations.measures));
  });

  it("gives every measure exactly the executors of the document, with consent per assignment", () => {
    for (const [code, [count, consenting]] of Object.entries(expectations.measures)) {
      const m = byCode.get(code);
      expect({ code, count: m?.executors.length, consenting: m?.executors.filter((e) => e.consent).length }).toEqual({
        code,
        count,
        consenting,
      });
    }
  });

  it("never splits an agency name at its inner comma", () => {
    const names = measures.flatMap((m) => m.executors.map((e) => e.name));
    expect(names).toContain("Управління у справах сім’ї, молоді та спорту Черкаської обласної державної адміністрації");
    expect(names.some((n) => /^(молоді|спорту)/u.test(n))).toBe(false);
  });

  it("keeps ,,…“ quotes inside one name", () => {
    expect(byCode.get("1.1")?.executors.map((e) => e.name)).toEqual([
      "Управління у справах сім’ї, молоді та спорту Черкаської обласної державної адміністрації",
      "районні державні адміністрації",
      "органи місцевого самоврядування",
      "благодійна організація ,,100% ЖИТТЯ ЧЕРКАСИ“",
    ]);
    expect(byCode.get("1.1")?.text).toContain("Законів України ,,Про протидію торгівлі людьми“ та ,,Про місцеве самоврядування в Україні“");
  });

  it("splits on ';' as on ','", () => {
    expect(byCode.get("2.3")?.executors.map((e) => [e.name, e.consent])).toEqual([
      ["Головне управління Національної поліції в Черкаській області", false],
      ["районні державні адміністрації", false],
      ["органи місцевого самоврядування", true],
      ["благодійна організація ,,100% ЖИТТЯ ЧЕРКАСИ“", true],
    ]);
  });

  it("drops the trailing '.' and ',' of an executor list", () => {
    const last41 = byCode.get("4.1")?.executors.at(-1);
    const last42 = byCode.get("4.2")?.executors.at(-1);
    expect(last41).toEqual(expect.objectContaining({ name: "Регіональний центр з надання безоплатної вторинної правової допомоги у Черкаській області", consent: true }));
    expect(last42?.name).toBe(last41?.name);
  });

  it("joins a line break inside an executor list and inside a measure text", () => {
    expect(byCode.get("4.8")?.executors[1]?.name).toBe("Черкаський обласний центр соціальних служб");
    expect(byCode.get("4.9")?.text).toBe(
      "популяризація “гарячої” телефонної лінії 1547 з питань протидії торгівлі людьми, домашньому насильству, насильству за ознакою статі та насильству стосовно дітей",
    );
  });

  it("reads measure 4.2, whose number is followed by a non-breaking space", () => {
    expect(byCode.get("4.2")?.text).toMatch(/^розміщення на офіційних веб-сайтах/u);
    expect(byCode.get("6.3")?.text).not.toMatch(/\u00A0/u);
  });

  it("ignores the [bookmark: …] artefact before task 7", () => {
    expect(programme.tasks[6]?.name).toBe(
      "Упровадження системи збору даних, обміну інформацією та проведення моніторингу діяльності суб’єктів, які здійснюють заходи у сфері протидії торгівлі людьми",
    );
  });

  it("builds a directory of 16 bodies with kinds, whatever the capitalisation", () => {
    expect(programme.agencies).toHaveLength(expectations.agencyCount);
    const kinds = Object.fromEntries(programme.agencies.map((a) => [a.name, a.kind]));
    expect(kinds["органи місцевого самоврядування"]).toBe("localSelfGovernment");
    expect(kinds["районні державні адміністрації"]).toBe("districtAdministrations");
    expect(kinds["благодійна організація ,,100% ЖИТТЯ ЧЕРКАСИ“"]).toBe("ngo");
    expect(kinds["Головне управління Національної поліції в Черкаській області"]).toBe("territorialBody");
    expect(kinds["Управління Державної міграційної служби України в Черкаській області"]).toBe("territorialBody");
    expect(kinds["Черкаський обласний центр соціальних служб"]).toBe("oblastInstitution");
    expect(kinds["Служба у справах дітей Черкаської обласної державної адміністрації"]).toBe("oblastDepartment");
    // Measure 6.1 writes "Органи місцевого самоврядування" with a capital: still the same body.
    const lsg = programme.agencies.find((a) => a.kind === "localSelfGovernment");
    expect(lsg?.measureCount).toBe(27);
    expect(byCode.get("6.1")?.executors[0]).toEqual({ name: "Органи місцевого самоврядування", consent: true, agencyCode: lsg?.code });
  });

  it("derives the programme years from the terms", () => {
    expect(programme.years).toEqual({ from: 2023, to: 2025 });
    expect(programme.title).toMatch(/протидії торгівлі людьми на період до 2025 року$/u);
  });
});
