import { formatIssue, issueLine, localeFromTag, t } from "../../src/domain/messages";
import { en } from "../../src/domain/messages/en";
import { uk } from "../../src/domain/messages/uk";

describe("messages", () => {
  it("agrees Ukrainian nouns with their numbers", () => {
    const line = (tasks: number, measures: number, agencies: number) => t("uk", "programme.loadedShort", { tasks, measures, agencies });
    expect(line(7, 28, 16)).toBe("7 завдань · 28 заходів · 16 виконавців");
    expect(line(1, 21, 2)).toBe("1 завдання · 21 захід · 2 виконавці");
    expect(line(3, 4, 11)).toBe("3 завдання · 4 заходи · 11 виконавців");
    expect(t("en", "programme.loadedShort", { tasks: 1, measures: 2, agencies: 1 })).toBe("1 task · 2 measures · 1 executor");
  });

  it("uses the same placeholders in both languages for every key", () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)/gu)].map((m) => m[1]).sort();
    for (const key of Object.keys(uk) as (keyof typeof uk)[]) {
      expect({ key, en: placeholders(en[key]) }).toEqual({ key, en: placeholders(uk[key]) });
    }
  });

  it("names file, sheet, cell and fix in an issue line", () => {
    const line = issueLine("uk", {
      code: "matrix.missingColumn",
      severity: "error",
      location: { file: "звіт.xlsx", sheet: "Аркуш1", cell: "B3" },
      params: { column: "term" },
    });
    expect(line).toBe(
      "Помилка — файл «звіт.xlsx», аркуш «Аркуш1», клітинка B3: Не знайдено стовпця «Термін виконання». Що зробити: Додайте у рядок заголовків стовпці «Найменування заходу» і «Виконавці», а завдання дайте стовпцем «Найменування завдання» або рядками на всю ширину таблиці («1. …»); стовпець «Термін виконання» бажаний.",
    );
    expect(formatIssue("en", { code: "annex.rowShape", severity: "warning", location: { line: 12 }, params: { text: "x" } })).toEqual({
      severity: "Warning",
      where: "line 12",
      message: "A table row has an unexpected shape; the cell “x” was skipped.",
      fix: "Check that the row has all columns: task, measure (numbered “N)”), term, executors.",
    });
  });

  it("follows Office's display language, Ukrainian unless English", () => {
    expect(["uk-UA", "en-US", "en-GB", "ru-RU", "", null, undefined].map(localeFromTag)).toEqual(["uk", "en", "en", "uk", "uk", "uk", "uk"]);
  });
});
