import { en, zhCN } from "zod/locales";
import { formatMessage, isMessageKey, type Locale, type MessageKey } from "../../domain/common/messages.ts";
import type { ValidationIssue } from "./validation.ts";

const zodLocales = { zh: zhCN(), en: en() };

const TYPE_KEYS: Record<string, MessageKey> = {
  string: "type.string",
  number: "type.number",
  nan: "type.nan",
  bigint: "type.int",
  int: "type.int",
  boolean: "type.boolean",
  array: "type.array",
  object: "type.object",
  null: "type.null",
  date: "type.date",
};

const SIZES: Record<string, { max: MessageKey; min: MessageKey }> = {
  string: { max: "validation.max_chars", min: "validation.min_chars" },
  array: { max: "validation.max_items", min: "validation.min_items" },
  set: { max: "validation.max_items", min: "validation.min_items" },
  number: { max: "validation.max_number", min: "validation.min_number" },
  int: { max: "validation.max_number", min: "validation.min_number" },
  bigint: { max: "validation.max_number", min: "validation.min_number" },
};

/** What is wrong with one field, without its name, in the caller's language. */
export function issueMessage(issue: ValidationIssue, locale: Locale): string {
  if (isMessageKey(issue.message)) return formatMessage(issue.message, locale);
  const p = issue.params as Record<string, unknown> & { received: string };
  const say = (key: MessageKey, params: Record<string, string> = {}) => formatMessage(key, locale, params);
  const typeName = (t: unknown) => {
    const key = TYPE_KEYS[String(t)];
    return key ? say(key) : String(t);
  };
  const separator = locale === "zh" ? "、" : ", ";
  switch (issue.keyword) {
    case "invalid_type":
      if (p.received === "undefined") return say("validation.required");
      return say("validation.type", { expected: typeName(p.expected), received: typeName(p.received) });
    case "too_big":
    case "too_small": {
      const big = issue.keyword === "too_big";
      const bound = Number(big ? p.maximum : p.minimum);
      const exclusive = p.inclusive === false;
      const sizes = SIZES[String(p.origin)];
      if (!big && bound === 1 && (p.origin === "string" || p.origin === "array"))
        return say("validation.empty");
      if (sizes) {
        const limit = exclusive && p.origin !== "number" ? bound + (big ? -1 : 1) : bound;
        return big ? say(sizes.max, { max: String(limit) }) : say(sizes.min, { min: String(limit) });
      }
      break;
    }
    case "invalid_value":
      return say("validation.one_of", { values: (p.values as unknown[]).map(String).join(separator) });
    case "invalid_format":
      if (p.format === "datetime") return say("validation.datetime");
      if (p.format === "date") return formatMessage("format.date", locale);
      if (p.format === "regex" || p.format === "template_literal") return say("validation.format");
      break;
    case "unrecognized_keys":
      return say("validation.unknown_keys", { keys: (p.keys as string[]).join(separator) });
  }
  const localized = zodLocales[locale].localeError({ code: issue.keyword, ...p } as never);
  return (typeof localized === "string" ? localized : localized?.message) ?? issue.message;
}
