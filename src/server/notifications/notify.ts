import type { Transaction } from "kysely";
import type { Role } from "../../domain/auth/roles.ts";
import type { MessageKey, MessageParam } from "../../domain/common/messages.ts";
import type { OutboundNotice } from "../../domain/notifications/message.ts";
import type { Database } from "../db/schema.ts";
import { enqueueOutbound } from "./outbox/enqueue.ts";

export interface Notice {
  /** A message key; the text is rendered in each reader's language when they read it. */
  key: MessageKey;
  params?: Record<string, MessageParam>;
  /** Where in the web app the notice leads, e.g. /incidents/42. */
  link?: string;
  /** What the notice is about, for it to leave the app too: robots, SMS and e-mail through the outbox. */
  outbound?: OutboundNotice;
}

/**
 * Puts a notice in each user's in-app inbox and, when it says what it is about, its deliveries in the
 * outbox, all in the caller's transaction. Answers the live topics to ping.
 */
export async function notify(
  trx: Transaction<Database>,
  userIds: number[],
  notice: Notice,
  now: Date,
): Promise<string[]> {
  const unique = [...new Set(userIds)];
  // A unit's robot and its duty person hear of an urgent event even when no one is to be told in the app.
  if (notice.outbound) await enqueueOutbound(trx, unique, notice.outbound, now);
  if (unique.length === 0) return [];
  await trx
    .insertInto("notifications")
    .values(
      unique.map((userId) => ({
        user_id: userId,
        message_key: notice.key,
        params_json: JSON.stringify(notice.params ?? {}),
        link: notice.link ?? null,
        created_at: now.toISOString(),
      })),
    )
    .execute();
  return unique.map((id) => `user:${id}`);
}

/** Active users holding one of `roles` at exactly the given units, with the unit each is at. */
export async function staffAt(
  trx: Transaction<Database>,
  orgUnitIds: number[],
  roles: Role[],
): Promise<{ id: number; org_unit_id: number }[]> {
  if (orgUnitIds.length === 0 || roles.length === 0) return [];
  return trx
    .selectFrom("users")
    .select(["id", "org_unit_id"])
    .where("org_unit_id", "in", orgUnitIds)
    .where("role", "in", roles)
    .where("disabled_at", "is", null)
    .orderBy("id")
    .execute();
}

/** Active users holding one of `roles` at exactly the given units. */
export async function usersWithRoles(
  trx: Transaction<Database>,
  orgUnitIds: number[],
  roles: Role[],
): Promise<number[]> {
  return (await staffAt(trx, orgUnitIds, roles)).map((r) => r.id);
}
