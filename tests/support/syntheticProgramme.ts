import type { SheetPlan } from "../../src/domain/plans/sheetPlan";

const LONG_EXECUTORS =
  "Управління у справах сім’ї, молоді та спорту Черкаської обласної державної адміністрації, Головне управління Національної поліції в Черкаській області (за згодою), районні державні адміністрації, органи місцевого самоврядування (за згодою), благодійна організація ,,100% ЖИТТЯ ЧЕРКАСИ“ (за згодою)";

/** A programme in the annex layout, `tasks` × `measuresPerTask`, with real executor lists. */
export function syntheticAnnex(tasks: number, measuresPerTask: number, executors = LONG_EXECUTORS): string {
  const lines = ["\tНайменування завдання", "\tНайменування заходу", "\tТермін виконання", "\tВиконавці", "\t1", "\t2", "\t3", "\t4"];
  for (let t = 1; t <= tasks; t++) {
    for (let m = 1; m <= measuresPerTask; m++) {
      lines.push(m === 1 ? `\t${t}. Завдання номер ${t} щодо протидії торгівлі людьми` : "\t");
      lines.push(`\t${m}) проведення заходу ${m} з інформування населення`, "\t2023-2025 роки", `\t${executors}`);
    }
  }
  return lines.join("\n");
}

/** One sheet with a 20,000-row table of Cyrillic text (2 UTF-8 bytes a letter): far over 5 MB in all. */
export function largeSheetPlan(rows = 20_000): SheetPlan {
  const text = "Проведення інформаційно-просвітницьких заходів щодо протидії торгівлі людьми в закладах освіти області. ".repeat(3);
  return {
    name: "Великий",
    freezeRows: 1,
    tabColor: "1F4E79",
    print: { paper: "A4", orientation: "landscape", fitToPagesWide: 1, repeatRows: { from: 1, to: 1 }, headerCenter: "Великий", footerCenter: "&P" },
    tables: [
      {
        name: "pmLarge",
        startColumn: 0,
        columns: [
          { key: "code", header: "Код", width: 8, wrap: false, align: "center", kind: "text" },
          { key: "text", header: "Текст", width: 80, wrap: true, align: "left", kind: "text" },
          { key: "n", header: "Кількість", width: 10, wrap: false, align: "right", kind: "number" },
        ],
        rows: Array.from({ length: rows }, (_, i) => [`${Math.floor(i / 100) + 1}.${(i % 100) + 1}0`, text, i]),
      },
    ],
  };
}
