import { Link, makeStyles, mergeClasses, Tab, TabList, Text, tokens } from "@fluentui/react-components";
import type { WorkflowStatus } from "../domain/consolidation/operations";
import { failureText, type HostFailure } from "../domain/hostFailure";
import { useLocale, useT } from "./i18n";
import { stepLines, STEPS, type CheckGlance, type NextStep, type StepId } from "./workflow";

const useStyles = makeStyles({
  tabs: { minWidth: 0 },
  tab: { height: "auto", whiteSpace: "normal", textAlign: "start", justifyContent: "flex-start", alignItems: "flex-start", paddingTop: "6px", paddingBottom: "6px", minWidth: 0, maxWidth: "100%" },
  content: { display: "flex", flexDirection: "column", gap: "2px", overflow: "visible", whiteSpace: "normal", minWidth: 0 },
  line: { display: "block", color: tokens.colorNeutralForeground2, fontWeight: tokens.fontWeightRegular },
  // A programme's title can run to three lines: two are enough to know it.
  clamp: { display: "-webkit-box", WebkitLineClamp: 2, WebkitBoxOrient: "vertical", overflow: "hidden" },
  next: { display: "flex", flexDirection: "column", gap: "6px", padding: "8px 10px", borderRadius: tokens.borderRadiusMedium, backgroundColor: tokens.colorBrandBackground2, border: `1px solid ${tokens.colorBrandStroke2}` },
  failure: { color: tokens.colorPaletteRedForeground1 },
  go: { fontWeight: tokens.fontWeightSemibold, textAlign: "start" },
});

/** The four steps, each with its state at a glance; arrow keys move between them, Enter or Space opens one. */
export function StepTabs({ step, status, check, onSelect }: { step: StepId; status: WorkflowStatus | null; check: CheckGlance | null; onSelect: (step: StepId) => void }) {
  const tr = useT();
  const locale = useLocale();
  const styles = useStyles();
  return (
    <TabList vertical size="small" reserveSelectedTabSpace={false} selectedValue={step} onTabSelect={(_, data) => onSelect(data.value as StepId)} aria-label={tr("app.steps")} className={styles.tabs}>
      {STEPS.map((s) => (
        <Tab key={s} value={s} id={`pm-tab-${s}`} aria-controls={`pm-panel-${s}`} className={styles.tab}>
          <span className={styles.content}>
            <Text weight="semibold">{tr(`step.${s}`)}</Text>
            {stepLines(s, status, check, locale).map(([key, params], i) => (
              <Text key={i} size={200} className={key === "step.programme.title" ? mergeClasses(styles.line, styles.clamp) : styles.line} data-testid={`pm-step-${s}-${i}`}>
                {tr(key, params)}
              </Text>
            ))}
          </span>
        </Tab>
      ))}
    </TabList>
  );
}

/** «Наступний крок»: what to do now, and a way straight to the step that does it. */
export function NextStepBar({ next, current, failure, onGo }: { next: NextStep | null; current: StepId; failure: HostFailure | null; onGo: (step: StepId) => void }) {
  const tr = useT();
  const locale = useLocale();
  const styles = useStyles();
  if (failure) {
    return (
      <Text role="alert" className={styles.failure}>
        {tr("step.statusFailed")}: {failureText(locale, failure)}
      </Text>
    );
  }
  if (next === null) return null;
  return (
    <section className={styles.next} aria-label={tr("next.title")} data-testid="next-step">
      <Text weight="semibold">{tr("next.title")}</Text>
      <Text role="status">{tr(...next.text)}</Text>
      {next.step !== current && (
        <div>
          {/* A link-styled button: Fluent's Button would weigh on the shell's first script, and this only leads to a step. */}
          <Link as="button" className={styles.go} onClick={() => (onGo(next.step), document.getElementById(`pm-tab-${next.step}`)?.focus())}>
            {tr("next.go")} «{tr(`step.${next.step}`)}» →
          </Link>
        </div>
      )}
    </section>
  );
}
