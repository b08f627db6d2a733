import { appendAudit } from "../audit/append.ts";
import type { Db } from "../db/database.ts";
import { invalid } from "../http/errors.ts";
import { hashPassword, verifyPassword } from "./passwords.ts";
import type { Caller } from "./session-user.ts";
import { endSession } from "./sessions.ts";

/** Signing out ends the session, audited in the same transaction. */
export async function logout(db: Db, caller: Caller): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await endSession(trx, caller.user.sessionId);
    await appendAudit(trx, caller.actor, {
      action: "auth.logout",
      entityType: "user",
      entityId: caller.user.id,
      orgUnit: caller.user.orgUnit,
    });
  });
}

/**
 * A user replaces their own password after proving the current one (which also ends an administrator's
 * demand for a new one); their other sessions end, so a password someone else learned stops working everywhere.
 */
export async function changeOwnPassword(
  db: Db,
  caller: Caller,
  passwords: { currentPassword: string; newPassword: string },
): Promise<void> {
  const row = await db
    .selectFrom("users")
    .select("password_hash")
    .where("id", "=", caller.user.id)
    .executeTakeFirstOrThrow();
  if (!(await verifyPassword(row.password_hash, passwords.currentPassword))) {
    throw invalid("currentPassword", "auth.invalid_credentials");
  }
  const passwordHash = await hashPassword(passwords.newPassword);
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable("users")
      .set({ password_hash: passwordHash, password_change_required_at: null })
      .where("id", "=", caller.user.id)
      .execute();
    await trx
      .deleteFrom("sessions")
      .where("user_id", "=", caller.user.id)
      .where("id", "!=", caller.user.sessionId)
      .execute();
    await appendAudit(trx, caller.actor, {
      action: "auth.password_changed",
      entityType: "user",
      entityId: caller.user.id,
      orgUnit: caller.user.orgUnit,
    });
  });
}
