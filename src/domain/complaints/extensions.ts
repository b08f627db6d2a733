import type { Role } from "../auth/roles.ts";
import type { MessageKey } from "../common/messages.ts";
import type { OrgKind } from "../org/units.ts";
import type { ExtensionLevel } from "./deadline.ts";

/**
 * Extensions of the decision deadline (§18): the first to 30 days approved by the officer in charge, the
 * second by 30 more only by the upper-level institution. Four eyes: who asks never approves.
 */
export const EXTENSION_STATUSES = ["pending", "approved", "rejected"] as const;
export type ExtensionStatus = (typeof EXTENSION_STATUSES)[number];

export interface ExtensionState {
  extensionLevel: ExtensionLevel;
  pendingExtension: boolean;
}

/** Whether a request for `level` may be filed now; null when it may. */
export function extensionRequestRefusal(c: ExtensionState, level: 1 | 2): MessageKey | null {
  if (c.pendingExtension) return "complaints.extension_pending";
  if (level !== c.extensionLevel + 1) return "complaints.extension_order";
  return null;
}

export interface Approver {
  userId: number;
  role: Role;
  unitKind: OrgKind;
  unitPath: string;
}

/** Roles that may approve each level, also in the permission table (the route checks it there first). */
const APPROVER_ROLES: Record<1 | 2, readonly Role[]> = {
  1: ["manager", "cp_officer"],
  2: ["manager"],
};

/**
 * Whether `approver` may decide (approve or refuse) an extension of a complaint handled at `handlingPath`.
 * Level 1: a manager or consumer-protection officer of the handling unit or a unit above it. Level 2: a
 * manager of a branch or the head office strictly above the handling unit.
 */
export function extensionApprovalRefusal(
  ext: { level: 1 | 2; requestedBy: number; status: ExtensionStatus },
  handlingPath: string,
  approver: Approver,
): MessageKey | null {
  if (ext.status !== "pending") return "complaints.extension_decided";
  if (ext.requestedBy === approver.userId) return "complaints.four_eyes";
  if (!APPROVER_ROLES[ext.level].includes(approver.role)) return `complaints.approver_level_${ext.level}`;
  if (!handlingPath.startsWith(approver.unitPath)) return `complaints.approver_level_${ext.level}`;
  if (ext.level === 2) {
    const upper = approver.unitKind === "branch" || approver.unitKind === "head_office";
    if (!upper || approver.unitPath === handlingPath) return "complaints.approver_level_2";
  }
  return null;
}
