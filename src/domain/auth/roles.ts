import type { OrgKind } from "../org/units.ts";

export const ROLES = [
  "administrator",
  "auditor",
  "cp_officer",
  "manager",
  "outlet_head",
  "lobby_manager",
  "teller",
  "wealth_manager",
  "security_guard",
] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, { zh: string; en: string }> = {
  administrator: { zh: "系统管理员", en: "Administrator" },
  auditor: { zh: "审计/合规", en: "Auditor" },
  cp_officer: { zh: "消保专员", en: "Consumer-protection officer" },
  manager: { zh: "支行/分行管理层", en: "Manager" },
  outlet_head: { zh: "网点负责人", en: "Outlet head" },
  lobby_manager: { zh: "大堂经理", en: "Lobby manager" },
  teller: { zh: "柜员", en: "Teller" },
  wealth_manager: { zh: "理财经理", en: "Wealth manager" },
  security_guard: { zh: "保安", en: "Security guard" },
};

/** The kinds of org unit a role may be attached to: outlet staff work at outlets, management above them. */
export const ROLE_UNIT_KINDS: Record<Role, readonly OrgKind[]> = {
  administrator: ["head_office", "branch"],
  auditor: ["head_office", "branch"],
  cp_officer: ["head_office", "branch", "sub_branch"],
  manager: ["head_office", "branch", "sub_branch"],
  outlet_head: ["outlet"],
  lobby_manager: ["outlet"],
  teller: ["outlet"],
  wealth_manager: ["outlet"],
  security_guard: ["outlet"],
};
