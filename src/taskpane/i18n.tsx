import { createContext, useContext, type ReactNode } from "react";
import { t, type Locale, type MessageKey, type MessageParams } from "../domain/messages";

const LocaleContext = createContext<Locale>("uk");

export function LocaleProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  return <LocaleContext.Provider value={locale}>{children}</LocaleContext.Provider>;
}

export function useLocale(): Locale {
  return useContext(LocaleContext);
}

/** The one way components get text: keys from the messages module, in the current locale. */
export function useT(): (key: MessageKey, params?: MessageParams) => string {
  const locale = useLocale();
  return (key, params) => t(locale, key, params);
}
