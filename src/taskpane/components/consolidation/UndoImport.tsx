import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, makeStyles, ProgressBar, Text } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import type { UndoOffer, UndoOutcome, WorkflowOperations } from "../../../domain/consolidation/operations";
import { ukrainianDate } from "../../../domain/consolidation/reportingStatus";
import { useT } from "../../i18n";
import { useAttempt } from "../../useAttempt";
import { useConfirm } from "../../useConfirm";
import { FailureBar } from "../FailureBar";
import { IssueList } from "../IssueList";
import { Notice } from "../Notice";

const useStyles = makeStyles({ root: { display: "flex", flexDirection: "column", gap: "6px", minWidth: 0 } });

/** «Скасувати останній імпорт», offered while the workbook keeps the sheets as they were before it. */
export function UndoImport({ operations, offer, onUndone }: { operations: WorkflowOperations; offer: UndoOffer | null; onUndone: () => void }) {
  const tr = useT();
  const styles = useStyles();
  const confirm = useConfirm<UndoOffer>();
  const { busy, result: outcome, error, attempt } = useAttempt<UndoOutcome>();
  // The button goes with the undo it offered: the keyboard's place moves to what was done, not to the page's top.
  const done = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (outcome?.kind === "undone") done.current?.focus();
  }, [outcome]);
  const undo = async () => {
    const done = await attempt(() => operations.undoLastImport(confirm.ask));
    if (done?.kind === "undone") onUndone();
  };
  const asked = confirm.pending?.subject;
  if (offer === null && outcome === null && error === null) return null;
  return (
    <section className={styles.root} aria-label={tr("undo.button")} data-testid="undo-import">
      {offer !== null && (
        <>
          <Text>{tr("undo.offer", { at: ukrainianDate(offer.at), files: offer.files })}</Text>
          <div>
            <Button disabledFocusable={busy} onClick={() => void undo()}>
              {tr("undo.button")}
            </Button>
          </div>
        </>
      )}
      {busy && asked === undefined && (
        <div role="status" aria-live="polite">
          <ProgressBar aria-label={tr("undo.working")} />
          <Text>{tr("undo.working")}</Text>
        </div>
      )}
      {error && <FailureBar error={error} />}
      {outcome?.kind === "undone" && (
        <div ref={done} tabIndex={-1}>
          <Notice intent="success" role="status" testId="undone" text={tr("undo.done", { at: ukrainianDate(outcome.at) })} />
        </div>
      )}
      {outcome?.kind === "nothing" && <Notice intent="info" text={tr("undo.nothing")} />}
      {outcome?.kind === "blocked" && <IssueList issues={outcome.issues} titleKey="undo.blocked" />}
      <Dialog open={asked !== undefined} onOpenChange={(_, data) => !data.open && confirm.answer(false)} modalType="alert">
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{tr("undo.confirm.title")}</DialogTitle>
            <DialogContent>{asked && tr("undo.confirm.text", { at: ukrainianDate(asked.at), files: asked.files })}</DialogContent>
            <DialogActions>
              <Button appearance="primary" onClick={() => confirm.answer(true)}>
                {tr("undo.confirm.yes")}
              </Button>
              <Button onClick={() => confirm.answer(false)}>{tr("undo.confirm.no")}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </section>
  );
}
