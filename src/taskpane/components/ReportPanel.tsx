import { Button, makeStyles, MessageBar, MessageBarBody, ProgressBar, Text } from "@fluentui/react-components";
import { useState } from "react";
import { toHostFailure, type HostFailure } from "../../domain/hostFailure";
import type { CheckOutcome, ClearOutcome, ReportOperations } from "../../domain/reportOperations";
import { periodLabel } from "../../domain/programme/referenceLists";
import { useLocale, useT } from "../i18n";
import { FailureBar } from "./FailureBar";
import { RemarkGroups } from "./RemarkGroups";
import type { CheckGlance } from "../workflow";
import { IssueList } from "./IssueList";
import { Notice } from "./Notice";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: "12px" },
  actions: { display: "flex", flexDirection: "column", gap: "8px" },
});

type State =
  | { readonly phase: "idle" }
  | { readonly phase: "running" }
  | { readonly phase: "checked"; readonly outcome: CheckOutcome }
  | { readonly phase: "cleared"; readonly outcome: ClearOutcome }
  | { readonly phase: "failed"; readonly error: HostFailure };

/** «Перевірка звітів»: check the active sheet or all report sheets, see and filter the remarks, clear highlights. */
export function ReportPanel({ operations, onChecked }: { operations: ReportOperations; onChecked?: (glance: CheckGlance) => void }) {
  const locale = useLocale();
  const tr = useT();
  const styles = useStyles();
  const [state, setState] = useState<State>({ phase: "idle" });
  const busy = state.phase === "running";
  const run = async (work: () => Promise<State>) => {
    setState({ phase: "running" });
    try {
      const next = await work();
      setState(next);
      if (next.phase === "checked") {
        const r = next.outcome.reports;
        onChecked?.({ reports: r.length, errors: r.reduce((n, x) => n + x.errors, 0), warnings: r.reduce((n, x) => n + x.warnings, 0) });
      }
    } catch (error) {
      setState({ phase: "failed", error: toHostFailure(error) });
    }
  };
  const show = (sheet: string, cell: string) => {
    operations.showCell(sheet, cell).catch((error: unknown) => setState({ phase: "failed", error: toHostFailure(error) }));
  };
  return (
    <section className={styles.panel} aria-labelledby="check-heading">
      <Text as="h2" id="check-heading" size={500} weight="semibold">
        {tr("check.panel")}
      </Text>
      <div className={styles.actions}>
        <Button appearance="primary" disabledFocusable={busy} onClick={() => void run(async () => ({ phase: "checked", outcome: await operations.check("active") }))}>
          {tr("check.active")}
        </Button>
        <Button disabledFocusable={busy} onClick={() => void run(async () => ({ phase: "checked", outcome: await operations.check("all") }))}>
          {tr("check.all")}
        </Button>
        <Button disabledFocusable={busy} onClick={() => void run(async () => ({ phase: "cleared", outcome: await operations.clearHighlights() }))}>
          {tr("check.clear")}
        </Button>
      </div>
      {busy && (
        <div role="status" aria-live="polite">
          <ProgressBar aria-label={tr("check.working")} />
          <Text>{tr("check.working")}</Text>
        </div>
      )}
      {state.phase === "failed" && <FailureBar error={state.error} />}
      {state.phase === "cleared" && (
        <>
          <Notice intent="success" role="status" text={tr("check.cleared", { count: state.outcome.removed })} />
          {state.outcome.protectedSheets.length > 0 && (
            <Notice intent="warning" text={tr("check.clearProtected", { sheets: state.outcome.protectedSheets.map((s) => `«${s}»`).join(", ") })} />
          )}
        </>
      )}
      {state.phase === "checked" && (
        <>
          <MessageBar intent={state.outcome.issues.some((i) => i.severity === "error") ? "warning" : "success"} role="status" data-testid="check-summary">
            <MessageBarBody>
              {state.outcome.reports.map((r) => (
                <div key={r.sheet}>{tr("check.summary", { ...r, unit: r.unit ?? tr("check.noReport"), period: r.period === null ? tr("check.noReport") : periodLabel(r.period, locale) })}</div>
              ))}
              <div>{tr("check.highlighted", { count: state.outcome.highlighted })}</div>
            </MessageBarBody>
          </MessageBar>
          {state.outcome.notices.map((key) => (
            <Notice key={key} intent="warning" text={tr(key)} />
          ))}
          <RemarkGroups
            issues={state.outcome.issues}
            titleKey="check.issuesTitle"
            unitOf={(i) => state.outcome.reports.find((r) => r.sheet === i.location.sheet)?.unit ?? null}
            onShow={show}
          />
          {state.outcome.notes.length > 0 && <IssueList issues={state.outcome.notes} titleKey="units.notesTitle" />}
        </>
      )}
    </section>
  );
}
