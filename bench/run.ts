// npm run bench: timings and Office.js round-trip costs, printed as one JSON document (also saved to test-artifacts/bench.json).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { build } from "esbuild";
import { dirname, join } from "node:path";
import { gzipSync } from "node:zlib";
import { programmeSheetPlans } from "../src/domain/plans/programmeSheets";
import { parseAnnexText } from "../src/domain/programme/parseAnnexText";
import { parseMatrixGrid } from "../src/domain/programme/parseMatrixGrid";
import { EMBEDDED_ANNEX_TEXT } from "../src/domain/programme/embedded/embeddedAnnex";
import type { SheetPlan } from "../src/domain/plans/sheetPlan";
import { readSourceFile } from "../src/cli/loadSource";
import { unzipSync } from "fflate";
import { SaxesParser } from "saxes";
import { consolidate } from "../src/domain/consolidation/consolidate";
import { demoReports } from "../src/domain/consolidation/demoReports";
import { summarise } from "../src/domain/consolidation/summaries";
import { reportingPeriods } from "../src/domain/programme/referenceLists";
import { createConsolidationOperations } from "../src/excel/consolidationOperations";
import { readSourceBytes } from "../src/xlsx/readSource";
import { units } from "../src/domain/reports/units";
import { validateWorkbook } from "../src/domain/reports/validateReport";
import { readSheetGrid } from "../src/excel/readSheetGrid";
import { createReportOperations } from "../src/excel/reportOperations";
import { loadIntoSimulator } from "../tests/support/simFromGrid";
import { writeOwnSheets } from "../src/excel/writeOwnSheets";
import { readWorkbookGrids } from "../src/xlsx/readWorkbookGrid";
import { sheetPlansToXlsx } from "../src/xlsx/writeSheetPlans";
import { HOSTS, installExcelSimulator } from "../tests/support/excelSimulator";
import { largeSheetPlan, syntheticAnnex } from "../tests/support/syntheticProgramme";
import { privacyScore } from "../tests/support/privacyCorpus";
import { findPersonalData } from "../src/domain/reports/privacy";
import { INITIAL_SCRIPT_LIMIT_BYTES, initialScript } from "../tests/support/initialScript";

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

/** Validation time for 1 and 70 report files (read + check), and the Excel check's syncs and largest request. */
async function reportBench() {
  const dir = join(ROOT, "tests/fixtures/reports");
  const files = readdirSync(dir).filter((d) => existsSync(join(dir, d, "report.xlsx"))).map((d) => join(dir, d, "report.xlsx"));
  const programme = parseAnnexText(EMBEDDED_ANNEX_TEXT).programme;
  const ctx = { programme, units: units(programme), asOf: "2026-11-28" };
  const validateFiles = async (n: number) => {
    for (let i = 0; i < n; i++) {
      const source = await readSourceFile(files[i % files.length] as string);
      if (source.kind === "workbook") validateWorkbook(source.sheets, "r.xlsx", ctx);
    }
  };
  const excel = async (rows: number) => {
    const sim = installExcelSimulator();
    try {
      await writeOwnSheets(programmeSheetPlans(programme), { confirmReplace: async () => true, progress: () => undefined });
      const [grid] = (await readWorkbookGrids(readFileSync(join(dir, "good", "report.xlsx")))).filter((g) => g.sheet.startsWith("Звіт"));
      if (!grid) throw new Error("no report sheet in the good fixture");
      const body = grid.cells.filter((c) => c.row >= 7);
      const cells = [...grid.cells.filter((c) => c.row < 7)];
      for (let r = 0; r < rows; r++) for (const c of body.filter((x) => x.row === 7 + (r % 25))) cells.push({ ...c, row: 7 + r });
      loadIntoSimulator(sim.model, [{ ...grid, cells }]);
      const sheet = sim.model.sheetByName(grid.sheet);
      if (sheet) sim.model.activeSheetId = sheet.id;
      sim.resetStats();
      const started = process.hrtime.bigint();
      await createReportOperations({ today: () => "2026-11-28", renderXlsx: sheetPlansToXlsx }).check("active");
      return {
        syncs: sim.stats.syncs.length,
        largestRequestBytes: sim.stats.syncs.reduce((m, s) => Math.max(m, s.payloadBytes), 0),
        largestResponseBytes: sim.stats.syncs.reduce((m, s) => Math.max(m, s.responseBytes), 0),
        ms: +(Number(process.hrtime.bigint() - started) / 1e6).toFixed(1),
      };
    } finally {
      sim.uninstall();
    }
  };
  const privacy = privacyScore();
  // The detector on texts as long as a cell holds (32,767 characters): one unbroken word, digits, names, ordinary prose.
  const cellLimit = (unit: string) => unit.repeat(Math.ceil(32_767 / unit.length)).slice(0, 32_767);
  const detectorMs = async (text: string) => +(await median(3, () => findPersonalData(text))).toFixed(1);
  return {
    validateMs: { files1: +(await median(5, () => validateFiles(1))).toFixed(1), files70: +(await median(3, () => validateFiles(70))).toFixed(1) },
    excelCheck: { rows28: await excel(28), rows2800: await excel(2800) },
    // The personal data detector on tests/fixtures/privacy: texts that must be flagged, texts that must not.
    privacyDetector: {
      flaggedTexts: privacy.flagged,
      cleanTexts: privacy.clean,
      recall: +privacy.recall.toFixed(3),
      falsePositiveRate: +privacy.falsePositiveRate.toFixed(3),
      missed: privacy.missed,
      falseAlarms: privacy.falseAlarms,
      msOn32767Chars: {
        oneWord: await detectorMs(cellLimit("а")),
        digits: await detectorMs(cellLimit("1")),
        givenNames: await detectorMs(cellLimit("Ганна ")),
        prose: await detectorMs(cellLimit("Проведено зустрічі з учнівською молоддю у м. Умань. ")),
      },
    },
  };
}

/** Engine time (validate + consolidate) for 70 and 700 reports, file reading against the unzip-and-parse floor, Excel import syncs. */
async function consolidationBench() {
  const programme = parseAnnexText(EMBEDDED_ANNEX_TEXT).programme;
  const all = units(programme);
  const period = reportingPeriods(programme.years).find((p) => p.code === "2025-H1");
  if (!period) throw new Error("no 2025-H1");
  const reports = demoReports(programme, all, period, "15.07.2025", "01.08.2025");
  const files = await Promise.all(reports.map(async (r) => ({ name: r.file, bytes: await sheetPlansToXlsx(r.plans) })));
  const ctx = { programme, units: all, asOf: "2026-11-28" };
  const grids = await Promise.all(files.map((f) => readWorkbookGrids(f.bytes)));
  const engine = (n: number) => {
    const imported = Array.from({ length: n }, (_, i) => ({ file: `r${i}.xlsx`, size: 1, sha256: `h${i}`, reports: validateWorkbook(grids[i % grids.length] ?? [], `r${i}.xlsx`, ctx) }));
    return summarise(programme, all, consolidate(imported, [], "now", { programme, units: all }).rows, "2025-H1");
  };
  const sample = files[0]?.bytes ?? new Uint8Array();
  const read = await median(20, () => readWorkbookGrids(sample));
  const floor = await median(20, () => {
    const sheet = unzipSync(sample, { filter: (f) => f.name.startsWith("xl/worksheets/") })["xl/worksheets/sheet1.xml"] ?? new Uint8Array();
    const parser = new SaxesParser();
    let cells = 0;
    parser.on("opentag", (tag) => void (tag.name === "c" && cells++));
    parser.write(new TextDecoder().decode(sheet)).close();
    return cells;
  });
  // n distinct reports: the programme's own units, and communities listed in pmCommunities for the rest.
  const excel = async (n: number) => {
    const communities = Array.from({ length: Math.max(0, n - all.length) }, (_, i) => `Громада ${i + 1} територіальна громада`);
    const everyone = units(programme, communities.map((name) => ({ name, district: null })));
    const picked = await Promise.all(demoReports(programme, everyone, period, "15.07.2025", "01.08.2025").slice(0, n).map(async (r) => ({ name: r.file, bytes: await sheetPlansToXlsx(r.plans) })));
    const withCommunities = programmeSheetPlans(programme).map((plan) => ({ ...plan, tables: plan.tables.map((t) => (t.name === "pmCommunities" ? { ...t, rows: communities.map((c) => [c, ...t.columns.slice(1).map(() => null)]) } : t)) }));
    const sim = installExcelSimulator();
    try {
      await writeOwnSheets(withCommunities, { confirmReplace: async () => true, progress: () => undefined });
      sim.resetStats();
      let k = 0;
      const ops = createConsolidationOperations({ readFile: readSourceBytes, sha256: async () => `h${k++}`, now: () => "now", today: () => "2026-11-28", locale: () => "uk" });
      const started = process.hrtime.bigint();
      const outcome = await ops.importFiles(picked, { confirmReplace: async () => true, progress: () => undefined, confirmPersonalData: async () => true });
      const ms = +(Number(process.hrtime.bigint() - started) / 1e6).toFixed(0);
      const syncs = sim.stats.syncs.length;
      const largestRequestBytes = sim.stats.syncs.reduce((m, x) => Math.max(m, x.payloadBytes), 0);
      const largestResponseBytes = sim.stats.syncs.reduce((m, x) => Math.max(m, x.responseBytes), 0);
      // «Скасувати останній імпорт»: the kept sheets swapped back, whatever their size.
      sim.resetStats();
      const undoStarted = process.hrtime.bigint();
      const undone = await ops.undoLastImport(async () => true);
      const undo = {
        outcome: undone.kind,
        syncs: sim.stats.syncs.length,
        largestRequestBytes: sim.stats.syncs.reduce((m, x) => Math.max(m, x.payloadBytes), 0),
        ms: +(Number(process.hrtime.bigint() - undoStarted) / 1e6).toFixed(0),
      };
      return {
        files: picked.length,
        dataRows: outcome.kind === "imported" ? outcome.rows : 0,
        syncs,
        // Two reads (the list, then the cells), then the write's requests: the chunk count.
        writeRequests: syncs - 2,
        largestRequestBytes,
        largestResponseBytes,
        ms,
        undo,
      };
    } finally {
      sim.uninstall();
    }
  };
  return {
    engineMs: { reports70: +(await median(3, () => engine(70))).toFixed(1), reports700: +(await median(3, () => engine(700))).toFixed(1) },
    readOneReportMs: +read.toFixed(2),
    unzipAndParseFloorMs: +floor.toFixed(2),
    readToFloorRatio: +(read / floor).toFixed(1),
    excelImport: { reports4: await excel(4), reports70: await excel(70), reports700: await excel(700) },
  };
}

/** The task pane's first script (gzip): a fresh production build, measured as the e2e test measures it. */
function initialTaskpaneScript() {
  const dist = join(ROOT, "test-artifacts", "bench-dist");
  const built = spawnSync("npx", ["webpack", "--mode", "production", "--output-path", dist], { cwd: ROOT, encoding: "utf8" });
  if (built.status !== 0) return { error: `webpack failed: ${(built.stderr || built.stdout).trim().split("\n").slice(-3).join(" ")}` };
  const initial = initialScript(dist);
  return { gzipBytes: initial.gzipBytes, limitBytes: INITIAL_SCRIPT_LIMIT_BYTES, files: initial.files };
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
        // A returned report whose xl/styles.xml inflates to 250 MB while its zip declares 4 KB: stopped at the 10 MB
        // limit of such parts; a good report read alone, for the floor.
        validateOneGoodReport: await cliRun(["validate", join(ROOT, "tests/fixtures/reports/good/report.xlsx")]),
        validateStylesBomb: await cliRun(["validate", join(ROOT, "tests/fixtures/reports-bad/validate-styles-bomb/bomb.xlsx")]),
        consolidateWithStylesBomb: await cliRun(["consolidate", join(ROOT, "tests/fixtures/reports/good/report.xlsx"), join(ROOT, "tests/fixtures/reports-bad/validate-styles-bomb/bomb.xlsx"), "--out", join(dirname(programme), "summary.xlsx")]),
      };
    })(),
    reports: await reportBench(),
    consolidation: await consolidationBench(),
    initialTaskpaneScript: initialTaskpaneScript(),
    bundles: bundleSizes() ?? "run `npm run build` first",
  };
  const text = JSON.stringify(doc, null, 2);
  process.stdout.write(`${text}\n`);
  mkdirSync(join(ROOT, "test-artifacts"), { recursive: true });
  writeFileSync(join(ROOT, "test-artifacts", "bench.json"), text);
}

void main();
