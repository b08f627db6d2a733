import { describe, expect, it } from "vitest";
import { selectedNavKey } from "./nav-selection.ts";

const PATHS = [
  "/",
  "/complaints",
  "/complaints/stats",
  "/counter-exceptions",
  "/counter-exceptions/settings",
];

describe("side-menu selection", () => {
  it.each([
    ["/", "/"],
    ["/complaints", "/complaints"],
    ["/complaints/123", "/complaints"],
    ["/complaints/stats", "/complaints/stats"],
    ["/counter-exceptions/5/print", "/counter-exceptions"],
    ["/counter-exceptions/settings", "/counter-exceptions/settings"],
  ])("the page %s lights up the item %s", (pathname, key) => {
    expect(selectedNavKey(pathname, PATHS)).toBe(key);
  });

  it("a path that only starts with the same letters is not nested under an item", () => {
    expect(selectedNavKey("/complaintsx", PATHS)).toBeUndefined();
  });

  it("home lights up only on itself", () => {
    expect(selectedNavKey("/audit", PATHS)).toBeUndefined();
  });
});
