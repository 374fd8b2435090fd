import { localeFromTag } from "../domain/messages";
import { createProgrammeOperations } from "../excel/programmeOperations";
import type { SheetPlan } from "../domain/plans/sheetPlan";
import { createReportOperations } from "../excel/reportOperations";
import { createConsolidationOperations } from "../excel/consolidationOperations";
import { runBuildSummaries } from "./buildSummariesCommand";
import { runCheckReports } from "./checkReportsCommand";
import { runLoadProgramme } from "./loadProgrammeCommand";
import { openDialog } from "./openDialog";

/** Handlers report their own failures to the user and never reject. */
const reportDeps = {
  today: () => new Date().toISOString().slice(0, 10),
  // The file library is fetched only when a template is rendered, never for a check.
  renderXlsx: async (plans: readonly SheetPlan[]) => (await import("../xlsx/writeSheetPlans")).sheetPlansToXlsx(plans),
};

type CommandHandler = () => Promise<unknown>;

/**
 * Ribbon ExecuteFunction commands by the FunctionName used in manifest.xml.
 * Adding a command is one entry here plus one <Control> in the manifest.
 */
const COMMANDS: Record<string, CommandHandler> = {
  loadProgramme: () => {
    const locale = localeFromTag(Office.context.displayLanguage);
    return runLoadProgramme(locale, createProgrammeOperations(() => locale), openDialog);
  },
  checkReports: () => runCheckReports(localeFromTag(Office.context.displayLanguage), createReportOperations(reportDeps), openDialog),
  buildSummaries: () => {
    const locale = localeFromTag(Office.context.displayLanguage);
    const operations = createConsolidationOperations({
      readFile: async (name, bytes) => (await import("../xlsx/readSource")).readSourceBytes(name, bytes),
      sha256: async () => "",
      now: () => new Date().toISOString().replace("T", " ").slice(0, 19),
      today: reportDeps.today,
      locale: () => locale,
    });
    return runBuildSummaries(locale, operations, openDialog);
  },
};

function register(name: string, handler: CommandHandler): void {
  const action = (event: Office.AddinCommands.Event) => {
    // event.completed() must run whatever happens, or Excel shows the command as still working.
    handler().finally(() => event.completed());
  };
  Office.actions?.associate(name, action);
  (globalThis as Record<string, unknown>)[name] = action;
}

void Office.onReady().then(() => {
  for (const [name, handler] of Object.entries(COMMANDS)) register(name, handler);
});
