import type { FastifyRequest } from "fastify";
import { type Action, can } from "../../domain/auth/permissions.ts";
import type { Role } from "../../domain/auth/roles.ts";
import type { Locale } from "../../domain/common/messages.ts";
import { actorOf, type Caller, type SessionUser } from "../auth/session-user.ts";
import { forbidden, unauthorized } from "./errors.ts";

declare module "fastify" {
  interface FastifyRequest {
    /** Set by the session hook for a signed-in caller. */
    user: SessionUser | null;
  }
}

/** The UI sends the language the user chose; anything but English gets Chinese, the product's default. */
export function localeOf(req: FastifyRequest): Locale {
  return /^en\b/i.test(req.headers["accept-language"] ?? "") ? "en" : "zh";
}

/**
 * A preHandler that lets the request through only for a signed-in user whose role allows `action`, or whose
 * role passes a feature policy's test (domain/<feature>/policy.ts).
 */
export function allow(action: Action | ((role: Role) => boolean)) {
  return async (req: FastifyRequest) => {
    if (!req.user) throw unauthorized();
    const allowed = typeof action === "function" ? action(req.user.role) : can(req.user.role, action);
    if (!allowed) throw forbidden();
  };
}

/** The caller of a route guarded by `allow`, scoped to their own unit's subtree. */
export function callerOf(req: FastifyRequest): Caller {
  if (!req.user) throw unauthorized();
  return {
    user: req.user,
    actor: actorOf(req.user),
    scopePath: req.user.orgUnit.path,
    locale: localeOf(req),
  };
}
