/** Kinds of personal data that must never reach a published report about victims of trafficking. */
export type PersonalData = "phone" | "email" | "fullName" | "birthDate" | "idNumber";

const PATTERNS: readonly [PersonalData, RegExp][] = [
  ["email", /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/u],
  ["phone", /(?<!\d)(\+?38[\s-]?)?\(?0[\s-]?\d{2}\)?[\s-]?\d{3}[\s-]?\d{2}[\s-]?\d{2}(?!\d)/u],
  ["birthDate", /(народ\S*|д\.\s?н\.|р\.\s?н\.)\s*[:-]?\s*\d{1,2}[./]\d{1,2}[./](19|20)\d{2}/iu],
  ["idNumber", /(РНОКПП|ІПН|ідентифікаційн\S* (код|номер)|паспорт\S*)\s*[:№#-]?\s*[\p{L}]{0,2}\s?\d{6,10}|(?<!\d)\d{10}(?!\d)/iu],
  // "Прізвище Ім'я По батькові" in any case form (a patronymic ends in -ович/-івна and their endings) or "Прізвище І. П.".
  ["fullName", /\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+(ович|евич|йович|івн|ївн|овн|евн)\p{Ll}{0,3}(?![\p{L}])|\p{Lu}\p{Ll}{2,}\s+\p{Lu}\.\s?\p{Lu}\.(?![\p{L}])/u],
];

/** Finds the kinds of personal data a free text seems to hold; agency and place names do not match. */
export function findPersonalData(text: string): PersonalData[] {
  return PATTERNS.filter(([, re]) => re.test(text)).map(([kind]) => kind);
}
