import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useRef, useState } from "react";
import { toHostFailure, type HostFailure } from "../../domain/hostFailure";
import { countsOf, isUsable, type LoadOutcome, type OperationUi, type ProgrammeOperations } from "../../domain/operations";
import type { ParsedProgramme } from "../../domain/programme/buildProgramme";
import { useT } from "../i18n";
import { FailureBar } from "./FailureBar";
import { IssueList } from "./IssueList";

const useStyles = makeStyles({
  hidden: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clip: "rect(0 0 0 0)" },
  preview: { display: "flex", flexDirection: "column", gap: "8px", padding: "10px", border: `1px solid ${tokens.colorNeutralStroke1}`, borderRadius: "6px" },
  actions: { display: "flex", gap: "8px" },
});

/** «Імпортувати з файлу…»: a programme from .docx, .txt or .xlsx, previewed before anything is written. */
export function FileImport({ operations, busy, run }: { operations: ProgrammeOperations; busy: boolean; run: (work: (ui: OperationUi) => Promise<LoadOutcome>) => Promise<void> }) {
  const tr = useT();
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [preview, setPreview] = useState<{ name: string; parsed: ParsedProgramme } | null>(null);
  const [error, setError] = useState<HostFailure | null>(null);
  const choose = async (file: File | undefined) => {
    if (!file) return;
    setError(null);
    try {
      setPreview({ name: file.name, parsed: await operations.previewFile(file.name, new Uint8Array(await file.arrayBuffer())) });
    } catch (e) {
      setError(toHostFailure(e));
    }
  };
  const parsed = preview?.parsed;
  return (
    <>
      {/* The browser's own file button speaks the browser's language; ours speaks the user's. */}
      <input ref={input} id="pm-programme-file" className={styles.hidden} type="file" accept=".docx,.odt,.txt,.xlsx" tabIndex={-1} aria-hidden="true" onChange={(e) => void choose(e.target.files?.[0])} />
      <Button disabledFocusable={busy} onClick={() => input.current?.click()}>
        {tr("programme.importFile")}
      </Button>
      {error && <FailureBar error={error} />}
      {preview && parsed && (
        <section className={styles.preview} aria-label={tr("programme.previewTitle", { file: preview.name })} data-testid="programme-preview">
          <Text weight="semibold">{tr("programme.previewTitle", { file: preview.name })}</Text>
          {parsed.programme.title !== "" && <Text>{parsed.programme.title}</Text>}
          <Text weight="semibold">{tr("programme.loadedShort", { ...countsOf(parsed) })}</Text>
          <IssueList issues={parsed.issues} />
          <div className={styles.actions}>
            <Button appearance="primary" disabled={busy || !isUsable(parsed)} onClick={() => void run((ui) => operations.loadParsed(parsed, ui)).then(() => setPreview(null))}>
              {tr("programme.loadPreviewed")}
            </Button>
            <Button disabledFocusable={busy} onClick={() => setPreview(null)}>
              {tr("programme.cancel")}
            </Button>
          </div>
        </section>
      )}
    </>
  );
}
