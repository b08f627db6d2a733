import type { z } from "zod";
import type { Channel, Delivery, deliveryQuery } from "../../../domain/notifications/schema.ts";
import type { ChannelKind, DeliveryStatus, NoticeKind } from "../../../domain/notifications/vocabulary.ts";
import type { Db } from "../../db/database.ts";
import { decodeCursor, encodeCursor } from "../../http/cursor.ts";

/** The channels of units in the caller's subtree, secrets masked. */
export async function listChannels(db: Db, scopePath: string): Promise<Channel[]> {
  const rows = await db
    .selectFrom("notify_channels")
    .innerJoin("org_units", "org_units.id", "notify_channels.org_unit_id")
    .selectAll("notify_channels")
    .select("org_units.name as unit_name")
    .where("org_units.path", "like", `${scopePath}%`)
    .orderBy("notify_channels.id")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind as ChannelKind,
    orgUnitId: r.org_unit_id,
    orgUnitName: r.unit_name,
    name: r.name,
    config: JSON.parse(r.config_masked_json),
    noticeKinds: r.notice_kinds_json ? JSON.parse(r.notice_kinds_json) : null,
    ratePerMinute: r.rate_per_minute,
    enabled: r.disabled_at === null,
    updatedAt: r.updated_at,
  }));
}

/** A channel of the caller's subtree with its sealed configuration, for a test message. */
export async function channelInScope(db: Db, scopePath: string, id: number) {
  return db
    .selectFrom("notify_channels")
    .innerJoin("org_units", "org_units.id", "notify_channels.org_unit_id")
    .select([
      "notify_channels.kind",
      "notify_channels.config_sealed",
      "notify_channels.name",
      "org_units.name as unit_name",
    ])
    .where("notify_channels.id", "=", id)
    .where("org_units.path", "like", `${scopePath}%`)
    .executeTakeFirst();
}

/** Deliveries about records of the caller's subtree, newest first, each with its attempts. */
export async function listDeliveries(
  db: Db,
  scopePath: string,
  query: z.infer<typeof deliveryQuery>,
): Promise<{ items: Delivery[]; nextCursor: string | null }> {
  let q = db
    .selectFrom("notify_deliveries as d")
    .innerJoin("notify_channels as c", "c.id", "d.channel_id")
    .innerJoin("org_units as u", "u.id", "d.org_unit_id")
    .selectAll("d")
    .select(["c.kind as channel_kind", "c.name as channel_name", "u.name as unit_name"])
    .where("d.org_path", "like", `${scopePath}%`);
  if (query.channelKind) q = q.where("c.kind", "=", query.channelKind);
  if (query.status) q = q.where("d.status", "=", query.status);
  if (query.orgUnitId) q = q.where("d.org_unit_id", "=", query.orgUnitId);
  if (query.from) q = q.where("d.created_at", ">=", new Date(query.from).toISOString());
  if (query.to) q = q.where("d.created_at", "<", new Date(query.to).toISOString());
  const before = decodeCursor(query.cursor);
  if (before !== null) q = q.where("d.id", "<", before);
  const rows = await q
    .orderBy("d.id", "desc")
    .limit(query.limit + 1)
    .execute();
  const page = rows.slice(0, query.limit);
  const attempts = page.length
    ? await db
        .selectFrom("notify_attempts")
        .select(["delivery_id", "at", "outcome", "error"])
        .where(
          "delivery_id",
          "in",
          page.map((r) => r.id),
        )
        .orderBy("id")
        .execute()
    : [];
  return {
    items: page.map((r) => ({
      id: r.id,
      idempotencyKey: r.idempotency_key,
      channelId: r.channel_id,
      channelKind: r.channel_kind as ChannelKind,
      channelName: r.channel_name,
      orgUnitName: r.unit_name,
      noticeKind: r.notice_kind as NoticeKind,
      recipient: r.address,
      title: JSON.parse(r.message_json).title,
      status: r.status as DeliveryStatus,
      attempts: r.attempts,
      nextAttemptAt: r.next_attempt_at,
      lastError: r.last_error,
      sentAt: r.sent_at,
      createdAt: r.created_at,
      attemptLog: attempts
        .filter((a) => a.delivery_id === r.id)
        .map((a) => ({ at: a.at, outcome: a.outcome, error: a.error })),
    })),
    nextCursor: rows.length > query.limit ? encodeCursor(page[page.length - 1].id) : null,
  };
}
