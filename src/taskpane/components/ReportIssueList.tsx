import { Button, Field, makeStyles, Radio, RadioGroup, Text, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { Issue, Severity } from "../../domain/issues";
import { formatIssue } from "../../domain/messages";
import { useLocale, useT } from "../i18n";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: "18px", display: "flex", flexDirection: "column", gap: "8px" },
  where: { color: tokens.colorNeutralForeground2 },
  fix: { color: tokens.colorNeutralForeground2, fontStyle: "italic" },
});

type Filter = "all" | Severity;

/** Remarks on report sheets, filterable by severity; a click shows the cell in the workbook. */
export function ReportIssueList({ issues, onShow }: { issues: readonly Issue[]; onShow: (sheet: string, cell: string) => void }) {
  const tr = useT();
  const locale = useLocale();
  const styles = useStyles();
  const [filter, setFilter] = useState<Filter>("all");
  const shown = filter === "all" ? issues : issues.filter((i) => i.severity === filter);
  if (issues.length === 0) return <Text>{tr("check.noIssues")}</Text>;
  return (
    <section aria-label={tr("check.issuesTitle", { count: issues.length })}>
      <Field label={tr("check.filter")}>
        <RadioGroup layout="horizontal" value={filter} onChange={(_, data) => setFilter(data.value as Filter)}>
          {(["all", "error", "warning", "info"] as const).map((f) => (
            <Radio key={f} value={f} label={tr(`check.filter.${f}`)} />
          ))}
        </RadioGroup>
      </Field>
      <Text weight="semibold">{tr("check.issuesTitle", { count: shown.length })}</Text>
      <ul className={styles.list}>
        {shown.map((issue, index) => {
          const f = formatIssue(locale, issue);
          const { sheet, cell } = issue.location;
          return (
            <li key={index}>
              <Text weight="semibold">{f.severity}</Text>
              {f.where !== "" && <Text className={styles.where}> — {f.where}</Text>}
              <div>{f.message}</div>
              <div className={styles.fix}>
                {tr("fix")}: {f.fix}
              </div>
              {sheet !== undefined && cell !== undefined && (
                <Button size="small" appearance="subtle" onClick={() => onShow(sheet, cell)}>
                  {tr("check.showCell", { cell })}
                </Button>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
