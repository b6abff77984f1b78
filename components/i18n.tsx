/**
 * The UI language of the extension pages, for every component under the provider: `useI18n()` gives the words
 * (utils/ui-i18n.ts). The popup and the options page set it from the user's choice in the options, else the
 * browser's language; components rendered alone (tests) speak English.
 */
import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { translator, type Translator, type UiLang } from '../utils/ui-i18n';

const LangContext = createContext<UiLang>('en');

export function I18nProvider({ lang, children }: { lang: UiLang; children: ComponentChildren }) {
  return <LangContext.Provider value={lang}>{children}</LangContext.Provider>;
}

export const useI18n = (): Translator => translator(useContext(LangContext));

/** The browser's UI language (browser.i18n); navigator.language where that API is missing (unit tests). */
export function browserLanguage(): string {
  try {
    const lang = browser.i18n.getUILanguage();
    if (lang) return lang;
  } catch {
    // not mocked in unit tests; some engines lack it
  }
  return typeof navigator === 'undefined' ? 'en' : navigator.language;
}
