import { describe, expect, it } from "vitest";
import { levelOf, NO_REACH } from "./level.ts";

describe("the level rule", () => {
  const at = (over: Partial<Parameters<typeof levelOf>[0]>) =>
    levelOf({ reach: NO_REACH, topics: [], platform: "weibo", ...over });

  it("starts from reach: 100,000 views or 1,000 shares make it serious", () => {
    expect(at({}).level).toBe("general");
    expect(at({ reach: { ...NO_REACH, views: 99_999 } }).level).toBe("general");
    expect(at({ reach: { ...NO_REACH, views: 100_000 } }).level).toBe("serious");
    expect(at({ reach: { ...NO_REACH, shares: 1_000 } }).level).toBe("serious");
  });

  it("a run is major at any reach, with the reason said", () => {
    const d = at({ topics: ["bank_run"] });
    expect(d.level).toBe("major");
    expect(d.reasons.map((r) => r.zh).join()).toContain("挤兑");
  });

  it("each raising topic adds one level, capped at major; service complaints raise nothing", () => {
    expect(at({ topics: ["money_safety"] }).level).toBe("serious");
    expect(at({ topics: ["money_safety", "injury"] }).level).toBe("major");
    expect(at({ topics: ["money_safety", "injury", "group", "mainstream_media"] }).level).toBe("major");
    expect(at({ topics: ["service", "product"] }).level).toBe("general");
  });

  it("a post forwarded by a regulator counts as the regulator involved, once", () => {
    expect(at({ platform: "regulator" }).level).toBe("serious");
    const both = at({ platform: "regulator", topics: ["regulator"] });
    expect(both.level).toBe("serious");
    expect(both.reasons.filter((r) => r.zh.includes("监管"))).toHaveLength(1);
  });
});
