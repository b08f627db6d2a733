import type { Locale } from "../../domain/common/messages.ts";
import {
  CORRECTIVE_ACTION_LABELS,
  CORRECTIVE_ACTIONS,
  DEPARTMENTS,
  STATUS_LABELS,
  STATUSES,
  type Status,
} from "../../domain/counter-exceptions/vocabulary.ts";
import { translate } from "../i18n/dictionaries.ts";
import type { ExceptionType } from "./api.ts";

/** Select options from the domain's vocabularies and the configured types. */

export const typeLabel = (type: ExceptionType, locale: Locale) =>
  locale === "zh" ? type.labelZh : type.labelEn;

/** For a new record only enabled types are offered; filters also list disabled ones (old records name them). */
export const typeOptions = (types: ExceptionType[], locale: Locale, enabledOnly: boolean) =>
  types
    .filter((ty) => !enabledOnly || !ty.disabled)
    .map((ty) => ({ value: ty.code, label: typeLabel(ty, locale) }));

export const statusOptions = (locale: Locale) =>
  STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s][locale] }));

export const actionOptions = (locale: Locale) =>
  CORRECTIVE_ACTIONS.map((a) => ({ value: a, label: CORRECTIVE_ACTION_LABELS[a][locale] }));

export const departmentOptions = (locale: Locale) =>
  DEPARTMENTS.map((d) => ({ value: d, label: translate(locale, `cex.departments.${d}`) }));

export const STATUS_COLORS: Record<Status, string> = {
  reported: "orange",
  verified: "blue",
  rejected: "default",
  handled: "purple",
  closed: "green",
};
