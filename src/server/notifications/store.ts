import type { Locale } from "../../domain/common/messages.ts";
import { formatMessage, isMessageKey, localizeParams } from "../../domain/common/messages.ts";
import type { Db } from "../db/database.ts";
import { decodeCursor, encodeCursor } from "../http/cursor.ts";

/** A page of one user's inbox, newest first, with their unread count; texts in the reader's language. */
export async function inboxPage(
  db: Db,
  userId: number,
  locale: Locale,
  filter: { limit: number; cursor?: string; unread?: "true" | "false" },
) {
  let q = db.selectFrom("notifications").selectAll().where("user_id", "=", userId);
  if (filter.unread === "true") q = q.where("read_at", "is", null);
  const before = decodeCursor(filter.cursor);
  if (before !== null) q = q.where("id", "<", before);
  const rows = await q
    .orderBy("id", "desc")
    .limit(filter.limit + 1)
    .execute();
  const page = rows.slice(0, filter.limit);
  const { n } = await db
    .selectFrom("notifications")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("user_id", "=", userId)
    .where("read_at", "is", null)
    .executeTakeFirstOrThrow();
  return {
    items: page.map((r) => ({
      id: r.id,
      text: isMessageKey(r.message_key)
        ? formatMessage(r.message_key, locale, localizeParams(JSON.parse(r.params_json), locale))
        : r.message_key,
      link: r.link,
      createdAt: r.created_at,
      read: r.read_at !== null,
    })),
    nextCursor: rows.length > filter.limit ? encodeCursor(page[page.length - 1].id) : null,
    unread: Number(n),
  };
}
