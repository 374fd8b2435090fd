import { FIRST_NAME_FORMS } from "./firstNames";

/** A word (letters, with apostrophes and hyphens inside) or an initial «Г.», with where it stands. */
interface Token {
  readonly text: string;
  readonly initial: boolean;
  readonly start: number;
  readonly end: number;
}

const TOKENS = /(\p{Lu})\.|\p{L}+(?:’\p{L}+)*(?:-\p{L}+(?:’\p{L}+)*)*/gu;

function tokens(text: string): Token[] {
  return [...text.matchAll(TOKENS)].map((m) => ({ text: m[1] ?? m[0], initial: m[1] !== undefined, start: m.index, end: m.index + m[0].length }));
}

const lower = (w: string) => w.toLowerCase();
const letters = (w: string) => w.replace(/[’-]/gu, "");
/** «Шевченко», «Д’Артаньян», «Корсунь-Шевченківський»: a capital, then small letters. */
const isCap = (w: string) => /^\p{Lu}/u.test(w) && /\p{Ll}/u.test(w);
/** «ШЕВЧЕНКО», «П’ЯТНИЧУК»: three capitals or more, with a vowel (abbreviations such as МВС, ДМС mostly lack one). */
const isUpper = (w: string) => letters(w).length >= 3 && !/\p{Ll}/u.test(w) && /[АЕЄИІЇОУЮЯ]/u.test(w) && !/^[IVXLCІХ-]+$/u.test(w) && !ABBREVIATIONS.has(w);
const isName = (w: string) => isCap(w) || isUpper(w);
const isFirstName = (w: string) => FIRST_NAME_FORMS.has(lower(w));
/** Іванівна, Петровичу, Андріївні: a patronymic in any case. */
const isPatronymic = (w: string) => /^\p{L}{2,}(ович|евич|євич|йович|ьович|івн|ївн|овн|евн)\p{L}{0,3}$/u.test(lower(w));
/** The endings most Ukrainian surnames have, in any case: -енко, -чук, -ський, -ник, -ець, -ов, -ін… */
const SURNAME = /(енк[оауи]|енком|[чю]?ук[ауи]?|[сц]ьк(ий|а|ого|ій|ому|у|ої)|[ая]к[ауи]?|ар[яюе]?|ач[ауе]?|ець|ц[яю]|ник[ауи]?|[оеє]в[аиу]?|[оеє]вої|[іи]н[аиу]?|ко|ич[ауе]?|[ая]й|ль|нь|ш)$/u;
const isSurnameLike = (w: string) => SURNAME.test(lower(w));

const ABBREVIATIONS = new Set(["ОДА", "РДА", "ОТГ", "ГУНП", "ЦНАП", "УДМС", "УСБУ", "МОМ", "ООН", "ОБСЄ", "ЮНІСЕФ", "ЗОШ", "ЦСССДМ", "ДСНС", "ЗМІ", "ВІЛ", "СНІД", "УВАГА", "НАТО", "ЄДДР", "РНОКПП", "ІПН"]);
/** Words after which a person's name names a street, a square or an institution: «вул. Тараса Шевченка», «імені Богдана Хмельницького». */
const NAMED_AFTER = new Set(["вул", "вулиця", "вулиці", "вулицю", "просп", "проспект", "проспекту", "пл", "площа", "площі", "бульв", "бульвар", "бульвару", "пров", "провулок", "провулку", "ім", "імені", "пам’ятник", "пам’ятника", "пам’ятнику", "майдан", "сквер", "парк", "узвіз", "набережна", "шосе", "батьківщина"]);
/** Capitalised words that follow a given name without being a surname: «Софії Київської», «Надія України». */
const NOT_SURNAME = /^(україн|київ|черкас|черкащин|європ|уман|сміл|звенигород|золотонош|канів|корсун|христ|бож|святи|святої|святого)/u;

/** Whether the words from `first` on are a person's name that is no street, square or institution. */
function named(ts: readonly Token[], first: number): boolean {
  const before = ts[first - 1];
  return before !== undefined && NAMED_AFTER.has(lower(before.text));
}

/** Whether two tokens stand together: only spaces between them (an initial's dot is part of it). */
function together(text: string, a: Token | undefined, b: Token | undefined): boolean {
  return a !== undefined && b !== undefined && /^\s*$/u.test(text.slice(a.end, b.start)) && (a.initial || b.start > a.end);
}

/**
 * Whether a text names a person: a name with a patronymic («Ганна Іванівна», «Петренко Олені Іванівні»), a
 * surname in capitals beside a given name or initials («ШЕВЧЕНКО Ганна», «Ганна ШЕВЧЕНКО», «БОНДАР В.П.»),
 * initials before or after a surname («Г. І. Шевченко», «Г.І.Шевченко», «Шевченко Г. І.», «О. Петренко»), or a
 * given name beside a surname («Олена Петренко», «Ковальчук Ірина»). Apostrophes ’ ' ʼ ` inside words are one.
 */
export function namesPerson(raw: string): boolean {
  const text = raw.replace(/['ʼ`‘]/gu, "’");
  const ts = tokens(text);
  for (let i = 0; i < ts.length; i++) {
    const a = ts[i] as Token;
    const b = ts[i + 1];
    const c = ts[i + 2];
    const ab = together(text, a, b) && b !== undefined;
    if (a.initial) {
      // «Г. І. Шевченко», «О. Петренко»: initials, then a surname (a lone initial needs a surname's ending).
      if (i > 0 && ts[i - 1]?.initial && together(text, ts[i - 1], a)) continue;
      const two = ab && b.initial;
      const word = two ? c : b;
      if (word === undefined || word.initial || !together(text, two ? b : a, word) || !isName(word.text) || named(ts, i) || famous(a, word)) continue;
      if (two || isSurnameLike(word.text) || isUpper(word.text)) return true;
      continue;
    }
    if (!ab || !isName(a.text)) continue;
    if (b.initial) {
      // «Шевченко Г. І.», «БОНДАР В.П.», «Шевченко Г.»
      const two = together(text, b, c) && c?.initial === true;
      if (two || isSurnameLike(a.text)) return true;
      continue;
    }
    if (!isName(b.text) || named(ts, i)) continue;
    if (isPatronymic(b.text)) return true;
    if (isUpper(a.text) && (isFirstName(b.text) || (isSurnameLike(a.text) && isCap(b.text)))) return true;
    if (isFirstName(a.text) && isCap(a.text) && isUpper(b.text)) return true;
    if (isFirstName(a.text) && isCap(b.text) && !isFirstName(b.text) && !NOT_SURNAME.test(lower(b.text)) && !famousPair(a.text, b.text)) return true;
    if (isSurnameLike(a.text) && !isFirstName(a.text) && isCap(a.text) && isFirstName(b.text) && !(c !== undefined && famousPair(b.text, c.text))) return true;
  }
  return false;
}

/** People whose names streets and institutions bear, written without «вул.» or «імені» before them. */
const FAMOUS: readonly [first: string, surname: string][] = [
  ["тарас", "шевченк"], ["лес", "українк"], ["іван", "франк"], ["богдан", "хмельницьк"], ["михайл", "грушевськ"],
  ["григорі", "сковород"], ["павл", "тичин"], ["васил", "симоненк"], ["васил", "стус"], ["іван", "мазеп"],
];

function famousPair(first: string, surname: string): boolean {
  return FAMOUS.some(([f, s]) => lower(first).startsWith(f) && lower(surname).startsWith(s));
}

/** «Т. Г. Шевченка»: the initial of a famous first name before a famous surname. */
function famous(initial: Token, surname: Token): boolean {
  return FAMOUS.some(([f, s]) => lower(surname.text).startsWith(s) && lower(initial.text) === f[0]);
}
