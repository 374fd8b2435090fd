// The two programmes the layout fixtures are written from: the embedded Cherkasy annex (as the seed parses it)
// and a small invented regional programme with funding by year, terms of every kind and «(за згодою)» written
// once after a group of bodies. Each measure carries both how a document writes it and what it must read as.
import { annexGroups, annexRows } from "./annexTable";

export interface SourceFunding {
  readonly source: string;
  /** Cell text per year, as written («1 234,5», «-», «в межах кошторисних призначень»). */
  readonly byYear: Readonly<Record<number, string>>;
}

export interface SourceMeasure {
  readonly code: string;
  /** The text without its number, as it reads once parsed (raw spacing and line breaks kept). */
  readonly text: string;
  readonly term: string;
  /** The executors cell as the document writes it. */
  readonly executorsCell: string;
  readonly funding: readonly SourceFunding[];
  readonly expectedResult: string;
  /** What a reader must get: executors with consent, and the years the term covers. */
  readonly expect: { readonly executors: readonly [string, boolean][]; readonly termYears: readonly number[]; readonly termReadable: boolean };
}

export interface SourceTask {
  readonly code: string;
  readonly name: string;
  readonly measures: readonly SourceMeasure[];
}

export interface SourceProgramme {
  readonly key: "embedded" | "second";
  readonly title: string;
  readonly years: readonly number[];
  readonly tasks: readonly SourceTask[];
  readonly signature: readonly [string, string];
}

const SOC = "Департамент соціального захисту населення облдержадміністрації";
const EDU = "Департамент освіти і науки облдержадміністрації";
const INFO = "Департамент інформаційної діяльності та комунікацій з громадськістю облдержадміністрації";
const CSS = "Полтавський обласний центр соціальних служб";
const ACADEMY = "Полтавська академія неперервної освіти ім. М. В. Остроградського";
const GUNP = "ГУНП в області";
const DMS = "ГУ ДМС в області";
const LSG = "органи місцевого самоврядування";
const RDA = "районні державні адміністрації";
const OB = "Обласний бюджет";
const LOCAL = "Місцеві бюджети";
const OTHER = "Інші джерела";

const m = (
  code: string,
  text: string,
  term: string,
  executorsCell: string,
  executors: [string, boolean][],
  termYears: number[],
  funding: SourceFunding[],
  expectedResult: string,
  termReadable = true,
): SourceMeasure => ({ code, text, term, executorsCell, funding, expectedResult, expect: { executors, termYears, termReadable } });

const ALL = [2024, 2025, 2026, 2027];

export const SECOND: SourceProgramme = {
  key: "second",
  title: "НАПРЯМИ ДІЯЛЬНОСТІ ТА ЗАХОДИ регіональної цільової програми підтримки сім’ї та протидії домашньому насильству в Полтавській області на 2024–2027 роки",
  years: ALL,
  signature: ["Директор Департаменту соціального захисту населення облдержадміністрації", "Олена КОВАЛЕНКО"],
  tasks: [
    {
      code: "1",
      name: "Удосконалення системи запобігання домашньому насильству",
      measures: [
        m("1.1", "Проведення нарад суб’єктів взаємодії з питань запобігання домашньому насильству", "щороку",
          `${SOC}, ${GUNP}, ${DMS} (за згодою)`, [[SOC, false], [GUNP, true], [DMS, true]], ALL,
          [{ source: OB, byYear: { 2024: "50,0", 2025: "55,0", 2026: "60,0", 2027: "65,0" } }], "Узгоджено дії суб’єктів взаємодії"),
        m("1.2", "Розроблення та видання методичних рекомендацій для фахівців із соціальної роботи", "2024–2025 роки",
          `${EDU}, ${CSS}`, [[EDU, false], [CSS, false]], [2024, 2025],
          [{ source: OB, byYear: { 2024: "120,5", 2025: "80,0", 2026: "-", 2027: "-" } }], "Видано 2 збірники методичних рекомендацій"),
        m("1.3", "Утворення мобільних бригад соціально-психологічної допомоги постраждалим особам", "І квартал 2024 року",
          `${SOC}, ${LSG}, громадські організації (за згодою)`, [[SOC, false], [LSG, true], ["громадські організації", true]], [2024],
          [{ source: OB, byYear: { 2024: "1 234,5" } }, { source: LOCAL, byYear: { 2024: "300,0" } }], "Утворено 10 мобільних бригад"),
      ],
    },
    {
      code: "2",
      name: "Інформування населення та підвищення обізнаності щодо домашнього насильства",
      measures: [
        m("2.1", "Проведення інформаційної кампанії «Зупинимо насильство разом»", "2024, 2026 роки",
          `${INFO}; ${GUNP} (за згодою)`, [[INFO, false], [GUNP, true]], [2024, 2026],
          [{ source: OB, byYear: { 2024: "40,0", 2026: "45,0" } }], "Охоплено не менше 50 тис. осіб"),
        m("2.2", "Підготовка та розміщення соціальної реклами", "постійно",
          `${INFO}, ${RDA}, ${LSG} (за згодою)`, [[INFO, false], [RDA, false], [LSG, true]], ALL,
          [{ source: "Не потребує фінансування", byYear: {} }], "Розміщено не менше 100 рекламних матеріалів щороку"),
        m("2.3", "Проведення навчальних семінарів для працівників закладів освіти", "ІІ півріччя 2024 р.",
          `${EDU}, ${ACADEMY}`, [[EDU, false], [ACADEMY, false]], [2024],
          [{ source: OB, byYear: { 2024: "25,0" } }, { source: OTHER, byYear: { 2024: "10,0" } }], "Навчено 600 педагогічних працівників"),
        m("2.4", "Випуск інформаційних матеріалів для внутрішньо переміщених осіб", "до 2025 року",
          `${CSS}, благодійний фонд «Право на захист» (за згодою)`, [[CSS, false], ["благодійний фонд «Право на захист»", true]], [2024, 2025],
          [{ source: OTHER, byYear: { 2024: "15,0", 2025: "15,0" } }], ""),
      ],
    },
    {
      code: "3",
      name: "Надання допомоги особам, які постраждали від домашнього насильства",
      measures: [
        m("3.1", "Забезпечення функціонування притулку для осіб, які постраждали від домашнього насильства", "2024-2027 роки",
          `${SOC}, виконавчий комітет Полтавської міської ради (за згодою)`, [[SOC, false], ["виконавчий комітет Полтавської міської ради", true]], ALL,
          [{ source: OB, byYear: { 2024: "500,0", 2025: "520,0", 2026: "540,0", 2027: "560,0" } }, { source: LOCAL, byYear: { 2024: "200,0", 2025: "200,0", 2026: "200,0", 2027: "200,0" } }],
          "Надано притулок не менше 120 особам щороку"),
        m("3.2", "Забезпечення роботи обласної «гарячої лінії» з питань домашнього насильства", "2025, 2027 роки",
          `${SOC}, ${CSS}, ГО «Ла Страда-Україна» (за згодою)`, [[SOC, false], [CSS, false], ["ГО «Ла Страда-Україна»", true]], [2025, 2027],
          [{ source: OB, byYear: { 2025: "30,0", 2027: "35,0" } }], "Надано 3 000 консультацій"),
        m("3.3", "Проведення навчань для поліцейських з питань виявлення постраждалих осіб", "протягом строку дії програми",
          `${GUNP}, Полтавський регіональний центр з надання безоплатної правничої допомоги (за згодою)`,
          [[GUNP, true], ["Полтавський регіональний центр з надання безоплатної правничої допомоги", true]], ALL,
          [{ source: "Державний бюджет", byYear: { 2024: "в межах кошторисних призначень" } }], "Навчено 200 поліцейських"),
        m("3.4", "Проведення виїзних прийомів громадян у громадах області", "після затвердження порядку",
          `${SOC}\n${GUNP}\n${DMS}\n(за згодою)`, [[SOC, false], [GUNP, true], [DMS, true]], ALL,
          [{ source: OB, byYear: { 2025: "12,0" } }], "Проведено 40 виїзних прийомів", false),
      ],
    },
  ],
};

/** The embedded annex as the layouts lay it out: the seed's own cell texts, its measures renumbered only in form. */
export function embeddedProgramme(): SourceProgramme {
  const [, , ...body] = annexRows();
  const tasks = annexGroups(body).map((g): SourceTask => {
    const taskText = g.task.replace(/\[bookmark:[^\]]*\]/gu, "").trim();
    const code = /^(\d+)\./u.exec(taskText)?.[1] ?? "";
    return {
      code,
      name: taskText.replace(/^\d+\.\s*/u, ""),
      measures: g.measures.map(([measure = "", term = "", executors = ""]) => {
        const local = /^\s*(\d+)\s*\)\s*/u.exec(measure);
        return {
          code: `${code}.${local?.[1] ?? ""}`,
          text: measure.slice(local?.[0].length ?? 0),
          term,
          executorsCell: executors,
          funding: [{ source: "Не потребує фінансування", byYear: {} }],
          expectedResult: "",
          // The executors and terms a reader must get are the seed's, checked against its parse.
          expect: { executors: [], termYears: [2023, 2024, 2025], termReadable: true },
        };
      }),
    };
  });
  return {
    key: "embedded",
    title: "ЗАВДАННЯ І ЗАХОДИ з виконання обласної цільової соціальної програми протидії торгівлі людьми на період до 2025 року",
    years: [2023, 2024, 2025],
    tasks,
    signature: ["Начальник Управління у справах сім’ї, молоді та спорту Черкаської обласної державної адміністрації", "Ірина ПЕТРЕНКО"],
  };
}
