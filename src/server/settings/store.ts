import type { Kysely, Transaction } from "kysely";
import type { Database } from "../db/schema.ts";

/** A setting merged over its defaults, so that a new field added later has a value on old databases. */
export async function readSetting<T extends object>(
  db: Kysely<Database>,
  key: string,
  defaults: T,
): Promise<T> {
  const row = await db.selectFrom("settings").select("value_json").where("key", "=", key).executeTakeFirst();
  return row ? { ...defaults, ...JSON.parse(row.value_json) } : defaults;
}

export async function writeSetting(
  trx: Transaction<Database>,
  key: string,
  value: unknown,
  now: Date,
): Promise<void> {
  const row = { key, value_json: JSON.stringify(value), updated_at: now.toISOString() };
  await trx
    .insertInto("settings")
    .values(row)
    .onConflict((oc) =>
      oc.column("key").doUpdateSet({ value_json: row.value_json, updated_at: row.updated_at }),
    )
    .execute();
}
