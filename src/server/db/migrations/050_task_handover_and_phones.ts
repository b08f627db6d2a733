import type { Kysely } from "kysely";

/**
 * A playbook task can be handed to one person and completed by the commander with a note; staff records get
 * a mobile number, so that the incident room can offer to call the outlet head.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable("incident_tasks")
    .addColumn("assigned_to", "integer", (c) => c.references("users.id"))
    .execute();
  await db.schema.alterTable("incident_tasks").addColumn("note", "text").execute();
  await db.schema.alterTable("users").addColumn("mobile_phone", "text").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("users").dropColumn("mobile_phone").execute();
  await db.schema.alterTable("incident_tasks").dropColumn("note").execute();
  await db.schema.alterTable("incident_tasks").dropColumn("assigned_to").execute();
}
