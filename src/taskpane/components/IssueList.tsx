import { Button, makeStyles, tokens, Text } from "@fluentui/react-components";
import type { Issue } from "../../domain/issues";
import { formatIssue, type MessageKey } from "../../domain/messages";
import { useLocale, useT } from "../i18n";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: "18px", display: "flex", flexDirection: "column", gap: "6px" },
  where: { color: tokens.colorNeutralForeground2 },
  fix: { color: tokens.colorNeutralForeground2, fontStyle: "italic" },
});

/** Remarks with where, what and the fix; with `onShow`, each remark that names a cell can show it in the workbook. */
export function IssueList({ issues, titleKey = "programme.issuesTitle", onShow }: { issues: readonly Issue[]; titleKey?: MessageKey; onShow?: (sheet: string, cell: string) => void }) {
  const locale = useLocale();
  const tr = useT();
  const styles = useStyles();
  if (issues.length === 0) return <Text>{tr("programme.noIssues")}</Text>;
  return (
    <section aria-label={tr(titleKey, { count: issues.length })}>
      <Text weight="semibold">{tr(titleKey, { count: issues.length })}</Text>
      <ul className={styles.list}>
        {issues.map((issue, index) => {
          const f = formatIssue(locale, issue);
          return (
            <li key={index}>
              <Text weight="semibold">{f.severity}</Text>
              {f.where !== "" && <Text className={styles.where}> — {f.where}</Text>}
              <div>{f.message}</div>
              <div className={styles.fix}>
                {tr("fix")}: {f.fix}
              </div>
              {onShow && issue.location.sheet !== undefined && issue.location.cell !== undefined && (
                <Button size="small" appearance="subtle" onClick={() => onShow(issue.location.sheet as string, issue.location.cell as string)}>
                  {tr("check.showCell", { cell: issue.location.cell })}
                </Button>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
