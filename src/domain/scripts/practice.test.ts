import { describe, expect, it } from "vitest";
import { DEFAULT_RULES } from "../compliance/default-rules.ts";
import { checkText, compileRules } from "../compliance/matcher.ts";
import { practiceFeedback } from "./practice.ts";
import { SCENARIOS, scenarioById } from "./scenarios.ts";
import { type Element, TECHNIQUES, type Technique } from "./vocabulary.ts";

const rules = compileRules(DEFAULT_RULES);

function scenario(id: string) {
  const found = scenarioById(id);
  if (!found) throw new Error(`no scenario ${id}`);
  return found;
}

const feedbackOn = (id: string, reply: string) => practiceFeedback(scenario(id), reply, rules);
const missing = (id: string, reply: string) =>
  feedbackOn(id, reply)
    .elements.filter((e) => e.expected && !e.present)
    .map((e) => e.element);

describe("the script library's own examples", () => {
  it.each(SCENARIOS.flatMap((s) => s.goodReplies.map((r) => [s.id, r.text] as const)))(
    "the good reply of %s passes practice with every element of its technique",
    (id, text) => {
      const feedback = feedbackOn(id, text);
      expect(feedback.findings).toEqual([]);
      expect(missing(id, text)).toEqual([]);
      expect(feedback).toMatchObject({ score: 100, verdict: "good" });
    },
  );

  it.each(SCENARIOS.flatMap((s) => s.badReplies.map((r) => [s.id, r.text] as const)))(
    "the bad reply of %s needs work",
    (id, text) => {
      expect(feedbackOn(id, text).verdict).toBe("needs_work");
    },
  );

  it("most bad example replies are caught by the service rules themselves", () => {
    const bad = SCENARIOS.flatMap((s) => s.badReplies);
    const caught = bad.filter((r) => checkText(rules, r.text, { kind: "service_reply" }).length > 0);
    expect(caught.length / bad.length).toBeGreaterThanOrEqual(0.9);
  });

  it("every technique is taught by at least one scenario, and the issue's missing situations are there", () => {
    expect(new Set(SCENARIOS.map((s) => s.technique))).toEqual(new Set(TECHNIQUES));
    expect(SCENARIOS.map((s) => s.id)).toEqual(
      expect.arrayContaining([
        "diversion-dispute",
        "loan-repayment-overdue",
        "credit-card-fee",
        "elderly-customer",
        "wealth-hard-sell-aftercare",
        "counter-sit-in",
      ]),
    );
  });
});

/**
 * Paraphrases of seed 001's model replies, in the variants staff actually say (换作/换做, 不高兴, 不好的情绪,
 * 方便问一下…吗, 请问, name and role): each must score "good" on a scenario that teaches its technique.
 */
const PARAPHRASES: Record<Technique, { scenario: string; replies: string[] }> = {
  three_f: {
    scenario: "credit-card-fee",
    replies: [
      "给您带来了不好的服务体验，真的很抱歉。如果换做是我，我也会有不好的情绪。我现在就帮您把这笔费用查清楚，您看可以吗？",
      "您不高兴我能理解，换作其他客户也会感到不高兴。我先帮您联系信用卡中心，把年费的情况问明白。",
      "我理解并接纳您的情绪，换做是我也会觉得这事有点麻烦。我们可以先把您的卡查一下，再一起想办法。",
    ],
  },
  taiji: {
    scenario: "transfer-quota-cut",
    replies: [
      "王先生，您先别生气，我明白您的心情。您这么关心自己的账户，这很好。额度调整是为了防范电信诈骗，保护您的资金安全。我建议您平时适度用用这个账户，您看这样好不好？",
      "转账没成功，您着急是肯定的，我理解。谢谢您专门过来，您很认真。之所以调低额度，是因为要防止账户被不法分子借用，保护的是您的钱。要不这样，我先帮您把今天的款在柜台转出去，您觉得可以吗？",
      "这事搁谁身上都会不高兴，我能理解。感谢您的耐心，愿意听我解释。限额是出于保护账户资金安全的考虑。我提一个建议您先听听：让账户日常活跃起来，额度会逐步恢复，您看是否能接受？",
    ],
  },
  three_and_half: {
    scenario: "transfer-quota-suggestion",
    replies: [
      "您看要不然这样，我提一个建议您先听听：每个月在卡里存一点日常用的钱，买菜吃早餐都用它付，这样账户就活跃起来了，额度就能慢慢恢复，您看这样好不好？",
      "考虑到您平时主要用这张卡收付款，我建议您先从小额的日常消费用起，好处是系统能看到是您本人在用，以后转账就不用再受限，您觉得可以吗？",
      "我建议您把一部分零用钱放在这张卡上，这样可以让账户保持正常使用的状态，也更安全，您愿意试试吗？",
    ],
  },
  self_introduction: {
    scenario: "demand-manager",
    replies: [
      "给您带来了不好的服务体验，真的很抱歉。我是这里的大堂经理，我姓陈，您的问题我可以处理，麻烦您把情况跟我详细说说。",
      "您先别生气，我明白您的心情。我叫刘洋，是本网点的客户经理，这件事交给我来负责，您慢慢说，发生了什么？",
      "让您不愉快了，对不起。我是值班主管小赵，这类问题在我这里就能解决，您先坐，跟我讲讲具体是怎么回事。",
    ],
  },
  polite_question: {
    scenario: "large-cash-purpose",
    replies: [
      "不好意思先生，您的心情我能理解，现在取钱确实手续麻烦了一点。这样做是为了保护您的账户资金安全，所以方便问一下您取这两万块的大概用途是什么吗？",
      "抱歉让您多等了一会儿。因为现在电信诈骗很多，我们需要了解一下资金用途，请问这笔钱是做什么用的呢？",
      "我理解您觉得麻烦。金额不大我们也要问，主要是担心有人冒充熟人骗您取钱。方便说一下这笔钱准备怎么用吗？",
    ],
  },
};

describe("paraphrases of the seed's model replies score good", () => {
  it.each(
    Object.entries(PARAPHRASES).flatMap(([technique, { scenario: id, replies }]) =>
      replies.map((reply) => [technique, id, reply] as const),
    ),
  )("%s on %s: %s", (technique, id, reply) => {
    expect(scenario(id).technique).toBe(technique);
    expect(missing(id, reply)).toEqual([]);
    expect(feedbackOn(id, reply)).toMatchObject({ findings: [], score: 100, verdict: "good" });
  });
});

/** The poor replies the seeds warn against, each a reason for "needs work" and most named by a rule. */
const POOR: [kind: string, scenario: string, reply: string, rule: string | null][] = [
  ["dead end", "large-cash-purpose", "这是没办法的事，我也帮不上。", "svc.dead_end"],
  [
    "dead end with a threat",
    "large-cash-purpose",
    "你要不按照这个规定做，那我们没办法办理。",
    "svc.dead_end",
  ],
  ["rule quoting", "large-cash-purpose", "这是我行的制度规定，取现必须说明用途。", "svc.cold_rule_quoting"],
  [
    "the contract before the problem",
    "transfer-quota-cut",
    "我理解您的心情，谢谢您专门过来。您签过合同，合同里写明了银行可以调整额度，是为了防范风险。我建议您多用账户，您看好吗？",
    "svc.contract_first",
  ],
  ["blaming", "transfer-quota-cut", "谁让你平时不用这张卡，额度低了怪不得别人。", "svc.blame_customer"],
  ["brushing off", "system-outage", "这不归我管，你去找别人。", "svc.brush_off"],
  ["dismissing", "demand-manager", "跟我说也没用，领导不在。", "svc.dismiss"],
  ["impatience", "long-queue", "你快点说要办什么，后面还有人排队。", "svc.impatient"],
  ["arguing", "transfer-quota-cut", "你说的不对，额度是系统按规则调的。", "svc.argue"],
  ["threatening", "counter-sit-in", "你再闹我就报警了。", "svc.threaten"],
  ["fetching the head at once", "demand-manager", "您稍等，我这就去请我们行长过来。", null],
  ["a question with no reason", "large-cash-purpose", "请问您取这笔钱干什么用？", null],
  [
    "the reason only after the question",
    "large-cash-purpose",
    "不好意思，方便问一下您取钱做什么吗？因为要防范诈骗。",
    null,
  ],
  [
    "a role but no name",
    "demand-manager",
    "抱歉让您不愉快了。我是大堂经理，这事我来处理，您说说情况。",
    null,
  ],
];

describe("poor replies the seeds warn against need work", () => {
  it.each(POOR)("%s (%s): %s", (_kind, id, reply, rule) => {
    const feedback = feedbackOn(id, reply);
    expect(feedback.verdict).toBe("needs_work");
    if (rule) expect(feedback.findings.map((f) => f.ruleId)).toContain(rule);
  });

  it("says which step is missing: no reason before the question, no name in the introduction", () => {
    expect(missing("large-cash-purpose", "不好意思，方便问一下您取钱做什么吗？因为要防范诈骗。")).toEqual([
      "reason_first",
    ]);
    expect(missing("demand-manager", "抱歉让您不愉快了。我是大堂经理，这事我来处理，您说说情况。")).toEqual([
      "introduce",
    ]);
  });
});

describe("the seed's own lines show the element they teach", () => {
  const seedLines: [string, Element[]][] = [
    ["不好意思，先生，您的心情我能理解", ["acknowledge"]],
    ["如果换做是我，我也会觉得这个事儿有一点麻烦", ["empathise"]],
    ["换作其他客户，我相信他们也会有不好的情绪，感到不高兴", ["empathise", "acknowledge"]],
    ["方便问一下您取这25000的大概用途是什么吗？", ["ask_politely"]],
    ["王先生，您先别生气，我明白您的心情，昨天账户转账没有成功是吗？", ["acknowledge"]],
    ["给您带来了不好的服务体验，真的很抱歉", ["acknowledge"]],
    [
      "您看要不然这样，我提一个建议您先听听，你看看是否能接受这样一个处理，你看这样好不好？",
      ["propose", "ask_agreement"],
    ],
  ];
  it.each(seedLines)("%s", (line, elements) => {
    const present = feedbackOn("large-cash-purpose", line)
      .elements.filter((e) => e.present)
      .map((e) => e.element);
    expect(present).toEqual(expect.arrayContaining(elements));
  });
});

describe("practice feedback", () => {
  it("names forbidden phrasing and the missing elements of the technique", () => {
    const feedback = feedbackOn("large-cash-purpose", "这是规定，你不说用途我也没办法。");
    expect(feedback.findings.map((f) => f.ruleId)).toEqual(["svc.cold_rule_quoting", "svc.dead_end"]);
    expect(missing("large-cash-purpose", "这是规定，你不说用途我也没办法。")).toEqual([
      "acknowledge",
      "explain",
      "ask_politely",
      "reason_first",
    ]);
    expect(feedback.score).toBe(0);
  });

  it("gives partial credit and shows the words that counted", () => {
    const feedback = feedbackOn("large-cash-purpose", "理解您的心情。问用途是为了保护您的资金安全。");
    expect(feedback.elements.find((e) => e.element === "explain")).toMatchObject({
      present: true,
      evidence: "是为了",
    });
    expect(feedback.score).toBe(50);
    expect(feedback.verdict).toBe("needs_work");
  });

  it("a negated cue does not count: 我不理解 is not empathy", () => {
    const feedback = feedbackOn("large-cash-purpose", "我不理解您的要求。");
    expect(feedback.elements.find((e) => e.element === "acknowledge")?.present).toBe(false);
  });

  it("shows the clauses of the self-introduction as its evidence", () => {
    const feedback = feedbackOn(
      "demand-manager",
      "真抱歉。我是这里的柜员，我姓周，这件事我可以处理，请您把情况跟我详细说说。",
    );
    expect(feedback.elements.find((e) => e.element === "introduce")?.evidence).toBe("我是这里的柜员，我姓周");
  });

  it("hostile or incidental words are no technique: 你想怎么样 asks nothing, 我也会帮您 is no empathy", () => {
    const present = feedbackOn("system-outage", "你想怎么样？其他客户还在等，我也会帮您办的。")
      .elements.filter((e) => e.present)
      .map((e) => e.element);
    expect(present).not.toContain("ask_agreement");
    expect(present).not.toContain("empathise");
  });

  it("a cue inside another element's longer cue still counts for both", () => {
    const feedback = feedbackOn("demand-manager", "我来帮您解决");
    const present = feedback.elements.filter((e) => e.present).map((e) => e.element);
    expect(present).toEqual(expect.arrayContaining(["propose", "show_capable"]));
  });
});
