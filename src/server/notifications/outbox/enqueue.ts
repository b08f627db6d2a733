import { randomUUID } from "node:crypto";
import type { Transaction } from "kysely";
import { localDateOf, startOfLocalDay } from "../../../domain/calendar/dates.ts";
import { composeMessage, type OutboundNotice } from "../../../domain/notifications/message.ts";
import { minutesUntilQuietEnds } from "../../../domain/notifications/quiet.ts";
import {
  type ChannelKind,
  DEFAULT_EMAIL_KINDS,
  DEFAULT_ROBOT_KINDS,
  DEFAULT_SMS_KINDS,
  isRobot,
  isUrgent,
  type NoticeKind,
  ROBOT_KINDS,
} from "../../../domain/notifications/vocabulary.ts";
import { pathIds } from "../../../domain/org/units.ts";
import type { Database } from "../../db/schema.ts";
import { dutyPersonAt } from "../../roster/store.ts";
import { outboxSettings } from "./settings.ts";

type Trx = Transaction<Database>;

interface ChannelRow {
  id: number;
  kind: string;
  org_unit_id: number;
  notice_kinds_json: string | null;
}

/**
 * Writes the deliveries of one notice, in the transaction of the change that caused it, so the notice
 * leaves exactly when the change commits: one row per robot of the units concerned that takes this kind,
 * one per recipient's SMS and e-mail as they chose (held until their quiet hours end unless urgent), and
 * for what is urgent an SMS to the person on duty at each unit concerned.
 */
export async function enqueueOutbound(trx: Trx, userIds: number[], n: OutboundNotice, now: Date) {
  // Without any channel a notice costs one look-up that stops at the first row, not the recipients and units.
  const anyChannel = await trx
    .selectFrom("notify_channels")
    .select("id")
    .where("disabled_at", "is", null)
    .limit(1)
    .executeTakeFirst();
  if (!anyChannel) return;
  const { timeZone, publicUrl } = outboxSettings();
  const units = [...new Set([n.orgUnitId, ...(n.alsoUnitIds ?? [])])];
  const people = userIds.length
    ? await trx
        .selectFrom("users")
        .innerJoin("org_units", "org_units.id", "users.org_unit_id")
        .leftJoin("notify_preferences", "notify_preferences.user_id", "users.id")
        .select([
          "users.id",
          "users.mobile_phone",
          "users.email",
          "users.org_unit_id",
          "org_units.path",
          "notify_preferences.kinds_json",
          "notify_preferences.quiet_start",
          "notify_preferences.quiet_end",
        ])
        .where("users.id", "in", userIds)
        .where("users.disabled_at", "is", null)
        .execute()
    : [];
  const unitRows = await trx
    .selectFrom("org_units")
    .select(["id", "path"])
    .where("id", "in", units)
    .execute();
  const pathOf = new Map(unitRows.map((u) => [u.id, u.path]));
  const subjectPath = pathOf.get(n.orgUnitId);
  if (!subjectPath) return;

  const robotUnits = [...new Set([...units, ...people.map((p) => p.org_unit_id)])];
  const personalUnits = [
    ...new Set([...people.map((p) => p.path), ...unitRows.map((u) => u.path)].flatMap(pathIds)),
  ];
  const channels: ChannelRow[] = await trx
    .selectFrom("notify_channels")
    .select(["id", "kind", "org_unit_id", "notice_kinds_json"])
    .where("disabled_at", "is", null)
    .where((eb) =>
      eb.or([
        eb.and([eb("kind", "in", ROBOT_KINDS), eb("org_unit_id", "in", robotUnits)]),
        eb.and([eb("kind", "in", ["sms", "email"]), eb("org_unit_id", "in", personalUnits)]),
      ]),
    )
    .orderBy("id")
    .execute();
  if (channels.length === 0) return;

  const message = JSON.stringify(composeMessage(n, publicUrl));
  const rows = new Map<
    string,
    { channelId: number; userId: number | null; address: string | null; at: Date }
  >();
  const add = (channelId: number, userId: number | null, address: string | null, at = now) => {
    const key = `${channelId}|${address}`;
    if (!rows.has(key)) rows.set(key, { channelId, userId, address, at });
  };

  for (const c of channels) {
    if (!isRobot(c.kind as ChannelKind)) continue;
    const kinds: NoticeKind[] = c.notice_kinds_json ? JSON.parse(c.notice_kinds_json) : DEFAULT_ROBOT_KINDS;
    if (kinds.includes(n.kind)) add(c.id, null, null);
  }

  const date = localDateOf(now, timeZone);
  const minute = Math.floor((now.getTime() - startOfLocalDay(date, timeZone).getTime()) / 60_000);
  for (const p of people) {
    const chosen: { sms: NoticeKind[]; email: NoticeKind[] } = p.kinds_json
      ? JSON.parse(p.kinds_json)
      : { sms: DEFAULT_SMS_KINDS, email: DEFAULT_EMAIL_KINDS };
    const wait = isUrgent(n.kind) ? 0 : minutesUntilQuietEnds(p.quiet_start, p.quiet_end, minute);
    const at = new Date(now.getTime() + wait * 60_000);
    const sms = nearest(channels, "sms", p.path);
    if (sms && p.mobile_phone && chosen.sms.includes(n.kind)) add(sms, p.id, dialable(p.mobile_phone), at);
    const email = nearest(channels, "email", p.path);
    if (email && p.email && chosen.email.includes(n.kind)) add(email, p.id, p.email, at);
  }

  if (isUrgent(n.kind)) {
    for (const u of unitRows) {
      const sms = nearest(channels, "sms", u.path);
      const duty = sms ? await dutyPersonAt(trx, u.id, now, timeZone) : null;
      if (sms && duty?.mobilePhone) add(sms, duty.id, dialable(duty.mobilePhone));
    }
  }

  if (rows.size === 0) return;
  await trx
    .insertInto("notify_deliveries")
    .values(
      [...rows.values()].map((r) => ({
        idempotency_key: randomUUID(),
        channel_id: r.channelId,
        org_unit_id: n.orgUnitId,
        org_path: subjectPath,
        notice_kind: n.kind,
        recipient_user_id: r.userId,
        address: r.address,
        message_json: message,
        status: "pending" as const,
        attempts: 0,
        next_attempt_at: r.at.toISOString(),
        created_at: now.toISOString(),
      })),
    )
    .execute();
}

/** The channel of a kind configured nearest above (or at) the unit of `path`, e.g. the head office's gateway. */
function nearest(channels: ChannelRow[], kind: ChannelKind, path: string): number | null {
  for (const unitId of pathIds(path).reverse()) {
    const c = channels.find((ch) => ch.kind === kind && ch.org_unit_id === unitId);
    if (c) return c.id;
  }
  return null;
}

/** Staff records keep numbers as typed ("138 0000 0101"); a gateway wants the digits. */
const dialable = (phone: string) => phone.replace(/[\s-]/g, "");

/**
 * Puts a record's number into the deliveries written for it under its provisional reference: a report takes
 * its number last (db/refs.ts), after the notices that quote it.
 */
export async function settleRef(trx: Trx, provisional: string, ref: string, now: Date) {
  await trx
    .updateTable("notify_deliveries")
    .set((eb) => ({
      message_json: eb.fn<string>("replace", ["message_json", eb.val(provisional), eb.val(ref)]),
    }))
    .where("created_at", "=", now.toISOString())
    .where("message_json", "like", `%${provisional}%`)
    .execute();
}
