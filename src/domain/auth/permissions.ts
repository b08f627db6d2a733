import type { Role } from "./roles.ts";

/**
 * Every action a user can be allowed, grouped by the record family it touches. The server refuses what this
 * table does not allow; the web app reads the same table to hide what the user may not do.
 */
export const ACTIONS = ["org.read", "org.manage", "users.read", "users.manage", "audit.read"] as const;
export type Action = (typeof ACTIONS)[number];

const EVERYONE: readonly Action[] = ["org.read", "users.read"];

export const PERMISSIONS: Record<Role, readonly Action[]> = {
  administrator: [...EVERYONE, "org.manage", "users.manage", "audit.read"],
  auditor: [...EVERYONE, "audit.read"],
  cp_officer: EVERYONE,
  manager: EVERYONE,
  outlet_head: EVERYONE,
  lobby_manager: EVERYONE,
  teller: EVERYONE,
  wealth_manager: EVERYONE,
  security_guard: EVERYONE,
};

export function can(role: Role, action: Action): boolean {
  return PERMISSIONS[role].includes(action);
}
