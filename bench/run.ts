// npm run bench: timings and Office.js round-trip costs, printed as one JSON document (also saved to test-artifacts/bench.json).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { build } from "esbuild";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { programmeSheetPlans } from "../src/domain/plans/programmeSheets";
import { parseAnnexText } from "../src/domain/programme/parseAnnexText";
import { parseMatrixGrid } from "../src/domain/programme/parseMatrixGrid";
import { EMBEDDED_ANNEX_TEXT } from "../src/domain/programme/embedded/embeddedAnnex";
import type { SheetPlan } from "../src/domain/plans/sheetPlan";
import { readSheetGrid } from "../src/excel/readSheetGrid";
import { writeOwnSheets } from "../src/excel/writeOwnSheets";
import { readWorkbookGrids } from "../src/xlsx/readWorkbookGrid";
import { sheetPlansToXlsx } from "../src/xlsx/writeSheetPlans";
import { HOSTS, installExcelSimulator } from "../tests/support/excelSimulator";
import { largeSheetPlan, syntheticAnnex } from "../tests/support/syntheticProgramme";

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

/** Round trips and request sizes (UTF-8 bytes, as the simulator measures them) of writing sheet plans into an empty workbook. */
async function writeCost(plans: readonly SheetPlan[], apiVersion: string) {
  const sim = installExcelSimulator({ apiVersion });
  try {
    const started = process.hrtime.bigint();
    const outcome = await writeOwnSheets(plans, { confirmReplace: async () => true, progress: () => undefined });
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    const readStart = process.hrtime.bigint();
    const read = await readSheetGrid(plans[0]?.name);
    const readMs = Number(process.hrtime.bigint() - readStart) / 1e6;
    return {
      syncs: sim.stats.syncs.length - read.syncs,
      writeRequests: outcome.kind === "written" ? outcome.requests : null,
      largestRequestBytes: sim.stats.syncs.reduce((m, x) => Math.max(m, x.payloadBytes), 0),
      totalRequestBytes: sim.stats.syncs.reduce((m, x) => m + x.payloadBytes, 0),
      ms: +ms.toFixed(1),
      readBack: { syncs: read.syncs, cells: read.cells.length, largestResponseBytes: sim.stats.syncs.reduce((m, x) => Math.max(m, x.responseBytes), 0), ms: +readMs.toFixed(1) },
    };
  } finally {
    sim.uninstall();
  }
}

/** Runs the bundled CLI in its own process, as a user would, and reports its wall time and peak memory. */
async function cliRun(args: string[]) {
  const bundle = join(ROOT, "test-artifacts", "cli", "programme-monitor.cjs");
  await build({ entryPoints: [join(ROOT, "src/cli/main.ts")], bundle: true, platform: "node", format: "cjs", outfile: bundle, logLevel: "error" });
  const probe = `const m=require(${JSON.stringify(bundle)});m.main(${JSON.stringify(args)},{out(){},err(){}}).then(c=>process.stderr.write(JSON.stringify({exit:c,peakRssMiB:Math.round(process.resourceUsage().maxRSS/1024)})))`;
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ["-e", probe], { encoding: "utf8" });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { ...(JSON.parse(r.stderr.trim().split("\n").pop() ?? "{}") as object), seconds: +seconds.toFixed(2) };
}

function bundleSizes() {
  const dist = join(ROOT, "dist");
  if (!existsSync(dist)) return null;
  return readdirSync(dist)
    .filter((f) => f.endsWith(".js"))
    .map((f) => ({ file: f, kib: +(statSync(join(dist, f)).size / 1024).toFixed(1), gzipKiB: +(gzipSync(readFileSync(join(dist, f))).length / 1024).toFixed(1) }));
}

async function main(): Promise<void> {
  const [grid] = await readWorkbookGrids(readFileSync(join(ROOT, "tests/fixtures/matrix/pasted-matrix.xlsx")));
  if (!grid) throw new Error("the pasted-matrix fixture has no sheet");
  const parsed = parseAnnexText(EMBEDDED_ANNEX_TEXT);
  const large = syntheticAnnex(60, 25);
  const largeProgramme = parseAnnexText(large).programme;
  const doc = {
    medianMs: {
      parseEmbeddedAnnex28: +(await median(200, () => parseAnnexText(EMBEDDED_ANNEX_TEXT))).toFixed(3),
      parsePastedGrid28: +(await median(200, () => parseMatrixGrid(grid))).toFixed(3),
      buildFourSheetPlans: +(await median(200, () => programmeSheetPlans(parsed.programme))).toFixed(3),
      writeProgrammeXlsx: +(await median(10, () => sheetPlansToXlsx(programmeSheetPlans(parsed.programme)))).toFixed(1),
      parseSyntheticAnnex1500: +(await median(10, () => parseAnnexText(large))).toFixed(1),
    },
    writeIntoEmptyWorkbook: {
      embeddedMicrosoft365: await writeCost(programmeSheetPlans(parsed.programme), HOSTS.microsoft365),
      embeddedExcel2019: await writeCost(programmeSheetPlans(parsed.programme), HOSTS.excel2019),
      programme1500Measures: await writeCost(programmeSheetPlans(largeProgramme), HOSTS.microsoft365),
      sheet20000Rows: await writeCost([largeSheetPlan()], HOSTS.microsoft365),
    },
    cliUnderBadInput: await (async () => {
      const bad = join(ROOT, "tests/fixtures/matrix-bad");
      const programme = join(mkdtempSync(join(tmpdir(), "pm-bench-")), "programme-100000.txt");
      writeFileSync(programme, syntheticAnnex(1, 100_000, "Служба у справах дітей обласної державної адміністрації, органи місцевого самоврядування (за згодою)"));
      return {
        bombHonest300MB: await cliRun(["matrix", join(bad, "size-bomb-honest/input.xlsx"), "--json"]),
        bombLyingSizes: await cliRun(["matrix", join(bad, "size-bomb-lying/input.xlsx"), "--json"]),
        rows60000: await cliRun(["matrix", join(bad, "size-too-many-rows/input.xlsx"), "--json"]),
        programme100000Measures: await cliRun(["matrix", programme, "--json"]),
      };
    })(),
    bundles: bundleSizes() ?? "run `npm run build` first",
  };
  const text = JSON.stringify(doc, null, 2);
  process.stdout.write(`${text}\n`);
  mkdirSync(join(ROOT, "test-artifacts"), { recursive: true });
  writeFileSync(join(ROOT, "test-artifacts", "bench.json"), text);
}

void main();
