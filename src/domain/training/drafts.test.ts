import { describe, expect, it } from "vitest";
import { ROLE_LABELS } from "../auth/roles.ts";
import { DEFAULT_RULES } from "../compliance/default-rules.ts";
import { defaultPlaybook } from "../incidents/answers.ts";
import { CATEGORIES, CATEGORY_CODES } from "../incidents/categories.ts";
import { STEP_TITLES } from "../incidents/playbook.ts";
import { SCENARIOS } from "../scripts/scenarios.ts";
import { draftsFromCase, draftsFromPlaybook, draftsFromRule, draftsFromScript } from "./drafts.ts";
import { correctAnswerProblem } from "./quiz.ts";
import { createQuestionBody } from "./schema.ts";

const rightOptions = (d: { options: string[]; correct: number[] }) => d.correct.map((i) => d.options[i]);

describe("questions drafted from a source", () => {
  const scenario = SCENARIOS.find((s) => s.id === "large-cash-purpose");
  if (!scenario) throw new Error("scenario missing");

  it("a script asks which reply is better, with the good reply as the right answer", () => {
    const [better, fit, ...trueFalse] = draftsFromScript(scenario);
    expect(better?.kind).toBe("single");
    expect(better?.text).toContain(scenario.customerLine);
    expect(rightOptions(better ?? { options: [], correct: [] })).toEqual([scenario.goodReplies[0]?.text]);
    expect(better?.options).toHaveLength(4);
    expect(fit?.kind).toBe("multiple");
    const goodTexts = scenario.goodReplies.map((r) => r.text);
    expect(rightOptions(fit ?? { options: [], correct: [] }).every((o) => goodTexts.includes(o ?? ""))).toBe(
      true,
    );
    expect(fit?.options.filter((o) => !goodTexts.includes(o)).length).toBeGreaterThan(0);
    expect(trueFalse.map((q) => [q.kind, q.correct, q.explanation])).toEqual(
      scenario.badReplies.slice(0, 2).map((b) => ["true_false", [1], b.why]),
    );
  });

  it("a banned claim becomes a false statement quoting the phrase, and its fix a choice", () => {
    const rule = DEFAULT_RULES.find((r) => r.id === "mkt.guaranteed_principal");
    if (!rule) throw new Error("rule missing");
    const [statement, fix] = draftsFromRule({ code: rule.id, ...rule });
    expect(statement).toMatchObject({ kind: "true_false", correct: [1] });
    expect(statement?.text).toContain("“保本”");
    expect(statement?.explanation).toContain(rule.message);
    expect(rightOptions(fix ?? { options: [], correct: [] })).toEqual([rule.suggestion]);
  });

  it("a required disclosure is a true statement naming what must be written", () => {
    const rule = DEFAULT_RULES.find((r) => r.kind === "required_disclosure");
    if (!rule) throw new Error("rule missing");
    const [statement] = draftsFromRule({ code: rule.id, ...rule });
    expect(statement).toMatchObject({ kind: "true_false", correct: [0] });
  });

  it("a case asks what should have been done, its lessons the right answers", () => {
    const drafts = draftsFromCase({
      ref: "CASE-2026-0003",
      title: "老年客户被误导购买保险",
      story: "客户以为买的是定期存款，一年后发现是保险产品。",
      lessons: "不得将保险、理财产品与存款混同宣传；对老年客户加强适当性管理，销售前确认客户真实意愿。",
    });
    const [what, trueFalse] = drafts;
    expect(what?.kind).toBe("multiple");
    expect(rightOptions(what ?? { options: [], correct: [] })).toEqual([
      "不得将保险、理财产品与存款混同宣传",
      "对老年客户加强适当性管理，销售前确认客户真实意愿",
    ]);
    expect(what?.options.length).toBe(4);
    expect(trueFalse).toMatchObject({ kind: "true_false", correct: [1] });
    const single = draftsFromCase({ ref: "X", title: "t", story: "s", lessons: "先稳住客户情绪再解释" });
    expect(single[0]).toMatchObject({ kind: "single" });
    expect(rightOptions(single[0] ?? { options: [], correct: [] })).toEqual(["先稳住客户情绪再解释"]);
  });

  it("every draft of every built-in script and default rule is a question the bank accepts", () => {
    const drafts = [
      ...SCENARIOS.flatMap(draftsFromScript),
      ...DEFAULT_RULES.flatMap((r) => draftsFromRule({ code: r.id, ...r })),
    ];
    expect(drafts.length).toBeGreaterThan(SCENARIOS.length + DEFAULT_RULES.length);
    for (const d of drafts) {
      expect(createQuestionBody.safeParse(d).success, d.text).toBe(true);
      expect(correctAnswerProblem(d.kind, d.options, d.correct), d.text).toBeNull();
    }
  });

  it("the same source drafts the same questions, not always with the answer first", () => {
    expect(SCENARIOS.map(draftsFromScript)).toEqual(SCENARIOS.map(draftsFromScript));
    const slots = new Set(SCENARIOS.map((s) => draftsFromScript(s)[0]?.correct[0]));
    expect(slots.size).toBeGreaterThan(1);
  });

  it("a playbook asks who does a task and which step another belongs to, right by the playbook", () => {
    for (const key of CATEGORY_CODES) {
      const playbook = defaultPlaybook(key);
      const title = CATEGORIES[key].label.zh;
      const [who, step] = draftsFromPlaybook({ key, title, tasks: playbook.tasks });
      if (!who || !step) throw new Error(`${key}: no drafts`);
      const task = playbook.tasks.find((t) => who.text.includes(`“${t.text.zh}”`));
      expect(rightOptions(who), key).toEqual([ROLE_LABELS[task?.role ?? "teller"].zh]);
      expect(new Set(who.options).size, key).toBe(who.options.length);
      const stated = playbook.tasks.find((t) => step.text.includes(`“${t.text.zh}”`));
      const saysItsStep = stated && step.text.endsWith(`“${STEP_TITLES[stated.step].zh}”环节。`);
      expect(step.correct, key).toEqual([saysItsStep ? 0 : 1]);
      for (const d of [who, step]) expect(createQuestionBody.safeParse(d).success, key).toBe(true);
    }
  });
});
