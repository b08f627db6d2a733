import type { MessageKey } from "../i18n/dictionaries.ts";

/**
 * The side menu's sections, by the `order` of the entries they hold: the work that is live (emergencies,
 * complaints) above the year-round work (consumer protection, training) and the settings last. Entries
 * ordered below the first section (the watch board) stay at the top level.
 */
export const NAV_GROUPS = [
  { key: "respond", label: "nav.group.respond", from: 10 },
  { key: "complaints", label: "nav.group.complaints", from: 40 },
  { key: "protection", label: "nav.group.protection", from: 50 },
  { key: "learning", label: "nav.group.learning", from: 70 },
  { key: "settings", label: "nav.group.settings", from: 100 },
] as const satisfies readonly { key: string; label: MessageKey; from: number }[];

export type NavGroup = (typeof NAV_GROUPS)[number];

export type NavNode<T> = { item: T } | { group: NavGroup; items: T[] };

/** Sorts the entries the user may open into sections; a section with none of them is left out. */
export function groupNavItems<T extends { order: number }>(items: readonly T[]): NavNode<T>[] {
  const sorted = [...items].sort((a, b) => a.order - b.order);
  const nodes: NavNode<T>[] = sorted.filter((i) => i.order < NAV_GROUPS[0].from).map((item) => ({ item }));
  NAV_GROUPS.forEach((group, index) => {
    const to = NAV_GROUPS[index + 1]?.from ?? Number.POSITIVE_INFINITY;
    const inGroup = sorted.filter((i) => i.order >= group.from && i.order < to);
    if (inGroup.length > 0) nodes.push({ group, items: inGroup });
  });
  return nodes;
}
