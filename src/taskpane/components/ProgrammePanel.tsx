import { Button, makeStyles, ProgressBar, Text, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { toHostFailure, type HostFailure } from "../../domain/hostFailure";
import type { ProgrammeOperations } from "../../domain/operations";
import { useT } from "../i18n";
import { useConfirm } from "../useConfirm";
import { useOperation } from "../useOperation";
import { ConfirmReplaceDialog } from "./ConfirmReplaceDialog";
import { FailureBar } from "./FailureBar";
import { FileImport } from "./FileImport";
import { IssueList } from "./IssueList";
import { OutcomeMessage } from "./OutcomeMessage";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: "12px" },
  actions: { display: "flex", flexDirection: "column", gap: "8px" },
  hint: { color: tokens.colorNeutralForeground2 },
});

export interface ProgrammePanelProps {
  readonly operations: ProgrammeOperations;
  readonly embeddedTitle: () => Promise<string>;
  /** Called once a programme is written, so the workflow's state is read again. */
  readonly onChanged?: () => void;
}

export function ProgrammePanel({ operations, embeddedTitle, onChanged }: ProgrammePanelProps) {
  const tr = useT();
  const styles = useStyles();
  const confirm = useConfirm();
  const { state, run } = useOperation(confirm.ask);
  const busy = state.phase === "running";
  const outcome = state.phase === "done" ? state.outcome : null;
  const issues = outcome && "issues" in outcome ? outcome.issues : null;
  const [title, setTitle] = useState<string | null>(null);
  const [titleFailure, setTitleFailure] = useState<HostFailure | null>(null);
  useEffect(() => {
    if (outcome?.kind === "loaded") onChanged?.();
  }, [outcome, onChanged]);
  useEffect(() => {
    let live = true;
    // The title comes with the programme's chunk; if that chunk cannot be fetched, loading would fail too, so say so now.
    embeddedTitle().then(
      (t) => live && setTitle(t),
      (error: unknown) => live && setTitleFailure(toHostFailure(error)),
    );
    return () => {
      live = false;
    };
  }, [embeddedTitle]);

  return (
    <section className={styles.panel} aria-labelledby="programme-heading">
      <Text as="h2" id="programme-heading" size={500} weight="semibold">
        {tr("programme.panel")}
      </Text>
      {title !== null && <Text className={styles.hint}>{tr("programme.embeddedHint", { title })}</Text>}
      {titleFailure && <FailureBar error={titleFailure} />}
      <div className={styles.actions}>
        <Button appearance="primary" disabledFocusable={busy} onClick={() => void run((ui) => operations.loadEmbedded(ui))}>
          {tr("programme.loadEmbedded")}
        </Button>
        <Button disabledFocusable={busy} onClick={() => void run((ui) => operations.importActiveSheet(ui))}>
          {tr("programme.importActive")}
        </Button>
        <FileImport operations={operations} busy={busy} run={run} />
      </div>
      {busy && (
        <div role="status" aria-live="polite">
          <ProgressBar aria-label={tr("programme.working", { step: tr(`programme.step.${state.step}`) })} />
          <Text>{tr("programme.working", { step: tr(`programme.step.${state.step}`) })}</Text>
        </div>
      )}
      <OutcomeMessage state={state} />
      {outcome?.kind === "loaded" && (
        <Text weight="semibold" data-testid="loaded-counts">
          {tr("programme.loadedShort", { ...outcome.counts })}
        </Text>
      )}
      {issues && <IssueList issues={issues} />}
      <ConfirmReplaceDialog sheets={confirm.pending?.subject ?? null} onAnswer={confirm.answer} />
    </section>
  );
}
