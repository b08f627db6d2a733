/** What a text is: marketing copy for customers, or a member of staff's reply to a customer. */
export const TEXT_KINDS = ["marketing", "service_reply"] as const;
export type TextKind = (typeof TEXT_KINDS)[number];

/**
 * The three kinds of rule: a claim marketing must never make (保本, 无风险 …), a statement a material must
 * carry (风险提示 …), and phrasing staff must not use with a customer (dead-ends, cold rule-quoting, blame).
 */
export const RULE_KINDS = ["banned_claim", "required_disclosure", "forbidden_phrase"] as const;
export type RuleKind = (typeof RULE_KINDS)[number];

/** `error` blocks publication; `warning` needs a person to look; `info` is advice. */
export const SEVERITIES = ["error", "warning", "info"] as const;
export type Severity = (typeof SEVERITIES)[number];

/** What a marketing material is about; required disclosures depend on it. */
export const MATERIAL_TYPES = [
  "wealth_product", // 理财产品
  "structured_deposit", // 结构性存款
  "agency_product", // 代销产品 (funds, insurance sold as agent)
  "deposit", // 存款
  "loan", // 贷款
  "card", // 银行卡
  "general", // 其他 / brand
] as const;
export type MaterialType = (typeof MATERIAL_TYPES)[number];

export const CHANNELS = ["lobby_poster", "online", "phone_script", "sms"] as const;
export type Channel = (typeof CHANNELS)[number];

export const SEVERITY_LABELS: Record<Severity, { zh: string; en: string }> = {
  error: { zh: "违规", en: "Error" },
  warning: { zh: "提示风险", en: "Warning" },
  info: { zh: "建议", en: "Advice" },
};
