import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { pathToFileURL } from "node:url";
import type { SheetPlan } from "../domain/plans/sheetPlan";
import { LIBREOFFICE_TEXT } from "../domain/plans/textWidth";
import { sheetPlansToXlsx } from "../xlsx/writeSheetPlans";

export function findLibreOffice(): string | null {
  for (const candidate of ["libreoffice", "soffice"]) {
    const probe = spawnSync(candidate, ["--version"], { encoding: "utf8" });
    if (probe.status === 0) return candidate;
  }
  return null;
}

/** LibreOffice prints numbers and dates as its locale writes them (taken from the environment): Ukrainian gives "3 330" and "97,1%". */
const PRINT_LOCALES = { uk: "uk_UA.UTF-8", en: "en_GB.UTF-8" } as const;

/**
 * Converts a spreadsheet with LibreOffice headless; a private profile keeps parallel runs from locking each other.
 * With `printLocale`, numbers and dates print as people of that language write them.
 */
export function convertWithLibreOffice(binary: string, file: string, format: "pdf" | "xlsx", outDir: string, printLocale?: keyof typeof PRINT_LOCALES): string {
  const profile = mkdtempSync(join(tmpdir(), "pm-lo-"));
  try {
    const result = spawnSync(
      binary,
      [`-env:UserInstallation=${pathToFileURL(profile).href}`, "--headless", "--norestore", "--convert-to", format, "--outdir", outDir, file],
      { encoding: "utf8", timeout: 180_000, ...(printLocale === undefined ? {} : { env: { ...process.env, LANG: PRINT_LOCALES[printLocale], LC_ALL: PRINT_LOCALES[printLocale] } }) },
    );
    if (result.status !== 0) {
      throw new Error(`LibreOffice failed (${result.status ?? result.signal}): ${result.stderr || result.stdout}`);
    }
    return join(outDir, basename(file).replace(/\.[^.]+$/u, `.${format}`));
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/**
 * Prints sheet plans to `outDir/<name>.pdf` with LibreOffice. The workbook it prints is a private copy whose
 * rows are sized for LibreOffice's closer lines: the files people open keep Excel's heights, which
 * LibreOffice would print with an empty band under every row's text.
 */
export async function printSheetPlans(binary: string, plans: readonly SheetPlan[], name: string, outDir: string, printLocale?: keyof typeof PRINT_LOCALES): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "pm-print-"));
  try {
    const xlsx = join(dir, `${name}.xlsx`);
    writeFileSync(xlsx, await sheetPlansToXlsx(plans, { rowsFor: LIBREOFFICE_TEXT }));
    return convertWithLibreOffice(binary, xlsx, "pdf", outDir, printLocale);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
