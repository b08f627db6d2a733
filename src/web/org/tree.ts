import type { OrgUnit } from "../../domain/org/schema.ts";

export interface OrgNode extends OrgUnit {
  children?: OrgNode[];
}

/** Nests a parents-first list; a unit whose parent is outside the list (the caller's own unit) is a root. */
export function buildTree(units: OrgUnit[]): OrgNode[] {
  const nodes = new Map<number, OrgNode>();
  const roots: OrgNode[] = [];
  for (const unit of units) {
    const node: OrgNode = { ...unit };
    nodes.set(unit.id, node);
    const parent = unit.parentId === null ? undefined : nodes.get(unit.parentId);
    if (!parent) roots.push(node);
    else if (parent.children) parent.children.push(node);
    else parent.children = [node];
  }
  return roots;
}
