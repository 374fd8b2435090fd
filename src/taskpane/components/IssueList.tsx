import { Button, makeStyles, tokens, Text } from "@fluentui/react-components";
import type { Issue } from "../../domain/issues";
import { formatIssue, type MessageKey } from "../../domain/messages";
import { useLocale, useT } from "../i18n";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: "18px", display: "flex", flexDirection: "column", gap: "6px" },
  where: { color: tokens.colorNeutralForeground2 },
  fix: { color: tokens.colorNeutralForeground2, fontStyle: "italic" },
});

/** Under its file's (or sheet's) heading, a remark need not name that file (or sheet) again. */
function withoutPlace(issue: Issue): Issue {
  const { file, sheet, ...rest } = issue.location;
  return { ...issue, location: file !== undefined ? { ...rest, ...(sheet === undefined ? {} : { sheet }) } : rest };
}

/** One remark: severity, where, what and the fix; with `onShow`, a button that shows its cell in the workbook. */
export function IssueItem({ issue, onShow, severity = true, hidePlace = false }: { issue: Issue; onShow?: ((sheet: string, cell: string) => void) | undefined; severity?: boolean; hidePlace?: boolean }) {
  const locale = useLocale();
  const tr = useT();
  const styles = useStyles();
  const f = formatIssue(locale, hidePlace ? withoutPlace(issue) : issue);
  return (
    <li>
      {severity && <Text weight="semibold">{f.severity}</Text>}
      {f.where !== "" && <Text className={styles.where}>{severity ? " — " : ""}{f.where}</Text>}
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
}

export function IssueItems({ issues, onShow, severity, hidePlace = false }: { issues: readonly Issue[]; onShow?: ((sheet: string, cell: string) => void) | undefined; severity?: boolean; hidePlace?: boolean }) {
  const styles = useStyles();
  return (
    <ul className={styles.list}>
      {issues.map((issue, index) => (
        <IssueItem key={index} issue={issue} onShow={onShow} hidePlace={hidePlace} {...(severity === undefined ? {} : { severity })} />
      ))}
    </ul>
  );
}

/** Remarks with where, what and the fix; with `onShow`, each remark that names a cell can show it in the workbook. */
export function IssueList({ issues, titleKey = "programme.issuesTitle", onShow }: { issues: readonly Issue[]; titleKey?: MessageKey; onShow?: (sheet: string, cell: string) => void }) {
  const tr = useT();
  if (issues.length === 0) return <Text>{tr("programme.noIssues")}</Text>;
  return (
    <section aria-label={tr(titleKey, { count: issues.length })}>
      <Text weight="semibold">{tr(titleKey, { count: issues.length })}</Text>
      <IssueItems issues={issues} onShow={onShow} />
    </section>
  );
}
