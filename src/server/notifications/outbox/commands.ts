import type { z } from "zod";
import {
  CHANNEL_CONFIGS,
  type createChannelBody,
  type updateChannelBody,
} from "../../../domain/notifications/schema.ts";
import { type ChannelKind, DEFAULT_RATE_PER_MINUTE } from "../../../domain/notifications/vocabulary.ts";
import { appendAudit } from "../../audit/append.ts";
import type { Caller } from "../../auth/session-user.ts";
import type { Db } from "../../db/database.ts";
import { conflict, invalid, notFound } from "../../http/errors.ts";
import { getOrgUnit } from "../../org/store.ts";
import { canSeal, maskConfig, sealConfig } from "./secrets.ts";

/** The configuration checked against its kind; the first problem names config.<field>. */
function checkedConfig(kind: ChannelKind, config: unknown): Record<string, unknown> {
  const parsed = CHANNEL_CONFIGS[kind].safeParse(config);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = ["config", ...issue.path.map(String)].join(".");
    throw invalid(field, "notify.config_invalid", { detail: `${field}: ${issue.message}` });
  }
  if (!canSeal()) throw conflict("config", "notify.key_required");
  return parsed.data as Record<string, unknown>;
}

/** An administrator adds a channel to a unit of their subtree; its configuration is sealed, the audit masked. */
export async function createChannel(
  db: Db,
  caller: Caller,
  body: z.infer<typeof createChannelBody>,
  now: Date,
) {
  const config = checkedConfig(body.kind, body.config);
  const masked = maskConfig(body.kind, config);
  return db.transaction().execute(async (trx) => {
    const unit = await getOrgUnit(trx, caller.scopePath, body.orgUnitId).catch((): never => {
      throw invalid("orgUnitId", "not_found");
    });
    const row = {
      kind: body.kind,
      org_unit_id: unit.id,
      name: body.name,
      config_sealed: sealConfig(config),
      config_masked_json: JSON.stringify(masked),
      notice_kinds_json: body.noticeKinds ? JSON.stringify(body.noticeKinds) : null,
      rate_per_minute: body.ratePerMinute ?? DEFAULT_RATE_PER_MINUTE[body.kind],
      created_at: now.toISOString(),
      updated_at: now.toISOString(),
    };
    const { id } = await trx
      .insertInto("notify_channels")
      .values(row)
      .returning("id")
      .executeTakeFirstOrThrow();
    await appendAudit(trx, caller.actor, {
      action: "notify.channel_create",
      entityType: "notify_channel",
      entityId: id,
      orgUnit: unit,
      after: {
        kind: body.kind,
        name: body.name,
        config: masked,
        noticeKinds: body.noticeKinds ?? null,
        ratePerMinute: row.rate_per_minute,
      },
    });
    return { id };
  });
}

export async function updateChannel(
  db: Db,
  caller: Caller,
  id: number,
  body: z.infer<typeof updateChannelBody>,
  now: Date,
) {
  await db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom("notify_channels")
      .innerJoin("org_units", "org_units.id", "notify_channels.org_unit_id")
      .selectAll("notify_channels")
      .select("org_units.path")
      .where("notify_channels.id", "=", id)
      .where("org_units.path", "like", `${caller.scopePath}%`)
      .executeTakeFirst();
    if (!row) throw notFound();
    const kind = row.kind as ChannelKind;
    const config = body.config && checkedConfig(kind, body.config);
    const masked = config ? maskConfig(kind, config) : JSON.parse(row.config_masked_json);
    const before = {
      name: row.name,
      config: JSON.parse(row.config_masked_json),
      noticeKinds: row.notice_kinds_json && JSON.parse(row.notice_kinds_json),
      ratePerMinute: row.rate_per_minute,
      enabled: row.disabled_at === null,
    };
    const after = {
      name: body.name ?? before.name,
      config: masked,
      noticeKinds: body.noticeKinds === undefined ? before.noticeKinds : body.noticeKinds,
      ratePerMinute: body.ratePerMinute ?? before.ratePerMinute,
      enabled: body.enabled ?? before.enabled,
    };
    await trx
      .updateTable("notify_channels")
      .set({
        name: after.name,
        ...(config && { config_sealed: sealConfig(config), config_masked_json: JSON.stringify(masked) }),
        notice_kinds_json: after.noticeKinds ? JSON.stringify(after.noticeKinds) : null,
        rate_per_minute: after.ratePerMinute,
        disabled_at: after.enabled ? null : (row.disabled_at ?? now.toISOString()),
        updated_at: now.toISOString(),
      })
      .where("id", "=", id)
      .execute();
    await appendAudit(trx, caller.actor, {
      action: "notify.channel_update",
      entityType: "notify_channel",
      entityId: id,
      orgUnit: { id: row.org_unit_id, path: row.path },
      before,
      after,
    });
  });
}

/** An administrator sends a dead delivery again, with its attempts counted afresh and the same key. */
export async function retryDelivery(db: Db, caller: Caller, id: number, now: Date) {
  await db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom("notify_deliveries")
      .select(["id", "status", "attempts", "org_unit_id", "org_path"])
      .where("id", "=", id)
      .where("org_path", "like", `${caller.scopePath}%`)
      .executeTakeFirst();
    if (!row) throw notFound();
    if (row.status !== "dead") throw conflict("status", "notify.not_dead");
    await trx
      .updateTable("notify_deliveries")
      .set({ status: "pending", attempts: 0, next_attempt_at: now.toISOString() })
      .where("id", "=", id)
      .execute();
    await appendAudit(trx, caller.actor, {
      action: "notify.delivery_retry",
      entityType: "notify_delivery",
      entityId: id,
      orgUnit: { id: row.org_unit_id, path: row.org_path },
      before: { status: row.status, attempts: row.attempts },
      after: { status: "pending" },
    });
  });
}
