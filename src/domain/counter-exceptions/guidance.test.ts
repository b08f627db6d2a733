import { describe, expect, it } from "vitest";
import { DEFAULT_RULES } from "../compliance/default-rules.ts";
import { checkText, compileRules } from "../compliance/matcher.ts";
import { counterGuidanceContent } from "../knowhow/counter-guidance.ts";
import { GUIDANCE, guidanceFor } from "./guidance.ts";

describe("the shipped counter-exception guidance", () => {
  const rules = compileRules(DEFAULT_RULES);
  const texts = Object.entries(GUIDANCE).flatMap(([type, g]) => [
    ...Object.entries(g.steps).map(([step, l]) => [`${type} ${step}`, l.zh] as const),
    [`${type} prevention`, g.prevention.zh] as const,
  ]);

  it.each(texts)("%s passes our own compliance rules: %s", (_, text) => {
    const errors = checkText(rules, text, { kind: "service_reply" }).filter((f) => f.severity === "error");
    expect(errors.map((f) => `${f.ruleId}: ${f.excerpt}`)).toEqual([]);
  });

  it("is valid know-how content, and a type without its own guidance reads the general one", () => {
    for (const g of Object.values(GUIDANCE)) expect(counterGuidanceContent.safeParse(g).success).toBe(true);
    expect(guidanceFor("added_by_admin", GUIDANCE, "en").prevention).toBe(GUIDANCE.other.prevention.en);
  });
});
