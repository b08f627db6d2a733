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

/**
 * What front-line pages call each default rule, instead of its code. A rule an administrator adds has no
 * entry and is shown by its kind.
 */
export const RULE_NAMES: Record<string, { zh: string; en: string }> = {
  "mkt.guaranteed_principal": { zh: "承诺保本", en: "Principal promised" },
  "mkt.guaranteed_return": { zh: "承诺收益", en: "Return promised" },
  "mkt.no_risk": { zh: "宣称无风险", en: "Claimed risk-free" },
  "mkt.sure_win": { zh: "暗示稳赚", en: "Sure gain implied" },
  "mkt.deposit_confusion": { zh: "与存款混同", en: "Confused with deposits" },
  "mkt.deposit_parity": { zh: "口语中比作存款", en: "Likened to a deposit" },
  "mkt.expected_return": { zh: "宣传预期收益", en: "Expected return quoted" },
  "mkt.regulator_endorsement": { zh: "暗示监管背书", en: "Official backing implied" },
  "mkt.superlative": { zh: "无依据的最高级", en: "Unsupported superlative" },
  "mkt.market_superlative": { zh: "与市场或同业比高低", en: "Claimed best in the market" },
  "mkt.return_hype": { zh: "渲染收益", en: "Return played up" },
  "mkt.risk_mismatch_word": { zh: "用词淡化风险", en: "Wording plays down risk" },
  "mkt.past_performance_hype": { zh: "夸大过往业绩", en: "Past performance overstated" },
  "mkt.inducement": { zh: "赠品诱导购买", en: "Gifts as inducement" },
  "mkt.fee_claim": { zh: "笼统宣称免费", en: "Vague fee-free claim" },
  "disc.wealth_risk_warning": { zh: "缺理财风险提示", en: "Wealth risk warning missing" },
  "disc.two_tell": { zh: "缺“两告知”", en: "Principal and return caveats missing" },
  "disc.past_performance": { zh: "过往业绩缺提示", en: "Past-performance caveat missing" },
  "disc.benchmark_basis": { zh: "业绩比较基准缺说明", en: "Benchmark without its basis" },
  "disc.annualised_return_context": {
    zh: "年化收益缺基准说明",
    en: "Annualised return without its benchmark",
  },
  "disc.structured_deposit": { zh: "结构性存款缺提示", en: "Structured-deposit statement missing" },
  "disc.agency_role": { zh: "代销身份未写明", en: "Agency role not stated" },
  "svc.dead_end": { zh: "把话说死", en: "Dead end" },
  "svc.cold_rule_quoting": { zh: "生硬搬规定", en: "Rules quoted coldly" },
  "svc.blame_customer": { zh: "指责客户", en: "Blaming the customer" },
  "svc.brush_off": { zh: "推诿打发", en: "Brushing off" },
  "svc.send_elsewhere": { zh: "支走客户", en: "Sending the customer away" },
  "svc.already_told": { zh: "嫌客户没记住", en: "“I already told you”" },
  "svc.impatient": { zh: "催促、不耐烦", en: "Impatience" },
  "svc.argue": { zh: "与客户争辩", en: "Arguing with the customer" },
  "svc.contract_first": { zh: "先搬合同", en: "Contract quoted first" },
  "svc.threaten": { zh: "威胁客户", en: "Threatening the customer" },
  "svc.dismiss": { zh: "冷淡打发", en: "Dismissing the customer" },
};
