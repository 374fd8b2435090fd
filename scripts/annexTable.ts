// The embedded annex's table as raw rows of four cells (task, measure, term, executors), line breaks kept:
// the source every fixture script lays out in its own way (a pasted sheet, HTML for Calc or Writer).
import { readFileSync } from "node:fs";

const HEADER_START = "Найменування завдання";

export function annexRows(path = "src/domain/programme/embedded/cherkasy-anti-trafficking-2025.txt"): string[][] {
  const cells: string[] = [];
  for (const line of readFileSync(path, "utf8").split(/\r?\n/u)) {
    if (line.startsWith("\t")) cells.push(line.slice(1));
    else if (line.trim() !== "" && cells.some((c) => c.startsWith(HEADER_START))) cells[cells.length - 1] += `\n${line}`;
  }
  const table = cells.slice(cells.findIndex((c) => c.startsWith(HEADER_START)));
  const rows: string[][] = [];
  for (let i = 0; i < table.length; i += 4) rows.push(table.slice(i, i + 4));
  return rows;
}

/** Measures grouped under their task: a task cell is blank on its continuation rows in the text export. */
export function annexGroups(body: readonly string[][]): { task: string; measures: string[][] }[] {
  const groups: { task: string; measures: string[][] }[] = [];
  for (const row of body) {
    if ((row[0] ?? "").trim() !== "" || groups.length === 0) groups.push({ task: row[0] ?? "", measures: [] });
    groups[groups.length - 1]?.measures.push(row.slice(1));
  }
  return groups;
}
