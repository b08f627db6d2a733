import { z } from "zod";
import { DEFAULT_LOCKOUT } from "../../domain/auth/lockout.ts";
import { PERMISSIONS } from "../../domain/auth/permissions.ts";
import { csrfToken, loginBody, type Me, me } from "../../domain/auth/schema.ts";
import { password } from "../../domain/users/schema.ts";
import type { Config } from "../config.ts";
import type { App, Deps } from "../http/deps.ts";
import { AppError, unauthorized } from "../http/errors.ts";
import { callerOf } from "../http/request.ts";
import { changeOwnPassword, logout } from "./commands.ts";
import { auditRefusedSignIn, login } from "./login.ts";
import type { SessionUser } from "./session-user.ts";
import { resumeSession, SESSION_COOKIE } from "./sessions.ts";
import { signInLimits } from "./sign-in-limits.ts";

function presentMe(user: SessionUser, config: Config): Me {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    orgUnit: user.orgUnit,
    permissions: [...PERMISSIONS[user.role]],
    sessionExpiresAt: new Date(
      new Date(user.lastSeenAt).getTime() + config.sessionIdleMinutes * 60_000,
    ).toISOString(),
    timeZone: config.timeZone,
    recordHorizonDays: config.recordHorizonDays,
    mustChangePassword: user.mustChangePassword,
  };
}

/** What a user whose password an administrator reset may still call: who am I, change it, sign out. */
const WHILE_PASSWORD_RESET = new Set([
  "GET /api/me",
  "POST /api/me/password",
  "POST /api/auth/logout",
  "GET /api/auth/csrf",
  "POST /api/auth/login",
]);

/** Reads the session cookie of every request and sets `req.user` when it names a live session. */
export function registerSessionHook(app: App, { db, config, now, sessions }: Deps): void {
  app.decorateRequest("user", null);
  app.addHook("onRequest", async (req) => {
    const token = req.cookies[SESSION_COOKIE];
    req.user = token
      ? await resumeSession(db, sessions, token, now(), config.sessionIdleMinutes, req.ip)
      : null;
    if (
      req.user?.mustChangePassword &&
      req.url.startsWith("/api/") &&
      !WHILE_PASSWORD_RESET.has(`${req.method} ${req.url.split("?")[0]}`)
    ) {
      throw new AppError(403, "auth.password_change_required");
    }
  });
}

export function registerAuthRoutes(app: App, deps: Deps): void {
  const { db, config, now, sessions } = deps;
  const limits = signInLimits(app, deps);
  const cookieOptions = {
    path: "/",
    httpOnly: true,
    sameSite: "strict",
    secure: config.cookieSecure,
  } as const;

  app.get(
    "/api/auth/csrf",
    {
      schema: {
        tags: ["auth"],
        summary: "Anti-forgery token for mutating requests (header x-csrf-token)",
        response: { 200: csrfToken },
      },
    },
    async (_req, reply) => ({ token: reply.generateCsrf() }),
  );

  app.post(
    "/api/auth/login",
    { schema: { tags: ["auth"], body: loginBody, response: { 200: me } }, attachValidation: true },
    async (req, reply) => {
      try {
        await limits.check(req, reply);
      } catch (err) {
        await auditRefusedSignIn(db, req.body, req.ip, "rate_limited");
        throw err;
      }
      if (req.validationError) {
        await limits.recordFailure(req);
        await auditRefusedSignIn(db, req.body, req.ip, "invalid_input");
        throw req.validationError;
      }
      const { token } = await login(db, { ...req.body, ip: req.ip }, now(), {
        ...DEFAULT_LOCKOUT,
        timeZone: config.timeZone,
      }).catch(async (err) => {
        if (err instanceof AppError && (err.status === 401 || err.status === 423))
          await limits.recordFailure(req);
        throw err;
      });
      const user = await resumeSession(db, sessions, token, now(), config.sessionIdleMinutes, req.ip);
      if (!user) throw unauthorized();
      reply.setCookie(SESSION_COOKIE, token, cookieOptions);
      return presentMe(user, config);
    },
  );

  app.post("/api/auth/logout", { schema: { tags: ["auth"] } }, async (req, reply) => {
    if (req.user) {
      await logout(db, callerOf(req));
      await sessions.invalidate(req.user.id);
    }
    reply.clearCookie(SESSION_COOKIE, cookieOptions);
    return reply.status(204).send();
  });

  app.get("/api/me", { schema: { tags: ["auth"], response: { 200: me } } }, async (req) => {
    return presentMe(callerOf(req).user, config);
  });

  app.post(
    "/api/me/password",
    {
      schema: {
        tags: ["auth"],
        summary: "Change one's own password",
        body: z.object({ currentPassword: z.string().min(1).max(200), newPassword: password }),
      },
    },
    async (req, reply) => {
      const caller = callerOf(req);
      await changeOwnPassword(db, caller, req.body);
      // Their other sessions ended, and this one no longer owes a new password.
      await sessions.invalidate(caller.user.id);
      return reply.status(204).send();
    },
  );
}
