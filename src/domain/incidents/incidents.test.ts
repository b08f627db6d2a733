import { describe, expect, it } from "vitest";
import { CATEGORIES, CATEGORY_CODES } from "./categories.ts";
import { addMinutes, nextEscalationUnit, transition } from "./lifecycle.ts";
import { PRINCIPLES, playbookTemplate, STEP_KEYS } from "./playbook.ts";
import { DEFAULT_POLICY, severityRules } from "./policy.ts";
import { suggestSeverity } from "./severity.ts";

describe("severity suggestion", () => {
  it.each([
    ["crowd_surge", {}, "III"],
    ["crowd_surge", { bank_run: true }, "I"],
    ["system_failure", {}, "II"],
    ["system_failure", { multi_outlet: true }, "I"],
    ["customer_illness_injury", { someone_hurt: true }, "III"],
    ["complaint_conflict", { weapon: true }, "II"],
    ["staff_safety", { weapon: true, hostage: true }, "I"],
    ["disaster_epidemic", { multi_outlet: false }, "II"],
  ] as const)("%s with %o is level %s", (category, answers, level) => {
    expect(suggestSeverity(category, answers).severity).toBe(level);
  });

  it("an administrator's base level replaces the default, and answers still raise it", () => {
    const rules = severityRules({
      ...DEFAULT_POLICY,
      baseSeverity: { ...DEFAULT_POLICY.baseSeverity, crowd_surge: "II" },
    });
    expect(suggestSeverity("crowd_surge", {}, rules).severity).toBe("II");
    expect(suggestSeverity("crowd_surge", { bank_run: true }, rules).severity).toBe("I");
  });

  it("gives the reason for a raised level", () => {
    expect(suggestSeverity("crowd_surge", { bank_run: true }).reason.zh).toContain("挤兑");
  });
});

describe("playbook", () => {
  it("every category has tasks in each of the five steps, in loop order", () => {
    for (const code of CATEGORY_CODES) {
      const tasks = playbookTemplate(code);
      const steps = [...new Set(tasks.map((t) => t.step))];
      expect(steps, code).toEqual([...STEP_KEYS]);
    }
  });

  it("asks at most three quick questions per category", () => {
    for (const code of CATEGORY_CODES) expect(CATEGORIES[code].questions.length).toBeLessThanOrEqual(3);
  });

  it("a customer collapsing puts calling 120 first and life first among the principles", () => {
    expect(playbookTemplate("customer_illness_injury")[0].text.zh).toContain("120");
    expect(PRINCIPLES[0].key).toBe("life_first");
  });
});

describe("incident lifecycle", () => {
  const base = { followUpDone: false, reviewed: false };

  it("only an outlet head or management acknowledges a report", () => {
    expect(transition("acknowledge", { ...base, status: "reported", role: "outlet_head" })).toEqual({
      ok: true,
      next: "acknowledged",
    });
    expect(transition("acknowledge", { ...base, status: "reported", role: "lobby_manager" })).toMatchObject({
      ok: false,
      refusal: { status: 403 },
    });
  });

  it("a step out of order is a conflict", () => {
    expect(transition("stabilise", { ...base, status: "reported", role: "outlet_head" })).toMatchObject({
      ok: false,
      refusal: { status: 409 },
    });
  });

  it("closing needs the follow-up done and a review", () => {
    const ctx = { status: "stabilised", role: "outlet_head" } as const;
    expect(transition("close", { ...ctx, followUpDone: false, reviewed: true })).toMatchObject({
      refusal: { key: "incidents.follow_up_open" },
    });
    expect(transition("close", { ...ctx, followUpDone: true, reviewed: false })).toMatchObject({
      refusal: { key: "incidents.review_missing" },
    });
    expect(transition("close", { ...ctx, followUpDone: true, reviewed: true })).toEqual({
      ok: true,
      next: "closed",
    });
  });

  it("acknowledgement deadlines follow the level", () => {
    expect(addMinutes("2026-11-23T01:00:00.000Z", DEFAULT_POLICY.ackMinutes.I)).toBe(
      "2026-11-23T01:05:00.000Z",
    );
    expect(DEFAULT_POLICY.ackMinutes).toEqual({ I: 5, II: 10, III: 15 });
  });

  it("escalation climbs one unit at a time and stops at the head office", () => {
    const path = [1, 2, 4, 8]; // HQ, branch, sub-branch, outlet
    expect(nextEscalationUnit(path, 0)).toBe(4);
    expect(nextEscalationUnit(path, 1)).toBe(2);
    expect(nextEscalationUnit(path, 2)).toBe(1);
    expect(nextEscalationUnit(path, 3)).toBeNull();
  });
});
