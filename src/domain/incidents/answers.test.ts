import { describe, expect, it } from "vitest";
import { DEFAULT_RULES } from "../compliance/default-rules.ts";
import { checkText, compileRules } from "../compliance/matcher.ts";
import { playbookContent } from "../knowhow/playbook.ts";
import { SCENARIOS } from "../scripts/scenarios.ts";
import {
  ANSWER_EFFECTS,
  betterCategory,
  defaultPlaybook,
  planContacts,
  planTasks,
  yesAnswers,
} from "./answers.ts";
import { CATEGORIES, CATEGORY_CODES, QUESTIONS, type QuestionKey } from "./categories.ts";
import { CALMING } from "./guidance.ts";
import { playbookTemplate, STEP_KEYS } from "./playbook.ts";
import { redrawPlan } from "./redraw.ts";
import { SEVERITY_RANK, suggestSeverity } from "./severity.ts";

const ANSWERS = Object.keys(QUESTIONS) as QuestionKey[];
const PAIRS = CATEGORY_CODES.flatMap((category) => ANSWERS.map((answer) => [category, answer] as const));

describe("a yes answer adds the same things in every category", () => {
  it.each(PAIRS)("%s with %s = yes", (category, answer) => {
    const answers = { [answer]: true };
    const effects = yesAnswers(answers).map((key) => ANSWER_EFFECTS[key]);
    const tasks = planTasks(defaultPlaybook(category), answers);
    const keys = tasks.map((t) => t.key);

    // Every task the answer (and what it implies) brings is there once, in its step, ahead of the common ones.
    for (const added of effects.flatMap((e) => e.tasks)) {
      expect(
        keys.filter((k) => k === added.key),
        added.key,
      ).toHaveLength(1);
      const at = keys.indexOf(added.key);
      const firstCommon = tasks.findIndex((t) => t.step === added.step && t.key.startsWith("common."));
      if (firstCommon >= 0) expect(at, added.key).toBeLessThan(firstCommon);
    }
    // Nothing of the category's own plan is lost, and the steps stay in the order of the closed loop.
    expect(keys).toEqual(expect.arrayContaining(playbookTemplate(category).map((t) => t.key)));
    const steps = tasks.map((t) => STEP_KEYS.indexOf(t.step));
    expect(steps).toEqual([...steps].sort((a, b) => a - b));

    // Life-saving numbers on top in the table's order; the others somewhere below.
    const contacts = planContacts(defaultPlaybook(category), answers);
    const first = [...new Set(effects.flatMap((e) => e.callFirst))];
    expect(contacts.slice(0, first.length)).toEqual(first);
    expect(contacts).toEqual(expect.arrayContaining(effects.flatMap((e) => e.callAlso)));

    // The level is at least every floor, and the reason says which.
    const level = suggestSeverity(category, answers);
    for (const floor of effects.flatMap((e) => (e.floor ? [e.floor] : [])))
      expect(SEVERITY_RANK[level.severity]).toBeLessThanOrEqual(SEVERITY_RANK[floor.level]);
    // Raised above the category's base, the reason given is no longer the base's.
    const base = suggestSeverity(category, {});
    if (level.severity !== base.severity) expect(level.reason).not.toEqual(base.reason);

    const better = ANSWER_EFFECTS[answer].betterCategory;
    expect(betterCategory(category, defaultPlaybook(category), answers)).toBe(
      better && better !== category ? better : null,
    );
  });

  it("a heated complaint with someone hurt and a knife: 110 and 120 on top, first aid and protection, level Ⅱ", () => {
    const answers = { someone_hurt: true, weapon: true };
    expect(planContacts(defaultPlaybook("complaint_conflict"), answers).slice(0, 3)).toEqual([
      "police",
      "ambulance",
      "sub_branch_duty",
    ]);
    const keys = planTasks(defaultPlaybook("complaint_conflict"), answers).map((t) => t.key);
    expect(keys).toEqual(
      expect.arrayContaining(["illness.first_aid", "hurt.kit", "safety.police", "safety.scene"]),
    );
    expect(suggestSeverity("complaint_conflict", answers).severity).toBe("II");
    expect(betterCategory("complaint_conflict", defaultPlaybook("complaint_conflict"), answers)).toBe(
      "staff_safety",
    );
  });

  it("someone unconscious counts as someone hurt and makes a collapse level Ⅱ", () => {
    expect(yesAnswers({ unconscious: true })).toEqual(["unconscious", "someone_hurt"]);
    expect(suggestSeverity("customer_illness_injury", { unconscious: true })).toMatchObject({
      severity: "II",
      reason: { zh: "当事人意识不清，至少Ⅱ级" },
    });
    expect(suggestSeverity("customer_illness_injury", { someone_hurt: true }).severity).toBe("III");
  });

  it("filming adds the branch press office and the public-opinion tasks outside media interviews too", () => {
    expect(planContacts(defaultPlaybook("group_visit"), { media: true })).toContain("branch_office");
    const keys = planTasks(defaultPlaybook("group_visit"), { media: true }).map((t) => t.key);
    expect(keys).toEqual(
      expect.arrayContaining(["media.platform", "media.cp_officer", "media.spokesperson"]),
    );
  });

  it("every shipped playbook is valid know-how content", () => {
    for (const code of CATEGORY_CODES)
      expect(playbookContent.safeParse(defaultPlaybook(code)).error, code).toBeUndefined();
  });

  it("every category has a continuity task and tasks in all five steps", () => {
    for (const code of CATEGORY_CODES) {
      const tasks = playbookTemplate(code);
      expect(
        tasks.some((t) => t.key === "common.continuity"),
        code,
      ).toBe(true);
      expect([...new Set(tasks.map((t) => t.step))], code).toEqual([...STEP_KEYS]);
      expect(CATEGORIES[code].questions.length).toBeLessThanOrEqual(3);
    }
  });
});

describe("our own words pass our own compliance rules", () => {
  const rules = compileRules(DEFAULT_RULES);
  const texts = [
    ...Object.entries(CALMING).flatMap(([code, lines]) =>
      lines.map((l) => [`calming ${code}`, l.zh] as const),
    ),
    ...[
      ...new Map(
        PAIRS.flatMap(([c, a]) => planTasks(defaultPlaybook(c), { [a]: true })).map((t) => [
          t.key,
          t.text.zh,
        ]),
      ),
    ].map(([key, zh]) => [`task ${key}`, zh] as const),
    ...SCENARIOS.flatMap((s) => s.goodReplies.map((r) => [`script ${s.id}`, r.text] as const)),
  ];

  it.each(texts)("%s: %s", (_, text) => {
    const errors = checkText(rules, text, { kind: "service_reply" }).filter((f) => f.severity === "error");
    expect(errors.map((f) => `${f.ruleId}: ${f.excerpt}`)).toEqual([]);
  });
});

describe("re-drawing the playbook for a new category", () => {
  it("keeps done tasks, adds the new category's, drops open tasks it no longer has", () => {
    const before = planTasks(defaultPlaybook("complaint_conflict"), { weapon: true });
    const existing = before.map((t, i) => ({
      id: i + 1,
      key: t.key,
      step: t.step,
      done: t.key === "conflict.head" || t.key === "safety.alarm",
    }));
    const after = planTasks(defaultPlaybook("staff_safety"), { weapon: true });
    const { slots, removed } = redrawPlan(after, existing);
    const idOf = (key: string) => existing.find((t) => t.key === key)?.id;
    const kept = slots.flatMap((s) => ("id" in s ? [s.id] : []));
    // Done stays (even one the new plan lacks), open ones of the old category go, shared ones are not doubled.
    expect(kept).toEqual(
      expect.arrayContaining([idOf("conflict.head"), idOf("safety.alarm"), idOf("common.scene")]),
    );
    expect(removed).toEqual(expect.arrayContaining([idOf("conflict.police"), idOf("conflict.separate")]));
    expect(removed).not.toContain(idOf("conflict.head"));
    const added = slots.flatMap((s) => ("add" in s ? [s.add.key] : []));
    expect(added).toEqual(["safety.care"]);
    expect(slots).toHaveLength(after.length + 1);
  });
});
