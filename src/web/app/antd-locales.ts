import type { ConfigProviderProps } from "antd";
import enUSModule from "antd/locale/en_US.js";
import zhCNModule from "antd/locale/zh_CN.js";
import type { Locale } from "../../domain/common/messages.ts";

type AntdLocale = NonNullable<ConfigProviderProps["locale"]>;

/**
 * antd types its locale files as CommonJS modules: checked with Node's rules the default import is the module
 * object, while the bundler hands over the locale itself. Accept both.
 */
const unwrap = (m: AntdLocale | { default: AntdLocale }): AntdLocale => ("default" in m ? m.default : m);

export const ANTD_LOCALES: Record<Locale, AntdLocale> = { zh: unwrap(zhCNModule), en: unwrap(enUSModule) };
