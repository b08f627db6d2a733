/** The org tree: 总行 head office → 分行 branch → 支行 sub-branch → 网点 outlet. */
export const ORG_KINDS = ["head_office", "branch", "sub_branch", "outlet"] as const;
export type OrgKind = (typeof ORG_KINDS)[number];

/** The kind a unit's parent must have; the head office has no parent. */
export const PARENT_KIND: Record<OrgKind, OrgKind | null> = {
  head_office: null,
  branch: "head_office",
  sub_branch: "branch",
  outlet: "sub_branch",
};

/** The kind of unit that may be added under a unit of `kind`; outlets have none. */
export function childKind(kind: OrgKind): OrgKind | null {
  return ORG_KINDS.find((k) => PARENT_KIND[k] === kind) ?? null;
}

export const ORG_KIND_LABELS: Record<OrgKind, { zh: string; en: string }> = {
  head_office: { zh: "总行", en: "Head office" },
  branch: { zh: "分行", en: "Branch" },
  sub_branch: { zh: "支行", en: "Sub-branch" },
  outlet: { zh: "网点", en: "Outlet" },
};

/**
 * Materialised path of a unit: the ids from the root down, each followed by a slash ("/1/3/7/").
 * "Everything under unit X" is then the prefix query `path LIKE X.path || '%'`.
 */
export function childPath(parentPath: string | null, id: number): string {
  return `${parentPath ?? "/"}${id}/`;
}

/** True when the unit at `path` lies in the subtree rooted at `scopePath` (itself included). */
export function isWithin(path: string, scopePath: string): boolean {
  return path.startsWith(scopePath);
}

/** Ids on a materialised path, root first. */
export function pathIds(path: string): number[] {
  return path.split("/").filter(Boolean).map(Number);
}
