import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from "@fluentui/react-components";
import type { MessageKey } from "../../domain/messages";
import { useT } from "../i18n";

export function ConfirmReplaceDialog({ sheets, onAnswer, textKey = "programme.confirmReplace" }: { sheets: readonly string[] | null; onAnswer: (yes: boolean) => void; textKey?: MessageKey }) {
  const tr = useT();
  return (
    <Dialog open={sheets !== null} onOpenChange={(_, data) => !data.open && onAnswer(false)} modalType="alert">
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{tr("programme.panel")}</DialogTitle>
          <DialogContent>{tr(textKey, { sheets: (sheets ?? []).map((s) => `«${s}»`).join(", ") })}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => onAnswer(true)}>
              {tr("programme.replace")}
            </Button>
            <Button onClick={() => onAnswer(false)}>{tr("programme.cancel")}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
