import type { Kysely } from "kysely";
import { columnTypes } from "../dialect.ts";

/**
 * Improvement actions linked to the know-how versions that made the change: a draft names the open actions it
 * answers when saved or published, or an action names the version when it is closed. Many to many: a version
 * may answer several actions, and an action may take a script and a playbook change.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .createTable("knowhow_version_improvements")
    .addColumn("version_id", "integer", (c) => c.notNull().references("knowhow_versions.id"))
    .addColumn("improvement_id", "integer", (c) => c.notNull().references("improvement_actions.id"))
    .addColumn("linked_by", "integer", (c) => c.notNull().references("users.id"))
    .addColumn("linked_at", t.timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint("knowhow_version_improvements_pk", ["version_id", "improvement_id"])
    .execute();
  await db.schema
    .createIndex("knowhow_version_improvements_action_idx")
    .on("knowhow_version_improvements")
    .columns(["improvement_id", "version_id"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("knowhow_version_improvements").execute();
}
