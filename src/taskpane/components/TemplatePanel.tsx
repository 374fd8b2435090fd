import { Button, Dropdown, Field, makeStyles, MessageBar, MessageBarBody, Option, Text } from "@fluentui/react-components";
import { useState } from "react";
import { toHostFailure, type HostFailure } from "../../domain/hostFailure";
import { leftoversText } from "../../domain/operations";
import { periodLabel } from "../../domain/programme/referenceLists";
import type { ReportOperations, TemplateChoices, TemplateOutcome } from "../../domain/reportOperations";
import { useLocale, useT } from "../i18n";
import { FailureBar } from "./FailureBar";
import { useConfirm } from "../useConfirm";
import { ConfirmReplaceDialog } from "./ConfirmReplaceDialog";
import { IssueList } from "./IssueList";
import { Notice } from "./Notice";

const useStyles = makeStyles({ panel: { display: "flex", flexDirection: "column", gap: "10px" } });

/** «Шаблон звіту»: a template for one executor and period, on a new sheet or (ExcelApi 1.8) in a new workbook. */
export function TemplatePanel({ operations }: { operations: ReportOperations }) {
  const tr = useT();
  const locale = useLocale();
  const styles = useStyles();
  const confirm = useConfirm();
  const [choices, setChoices] = useState<TemplateChoices | null>(null);
  const [unit, setUnit] = useState<string | null>(null);
  const [period, setPeriod] = useState<string | null>(null);
  const [result, setResult] = useState<TemplateOutcome | null>(null);
  const [error, setError] = useState<HostFailure | null>(null);
  const [busy, setBusy] = useState(false);
  const attempt = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(toHostFailure(e));
    } finally {
      setBusy(false);
    }
  };
  const create = (where: "sheet" | "workbook") =>
    void attempt(async () => setResult(await operations.createTemplate(unit ?? "", period ?? "", where, confirm.ask)));
  return (
    <section className={styles.panel} aria-labelledby="template-heading">
      <Text as="h2" id="template-heading" size={500} weight="semibold">
        {tr("template.panel")}
      </Text>
      {choices === null ? (
        <Button disabledFocusable={busy} onClick={() => void attempt(async () => setChoices(await operations.templateChoices()))}>
          {tr("template.load")}
        </Button>
      ) : (
        <>
          <Field label={tr("template.unit")}>
            <Dropdown value={choices.units.find((u) => u.code === unit)?.name ?? ""} onOptionSelect={(_, d) => setUnit(d.optionValue ?? null)}>
              {choices.units.map((u) => (
                <Option key={u.code} value={u.code} text={u.name}>{`${u.code} — ${u.name}`}</Option>
              ))}
            </Dropdown>
          </Field>
          <Field label={tr("template.period")}>
            <Dropdown value={period === null ? "" : periodLabel(period, locale)} onOptionSelect={(_, d) => setPeriod(d.optionValue ?? null)}>
              {choices.periods.map((p) => (
                <Option key={p.code} value={p.code}>{periodLabel(p.code, locale)}</Option>
              ))}
            </Dropdown>
          </Field>
          <Button appearance="primary" disabled={busy || unit === null || period === null} onClick={() => create("sheet")}>
            {tr("template.onSheet")}
          </Button>
          {choices.newWorkbook && (
            <Button disabled={busy || unit === null || period === null} onClick={() => create("workbook")}>
              {tr("template.inWorkbook")}
            </Button>
          )}
          {choices.notes.length > 0 && <IssueList issues={choices.notes} titleKey="units.notesTitle" />}
        </>
      )}
      {error && <FailureBar error={error} />}
      {result?.kind === "created" && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>
            {tr(result.where === "sheet" ? "template.created" : "template.createdWorkbook", { name: result.name })}
            {result.notices.map((key) => (
              <div key={key}>{tr(key)}</div>
            ))}
            {leftoversText(locale, result.removedLeftovers).map((text) => (
              <div key={text}>{text}</div>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}
      {result?.kind === "cancelled" && (
        <Notice intent="info" text={tr("programme.cancelled")} />
      )}
      {result?.kind === "changed" && (
        <Notice intent="warning" text={tr("programme.workbookChanged")} />
      )}
      <ConfirmReplaceDialog sheets={confirm.pending?.subject ?? null} onAnswer={confirm.answer} />
    </section>
  );
}
