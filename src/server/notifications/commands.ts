import type { Caller } from "../auth/session-user.ts";
import type { Deps } from "../http/deps.ts";
import { notFound } from "../http/errors.ts";

/*
 * Reading one's own inbox is not a business change, so these are not audited; the user's other tabs hear of
 * it through the live stream.
 */

/** Marks one of the caller's notifications read; another user's, or none, is a 404. */
export async function markRead({ db, live, now }: Deps, caller: Caller, id: number): Promise<void> {
  const res = await db
    .updateTable("notifications")
    .set({ read_at: now().toISOString() })
    .where("id", "=", id)
    .where("user_id", "=", caller.user.id)
    .where("read_at", "is", null)
    .executeTakeFirst();
  if (res.numUpdatedRows === 0n) {
    const exists = await db
      .selectFrom("notifications")
      .select("id")
      .where("id", "=", id)
      .where("user_id", "=", caller.user.id)
      .executeTakeFirst();
    if (!exists) throw notFound();
  }
  await live.publish({ topics: [`user:${caller.user.id}`], event: { type: "notification.read", id } });
}

export async function markAllRead({ db, live, now }: Deps, caller: Caller): Promise<void> {
  await db
    .updateTable("notifications")
    .set({ read_at: now().toISOString() })
    .where("user_id", "=", caller.user.id)
    .where("read_at", "is", null)
    .execute();
  await live.publish({ topics: [`user:${caller.user.id}`], event: { type: "notification.read" } });
}
