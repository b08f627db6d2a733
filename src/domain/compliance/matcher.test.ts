import { describe, expect, it } from "vitest";
import { buildAutomaton, scan } from "./automaton.ts";
import { DEFAULT_RULES } from "./default-rules.ts";
import { type CheckContext, checkText, compileRules, isClean, type RuleSpec } from "./matcher.ts";
import { foldPhrase, foldText } from "./normalise.ts";

const rules = compileRules(DEFAULT_RULES);
const wealth: CheckContext = { kind: "marketing", materialType: "wealth_product" };
const general: CheckContext = { kind: "marketing", materialType: "general" };
const reply: CheckContext = { kind: "service_reply" };
const ids = (text: string, ctx: CheckContext) => checkText(rules, text, ctx).map((f) => f.ruleId);
const FULL_DISCLOSURE = "本产品不保证本金，收益不确定。理财非存款、产品有风险、投资须谨慎。";

describe("folding text for matching", () => {
  it("reads full-width, upper-case, traditional and spaced-out text as plain simplified text", () => {
    expect(foldPhrase("ＡＢＣ１２３")).toBe("abc123");
    expect(foldPhrase("保 證 收 益")).toBe("保证收益");
    expect(foldPhrase("穩-賺-不-賠")).toBe("稳赚不赔");
    expect(foldPhrase("保\u200b本")).toBe("保本");
  });

  it("remembers where each kept character came from", () => {
    const folded = foldText("a, b");
    expect(Array.from(folded.origins.subarray(0, folded.length))).toEqual([0, 3]);
  });
});

describe("Aho–Corasick automaton", () => {
  it("finds every occurrence of overlapping patterns, ordered by where they end", () => {
    const patterns = ["he", "she", "his", "hers"];
    const a = buildAutomaton(patterns);
    const text = "ushers";
    const codes = Uint16Array.from(text, (c) => c.charCodeAt(0));
    const found: string[] = [];
    scan(a, codes, codes.length, (p, end) => found.push(`${patterns[p]}@${end}`));
    expect(found).toEqual(["she@4", "he@4", "hers@6"]);
  });
});

describe("banned claims in marketing", () => {
  it("flags 保本 and 稳赚不赔 with their exact spans in the original text", () => {
    const text = "本理财产品保本高收益，稳赚不赔！";
    const findings = checkText(rules, `${text}${FULL_DISCLOSURE}`, wealth);
    const principal = findings.find((f) => f.ruleId === "mkt.guaranteed_principal");
    expect(principal).toMatchObject({ severity: "error", start: 5, end: 7, excerpt: "保本" });
    const sure = findings.find((f) => f.ruleId === "mkt.sure_win");
    expect(sure).toMatchObject({ start: 11, end: 15, excerpt: "稳赚不赔" });
    expect(principal?.suggestion).toContain("不保证本金");
  });

  it("reports a claim once, as the longest phrase that contains it", () => {
    expect(ids("稳赚不赔", general)).toEqual(["mkt.sure_win"]);
  });

  it.each([
    ["无风险", "mkt.no_risk"],
    ["收益有保证", "mkt.guaranteed_return"],
    ["这款理财和存款一样", "mkt.deposit_confusion"],
    ["预期年化收益率4.5%", "mkt.expected_return"],
    ["国家兜底", "mkt.regulator_endorsement"],
    ["全市收益最高", "mkt.superlative"],
    ["买理财送豆油", "mkt.inducement"],
  ])("flags %s", (text, rule) => {
    expect(ids(text, general)).toContain(rule);
  });

  it("is not fooled by full-width characters, inserted spaces or punctuation, or traditional characters", () => {
    expect(ids("保 本 保 息", general)).toEqual(["mkt.guaranteed_principal"]);
    expect(ids("保·證·收·益", general)).toEqual(["mkt.guaranteed_return"]);
    expect(ids("０风险", general)).toEqual(["mkt.no_risk"]);
    expect(ids("零 風 險", general)).toEqual(["mkt.no_risk"]);
    expect(ids("穩賺不賠", general)).toEqual(["mkt.sure_win"]);
    const spaced = "快来！保　　本，稳！";
    const [f] = checkText(rules, spaced, general);
    expect(spaced.slice(f.start, f.end)).toBe("保　　本");
  });

  it.each([
    "不保本",
    "非保本浮动收益型产品",
    "本行不承诺保本",
    "本产品不保证本金和收益",
    "并非无风险产品",
    "本金不保本，收益不确定",
  ])("does not fire on the negation %s", (text) => {
    expect(checkText(rules, text, general).filter((f) => f.kind === "banned_claim")).toEqual([]);
  });

  it("does not mistake 确保本人 for 保本", () => {
    expect(ids("请确保本人携带身份证到场办理", general)).toEqual([]);
  });

  it("words that only mismatch the risk count for risky products, not for a deposit poster", () => {
    expect(ids("安全又有保障", { kind: "marketing", materialType: "wealth_product" })).toContain(
      "mkt.risk_mismatch_word",
    );
    expect(ids("安全又有保障", { kind: "marketing", materialType: "deposit" })).toEqual([]);
  });
});

describe("required disclosures", () => {
  it("a wealth-product material without the risk warning and the two statements gets findings naming what is missing", () => {
    const findings = checkText(rules, "稳健理财，年化业绩比较基准3.2%–3.8%（测算依据见说明书）", wealth);
    const warning = findings.find((f) => f.ruleId === "disc.wealth_risk_warning");
    expect(warning).toMatchObject({ kind: "required_disclosure", severity: "error", start: 0, end: 0 });
    expect(warning?.missing).toEqual(["理财非存款", "产品有风险", "投资须谨慎"]);
    expect(findings.find((f) => f.ruleId === "disc.two_tell")?.missing).toEqual(["不保本", "收益不确定"]);
  });

  it("a complete wealth-product material is clean, whatever its punctuation", () => {
    const text = `“安心”系列理财，业绩比较基准3.2%，测算依据见产品说明书，不构成收益承诺。${FULL_DISCLOSURE}`;
    expect(checkText(rules, text, wealth).filter((f) => f.kind !== "banned_claim")).toEqual([]);
    expect(checkText(rules, "理财非存款，产品有风险，投资需谨慎。本金不保本，收益不确定。", wealth)).toEqual(
      [],
    );
  });

  it("a partial disclosure lists only the missing element", () => {
    const findings = checkText(rules, "理财非存款，产品有风险。不保证本金，收益不确定。", wealth);
    expect(findings.map((f) => [f.ruleId, f.missing])).toEqual([
      ["disc.wealth_risk_warning", ["投资须谨慎"]],
    ]);
  });

  it("past performance shown without its caveat is a finding pointing at the mention", () => {
    const text = "该系列成立以来年化收益4.1%";
    const [f] = checkText(rules, text, general);
    expect(f).toMatchObject({ ruleId: "disc.past_performance", excerpt: "成立以来" });
    const withCaveat = `${text}。过往业绩不代表其未来表现，不等于理财产品实际收益，投资须谨慎。`;
    expect(checkText(rules, withCaveat, general)).toEqual([]);
  });

  it("structured deposits need their own statement", () => {
    const ctx: CheckContext = { kind: "marketing", materialType: "structured_deposit" };
    expect(ids("挂钩黄金的结构性存款", ctx)).toEqual(["disc.structured_deposit"]);
    expect(ids("挂钩黄金。结构性存款不同于一般性存款，具有投资风险，请谨慎投资。", ctx)).toEqual([]);
  });

  it("disclosures are not asked of a staff reply", () => {
    expect(
      ids("您好，这款理财的情况我给您介绍一下", { kind: "service_reply", materialType: "wealth_product" }),
    ).toEqual([]);
  });
});

describe("forbidden phrasing in staff replies", () => {
  it("flags dead-ends, cold rule-quoting, blame and brush-offs", () => {
    expect(ids("这是规定，我也没办法", reply)).toEqual(["svc.cold_rule_quoting", "svc.dead_end"]);
    expect(ids("谁让你不早点来", reply)).toEqual(["svc.blame_customer"]);
    expect(ids("这事不归我管，你去投诉吧", reply)).toEqual(["svc.brush_off", "svc.brush_off"]);
  });

  it("an empathetic reply with a way forward is clean", () => {
    const text =
      "让您久等了，实在不好意思。系统正在恢复，我先帮您登记，恢复后第一时间电话通知您，您看可以吗？";
    const findings = checkText(rules, text, reply);
    expect(findings).toEqual([]);
    expect(isClean(findings)).toBe(true);
  });

  it("service phrasing rules do not fire on marketing copy, nor marketing-only rules on replies", () => {
    expect(ids("没办法", general)).toEqual([]);
    expect(ids("收益最高", reply)).toEqual([]);
  });

  it("a negated service phrase is not a finding", () => {
    expect(ids("这不是你自己的问题，我们也不是没办法", reply)).toEqual([]);
  });
});

describe("rules as data", () => {
  const custom: RuleSpec = {
    id: "local.lucky_number",
    kind: "banned_claim",
    severity: "info",
    appliesTo: ["marketing"],
    materialTypes: null,
    patterns: ["发发发|888"],
    allow: [],
    mentions: [],
    negatable: false,
    source: "本地规范",
    message: "m",
    suggestion: "s",
  };

  it("a rule added to the set is matched through its alternatives; info findings leave a text clean", () => {
    const set = compileRules([...DEFAULT_RULES, custom]);
    const findings = checkText(set, "开业大吉，发 发 发，专线８８８", general);
    expect(findings.map((f) => f.excerpt)).toEqual(["发 发 发", "８８８"]);
    expect(isClean(findings)).toBe(true);
  });

  it("an empty rule set finds nothing", () => {
    expect(checkText(compileRules([]), "保本稳赚", general)).toEqual([]);
  });
});
