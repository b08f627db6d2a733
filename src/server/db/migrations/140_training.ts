import type { ColumnDefinitionBuilder, Kysely } from "kysely";
import { columnTypes, isPostgres } from "../dialect.ts";

/**
 * 培训与考核: training sessions and who signed in to them, the quiz question bank, quizzes and each person's
 * one attempt at a quiz, and the evaluation that closes a drill. `sign_in_key` is a random key per session
 * that signs the short-lived tokens of its sign-in QR code.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);
  const id = (c: ColumnDefinitionBuilder) =>
    isPostgres(db) ? c.primaryKey() : c.primaryKey().autoIncrement();

  await db.schema
    .createTable("training_sessions")
    .addColumn("id", t.id, id)
    .addColumn("ref", "text", (c) => c.notNull().unique())
    .addColumn("org_unit_id", "integer", (c) => c.notNull().references("org_units.id"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("topic", "text", (c) => c.notNull())
    .addColumn("trainer_id", "integer", (c) => c.notNull().references("users.id"))
    .addColumn("starts_at", t.timestamp, (c) => c.notNull())
    .addColumn("ends_at", t.timestamp, (c) => c.notNull())
    .addColumn("notes", "text", (c) => c.notNull())
    .addColumn("materials_json", "text", (c) => c.notNull())
    .addColumn("sign_in_key", "text", (c) => c.notNull())
    .addColumn("created_by", "integer", (c) => c.notNull().references("users.id"))
    .addColumn("created_at", t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("training_sessions_unit_idx")
    .on("training_sessions")
    .columns(["org_unit_id", "starts_at"])
    .execute();

  await db.schema
    .createTable("training_attendance")
    .addColumn("session_id", "integer", (c) => c.notNull().references("training_sessions.id"))
    .addColumn("user_id", "integer", (c) => c.notNull().references("users.id"))
    .addColumn("signed_at", t.timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint("training_attendance_pk", ["session_id", "user_id"])
    .execute();
  await db.schema
    .createIndex("training_attendance_user_idx")
    .on("training_attendance")
    .columns(["user_id", "signed_at"])
    .execute();

  await db.schema
    .createTable("quiz_questions")
    .addColumn("id", t.id, id)
    .addColumn("org_unit_id", "integer", (c) => c.notNull().references("org_units.id"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("options_json", "text", (c) => c.notNull())
    .addColumn("correct_json", "text", (c) => c.notNull())
    .addColumn("explanation", "text", (c) => c.notNull())
    .addColumn("created_by", "integer", (c) => c.notNull().references("users.id"))
    .addColumn("created_at", t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("quiz_questions_unit_idx")
    .on("quiz_questions")
    .columns(["org_unit_id", "id"])
    .execute();

  await db.schema
    .createTable("quizzes")
    .addColumn("id", t.id, id)
    .addColumn("org_unit_id", "integer", (c) => c.notNull().references("org_units.id"))
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("session_id", "integer", (c) => c.references("training_sessions.id"))
    .addColumn("roles_json", "text", (c) => c.notNull())
    .addColumn("due_at", t.timestamp)
    .addColumn("question_ids_json", "text", (c) => c.notNull())
    .addColumn("created_by", "integer", (c) => c.notNull().references("users.id"))
    .addColumn("created_at", t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema.createIndex("quizzes_unit_idx").on("quizzes").columns(["org_unit_id", "id"]).execute();
  await db.schema.createIndex("quizzes_session_idx").on("quizzes").columns(["session_id"]).execute();

  await db.schema
    .createTable("quiz_attempts")
    .addColumn("quiz_id", "integer", (c) => c.notNull().references("quizzes.id"))
    .addColumn("user_id", "integer", (c) => c.notNull().references("users.id"))
    .addColumn("answers_json", "text", (c) => c.notNull())
    .addColumn("results_json", "text", (c) => c.notNull())
    .addColumn("score", "integer", (c) => c.notNull())
    .addColumn("right_count", "integer", (c) => c.notNull())
    .addColumn("total", "integer", (c) => c.notNull())
    .addColumn("submitted_at", t.timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint("quiz_attempts_pk", ["quiz_id", "user_id"])
    .execute();
  await db.schema
    .createIndex("quiz_attempts_user_idx")
    .on("quiz_attempts")
    .columns(["user_id", "submitted_at"])
    .execute();

  await db.schema
    .createTable("drill_evaluations")
    .addColumn("incident_id", "integer", (c) => c.primaryKey().references("incidents.id"))
    .addColumn("step_scores_json", "text", (c) => c.notNull())
    .addColumn("score", "integer", (c) => c.notNull())
    .addColumn("ack_minutes", "integer")
    .addColumn("stabilise_minutes", "integer")
    .addColumn("ack_target_minutes", "integer", (c) => c.notNull())
    .addColumn("stabilise_target_minutes", "integer", (c) => c.notNull())
    .addColumn("went_wrong", "text", (c) => c.notNull())
    .addColumn("participants_json", "text", (c) => c.notNull())
    .addColumn("evaluated_by", "integer", (c) => c.notNull().references("users.id"))
    .addColumn("evaluated_at", t.timestamp, (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    "drill_evaluations",
    "quiz_attempts",
    "quizzes",
    "quiz_questions",
    "training_attendance",
    "training_sessions",
  ])
    await db.schema.dropTable(table).execute();
}
