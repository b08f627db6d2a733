import { describe, expect, it } from "vitest";
import { DEFAULT_RULES } from "../compliance/default-rules.ts";
import { checkText, compileRules } from "../compliance/matcher.ts";
import { practiceFeedback } from "./practice.ts";
import { SCENARIOS, scenarioById } from "./scenarios.ts";

const rules = compileRules(DEFAULT_RULES);

function scenario(id: string) {
  const found = scenarioById(id);
  if (!found) throw new Error(`no scenario ${id}`);
  return found;
}

describe("the script library's own examples", () => {
  it.each(SCENARIOS.flatMap((s) => s.goodReplies.map((r) => [s.id, r.text] as const)))(
    "the good reply of %s passes practice with every element of its technique",
    (id, text) => {
      const feedback = practiceFeedback(scenario(id), text, rules);
      expect(feedback.findings).toEqual([]);
      expect(feedback.elements.filter((e) => e.expected && !e.present)).toEqual([]);
      expect(feedback).toMatchObject({ score: 100, verdict: "good" });
    },
  );

  it.each(SCENARIOS.flatMap((s) => s.badReplies.map((r) => [s.id, r.text] as const)))(
    "the bad reply of %s needs work",
    (id, text) => {
      expect(practiceFeedback(scenario(id), text, rules).verdict).toBe("needs_work");
    },
  );

  it("most bad example replies are caught by the service rules themselves", () => {
    const bad = SCENARIOS.flatMap((s) => s.badReplies);
    const caught = bad.filter((r) => checkText(rules, r.text, { kind: "service_reply" }).length > 0);
    expect(caught.length / bad.length).toBeGreaterThanOrEqual(0.8);
  });
});

describe("practice feedback", () => {
  const cash = scenario("large-cash-purpose");

  it("names forbidden phrasing and the missing elements of the technique", () => {
    const feedback = practiceFeedback(cash, "这是规定，你不说用途我也没办法。", rules);
    expect(feedback.findings.map((f) => f.ruleId)).toEqual(["svc.cold_rule_quoting", "svc.dead_end"]);
    const missing = feedback.elements.filter((e) => e.expected && !e.present).map((e) => e.element);
    expect(missing).toEqual(["acknowledge", "praise", "explain", "propose", "ask_agreement"]);
    expect(feedback.score).toBe(0);
  });

  it("gives partial credit and shows the words that counted", () => {
    const feedback = practiceFeedback(cash, "理解您的心情。问用途是为了保护您的资金安全。", rules);
    expect(feedback.elements.find((e) => e.element === "explain")).toMatchObject({
      present: true,
      evidence: "是为了",
    });
    expect(feedback.score).toBe(40);
    expect(feedback.verdict).toBe("needs_work");
  });

  it("a negated cue does not count: 我不理解 is not empathy", () => {
    const feedback = practiceFeedback(cash, "我不理解您的要求。", rules);
    expect(feedback.elements.find((e) => e.element === "acknowledge")?.present).toBe(false);
  });
});
