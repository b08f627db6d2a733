import type { Kysely } from "kysely";

/**
 * The kind of document an ID number belongs to (resident ID, passport, 港澳台 permits …), so the number is
 * checked and read against the right format. Numbers recorded before stay without a type: nobody said which
 * document they came from.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("complaints").addColumn("complainant_id_type", "text").execute();
  await db.schema.alterTable("counter_exceptions").addColumn("customer_id_type", "text").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("counter_exceptions").dropColumn("customer_id_type").execute();
  await db.schema.alterTable("complaints").dropColumn("complainant_id_type").execute();
}
