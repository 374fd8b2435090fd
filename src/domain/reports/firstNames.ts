/**
 * Given names common in Ukraine (and a few Russian forms still written in reports), in the nominative. Words that
 * are as often common nouns at the head of a name of a thing (Слава, Лев, Дана, Майя) are left out.
 */
const NAMES = `
Ганна Анна Олена Ірина Оксана Наталія Наталя Тетяна Світлана Юлія Марія Ольга Людмила Галина Надія Катерина Валентина
Віра Любов Лариса Алла Інна Вікторія Анастасія Дарина Дарія Софія Соломія Ангеліна Аліна Яна Христина Мирослава Ярослава
Богдана Леся Лілія Мар’яна Уляна Зоряна Ніна Раїса Тамара Зінаїда Євгенія Ксенія Поліна Діана Вероніка Карина Олександра
Кристина Іванна Маргарита Жанна Лідія Антоніна Василина Емілія Злата Єлизавета Ярина Валерія Олеся Неля Ельвіра
Іван Петро Микола Василь Олександр Сергій Андрій Олексій Дмитро Володимир Юрій Віктор Михайло Ігор Олег Роман Ярослав
Богдан Тарас Назар Остап Степан Григорій Антон Вадим Руслан Станіслав Костянтин Павло Максим Артем Денис Євген Владислав
Віталій Валерій Анатолій Геннадій Леонід Борис Федір Кирило Матвій Тимофій Ілля Данило Марко Мар’ян Святослав Орест Олесь
Яків Йосип Семен Захар Тимур Едуард Вячеслав Миколай Валентин Аркадій Зиновій Ростислав Всеволод Любомир Мирослав
Наталья Татьяна Елена Ирина Светлана Сергей Алексей Николай Дмитрий Андрей Александр Евгений Владимир Виктор
`;

const ENDINGS: readonly [RegExp, number, readonly string[]][] = [
  [/ія$/u, 1, ["я", "ї", "ю", "єю", "є"]],
  [/я$/u, 1, ["я", "і", "ю", "ею", "ї", "е"]],
  [/а$/u, 1, ["а", "и", "і", "у", "ою", "о"]],
  [/о$/u, 1, ["о", "а", "у", "ові", "ом", "е"]],
  [/ій$/u, 2, ["ій", "ія", "ію", "ієві", "ієм"]],
  [/й$/u, 1, ["й", "я", "ю", "єві", "єм"]],
  [/ь$/u, 1, ["ь", "я", "ю", "еві", "ем"]],
  [/ов$/u, 0, ["", "і", "’ю"]],
];
const CONSONANT = ["", "а", "у", "ові", "ом", "е", "я", "ю", "ем", "еві"];
/** Dative and locative forms with the consonant shift of Ukrainian: Ольга → Ользі. */
const SHIFT: Readonly<Record<string, string>> = { г: "з", к: "ц", х: "с" };

function formsOf(name: string): string[] {
  const lower = name.toLocaleLowerCase("uk-UA");
  const rule = ENDINGS.find(([re]) => re.test(lower));
  if (!rule) return CONSONANT.map((e) => lower + e);
  const stem = lower.slice(0, lower.length - rule[1]);
  const shifted = lower.endsWith("а") && SHIFT[stem.slice(-1)] !== undefined ? [`${stem.slice(0, -1)}${SHIFT[stem.slice(-1)] ?? ""}і`] : [];
  return [...rule[2].map((e) => stem + e), ...shifted];
}

/** Every case form of every name above, in lower case. */
export const FIRST_NAME_FORMS: ReadonlySet<string> = new Set([
  ...NAMES.split(/\s+/u).filter((n) => n !== "").flatMap(formsOf),
  // Федір keeps its -і- only in the nominative.
  "федора", "федору", "федором", "федоре",
]);
