// npm run bench: timings and Office.js round-trip costs, printed as a table (and saved to test-artifacts/bench.json).
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { programmeSheetPlans } from "../src/domain/plans/programmeSheets";
import { parseAnnexText } from "../src/domain/programme/parseAnnexText";
import { parseMatrixGrid } from "../src/domain/programme/parseMatrixGrid";
import { EMBEDDED_ANNEX_TEXT } from "../src/domain/programme/embedded/embeddedAnnex";
import type { Programme } from "../src/domain/programme/model";
import { writeOwnSheets } from "../src/excel/writeOwnSheets";
import { readWorkbookGrids } from "../src/xlsx/readWorkbookGrid";
import { sheetPlansToXlsx } from "../src/xlsx/writeSheetPlans";
import { HOSTS, installExcelSimulator } from "../tests/support/excelSimulator";

const ROOT = join(__dirname, "..");

async function median(runs: number, fn: () => unknown): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    await fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

/** A programme in the annex layout, `tasks` × `measuresPerTask`, with real executor lists. */
function syntheticAnnex(tasks: number, measuresPerTask: number): string {
  const executors =
    "Управління у справах сім’ї, молоді та спорту Черкаської обласної державної адміністрації, Головне управління Національної поліції в Черкаській області (за згодою), районні державні адміністрації, органи місцевого самоврядування (за згодою), благодійна організація ,,100% ЖИТТЯ ЧЕРКАСИ“ (за згодою)";
  const lines = ["\tНайменування завдання", "\tНайменування заходу", "\tТермін виконання", "\tВиконавці", "\t1", "\t2", "\t3", "\t4"];
  for (let t = 1; t <= tasks; t++) {
    for (let m = 1; m <= measuresPerTask; m++) {
      lines.push(m === 1 ? `\t${t}. Завдання номер ${t} щодо протидії торгівлі людьми` : "\t");
      lines.push(`\t${m}) проведення заходу ${m} з інформування населення`, "\t2023-2025 роки", `\t${executors}`);
    }
  }
  return lines.join("\n");
}

/** Round trips and payload of writing a programme's four sheets into an empty simulated workbook. */
async function loadCost(programme: Programme, apiVersion: string) {
  const sim = installExcelSimulator({ apiVersion });
  try {
    const started = process.hrtime.bigint();
    await writeOwnSheets(programmeSheetPlans(programme), { confirmReplace: async () => true, progress: () => undefined });
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    return {
      syncs: sim.stats.syncs.length,
      payloadKiB: sim.stats.syncs.map((s) => (s.payloadBytes / 1024).toFixed(1)),
      actions: sim.stats.syncs.map((s) => s.actions),
      ms: ms.toFixed(1),
    };
  } finally {
    sim.uninstall();
  }
}

function bundleSizes() {
  const dist = join(ROOT, "dist");
  if (!existsSync(dist)) return null;
  return readdirSync(dist)
    .filter((f) => f.endsWith(".js"))
    .map((f) => ({ file: f, kib: +(statSync(join(dist, f)).size / 1024).toFixed(1), gzipKiB: +(gzipSync(readFileSync(join(dist, f))).length / 1024).toFixed(1) }));
}

async function main(): Promise<void> {
  const grid = (await readWorkbookGrids(readFileSync(join(ROOT, "tests/fixtures/matrix/pasted-matrix.xlsx"))))[0]?.grid ?? [];
  const parsed = parseAnnexText(EMBEDDED_ANNEX_TEXT);
  const large = syntheticAnnex(60, 25);
  const rows: [string, string][] = [];
  rows.push(["parse embedded annex (28 measures), median ms", (await median(200, () => parseAnnexText(EMBEDDED_ANNEX_TEXT))).toFixed(3)]);
  rows.push(["parse pasted grid (28 measures), median ms", (await median(200, () => parseMatrixGrid(grid))).toFixed(3)]);
  rows.push(["build 4 sheet plans, median ms", (await median(200, () => programmeSheetPlans(parsed.programme))).toFixed(3)]);
  rows.push(["write programme .xlsx (ExcelJS), median ms", (await median(10, () => sheetPlansToXlsx(programmeSheetPlans(parsed.programme)))).toFixed(1)]);
  rows.push(["parse synthetic annex (1500 measures), median ms", (await median(10, () => parseAnnexText(large))).toFixed(1)]);
  const cases: [string, Programme, string][] = [
    ["embedded, Microsoft 365", parsed.programme, HOSTS.microsoft365],
    ["embedded, Excel 2019", parsed.programme, HOSTS.excel2019],
    ["synthetic 1500 measures, Microsoft 365", parseAnnexText(large).programme, HOSTS.microsoft365],
  ];
  for (const [label, programme, api] of cases) {
    const cost = await loadCost(programme, api);
    rows.push([`load into workbook (${label}): syncs`, String(cost.syncs)]);
    rows.push([`load into workbook (${label}): actions per sync`, cost.actions.join(" + ")]);
    rows.push([`load into workbook (${label}): payload KiB per sync`, cost.payloadKiB.join(" + ")]);
    rows.push([`load into workbook (${label}): simulated ms`, cost.ms]);
  }
  const bundles = bundleSizes();
  for (const b of bundles ?? []) rows.push([`bundle ${b.file}: KiB (gzip KiB)`, `${b.kib} (${b.gzipKiB})`]);
  if (!bundles) rows.push(["bundle sizes", "run `npm run build` first"]);

  const width = Math.max(...rows.map(([k]) => k.length));
  process.stdout.write(`${rows.map(([k, v]) => `${k.padEnd(width)}  ${v}`).join("\n")}\n`);
  mkdirSync(join(ROOT, "test-artifacts"), { recursive: true });
  writeFileSync(join(ROOT, "test-artifacts", "bench.json"), JSON.stringify(Object.fromEntries(rows), null, 2));
}

void main();
