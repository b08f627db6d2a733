import { describe, expect, it } from "vitest";
import { childPath, isWithin, pathIds } from "./units.ts";

describe("org unit paths", () => {
  it("a child's path extends its parent's", () => {
    expect(childPath(null, 1)).toBe("/1/");
    expect(childPath("/1/2/", 5)).toBe("/1/2/5/");
    expect(pathIds("/1/2/5/")).toEqual([1, 2, 5]);
  });

  it("a unit is within its own subtree and its ancestors', never a sibling's with a longer id", () => {
    expect(isWithin("/1/2/5/", "/1/2/")).toBe(true);
    expect(isWithin("/1/2/", "/1/2/")).toBe(true);
    expect(isWithin("/1/21/", "/1/2/")).toBe(false);
    expect(isWithin("/1/", "/1/2/")).toBe(false);
  });
});
