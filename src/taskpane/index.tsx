import { createRoot } from "react-dom/client";
import { localeFromTag, t } from "../domain/messages";
import { parseEmbeddedProgramme } from "../domain/programme/embeddedProgramme";
import { createProgrammeOperations } from "../excel/programmeOperations";
import { createConsolidationOperations } from "../excel/consolidationOperations";
import { createReportOperations } from "../excel/reportOperations";
import { App } from "./App";

/** Composition root: the only task-pane file that knows it runs inside Office. */
async function start(): Promise<void> {
  const container = document.getElementById("root");
  if (!container) throw new Error("taskpane.html has no #root element");
  const info = await Office.onReady();
  const locale = localeFromTag(Office.context?.displayLanguage);
  const root = createRoot(container);
  if (info.host !== Office.HostType.Excel) {
    root.render(<p role="alert">{t(locale, "app.noExcel")}</p>);
    return;
  }
  root.render(
    <App
      initialLocale={locale}
      createOperations={(locale) =>
        createProgrammeOperations(locale, undefined, async (name, bytes) =>
          // The document and workbook readers are a lazy chunk: fetched the first time a file is chosen.
          (await import("../xlsx/readSource")).readSourceBytes(name, bytes, { parseXml: (xml) => new DOMParser().parseFromString(xml, "application/xml") }),
        )
      }
      embeddedTitle={parseEmbeddedProgramme().programme.title}
      reportOperations={createReportOperations({
        today: () => new Date().toISOString().slice(0, 10),
        // The file library is a lazy chunk: fetched the first time a template opens as a new workbook.
        renderXlsx: async (plans) => (await import("../xlsx/writeSheetPlans")).sheetPlansToXlsx(plans),
      })}
      consolidation={createConsolidationOperations({
        // The file adapter (ExcelJS, fflate) is a lazy chunk, fetched on the first import.
        readFile: async (name, bytes) => (await import("../xlsx/readSource")).readSourceBytes(name, bytes),
        sha256: async (bytes) => [...new Uint8Array(await crypto.subtle.digest("SHA-256", bytes as Uint8Array<ArrayBuffer>))].map((b) => b.toString(16).padStart(2, "0")).join(""),
        now: () => new Date().toISOString().replace("T", " ").slice(0, 19),
        today: () => new Date().toISOString().slice(0, 10),
        locale: () => localeFromTag(Office.context?.displayLanguage),
      })}
    />,
  );
}

start().catch((error: unknown) => {
  // Nothing else can show this failure: without the root there is no React tree to render into.
  document.body.textContent = t("uk", "error.unexpected", { message: error instanceof Error ? error.message : String(error) });
  throw error;
});
