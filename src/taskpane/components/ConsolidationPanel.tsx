import { Button, Checkbox, Dropdown, Field, makeStyles, Option, ProgressBar, Text, tokens } from "@fluentui/react-components";
import { useRef, useState, type DragEvent } from "react";
import type { ConsolidationOperations, ImportOutcome, RebuildOutcome } from "../../domain/consolidation/operations";
import { toHostFailure, type HostFailure } from "../../domain/hostFailure";
import type { Issue } from "../../domain/issues";
import { leftoversText } from "../../domain/operations";
import { reportingText } from "../../domain/consolidation/summaryHeadlines";
import { useLocale, useT } from "../i18n";
import { FailureBar } from "./FailureBar";
import { IssueList } from "./IssueList";
import { Notice } from "./Notice";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: "10px" },
  drop: { border: `2px dashed ${tokens.colorNeutralStroke1}`, borderRadius: "6px", padding: "12px", textAlign: "center" },
  dropActive: { border: `2px dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  hidden: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clip: "rect(0 0 0 0)" },
  files: { margin: 0, paddingLeft: "18px", display: "flex", flexDirection: "column", gap: "6px", overflowWrap: "anywhere" },
});

/** «Зведення звітів»: pick or drop returned files, see each file's fate, and build the summaries for a period. */
export function ConsolidationPanel({
  operations,
  confirmReplace,
  confirmPersonalData,
}: {
  operations: ConsolidationOperations;
  confirmReplace: (items: readonly string[]) => Promise<boolean>;
  confirmPersonalData: (findings: readonly Issue[]) => Promise<boolean>;
}) {
  const tr = useT();
  const locale = useLocale();
  const styles = useStyles();
  const [busy, setBusy] = useState<string | null>(null);
  const [over, setOver] = useState(false);
  const [imported, setImported] = useState<ImportOutcome | null>(null);
  const [built, setBuilt] = useState<RebuildOutcome | null>(null);
  const [periods, setPeriods] = useState<readonly { code: string; label: string }[]>([]);
  const [period, setPeriod] = useState<string | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const [error, setError] = useState<HostFailure | null>(null);
  const [acceptValidRows, setAcceptValidRows] = useState(true);
  const input = useRef<HTMLInputElement>(null);
  const attempt = async (work: () => Promise<void>) => {
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(toHostFailure(e));
    } finally {
      setBusy(null);
    }
  };
  const importFiles = (list: FileList | null) => {
    if (!list || list.length === 0) return;
    void attempt(async () => {
      setBusy(tr("consolidation.reading"));
      const files = await Promise.all([...list].map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
      const outcome = await operations.importFiles(files, { confirmReplace, confirmPersonalData, acceptValidRows, progress: (step) => setBusy(tr(`consolidation.step.${step}`)) });
      setImported(outcome);
      setPeriods(await operations.periods());
    });
  };
  const importSheets = () =>
    void attempt(async () => {
      setBusy(tr("consolidation.step.read"));
      setImported(await operations.importSheets({ confirmReplace, confirmPersonalData, acceptValidRows, progress: (step) => setBusy(tr(`consolidation.step.${step}`)) }));
      setPeriods(await operations.periods());
    });
  // Texts the last build (or, before any, the last import) left out of the published table.
  const redacted = built?.kind === "built" ? built.redacted : imported?.kind === "imported" ? imported.redacted : 0;
  // Who reported in the period last written: required executors and those by consent, in two figures.
  const reporting = built?.kind === "built" ? built.reporting : imported?.kind === "imported" ? imported.reporting : null;
  const leftovers = leftoversText(locale, [...(imported?.kind === "imported" ? imported.removedLeftovers : []), ...(built?.kind === "built" ? built.removedLeftovers : [])]);
  const drop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    importFiles(e.dataTransfer.files);
  };
  return (
    <section className={styles.panel} aria-labelledby="consolidation-heading">
      <Text as="h2" id="consolidation-heading" size={500} weight="semibold">
        {tr("consolidation.panel")}
      </Text>
      <div className={`${styles.drop} ${over ? styles.dropActive : ""}`} onDragOver={(e) => (e.preventDefault(), setOver(true))} onDragLeave={() => setOver(false)} onDrop={drop}>
        <Text>{tr("consolidation.drop")}</Text>
        <div>
          {/* The browser's own file button speaks the browser's language; ours speaks the user's and opens the same chooser. */}
          <input ref={input} id="pm-report-files" className={styles.hidden} type="file" multiple accept=".xlsx,.xlsm" tabIndex={-1} aria-hidden="true" onChange={(e) => importFiles(e.target.files)} />
          <Button disabled={busy !== null} onClick={() => input.current?.click()}>
            {tr("consolidation.choose")}
          </Button>
        </div>
      </div>
      <Checkbox checked={acceptValidRows} onChange={(_, d) => setAcceptValidRows(d.checked === true)} label={tr("consolidation.acceptValidRows")} />
      <Button disabled={busy !== null} onClick={importSheets}>
        {tr("consolidation.importSheets")}
      </Button>
      {busy !== null && (
        <div role="status" aria-live="polite">
          <ProgressBar aria-label={busy} />
          <Text>{busy}</Text>
        </div>
      )}
      {error && <FailureBar error={error} />}
      {imported?.kind === "cancelled" && (
        <Notice intent="info" text={tr("programme.cancelled")} />
      )}
      {imported?.kind === "noReports" && (
        <Notice intent="warning" text={tr("consolidation.noReports")} />
      )}
      {imported?.kind === "blocked" && <IssueList issues={imported.issues} titleKey="consolidation.blocked" />}
      {imported?.kind === "imported" && (
        <section aria-label={tr("consolidation.results")} data-testid="import-results">
          <Text weight="semibold">{tr("consolidation.results")}</Text>
          <ul className={styles.files}>
            {imported.files.map((f, i) => (
              <li key={`${i}|${f.file}|${f.sheet}`}>
                {/* A workbook holding several reports names each by its sheet. */}
                <Text weight="semibold">{imported.files.filter((x) => x.file === f.file).length > 1 ? `${f.file} · ${f.sheet}` : f.file}</Text> — {tr(`consolidation.status.${f.status}`)} {tr("consolidation.rows", { accepted: f.accepted, rejected: f.rejected })}
                {f.issues.length > 0 && (
                  <div>
                    <Button size="small" appearance="subtle" onClick={() => setOpen(open === `${i}` ? null : `${i}`)}>
                      {tr("consolidation.showIssues", { count: f.issues.length })}
                    </Button>
                    {open === `${i}` && <IssueList issues={f.issues} titleKey="check.issuesTitle" />}
                  </div>
                )}
              </li>
            ))}
          </ul>
          {imported.notes.length > 0 && <IssueList issues={imported.notes} titleKey="check.issuesTitle" />}
        </section>
      )}
      {periods.length > 0 && (
        <Field label={tr("consolidation.period")}>
          <Dropdown value={periods.find((p) => p.code === period)?.label ?? tr("consolidation.latest")} onOptionSelect={(_, d) => setPeriod(d.optionValue ?? null)}>
            {periods.map((p) => (
              <Option key={p.code} value={p.code}>{p.label}</Option>
            ))}
          </Dropdown>
        </Field>
      )}
      <Button appearance="primary" disabled={busy !== null} onClick={() => void attempt(async () => (setBusy(tr("consolidation.building")), setBuilt(await operations.rebuild(period, { confirmPersonalData }))))}>
        {tr("consolidation.build")}
      </Button>
      {built?.kind === "built" && (
        <Notice intent="success" role="status" testId="summaries-built" text={tr("consolidation.built", { period: built.label, rows: built.rows })} />
      )}
      {reporting !== null && <Notice intent="info" testId="reporting" text={reportingText(locale, reporting)} />}
      {built?.kind === "built" && built.notes.length > 0 && <IssueList issues={built.notes} titleKey="check.issuesTitle" />}
      {redacted > 0 && (
        <Notice intent="warning" testId="redacted" text={tr("consolidation.redacted", { count: redacted })} />
      )}
      {leftovers.map((text) => (
        <Notice key={text} intent="info" text={text} />
      ))}
      {built?.kind === "blocked" && <IssueList issues={built.issues} titleKey="consolidation.blocked" />}
      {built?.kind === "noData" && (
        <Notice intent="warning" text={tr("consolidation.noData")} />
      )}
    </section>
  );
}
