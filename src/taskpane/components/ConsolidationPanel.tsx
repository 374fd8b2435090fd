import { makeStyles, Text } from "@fluentui/react-components";
import { useState } from "react";
import type { ConsolidationOperations, WorkflowOperations, WorkflowStatus } from "../../domain/consolidation/operations";
import type { Issue } from "../../domain/issues";
import { useT } from "../i18n";
import { useConfirm } from "../useConfirm";
import { BuildSummaries } from "./consolidation/BuildSummaries";
import { ImportReports } from "./consolidation/ImportReports";
import { ReportingStatusView } from "./consolidation/ReportingStatusView";
import { UndoImport } from "./consolidation/UndoImport";
import { ConfirmReplaceDialog } from "./ConfirmReplaceDialog";
import { PersonalDataDialog } from "./PersonalDataDialog";

const useStyles = makeStyles({ panel: { display: "flex", flexDirection: "column", gap: "16px", minWidth: 0 } });

export interface ConsolidationPanelProps {
  readonly operations: ConsolidationOperations & WorkflowOperations;
  readonly status: WorkflowStatus | null;
  readonly period: string | null;
  readonly onPeriod: (period: string | null) => void;
  /** Called after every change to the workbook, so the workflow's state is read again. */
  readonly onChanged: () => void;
}

/** «Зведення звітів»: import the returned reports (and undo the last import), see who has reported, build the summaries. */
export function ConsolidationPanel({ operations, status, period, onPeriod, onChanged }: ConsolidationPanelProps) {
  const tr = useT();
  const styles = useStyles();
  const replace = useConfirm();
  const publish = useConfirm<readonly Issue[]>();
  // An undone import's results describe nothing in the workbook any more: the import section starts afresh.
  const [generation, setGeneration] = useState(0);
  return (
    <section className={styles.panel} aria-labelledby="consolidation-heading">
      <Text as="h2" id="consolidation-heading" size={500} weight="semibold">
        {tr("consolidation.panel")}
      </Text>
      <ImportReports key={generation} operations={operations} confirmReplace={replace.ask} confirmPersonalData={publish.ask} onImported={onChanged} />
      <UndoImport operations={operations} offer={status?.undo ?? null} onUndone={() => (setGeneration((g) => g + 1), onChanged())} />
      {status && <ReportingStatusView status={status} period={period} onPeriod={onPeriod} today={new Date().toISOString().slice(0, 10)} />}
      <BuildSummaries operations={operations} period={period} confirmPersonalData={publish.ask} onBuilt={onChanged} />
      <ConfirmReplaceDialog sheets={replace.pending?.subject ?? null} onAnswer={replace.answer} textKey="command.replaceReports" />
      <PersonalDataDialog findings={publish.pending?.subject ?? null} onAnswer={publish.answer} />
    </section>
  );
}
