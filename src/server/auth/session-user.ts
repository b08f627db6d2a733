import type { Role } from "../../domain/auth/roles.ts";
import type { Locale } from "../../domain/common/messages.ts";
import type { OrgUnit } from "../../domain/org/schema.ts";
import type { Actor } from "../audit/append.ts";

/** The signed-in caller of a request. Their org unit's path is their scope: they act only below it. */
export interface SessionUser {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  orgUnit: OrgUnit;
  sessionId: string;
  lastSeenAt: string;
  ip: string;
  /** After an administrator's reset, nothing but choosing a new password (and signing out) is allowed. */
  mustChangePassword: boolean;
}

export function actorOf(user: SessionUser): Actor {
  return { id: user.id, username: user.username, ip: user.ip };
}

/** What a command needs to know about who calls it: to audit it, to scope it, and to word its errors. */
export interface Caller {
  user: SessionUser;
  actor: Actor;
  scopePath: string;
  locale: Locale;
}
