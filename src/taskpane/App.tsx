import { Dropdown, Field, FluentProvider, makeStyles, Option, Text, tokens, webLightTheme } from "@fluentui/react-components";
import { useRef, useState } from "react";
import type { Issue } from "../domain/issues";
import type { Locale } from "../domain/messages";
import type { ProgrammeOperations } from "../domain/operations";
import type { ConsolidationOperations } from "../domain/consolidation/operations";
import type { ReportOperations } from "../domain/reportOperations";
import { ConsolidationPanel } from "./components/ConsolidationPanel";
import { ConfirmReplaceDialog } from "./components/ConfirmReplaceDialog";
import { PersonalDataDialog } from "./components/PersonalDataDialog";
import { useConfirm } from "./useConfirm";
import { ProgrammePanel } from "./components/ProgrammePanel";
import { ReportPanel } from "./components/ReportPanel";
import { TemplatePanel } from "./components/TemplatePanel";
import { LocaleProvider, useT } from "./i18n";

const useStyles = makeStyles({
  root: { padding: "12px 16px", display: "flex", flexDirection: "column", gap: "16px", minHeight: "100vh", boxSizing: "border-box" },
  header: { display: "flex", alignItems: "flex-end", justifyContent: "space-between", gap: "8px", flexWrap: "wrap" },
  title: { color: tokens.colorBrandForeground1, margin: 0 },
});

export interface AppProps {
  readonly initialLocale: Locale;
  /** Built once; the getter lets operations write sheet headers in the language chosen at run time. */
  readonly createOperations: (locale: () => Locale) => ProgrammeOperations;
  /** The embedded programme's title, from its lazy chunk. */
  readonly embeddedTitle: () => Promise<string>;
  readonly reportOperations: ReportOperations;
  readonly consolidation: ConsolidationOperations;
}

function LanguagePicker({ locale, onChange }: { locale: Locale; onChange: (locale: Locale) => void }) {
  const tr = useT();
  return (
    <Field label={tr("app.language")}>
      <Dropdown
        value={tr(`app.language.${locale}`)}
        selectedOptions={[locale]}
        onOptionSelect={(_, data) => onChange(data.optionValue === "en" ? "en" : "uk")}
      >
        <Option value="uk">{tr("app.language.uk")}</Option>
        <Option value="en">{tr("app.language.en")}</Option>
      </Dropdown>
    </Field>
  );
}

function Title() {
  const tr = useT();
  const styles = useStyles();
  return (
    <Text as="h1" size={600} weight="bold" className={styles.title}>
      {tr("app.title")}
    </Text>
  );
}

export function App({ initialLocale, createOperations, embeddedTitle, reportOperations, consolidation }: AppProps) {
  const styles = useStyles();
  const [locale, setLocale] = useState<Locale>(initialLocale);
  const localeRef = useRef(locale);
  localeRef.current = locale;
  const [operations] = useState(() => createOperations(() => localeRef.current));
  return (
    <FluentProvider theme={webLightTheme}>
      <LocaleProvider locale={locale}>
        <main className={styles.root} lang={locale}>
          <header className={styles.header}>
            <Title />
            <LanguagePicker locale={locale} onChange={setLocale} />
          </header>
          <ProgrammePanel operations={operations} embeddedTitle={embeddedTitle} />
          <TemplatePanel operations={reportOperations} />
          <ReportPanel operations={reportOperations} />
          <ConsolidationSection operations={consolidation} />
        </main>
      </LocaleProvider>
    </FluentProvider>
  );
}

/** The consolidation panel with its own replace question («Дані» already holds these reports). */
function ConsolidationSection({ operations }: { operations: ConsolidationOperations }) {
  const confirm = useConfirm();
  const publish = useConfirm<readonly Issue[]>();
  return (
    <>
      <ConsolidationPanel operations={operations} confirmReplace={confirm.ask} confirmPersonalData={publish.ask} />
      <ConfirmReplaceDialog sheets={confirm.pending?.subject ?? null} onAnswer={confirm.answer} textKey="command.replaceReports" />
      <PersonalDataDialog findings={publish.pending?.subject ?? null} onAnswer={publish.answer} />
    </>
  );
}
