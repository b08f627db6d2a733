/**
 * Messages the server sends to people, keyed so that the reply can be in the caller's language.
 * `{name}` placeholders are filled from the error's parameters.
 */
export const MESSAGES = {
  "auth.invalid_credentials": { zh: "用户名或密码错误", en: "Wrong username or password" },
  "auth.locked": {
    zh: "连续输错密码次数过多，账户已锁定至 {untilLocal}",
    en: "Too many wrong passwords: the account is locked until {untilLocal}",
  },
  "auth.disabled": {
    zh: "账户已停用，请联系系统管理员",
    en: "This account is disabled; ask your administrator",
  },
  "auth.required": { zh: "请先登录", en: "Please sign in" },
  "auth.csrf": {
    zh: "请求缺少有效的防伪令牌，请刷新页面后重试",
    en: "The request has no valid anti-forgery token; reload the page and try again",
  },
  forbidden: { zh: "您没有执行此操作的权限", en: "You are not allowed to do this" },
  not_found: { zh: "记录不存在", en: "No such record" },
  route_not_found: { zh: "接口不存在", en: "No such endpoint" },
  invalid: { zh: "字段 {field} 无效：{detail}", en: "Field {field} is invalid: {detail}" },
  body_too_large: { zh: "请求内容过大", en: "The request body is too large" },
  "password.weak": {
    zh: "密码至少 10 位，且须包含小写字母、大写字母、数字、符号中的三类",
    en: "A password needs at least 10 characters from three of: lower case, upper case, digits, symbols",
  },
  "org.parent_kind": {
    zh: "{kind}只能设在{parentKind}之下",
    en: "A unit of kind {kind} must sit directly under a {parentKind}",
  },
  "org.code_taken": { zh: "机构代码 {code} 已被使用", en: "The unit code {code} is already in use" },
  "org.move_into_own_subtree": {
    zh: "不能把机构移到它自己的下级机构之下",
    en: "A unit cannot be moved under one of its own descendants",
  },
  "org.root_exists": { zh: "总行只能有一个", en: "There can be only one head office" },
  "users.username_taken": {
    zh: "用户名 {username} 已被使用",
    en: "The username {username} is already taken",
  },
  "users.role_unit_kind": {
    zh: "角色“{role}”不能设在{kind}",
    en: "The role {role} cannot be attached to a unit of kind {kind}",
  },
  "users.self_disable": { zh: "不能停用自己的账户", en: "You cannot disable your own account" },
  "format.org_code": {
    zh: "须为 2–20 位大写字母、数字、“-”或“_”",
    en: "2–20 capital letters, digits, '-' or '_'",
  },
  "format.username": {
    zh: "须为 3–40 位小写字母、数字、“.”、“_”或“-”，以字母或数字开头",
    en: "3–40 lower-case letters, digits, '.', '_' or '-', starting with a letter or digit",
  },
  "format.phone": {
    zh: "只能包含数字、空格、“+”、“-”和括号",
    en: "digits, spaces, '+', '-' and brackets only",
  },
  nothing_to_change: { zh: "没有要修改的内容", en: "Nothing to change" },
  internal: { zh: "服务器内部错误，请稍后重试", en: "Internal server error; please try again later" },
} as const satisfies Record<string, { zh: string; en: string }>;

export type MessageKey = keyof typeof MESSAGES;
export type Locale = "zh" | "en";

export function formatMessage(key: MessageKey, locale: Locale, params: Record<string, string> = {}): string {
  return MESSAGES[key][locale].replace(/\{(\w+)\}/g, (_, name: string) => params[name] ?? `{${name}}`);
}

export function isMessageKey(value: string): value is MessageKey {
  return Object.hasOwn(MESSAGES, value);
}
