import type { Locale } from "../../domain/common/messages.ts";
import { en } from "./en.ts";
import { type Dictionary, type MessageKey, zh } from "./zh.ts";

export type { Locale, MessageKey };
export type Params = Record<string, string | number>;

const dictionaries: Record<Locale, Dictionary> = { zh, en };
const STORAGE_KEY = "bulwark.language";

export function translate(locale: Locale, key: MessageKey, params: Params = {}): string {
  return dictionaries[locale][key].replace(/\{(\w+)\}/g, (_, name: string) =>
    String(params[name] ?? `{${name}}`),
  );
}

/** The language the user chose last time on this device; Chinese until they choose. */
export function storedLocale(): Locale {
  return localStorage.getItem(STORAGE_KEY) === "en" ? "en" : "zh";
}

export function storeLocale(locale: Locale): void {
  localStorage.setItem(STORAGE_KEY, locale);
}
