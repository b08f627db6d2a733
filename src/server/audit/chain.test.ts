import { describe, expect, it } from "vitest";
import { chainOf, ROOT_CHAIN } from "./chain.ts";

describe("chainOf", () => {
  it("puts an entry in the chain of the branch its unit lies under", () => {
    expect(chainOf("/1/5/12/40/")).toBe("/1/5/");
    expect(chainOf("/1/5/12/")).toBe("/1/5/");
    expect(chainOf("/1/5/")).toBe("/1/5/");
  });

  it("puts head-office entries and entries tied to no unit in the root chain", () => {
    expect(chainOf("/1/")).toBe(ROOT_CHAIN);
    expect(chainOf(null)).toBe(ROOT_CHAIN);
    expect(chainOf("")).toBe(ROOT_CHAIN);
  });
});
