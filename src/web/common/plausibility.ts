import type { FormRule } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import type { Locale } from "../../domain/common/messages.ts";
import { formatMessage, type MessageKey } from "../../domain/common/messages.ts";
import {
  DUE_WINDOW_DAYS,
  dueTimeProblem,
  getHorizonDays,
  hasLetterOrDigit,
  type IdType,
  idNumberProblem,
  type Problem,
  pastTimeProblem,
} from "../../domain/common/plausibility.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";

/**
 * The domain's plausibility rules as form rules, so a form refuses what the server would, with the same
 * message, before anything is sent. `label` is the field's name as the form shows it.
 */
export function plausibilityRules(locale: Locale) {
  const say = (key: MessageKey, params: Record<string, string> = {}) => formatMessage(key, locale, params);
  const answer = (problem: Problem | null, label: string) =>
    problem
      ? Promise.reject(new Error(say(problem.key, { field: label, ...problem.params })))
      : Promise.resolve();
  return {
    /** A time something was received or happened. */
    pastTime: (label: string): FormRule => ({
      validator: (_, v?: Dayjs | null) =>
        v ? answer(pastTimeProblem(v.toISOString(), new Date()), label) : Promise.resolve(),
    }),
    /** A due time. */
    dueTime: (label: string): FormRule => ({
      validator: (_, v?: Dayjs | null) =>
        v ? answer(dueTimeProblem(v.toISOString(), new Date()), label) : Promise.resolve(),
    }),
    /** A description that must say something: emoji or punctuation alone is refused. */
    described: (): FormRule => ({
      validator: (_, v?: string) =>
        !v?.trim() || hasLetterOrDigit(v)
          ? Promise.resolve()
          : Promise.reject(new Error(say("plausibility.no_letter_or_digit"))),
    }),
    /** An ID number, checked against the document type chosen in the field `typeField`. */
    idNumber:
      (typeField: (string | number)[]): FormRule =>
      ({ getFieldValue }) => ({
        validator: (_, v?: string) => {
          if (!v?.trim()) return Promise.resolve();
          const type: IdType = getFieldValue(typeField) ?? "resident_id";
          const problem = idNumberProblem(type, v, dayjs().format("YYYY-MM-DD"));
          return problem ? Promise.reject(new Error(say(problem))) : Promise.resolve();
        },
      }),
  };
}

export const usePlausibilityRules = () => plausibilityRules(useI18n().locale);

/** Days a received or occurred time cannot fall on: after today, or before the horizon. */
export const outsidePast = (d: Dayjs) =>
  d.isAfter(dayjs(), "day") || d.isBefore(dayjs().subtract(getHorizonDays(), "day"), "day");

/** Days a due time cannot fall on: before today, or beyond the window. */
export const outsideDueWindow = (d: Dayjs) =>
  d.isBefore(dayjs(), "day") || d.isAfter(dayjs().add(DUE_WINDOW_DAYS, "day"), "day");
