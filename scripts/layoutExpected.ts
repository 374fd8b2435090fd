// What each layout fixture must read as, written from the programme's own data (the second programme) or
// from the seed's parse (the embedded one: every layout must give what the seed layout gives).
import { parseEmbeddedProgramme } from "../src/domain/programme/embeddedProgramme";
import { amountOf } from "./layoutTables";
import type { SourceMeasure, SourceProgramme } from "./layoutProgrammes";

export interface ExpectedMeasure {
  code: string;
  text: string;
  term: string;
  termYears: { years: number[]; readable: boolean };
  executors: [string, boolean][];
  fundingSources: string[];
  plannedFunding: { source: string; year: number | null; amount: number }[] | null;
  expectedResult: string | null;
}

export interface Expected {
  format: string;
  title: string;
  years: { from: number; to: number };
  fundingYears: number[] | null;
  tasks: { code: string; name: string; measures: ExpectedMeasure[] }[];
  issues: { code: string; severity: string; params: Record<string, string | number> }[];
}

export type LayoutName = "standard" | "groups" | "variants" | "amendment";

const NOT_NEEDED = "Не потребує фінансування";

function planned(m: SourceMeasure, years: readonly number[], byYear: boolean): ExpectedMeasure["plannedFunding"] {
  return m.funding.flatMap((f): { source: string; year: number | null; amount: number }[] => {
    const amounts = years.map((y) => ({ year: y, amount: amountOf(f.byYear[y] ?? "") })).filter((x): x is { year: number; amount: number } => x.amount !== null);
    if (byYear) return amounts.map((x) => ({ source: f.source, year: x.year, amount: x.amount }));
    const sum = Math.round(amounts.reduce((s, x) => s + x.amount, 0) * 1000) / 1000;
    return amounts.length === 0 ? [] : [{ source: f.source, year: null, amount: sum }];
  });
}

function secondExpected(p: SourceProgramme, layout: LayoutName, sub?: SourceMeasure): Omit<Expected, "format"> {
  const all = [...p.years];
  const withTerm = layout !== "variants";
  const tasks = p.tasks
    .map((t) => ({
      code: t.code,
      name: t.name,
      measures: (layout === "amendment" ? [...(t.code === "3" && sub ? [sub] : []), ...t.measures.filter((m) => ["1.2", "1.3", "3.4"].includes(m.code))] : t.measures).map(
        (m): ExpectedMeasure => ({
          code: m.code,
          text: m.text,
          term: withTerm ? m.term : "",
          termYears: withTerm ? { years: [...m.expect.termYears], readable: m.expect.termReadable } : { years: all, readable: false },
          executors: m.expect.executors.map(([n, c]) => [n, c]),
          fundingSources: m.funding.map((f) => f.source),
          plannedFunding: planned(m, all, layout !== "amendment"),
          expectedResult: m.expectedResult,
        }),
      ),
    }))
    .filter((t) => t.measures.length > 0);
  const notAmount = { code: "funding.notAmount", severity: "info", params: { code: "3.3", value: "в межах кошторисних призначень" } };
  const unreadable = { code: "measure.termUnreadable", severity: "info", params: { code: "3.4", term: "після затвердження порядку", years: "2024–2027" } };
  const issues: Expected["issues"] =
    layout === "variants" ? [notAmount, { code: "matrix.noTermColumn", severity: "info", params: { years: "2024–2027" } }] : layout === "amendment" ? [unreadable] : [notAmount, unreadable];
  return {
    title: layout === "amendment" ? `Зміни до напрямів діяльності та заходів: ${p.title}` : p.title,
    years: { from: 2024, to: 2027 },
    fundingYears: layout === "amendment" ? [] : all,
    tasks,
    issues,
  };
}

function embeddedExpected(p: SourceProgramme, layout: LayoutName): Omit<Expected, "format"> {
  const seed = parseEmbeddedProgramme().programme;
  const years = [...p.years];
  const withFunding = layout !== "groups";
  const withTerm = layout !== "variants";
  return {
    title: seed.title,
    years: { from: 2023, to: 2025 },
    fundingYears: withFunding ? years : null,
    tasks: seed.tasks.map((t) => ({
      code: t.code,
      name: t.name,
      measures: t.measures.map((m) => ({
        code: m.code,
        text: m.text,
        term: withTerm ? m.term : "",
        termYears: { years, readable: withTerm },
        executors: m.executors.map((e): [string, boolean] => [e.name, e.consent]),
        fundingSources: withFunding ? [NOT_NEEDED] : [],
        plannedFunding: withFunding ? [] : null,
        expectedResult: layout === "standard" ? "" : null,
      })),
    })),
    issues: layout === "variants" ? [{ code: "matrix.noTermColumn", severity: "info", params: { years: "2023–2025" } }] : [],
  };
}

export function expectedOf(p: SourceProgramme, layout: LayoutName, sub?: SourceMeasure): Omit<Expected, "format"> {
  return p.key === "second" ? secondExpected(p, layout, sub) : embeddedExpected(p, layout);
}
