/**
 * What the server says about a request it cannot take as sent (malformed, wrong type, too large) and about
 * each invalid field, in words a user reads: "期望文本，收到数字", never Zod's "期望 string，实际接收 undefined".
 * Spread into MESSAGES (messages.ts), so they are message keys like any other.
 */
export const REQUEST_MESSAGES = {
  bad_request: { zh: "请求无效", en: "The request is not valid" },
  bad_url: { zh: "请求地址无效", en: "The request address is not valid" },
  uri_too_long: { zh: "请求地址过长", en: "The request address is too long" },
  not_acceptable: {
    zh: "无法以请求的格式（Accept）答复",
    en: "The answer cannot be given in the format asked for (Accept)",
  },
  method_not_allowed: { zh: "接口不支持此请求方法", en: "This endpoint does not take this method" },
  invalid_json: { zh: "请求内容不是有效的 JSON", en: "The request body is not valid JSON" },
  unsupported_media_type: {
    zh: "不支持的请求内容类型，请以 JSON 提交",
    en: "Unsupported content type; send JSON",
  },
  "validation.required": { zh: "必填", en: "is required" },
  "validation.type": { zh: "期望{expected}，收到{received}", en: "expected {expected}, received {received}" },
  "validation.empty": { zh: "不能为空", en: "must not be empty" },
  "validation.max_chars": { zh: "最多 {max} 个字符", en: "at most {max} characters" },
  "validation.min_chars": { zh: "至少 {min} 个字符", en: "at least {min} characters" },
  "validation.max_items": { zh: "最多 {max} 项", en: "at most {max} items" },
  "validation.min_items": { zh: "至少 {min} 项", en: "at least {min} items" },
  "validation.max_number": { zh: "不能大于 {max}", en: "must not be more than {max}" },
  "validation.min_number": { zh: "不能小于 {min}", en: "must not be less than {min}" },
  "validation.one_of": { zh: "须为以下之一：{values}", en: "must be one of: {values}" },
  "validation.format": { zh: "格式不正确", en: "has the wrong format" },
  "validation.datetime": {
    zh: "须为带时区的日期时间（ISO 8601）",
    en: "must be a date and time with its time zone (ISO 8601)",
  },
  "validation.unknown_keys": { zh: "不认识的字段：{keys}", en: "unknown field(s): {keys}" },
  "type.string": { zh: "文本", en: "text" },
  "type.number": { zh: "数字", en: "a number" },
  "type.nan": { zh: "非数字", en: "something that is not a number" },
  "type.int": { zh: "整数", en: "a whole number" },
  "type.boolean": { zh: "是/否", en: "true or false" },
  "type.array": { zh: "列表", en: "a list" },
  "type.object": { zh: "对象", en: "an object" },
  "type.null": { zh: "空值", en: "null" },
  "type.date": { zh: "日期", en: "a date" },
} as const satisfies Record<string, { zh: string; en: string }>;
