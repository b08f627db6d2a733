import type { Kysely } from "kysely";
import { columnTypes } from "../dialect.ts";

/** When an administrator reset the password; until the user chooses their own, only that is allowed. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable("users")
    .addColumn("password_change_required_at", columnTypes(db).timestamp)
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("users").dropColumn("password_change_required_at").execute();
}
