import { describe, expect, it } from "vitest";
import { SCENARIOS } from "../scripts/scenarios.ts";
import { DEFAULT_RULES } from "./default-rules.ts";
import { type CheckContext, checkText, compileRules } from "./matcher.ts";
import { RULE_NAMES } from "./vocabulary.ts";

const rules = compileRules(DEFAULT_RULES);
const wealth: CheckContext = { kind: "marketing", materialType: "wealth_product" };
const general: CheckContext = { kind: "marketing", materialType: "general" };
const reply: CheckContext = { kind: "service_reply" };
const ids = (text: string, ctx: CheckContext) => checkText(rules, text, ctx).map((f) => f.ruleId);
const DISCLOSED = "本产品不保证本金，收益不确定。理财非存款、产品有风险、投资须谨慎。";

describe("an annualised return needs the product's benchmark context", () => {
  it("年化收益率高达5% alone is a finding, and its 高达 a second one", () => {
    const found = ids(`年化收益率高达5%！${DISCLOSED}`, wealth);
    expect(found).toContain("disc.annualised_return_context");
    expect(found).toContain("mkt.return_hype");
  });

  it("the same figure given as the benchmark, with its basis, is not", () => {
    const text = `业绩比较基准（年化）3.0%–3.5%，依据同类资产历史表现测算，不是预期收益率。年化收益以实际兑付为准。${DISCLOSED}`;
    expect(ids(text, wealth)).toEqual([]);
  });
});

describe("superlatives of the market", () => {
  it.each(["全市最高", "利率全省最高", "收益率同业第一", "全国第一的理财", "行业领先的收益"])(
    "%s is an error in marketing and in a reply",
    (text) => {
      expect(ids(text, general)).toContain("mkt.market_superlative");
      expect(ids(text, reply)).toContain("mkt.market_superlative");
      expect(checkText(rules, text, general)[0].severity).toBe("error");
    },
  );

  it("everyday phrases with 第一 stay clean", () => {
    expect(ids("我们会第一时间联系您", general)).toEqual([]);
  });
});

describe("wealth products put on a par with deposits in everyday words", () => {
  it.each([
    "这个理财跟存定期一样",
    "就当存定期，放心",
    "和存银行一样安全",
    "比定期还稳",
    "相当于存款，利息更高",
  ])("%s is a finding", (text) => {
    expect(ids(text, reply)).toContain("mkt.deposit_parity");
  });

  it("saying they are not the same is not", () => {
    expect(ids("理财不等于存款，和存定期不一样", reply)).toEqual([]);
    expect(ids("理财不相当于存款", reply)).toEqual([]);
  });
});

describe("one negation over coordinated claims", () => {
  it.each(["本产品不承诺保本保收益", "不承诺保本和保收益", "我们不保证本金或收益", "不保本、保收益都不承诺"])(
    "%s claims nothing",
    (text) => {
      expect(ids(`${text}。${DISCLOSED}`, wealth).filter((id) => id.startsWith("mkt.guaranteed"))).toEqual(
        [],
      );
    },
  );

  it("the same claims without the negation, or after a 但, are findings", () => {
    expect(ids("承诺保本保收益", reply)).toEqual(
      expect.arrayContaining(["mkt.guaranteed_principal", "mkt.guaranteed_return"]),
    );
    expect(ids("本产品不保本，但保证收益", reply)).toEqual(["mkt.guaranteed_return"]);
  });
});

describe("dismissive and impatient replies", () => {
  it.each([
    ["你去别的银行办吧", "svc.send_elsewhere"],
    ["办不了就换家银行", "svc.send_elsewhere"],
    ["要投诉就去投诉，随便", "svc.send_elsewhere"],
    ["你投诉也没用", "svc.send_elsewhere"],
    ["这个我刚才说过了", "svc.already_told"],
    ["说了多少遍了，要带身份证", "svc.already_told"],
    ["不是告诉你了吗，今天办不了", "svc.already_told"],
    ["后面还有人排队呢", "svc.impatient"],
    ["你快点签字", "svc.impatient"],
    ["墙上写着呢，你自己看", "svc.impatient"],
  ])("%s is caught", (text, rule) => {
    expect(ids(text, reply)).toContain(rule);
  });

  it.each([
    "您刚才说过了，我都记下了，马上帮您查",
    "您不用去别的银行，我这就帮您办理",
    "如果您对处理结果不满意，可以拨打客服热线，我们会在规定时限内答复您",
  ])("%s is a good reply", (text) => {
    expect(ids(text, reply)).toEqual([]);
  });

  it("every good reply of the script library passes the checker as a service reply", () => {
    const good = SCENARIOS.flatMap((s) => s.goodReplies.map((r) => r.text));
    for (const text of good) expect(ids(text, reply), text).toEqual([]);
  });
});

describe("rule names", () => {
  it("every default rule has a name in both languages, for front-line pages to show instead of its id", () => {
    for (const r of DEFAULT_RULES) {
      expect(RULE_NAMES[r.id]?.zh, r.id).toBeTruthy();
      expect(RULE_NAMES[r.id]?.en, r.id).toBeTruthy();
    }
  });
});
