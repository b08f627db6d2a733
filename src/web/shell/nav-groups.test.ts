import { describe, expect, it } from "vitest";
import { groupNavItems, NAV_GROUPS } from "./nav-groups.ts";

const entry = (name: string, order: number) => ({ name, order });

describe("side-menu sections", () => {
  it("puts entries into sections by order, keeping the watch board on top", () => {
    const nodes = groupNavItems([
      entry("complaints", 40),
      entry("watch", 5),
      entry("incidents", 10),
      entry("opinion", 30),
      entry("stats", 41),
    ]);
    expect(nodes).toEqual([
      { item: entry("watch", 5) },
      { group: NAV_GROUPS[0], items: [entry("incidents", 10), entry("opinion", 30)] },
      { group: NAV_GROUPS[1], items: [entry("complaints", 40), entry("stats", 41)] },
    ]);
  });

  it("leaves out the sections the user has no entry in", () => {
    const nodes = groupNavItems([entry("incidents", 10), entry("prefs", 200)]);
    expect(nodes).toEqual([
      { group: NAV_GROUPS[0], items: [entry("incidents", 10)] },
      { group: NAV_GROUPS[4], items: [entry("prefs", 200)] },
    ]);
  });
});
