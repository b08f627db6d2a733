import type { Kysely } from "kysely";
import { columnTypes } from "../dialect.ts";

/**
 * Notices leave the building: channels (group robots, an SMS gateway, SMTP) configured per unit with their
 * settings sealed, one delivery row per channel and recipient written with the change that caused the notice,
 * every attempt kept (its time counts against the robot's rate limit), staff e-mail and preferences, and the
 * duty roster (值班表) that says who gets the SMS at night.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .createTable("notify_channels")
    .addColumn("id", t.id, (c) => c.primaryKey())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("org_unit_id", "integer", (c) => c.notNull().references("org_units.id"))
    .addColumn("name", "text", (c) => c.notNull())
    // The whole configuration, sealed with the personal-data key; the masked copy is what the API shows.
    .addColumn("config_sealed", "text", (c) => c.notNull())
    .addColumn("config_masked_json", "text", (c) => c.notNull())
    // Which kinds of notice go to a group robot; null means the defaults.
    .addColumn("notice_kinds_json", "text")
    .addColumn("rate_per_minute", "integer", (c) => c.notNull())
    .addColumn("disabled_at", t.timestamp)
    .addColumn("created_at", t.timestamp, (c) => c.notNull())
    .addColumn("updated_at", t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("notify_channels_unit_idx")
    .on("notify_channels")
    .columns(["org_unit_id", "kind"])
    .execute();

  await db.schema
    .createTable("notify_deliveries")
    .addColumn("id", t.id, (c) => c.primaryKey())
    .addColumn("idempotency_key", "text", (c) => c.notNull().unique())
    .addColumn("channel_id", "integer", (c) => c.notNull().references("notify_channels.id"))
    .addColumn("org_unit_id", "integer", (c) => c.notNull().references("org_units.id"))
    .addColumn("org_path", "text", (c) => c.notNull())
    .addColumn("notice_kind", "text", (c) => c.notNull())
    .addColumn("recipient_user_id", "integer", (c) => c.references("users.id"))
    // A phone number or an e-mail address of staff (never a customer's), null for a group robot.
    .addColumn("address", "text")
    .addColumn("message_json", "text", (c) => c.notNull())
    // pending → sending (claimed until next_attempt_at) → sent | pending again | dead
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("attempts", "integer", (c) => c.notNull())
    .addColumn("next_attempt_at", t.timestamp, (c) => c.notNull())
    .addColumn("last_error", "text")
    .addColumn("sent_at", t.timestamp)
    .addColumn("created_at", t.timestamp, (c) => c.notNull())
    .execute();
  // The dispatcher reads only what is due; administrators list by time and by status.
  await db.schema
    .createIndex("notify_deliveries_due_idx")
    .on("notify_deliveries")
    .columns(["status", "next_attempt_at"])
    .execute();
  // A report's deliveries get its number once taken (settleRef); administrators filter by time.
  await db.schema
    .createIndex("notify_deliveries_created_idx")
    .on("notify_deliveries")
    .columns(["created_at"])
    .execute();

  await db.schema
    .createTable("notify_attempts")
    .addColumn("id", t.id, (c) => c.primaryKey())
    .addColumn("delivery_id", "integer", (c) => c.notNull().references("notify_deliveries.id"))
    .addColumn("channel_id", "integer", (c) => c.notNull().references("notify_channels.id"))
    .addColumn("at", t.timestamp, (c) => c.notNull())
    .addColumn("outcome", "text")
    .addColumn("error", "text")
    .execute();
  await db.schema
    .createIndex("notify_attempts_channel_idx")
    .on("notify_attempts")
    .columns(["channel_id", "at"])
    .execute();
  await db.schema
    .createIndex("notify_attempts_delivery_idx")
    .on("notify_attempts")
    .columns(["delivery_id"])
    .execute();

  await db.schema.alterTable("users").addColumn("email", "text").execute();
  await db.schema
    .createTable("notify_preferences")
    .addColumn("user_id", "integer", (c) => c.primaryKey().references("users.id"))
    // { sms: NoticeKind[], email: NoticeKind[] }
    .addColumn("kinds_json", "text", (c) => c.notNull())
    .addColumn("quiet_start", "text")
    .addColumn("quiet_end", "text")
    .addColumn("updated_at", t.timestamp, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("duty_shifts")
    .addColumn("id", t.id, (c) => c.primaryKey())
    .addColumn("org_unit_id", "integer", (c) => c.notNull().references("org_units.id"))
    .addColumn("user_id", "integer", (c) => c.notNull().references("users.id"))
    // workday | holiday | any (business calendar), or one date with `date`.
    .addColumn("day_kind", "text", (c) => c.notNull())
    .addColumn("date", "text")
    .addColumn("start_time", "text", (c) => c.notNull())
    .addColumn("end_time", "text", (c) => c.notNull())
    .addColumn("created_at", t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("duty_shifts_unit_idx")
    .on("duty_shifts")
    .columns(["org_unit_id", "date"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("duty_shifts").execute();
  await db.schema.dropTable("notify_preferences").execute();
  await db.schema.alterTable("users").dropColumn("email").execute();
  await db.schema.dropTable("notify_attempts").execute();
  await db.schema.dropTable("notify_deliveries").execute();
  await db.schema.dropTable("notify_channels").execute();
}
