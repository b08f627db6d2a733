import dayjs from "dayjs";
import "dayjs/locale/zh-cn.js";
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from "react";
import { setApiLocale } from "../api/client.ts";
import {
  type Locale,
  type MessageKey,
  type Params,
  storedLocale,
  storeLocale,
  translate,
} from "./dictionaries.ts";

export interface I18n {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  t: (key: MessageKey, params?: Params) => string;
}

const I18nContext = createContext<I18n | null>(null);

/** Holds the UI language and keeps everything that depends on it (API replies, dates, <html lang>) in step. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(storedLocale);
  // Set during render, not in an effect, so that the first requests of the new language already carry it.
  setApiLocale(locale);

  useEffect(() => {
    dayjs.locale(locale === "zh" ? "zh-cn" : "en");
    document.documentElement.lang = locale === "zh" ? "zh-CN" : "en";
    document.title = translate(locale, "app.name");
  }, [locale]);

  const setLocale = useCallback((next: Locale) => {
    storeLocale(next);
    setLocaleState(next);
  }, []);

  const value = useMemo<I18n>(
    () => ({ locale, setLocale, t: (key, params) => translate(locale, key, params) }),
    [locale, setLocale],
  );
  return <I18nContext value={value}>{children}</I18nContext>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error("useI18n outside I18nProvider");
  return i18n;
}
