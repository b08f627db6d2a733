import type { Preferences } from "../../../domain/notifications/schema.ts";
import { DEFAULT_EMAIL_KINDS, DEFAULT_SMS_KINDS } from "../../../domain/notifications/vocabulary.ts";
import { appendAudit } from "../../audit/append.ts";
import type { Caller } from "../../auth/session-user.ts";
import type { Db } from "../../db/database.ts";

/** What the caller receives outside the app; the defaults until they choose. */
export async function preferencesOf(db: Db, userId: number): Promise<Preferences> {
  const row = await db
    .selectFrom("users")
    .leftJoin("notify_preferences", "notify_preferences.user_id", "users.id")
    .select(["users.email", "kinds_json", "quiet_start", "quiet_end"])
    .where("users.id", "=", userId)
    .executeTakeFirstOrThrow();
  const kinds = row.kinds_json
    ? JSON.parse(row.kinds_json)
    : { sms: DEFAULT_SMS_KINDS, email: DEFAULT_EMAIL_KINDS };
  return {
    email: row.email,
    sms: kinds.sms,
    emailKinds: kinds.email,
    quietStart: row.quiet_start ?? null,
    quietEnd: row.quiet_end ?? null,
  };
}

/** Each user sets their own e-mail, kinds by channel and quiet hours; audited like any change to staff data. */
export async function setPreferences(
  db: Db,
  caller: Caller,
  next: Preferences,
  now: Date,
): Promise<Preferences> {
  return db.transaction().execute(async (trx) => {
    const before = await preferencesOf(trx, caller.user.id);
    await trx.updateTable("users").set({ email: next.email }).where("id", "=", caller.user.id).execute();
    const row = {
      kinds_json: JSON.stringify({ sms: next.sms, email: next.emailKinds }),
      quiet_start: next.quietStart,
      quiet_end: next.quietEnd,
      updated_at: now.toISOString(),
    };
    await trx
      .insertInto("notify_preferences")
      .values({ user_id: caller.user.id, ...row })
      .onConflict((oc) => oc.column("user_id").doUpdateSet(row))
      .execute();
    await appendAudit(trx, caller.actor, {
      action: "notify.preferences_set",
      entityType: "user",
      entityId: caller.user.id,
      orgUnit: caller.user.orgUnit,
      before,
      after: next,
    });
    return next;
  });
}
