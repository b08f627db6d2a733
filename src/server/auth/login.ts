import { afterFailedSignIn, isLocked, type LockoutPolicy } from "../../domain/auth/lockout.ts";
import { formatLocalTime } from "../../domain/common/time.ts";
import { type Actor, appendAudit } from "../audit/append.ts";
import type { Db } from "../db/database.ts";
import { AppError } from "../http/errors.ts";
import { storableText } from "../http/validation.ts";
import { hashPassword, verifyPassword } from "./passwords.ts";
import { createSession } from "./sessions.ts";

const WARN_FROM_FAILURE = 3;

/** Compared against when the username is unknown, so that a miss takes as long as a wrong password. */
const decoyHash = hashPassword("decoy password that matches nothing");

/**
 * Checks a username and password and opens a session. Failures are recorded before the error is thrown,
 * in their own transaction, so that a refused sign-in still counts towards the lock-out and is audited.
 */
export async function login(
  db: Db,
  input: { username: string; password: string; ip: string },
  now: Date,
  policy: LockoutPolicy & { timeZone: string },
): Promise<{ token: string; userId: number }> {
  const user = await db
    .selectFrom("users")
    .innerJoin("org_units", "org_units.id", "users.org_unit_id")
    .select([
      "users.id",
      "users.username",
      "users.password_hash",
      "users.failed_logins",
      "users.locked_until",
    ])
    .select(["users.disabled_at", "users.org_unit_id", "org_units.path"])
    .where("users.username", "=", input.username)
    .executeTakeFirst();
  const actor: Actor = { id: user?.id ?? null, username: input.username, ip: input.ip };
  const orgUnit = user ? { id: user.org_unit_id, path: user.path } : null;
  const state = { failedLogins: user?.failed_logins ?? 0, lockedUntil: user?.locked_until ?? null };

  if (user && isLocked(state, now)) {
    await db.transaction().execute((trx) =>
      appendAudit(trx, actor, {
        action: "auth.login_failed",
        entityType: "user",
        entityId: user.id,
        orgUnit,
        after: { reason: "locked" },
      }),
    );
    throw lockedError(state.lockedUntil ?? "", policy.timeZone);
  }

  const passwordOk = await verifyPassword(user?.password_hash ?? (await decoyHash), input.password);
  if (!user || !passwordOk) {
    const next = user ? afterFailedSignIn(state, now, policy) : null;
    await db.transaction().execute(async (trx) => {
      if (user && next) {
        await trx
          .updateTable("users")
          .set({ failed_logins: next.failedLogins, locked_until: next.lockedUntil })
          .where("id", "=", user.id)
          .execute();
      }
      await appendAudit(trx, actor, {
        action: "auth.login_failed",
        entityType: "user",
        entityId: user?.id ?? null,
        orgUnit,
        after: { reason: user ? "wrong_password" : "unknown_user" },
      });
      if (next?.justLocked) {
        await appendAudit(trx, actor, {
          action: "auth.locked",
          entityType: "user",
          entityId: user?.id ?? null,
          orgUnit,
          after: { lockedUntil: next.lockedUntil },
        });
      }
    });
    if (next?.justLocked) throw lockedError(next.lockedUntil ?? "", policy.timeZone);
    // From the third wrong password on, the user is told how close the lock is (issue 23).
    if (next && next.failedLogins >= WARN_FROM_FAILURE) {
      throw new AppError(401, "auth.invalid_credentials_left", {
        left: String(policy.maxFailures - next.failedLogins),
        lockMinutes: String(policy.lockMinutes),
      });
    }
    throw new AppError(401, "auth.invalid_credentials");
  }

  if (user.disabled_at !== null) {
    await db.transaction().execute((trx) =>
      appendAudit(trx, actor, {
        action: "auth.login_failed",
        entityType: "user",
        entityId: user.id,
        orgUnit,
        after: { reason: "disabled" },
      }),
    );
    throw new AppError(403, "auth.disabled");
  }

  return db.transaction().execute(async (trx) => {
    await trx
      .updateTable("users")
      .set({ failed_logins: 0, locked_until: null })
      .where("id", "=", user.id)
      .execute();
    const token = await createSession(trx, user.id, now);
    await appendAudit(trx, actor, { action: "auth.login", entityType: "user", entityId: user.id, orgUnit });
    return { token, userId: user.id };
  });
}

/** 423 with the moment the lock ends: in the message for people, as an ISO time for programs. */
function lockedError(until: string, timeZone: string): AppError {
  return new AppError(423, "auth.locked", { until, untilLocal: formatLocalTime(until, timeZone) });
}

/**
 * A sign-in refused before the password is checked (invalid input such as a NUL in the username, or too many
 * failures from the address or for the username) is audited like any other failed one, with the address.
 */
export async function auditRefusedSignIn(
  db: Db,
  body: unknown,
  ip: string,
  reason: "invalid_input" | "rate_limited",
): Promise<void> {
  const username = (body as { username?: unknown } | null)?.username;
  const actor: Actor = {
    id: null,
    username: typeof username === "string" ? storableText(username.slice(0, 100)) : null,
    ip,
  };
  await db
    .transaction()
    .execute((trx) =>
      appendAudit(trx, actor, { action: "auth.login_failed", entityType: "user", after: { reason } }),
    );
}
