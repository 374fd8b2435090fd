import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, makeStyles } from "@fluentui/react-components";
import type { Issue } from "../../domain/issues";
import { formatIssue } from "../../domain/messages";
import { useLocale, useT } from "../i18n";

const useStyles = makeStyles({ list: { maxHeight: "40vh", overflowY: "auto", paddingLeft: "18px", overflowWrap: "anywhere" } });

/** Before «Звіт про виконання» is built: the texts that may identify a person, and the choice to keep them or put a marker in their place. */
export function PersonalDataDialog({ findings, onAnswer }: { findings: readonly Issue[] | null; onAnswer: (include: boolean) => void }) {
  const tr = useT();
  const locale = useLocale();
  const styles = useStyles();
  return (
    <Dialog open={findings !== null} onOpenChange={(_, data) => !data.open && onAnswer(false)} modalType="alert">
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{tr("consolidation.personalData.title")}</DialogTitle>
          <DialogContent>
            <ul className={styles.list} data-testid="personal-data">
              {(findings ?? []).map((i) => {
                const f = formatIssue(locale, i);
                return (
                  <li key={`${i.location.cell ?? ""}|${String(i.params["kind"])}`}>
                    {f.where}: {f.message}
                  </li>
                );
              })}
            </ul>
            {tr("consolidation.personalData.question")}
          </DialogContent>
          <DialogActions>
            {/* Leaving the texts out is the safe default: the report is published. */}
            <Button appearance="primary" onClick={() => onAnswer(false)}>
              {tr("consolidation.personalData.redact")}
            </Button>
            <Button onClick={() => onAnswer(true)}>{tr("consolidation.personalData.include")}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
