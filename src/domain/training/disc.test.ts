import { describe, expect, it } from "vitest";
import { DISC_QUESTIONS, discResult } from "./disc.ts";

describe("DISC self-test", () => {
  it("counts the picks per style; the most picked is the person's style, ties to the earlier", () => {
    const ids = DISC_QUESTIONS.map((q) => q.id);
    const answers = Object.fromEntries(ids.map((id, i) => [id, i < 5 ? "S" : "C"] as const));
    expect(discResult(answers)).toEqual({ scores: { D: 0, I: 0, S: 5, C: 3 }, style: "S" });
    const tie = Object.fromEntries(ids.map((id, i) => [id, i % 2 ? "I" : "C"] as const));
    expect(discResult(tie).style).toBe("I");
  });
});
