import { classifyAgency } from "../../src/domain/programme/agencies";

/** Names as programmes write them, with the kind each is: the kind decides who reports by consent. */
const NAMES: readonly (readonly [string, string])[] = [
  ["Департамент інформаційної діяльності та комунікацій з громадськістю облдержадміністрації", "oblastDepartment"],
  ["Управління у справах сім’ї, молоді та спорту Черкаської обласної державної адміністрації", "oblastDepartment"],
  ["Служба у справах дітей ОДА", "oblastDepartment"],
  ["громадські організації", "ngo"],
  ["Громадська організація «Жінки за права»", "ngo"],
  ["громадські об’єднання (за згодою)", "ngo"],
  ["Благодійна організація «100% життя Черкаси»", "ngo"],
  ["ГО «Ла Страда-Україна»", "ngo"],
  ["БО «Світло надії»", "ngo"],
  ["Головне управління Національної поліції в Черкаській області", "territorialBody"],
  ["районні державні адміністрації", "districtAdministrations"],
  ["органи місцевого самоврядування", "localSelfGovernment"],
  ["Черкаський обласний центр соціальних служб", "oblastInstitution"],
  ["Черкаський міський центр соціальних служб", "oblastInstitution"],
  ["Звенигородська районна державна адміністрація", "districtAdministration"],
  ["Уманська РДА", "districtAdministration"],
  ["Черкаська міська територіальна громада", "community"],
  ["Смілянська міська рада", "community"],
  ["виконавчий комітет Полтавської міської ради", "community"],
  ["Катеринопільська селищна ТГ", "community"],
  ["міські ради", "localSelfGovernment"],
  ["виконавчі комітети міських рад", "localSelfGovernment"],
  ["сільські та селищні ради", "localSelfGovernment"],
  ["територіальні громади області", "localSelfGovernment"],
];

describe("the kind of a body, from its name", () => {
  it.each(NAMES)("%s → %s", (name, kind) => {
    expect(classifyAgency(name)).toBe(kind);
  });
});
