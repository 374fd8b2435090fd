import { Button, Checkbox, makeStyles, mergeClasses, ProgressBar, Text, tokens } from "@fluentui/react-components";
import { useRef, useState, type DragEvent } from "react";
import type { ConsolidationOperations, ImportOutcome } from "../../../domain/consolidation/operations";
import { toHostFailure, type HostFailure } from "../../../domain/hostFailure";
import type { Issue } from "../../../domain/issues";
import { reportingText } from "../../../domain/consolidation/summaryHeadlines";
import { leftoversText } from "../../../domain/operations";
import { useLocale, useT } from "../../i18n";
import { FailureBar } from "../FailureBar";
import { IssueList } from "../IssueList";
import { Notice } from "../Notice";
import { RemarkGroups } from "../RemarkGroups";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "10px", minWidth: 0 },
  drop: { border: `2px dashed ${tokens.colorNeutralStroke1}`, borderRadius: "6px", padding: "12px", textAlign: "center", display: "flex", flexDirection: "column", gap: "8px", alignItems: "center" },
  dropActive: { border: `2px dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  hidden: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clip: "rect(0 0 0 0)" },
  files: { margin: 0, paddingLeft: "18px", display: "flex", flexDirection: "column", gap: "4px", overflowWrap: "anywhere" },
});

/** Picking or dropping returned files (or taking report sheets from this workbook), and what became of each. */
export function ImportReports({
  operations,
  confirmReplace,
  confirmPersonalData,
  onImported,
}: {
  operations: ConsolidationOperations;
  confirmReplace: (items: readonly string[]) => Promise<boolean>;
  confirmPersonalData: (findings: readonly Issue[]) => Promise<boolean>;
  onImported: () => void;
}) {
  const tr = useT();
  const locale = useLocale();
  const styles = useStyles();
  const [busy, setBusy] = useState<string | null>(null);
  const [over, setOver] = useState(false);
  const [imported, setImported] = useState<ImportOutcome | null>(null);
  const [error, setError] = useState<HostFailure | null>(null);
  const [acceptValidRows, setAcceptValidRows] = useState(true);
  const input = useRef<HTMLInputElement>(null);
  const attempt = async (work: () => Promise<ImportOutcome>) => {
    setError(null);
    try {
      const outcome = await work();
      setImported(outcome);
      if (outcome.kind === "imported") onImported();
    } catch (e) {
      setError(toHostFailure(e));
    } finally {
      setBusy(null);
    }
  };
  const ui = { confirmReplace, confirmPersonalData, acceptValidRows, progress: (step: "read" | "validate" | "write") => setBusy(tr(`consolidation.step.${step}`)) };
  const importFiles = (list: FileList | null) => {
    if (!list || list.length === 0) return;
    void attempt(async () => {
      setBusy(tr("consolidation.reading"));
      const files = await Promise.all([...list].map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
      return operations.importFiles(files, ui);
    });
  };
  const drop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    importFiles(e.dataTransfer.files);
  };
  const files = imported?.kind === "imported" ? imported.files : [];
  // A workbook holding several reports names each by its sheet, in the list and in the remarks.
  const several = new Set(files.filter((f, i) => files.findIndex((x) => x.file === f.file) !== i).map((f) => f.file));
  const placeOf = (i: Issue) => (several.has(i.location.file ?? "") && i.location.sheet ? `${i.location.file ?? ""} · ${i.location.sheet}` : (i.location.file ?? i.location.sheet ?? ""));
  const unitOfReport = new Map(files.flatMap((f) => [[`${f.file}|${f.sheet}`, f.unit ?? null] as const, ...(several.has(f.file) ? [] : [[f.file, f.unit ?? null] as const])]));
  const unitOf = (i: Issue) => unitOfReport.get(`${i.location.file ?? ""}|${i.location.sheet ?? ""}`) ?? unitOfReport.get(i.location.file ?? "") ?? null;
  return (
    <section className={styles.root} aria-labelledby="import-heading">
      <Text as="h3" id="import-heading" size={400} weight="semibold">
        {tr("consolidation.importHeading")}
      </Text>
      <div className={mergeClasses(styles.drop, over && styles.dropActive)} onDragOver={(e) => (e.preventDefault(), setOver(true))} onDragLeave={() => setOver(false)} onDrop={drop}>
        <Text>{tr("consolidation.drop")}</Text>
        {/* The browser's own file button speaks the browser's language; ours speaks the user's and opens the same chooser. */}
        <input ref={input} id="pm-report-files" className={styles.hidden} type="file" multiple accept=".xlsx,.xlsm" tabIndex={-1} aria-hidden="true" onChange={(e) => importFiles(e.target.files)} />
        <Button appearance="primary" disabledFocusable={busy !== null} onClick={() => input.current?.click()}>
          {tr("consolidation.choose")}
        </Button>
      </div>
      <Checkbox checked={acceptValidRows} onChange={(_, d) => setAcceptValidRows(d.checked === true)} label={tr("consolidation.acceptValidRows")} />
      <div>
        <Button disabledFocusable={busy !== null} onClick={() => void attempt(async () => (setBusy(tr("consolidation.step.read")), operations.importSheets(ui)))}>
          {tr("consolidation.importSheets")}
        </Button>
      </div>
      {busy !== null && (
        <div role="status" aria-live="polite">
          <ProgressBar aria-label={busy} />
          <Text>{busy}</Text>
        </div>
      )}
      {error && <FailureBar error={error} />}
      {imported?.kind === "cancelled" && <Notice intent="info" text={tr("programme.cancelled")} />}
      {imported?.kind === "noReports" && <Notice intent="warning" text={tr("consolidation.noReports")} />}
      {imported?.kind === "noReports" && imported.notes.length > 0 && <IssueList issues={imported.notes} titleKey="check.issuesTitle" />}
      {imported?.kind === "blocked" && <IssueList issues={imported.issues} titleKey="consolidation.blocked" />}
      {imported?.kind === "imported" && (
        <>
          <section aria-label={tr("consolidation.results")} data-testid="import-results">
            <Text weight="semibold">{tr("consolidation.results")}</Text>
            <ul className={styles.files}>
              {imported.files.map((f, i) => (
                <li key={`${i}|${f.file}|${f.sheet}`}>
                  <Text weight="semibold">{several.has(f.file) ? `${f.file} · ${f.sheet}` : f.file}</Text> — {tr(`consolidation.status.${f.status}`)} {tr("consolidation.rows", { accepted: f.accepted, rejected: f.rejected })}
                </li>
              ))}
            </ul>
          </section>
          {imported.redacted > 0 && <Notice intent="warning" testId="redacted" text={tr("consolidation.redacted", { count: imported.redacted })} />}
          {leftoversText(locale, imported.removedLeftovers).map((text) => (
            <Notice key={text} intent="info" text={text} />
          ))}
          <RemarkGroups issues={imported.files.flatMap((f) => f.issues)} unitOf={unitOf} placeOf={placeOf} />
          {imported.reporting !== null && <Notice intent="info" testId="reporting-import" text={reportingText(locale, imported.reporting)} />}
          {imported.notes.length > 0 && <IssueList issues={imported.notes} titleKey="check.issuesTitle" />}
        </>
      )}
    </section>
  );
}
