import { FluentProvider, makeStyles, shorthands, Text, tokens, webLightTheme } from "@fluentui/react-components";
import { lazy, Suspense, useCallback, useRef, useState, type ReactNode } from "react";
import type { ConsolidationOperations, WorkflowOperations } from "../domain/consolidation/operations";
import type { Locale } from "../domain/messages";
import type { ProgrammeOperations } from "../domain/operations";
import type { ReportOperations } from "../domain/reportOperations";
import { LocaleProvider, useT } from "./i18n";
import { NextStepBar, StepTabs } from "./StepTabs";
import { useWorkflow } from "./useWorkflow";
import { STEPS, type CheckGlance, type StepId } from "./workflow";

// Each step's panel is a chunk of its own, fetched when the step is first opened: the first paint needs
// only React, the Fluent shell and the messages.
const ProgrammePanel = lazy(async () => ({ default: (await import("./components/ProgrammePanel")).ProgrammePanel }));
const TemplatePanel = lazy(async () => ({ default: (await import("./components/TemplatePanel")).TemplatePanel }));
const ReportPanel = lazy(async () => ({ default: (await import("./components/ReportPanel")).ReportPanel }));
const ConsolidationPanel = lazy(async () => ({ default: (await import("./components/ConsolidationPanel")).ConsolidationPanel }));

const useStyles = makeStyles({
  root: { padding: "12px", display: "flex", flexDirection: "column", gap: "12px", minHeight: "100vh", boxSizing: "border-box", minWidth: 0, overflowWrap: "anywhere" },
  header: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: "8px", flexWrap: "wrap" },
  title: { color: tokens.colorBrandForeground1, margin: 0 },
  language: { display: "flex", alignItems: "center", gap: "6px" },
  // A native select, drawn as Fluent's small one: the shell's script stays small (see tests/e2e/bundleSize.e2e.test.ts).
  select: {
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    minHeight: "24px",
    ...shorthands.padding("0", tokens.spacingHorizontalS),
    ...shorthands.border(tokens.strokeWidthThin, "solid", tokens.colorNeutralStroke1),
    borderBottomColor: tokens.colorNeutralStrokeAccessible,
    borderRadius: tokens.borderRadiusMedium,
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
  },
  panel: { display: "flex", flexDirection: "column", gap: "12px", minWidth: 0 },
});

export interface AppProps {
  readonly initialLocale: Locale;
  /** Built once; the getter lets operations write sheet headers in the language chosen at run time. */
  readonly createOperations: (locale: () => Locale) => ProgrammeOperations;
  /** The embedded programme's title, from its lazy chunk. */
  readonly embeddedTitle: () => Promise<string>;
  readonly reportOperations: ReportOperations;
  readonly consolidation: ConsolidationOperations & WorkflowOperations;
}

function LanguagePicker({ locale, onChange }: { locale: Locale; onChange: (locale: Locale) => void }) {
  const tr = useT();
  const styles = useStyles();
  return (
    <div className={styles.language}>
      <label htmlFor="pm-language">{tr("app.language")}</label>
      <select id="pm-language" className={styles.select} value={locale} onChange={(e) => onChange(e.target.value === "en" ? "en" : "uk")}>
        <option value="uk">{tr("app.language.uk")}</option>
        <option value="en">{tr("app.language.en")}</option>
      </select>
    </div>
  );
}

export function App({ initialLocale, createOperations, embeddedTitle, reportOperations, consolidation }: AppProps) {
  const [locale, setLocale] = useState<Locale>(initialLocale);
  const localeRef = useRef(locale);
  localeRef.current = locale;
  const [operations] = useState(() => createOperations(() => localeRef.current));
  return (
    <FluentProvider theme={webLightTheme}>
      <LocaleProvider locale={locale}>
        <Workflow locale={locale} onLocale={setLocale} operations={operations} embeddedTitle={embeddedTitle} reportOperations={reportOperations} consolidation={consolidation} />
      </LocaleProvider>
    </FluentProvider>
  );
}

function Workflow({ locale, onLocale, operations, embeddedTitle, reportOperations, consolidation }: Omit<AppProps, "initialLocale" | "createOperations"> & { locale: Locale; onLocale: (l: Locale) => void; operations: ProgrammeOperations }) {
  const tr = useT();
  const styles = useStyles();
  const workflow = useWorkflow(consolidation);
  const [chosen, setChosen] = useState<StepId | null>(null);
  const [check, setCheck] = useState<CheckGlance | null>(null);
  // The pane opens on the step the workbook's state suggests, once it is known; then the user leads.
  if (chosen === null && workflow.status !== null) setChosen(workflow.next?.step ?? "programme");
  const step: StepId = chosen ?? "programme";
  const [visited, setVisited] = useState<ReadonlySet<StepId>>(new Set());
  if (!visited.has(step)) setVisited(new Set([...visited, step]));
  const go = useCallback((s: StepId) => setChosen(s), []);
  const panels: Record<StepId, () => ReactNode> = {
    programme: () => <ProgrammePanel operations={operations} embeddedTitle={embeddedTitle} onChanged={workflow.refresh} />,
    templates: () => <TemplatePanel operations={reportOperations} />,
    check: () => <ReportPanel operations={reportOperations} onChecked={setCheck} />,
    consolidation: () => <ConsolidationPanel operations={consolidation} status={workflow.status} period={workflow.period} onPeriod={workflow.setPeriod} onChanged={workflow.refresh} />,
  };
  return (
    <main className={styles.root} lang={locale}>
      <header className={styles.header}>
        <Text as="h1" size={600} weight="bold" className={styles.title}>
          {tr("app.title")}
        </Text>
        <LanguagePicker locale={locale} onChange={onLocale} />
      </header>
      <NextStepBar next={workflow.next} current={step} failure={workflow.failure} onGo={go} />
      <StepTabs step={step} status={workflow.status} check={check} onSelect={go} />
      {STEPS.filter((s) => visited.has(s)).map((s) => (
        // Visited panels stay mounted (hidden), so results are still there when the user comes back.
        <div key={s} role="tabpanel" id={`pm-panel-${s}`} aria-labelledby={`pm-tab-${s}`} hidden={s !== step} className={s === step ? styles.panel : undefined}>
          <Suspense fallback={<Text>{tr("app.loadingPanel")}</Text>}>{panels[s]()}</Suspense>
        </div>
      ))}
    </main>
  );
}
