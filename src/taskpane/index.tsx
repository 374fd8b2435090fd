import { createRoot } from "react-dom/client";
import { localeFromTag, t } from "../domain/messages";
import { App } from "./App";
import { lazily } from "./lazily";

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
  // The Excel adapter, the programme and the engines are lazy chunks fetched on first use: the first
  // paint needs only React, Fluent and the messages.
  const readSource = async () => (await import("../xlsx/readSource")).readSourceBytes;
  root.render(
    <App
      initialLocale={locale}
      createOperations={(locale) =>
        lazily(async () =>
          (await import("../excel/programmeOperations")).createProgrammeOperations(locale, undefined, async (name, bytes) =>
            // The document and workbook readers are a lazy chunk too: fetched the first time a file is chosen.
            (await readSource())(name, bytes, { parseXml: (xml) => new DOMParser().parseFromString(xml, "application/xml") }),
          ),
        )
      }
      embeddedTitle={async () => (await import("../domain/programme/embeddedProgramme")).parseEmbeddedProgramme().programme.title}
      reportOperations={lazily(async () =>
        (await import("../excel/reportOperations")).createReportOperations({
          today: () => new Date().toISOString().slice(0, 10),
          renderXlsx: async (plans) => (await import("../xlsx/writeSheetPlans")).sheetPlansToXlsx(plans),
        }),
      )}
      consolidation={lazily(async () =>
        (await import("../excel/consolidationOperations")).createConsolidationOperations({
          readFile: async (name, bytes) => (await readSource())(name, bytes),
          sha256: async (bytes) => [...new Uint8Array(await crypto.subtle.digest("SHA-256", bytes as Uint8Array<ArrayBuffer>))].map((b) => b.toString(16).padStart(2, "0")).join(""),
          now: () => new Date().toISOString().replace("T", " ").slice(0, 19),
          today: () => new Date().toISOString().slice(0, 10),
          locale: () => localeFromTag(Office.context?.displayLanguage),
        }),
      )}
    />,
  );
}

start().catch((error: unknown) => {
  // Nothing else can show this failure: without the root there is no React tree to render into.
  document.body.textContent = t("uk", "error.unexpected", { message: error instanceof Error ? error.message : String(error) });
  throw error;
});
