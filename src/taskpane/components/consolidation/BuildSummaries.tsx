import { Button, makeStyles, ProgressBar, Text } from "@fluentui/react-components";
import type { ConsolidationOperations, RebuildOutcome } from "../../../domain/consolidation/operations";
import type { Issue } from "../../../domain/issues";
import { reportingText } from "../../../domain/consolidation/summaryHeadlines";
import { leftoversText } from "../../../domain/operations";
import { useLocale, useT } from "../../i18n";
import { useAttempt } from "../../useAttempt";
import { FailureBar } from "../FailureBar";
import { IssueList } from "../IssueList";
import { Notice } from "../Notice";

const useStyles = makeStyles({ root: { display: "flex", flexDirection: "column", gap: "8px", minWidth: 0 } });

/** «Зведення»: every summary rebuilt from «Дані» for the chosen period (the latest with data unless chosen). */
export function BuildSummaries({ operations, period, confirmPersonalData, onBuilt }: { operations: ConsolidationOperations; period: string | null; confirmPersonalData: (findings: readonly Issue[]) => Promise<boolean>; onBuilt: () => void }) {
  const tr = useT();
  const locale = useLocale();
  const styles = useStyles();
  const { busy, result: built, error, attempt } = useAttempt<RebuildOutcome>();
  const build = async () => {
    const outcome = await attempt(() => operations.rebuild(period, { confirmPersonalData }));
    if (outcome?.kind === "built") onBuilt();
  };
  return (
    <section className={styles.root} aria-labelledby="build-heading">
      <Text as="h3" id="build-heading" size={400} weight="semibold">
        {tr("consolidation.buildHeading")}
      </Text>
      <div>
        <Button appearance="primary" disabledFocusable={busy} onClick={() => void build()}>
          {tr("consolidation.build")}
        </Button>
      </div>
      {busy && (
        <div role="status" aria-live="polite">
          <ProgressBar aria-label={tr("consolidation.building")} />
          <Text>{tr("consolidation.building")}</Text>
        </div>
      )}
      {error && <FailureBar error={error} />}
      {built?.kind === "built" && <Notice intent="success" role="status" testId="summaries-built" text={tr("consolidation.built", { period: built.label, rows: built.rows })} />}
      {/* Who reported in the period built: required executors and those by consent, in two figures. */}
      {built?.kind === "built" && built.reporting !== null && <Notice intent="info" testId="reporting" text={reportingText(locale, built.reporting)} />}
      {built?.kind === "built" && built.notes.length > 0 && <IssueList issues={built.notes} titleKey="check.issuesTitle" />}
      {built?.kind === "built" && built.redacted > 0 && <Notice intent="warning" testId="redacted" text={tr("consolidation.redacted", { count: built.redacted })} />}
      {built?.kind === "built" &&
        leftoversText(locale, built.removedLeftovers).map((text) => (
          <Notice key={text} intent="info" text={text} />
        ))}
      {built?.kind === "blocked" && <IssueList issues={built.issues} titleKey="consolidation.blocked" />}
      {built?.kind === "noData" && <Notice intent="warning" text={tr("consolidation.noData")} />}
    </section>
  );
}
