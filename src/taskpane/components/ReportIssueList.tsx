import { Field, Radio, RadioGroup, Text } from "@fluentui/react-components";
import { useState } from "react";
import type { Issue, Severity } from "../../domain/issues";
import { useT } from "../i18n";
import { IssueList } from "./IssueList";

type Filter = "all" | Severity;

/** Remarks on report sheets, filterable by severity; a click shows the cell in the workbook. */
export function ReportIssueList({ issues, onShow }: { issues: readonly Issue[]; onShow: (sheet: string, cell: string) => void }) {
  const tr = useT();
  const [filter, setFilter] = useState<Filter>("all");
  const shown = filter === "all" ? issues : issues.filter((i) => i.severity === filter);
  if (issues.length === 0) return <Text>{tr("check.noIssues")}</Text>;
  return (
    <>
      <Field label={tr("check.filter")}>
        <RadioGroup layout="horizontal" value={filter} onChange={(_, data) => setFilter(data.value as Filter)}>
          {(["all", "error", "warning", "info"] as const).map((f) => (
            <Radio key={f} value={f} label={tr(`check.filter.${f}`)} />
          ))}
        </RadioGroup>
      </Field>
      {shown.length === 0 ? <Text>{tr("check.noIssues")}</Text> : <IssueList issues={shown} titleKey="check.issuesTitle" onShow={onShow} />}
    </>
  );
}
