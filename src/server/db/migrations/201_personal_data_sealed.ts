import { type Kysely, sql } from "kysely";

/**
 * A server started without PERSONAL_DATA_KEY must refuse a database that holds encrypted personal data. It
 * searched the complaints and counter exceptions for ciphertext at every start, which read every row (bench/
 * README.md, "Measured 2026-12-06"); now a setting says so, written by every start with a key. This marks the
 * databases encrypted before it, with that search once.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    insert into settings (key, value_json, updated_at)
    select 'personal_data.sealed', 'true', ${new Date().toISOString()}
    where exists (select 1 from complaints where complainant_name like 'enc1:%')
       or exists (select 1 from counter_exceptions where customer_name like 'enc1:%')
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`delete from settings where key = 'personal_data.sealed'`.execute(db);
}
