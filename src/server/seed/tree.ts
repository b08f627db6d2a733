import type { OrgKind } from "../../domain/org/units.ts";

export interface Unit {
  id: number;
  code: string;
  name: string;
  kind: OrgKind;
  path: string;
  parentId: number | null;
}

/** The org tree the record generators spread records over, whether the bench's or the demo's. */
export interface Tree {
  hq: Unit;
  branches: Unit[];
  subBranches: Unit[];
  outlets: Unit[];
  /** Ids of the people at each outlet, by role: the reporters, handlers and verifiers of seeded rows. */
  staff: Map<number, Record<"outlet_head" | "lobby_manager" | "teller" | "wealth_manager", number>>;
  officers: Map<number, number>;
  usernames: Map<number, string>;
  /** Display names, as decisions and timelines show who acted. */
  displayNames: Map<number, string>;
}

/** The consumer-protection officer nearest above an outlet: its sub-branch's, else the head office's. */
export function officerFor(tree: Tree, outlet: Unit): number {
  return tree.officers.get(outlet.parentId ?? tree.hq.id) ?? tree.officers.get(tree.hq.id) ?? 1;
}
