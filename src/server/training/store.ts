import type { Kysely } from "kysely";
import type { z } from "zod";
import { can } from "../../domain/auth/permissions.ts";
import { isWithin } from "../../domain/org/units.ts";
import { sessionHours, signInOpen } from "../../domain/training/attendance.ts";
import type { listSessionsQuery } from "../../domain/training/schema.ts";
import type { Caller } from "../auth/session-user.ts";
import type { Database } from "../db/schema.ts";
import type { Deps } from "../http/deps.ts";
import { notFound } from "../http/errors.ts";
import { presentMaterials } from "./materials.ts";
import { staffUnder, visibleFrom } from "./scope.ts";
import { listSessionFiles } from "./session-files.ts";

function sessionsBase(db: Kysely<Database>, scopePath: string) {
  return db
    .selectFrom("training_sessions as s")
    .innerJoin("org_units", "org_units.id", "s.org_unit_id")
    .innerJoin("users as trainer", "trainer.id", "s.trainer_id")
    .select((eb) => [
      "s.id",
      "s.ref",
      "s.kind",
      "s.topic",
      "s.starts_at",
      "s.ends_at",
      "s.notes",
      "s.materials_json",
      "s.trainer_id",
      "trainer.display_name as trainer_name",
      "org_units.id as org_id",
      "org_units.name as org_name",
      "org_units.path as org_path",
      eb
        .selectFrom("training_attendance")
        .select(eb.fn.countAll<number>().as("n"))
        .whereRef("training_attendance.session_id", "=", "s.id")
        .as("attendee_count"),
    ])
    .where(visibleFrom(scopePath));
}

type SessionRow = Awaited<ReturnType<ReturnType<typeof sessionsBase>["executeTakeFirstOrThrow"]>>;

/** Everyone active under the session's unit is expected, except its trainer, as the register lists them. */
async function expectedCount(db: Kysely<Database>, path: string, trainerId: number) {
  const row = await staffUnder(db, path)
    .where("users.id", "!=", trainerId)
    .clearSelect()
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

const toSummary = (r: SessionRow, expected: number) => ({
  id: r.id,
  ref: r.ref,
  kind: r.kind,
  topic: r.topic,
  orgUnitId: r.org_id,
  orgUnitName: r.org_name,
  trainer: { id: r.trainer_id, name: r.trainer_name },
  startsAt: r.starts_at,
  endsAt: r.ends_at,
  hours: sessionHours(r.starts_at, r.ends_at),
  attendeeCount: Number(r.attendee_count ?? 0),
  expectedCount: expected,
});

/** Sessions held for the caller's subtree or for a unit above the caller, newest first. */
export async function listSessions(deps: Deps, caller: Caller, query: z.infer<typeof listSessionsQuery>) {
  let q = sessionsBase(deps.db, caller.scopePath);
  if (query.from) q = q.where("s.starts_at", ">=", new Date(query.from).toISOString());
  if (query.to) q = q.where("s.starts_at", "<", new Date(query.to).toISOString());
  if (query.kind) q = q.where("s.kind", "=", query.kind);
  const rows = await q.orderBy("s.starts_at", "desc").orderBy("s.id", "desc").limit(query.limit).execute();
  const expected = new Map<string, number>();
  const keyOf = (r: SessionRow) => `${r.org_path}:${r.trainer_id}`;
  for (const r of rows)
    if (!expected.has(keyOf(r)))
      expected.set(keyOf(r), await expectedCount(deps.db, r.org_path, r.trainer_id));
  return { items: rows.map((r) => toSummary(r, expected.get(keyOf(r)) ?? 0)) };
}

/** One session with who signed in and who is missing; 404 when it is neither below nor above the caller. */
export async function getSession(deps: Deps, caller: Caller, id: number) {
  const { db } = deps;
  const r = await sessionsBase(db, caller.scopePath).where("s.id", "=", id).executeTakeFirst();
  if (!r) throw notFound();
  const attendees = await db
    .selectFrom("training_attendance as a")
    .innerJoin("users", "users.id", "a.user_id")
    .select(["users.id", "users.display_name", "a.signed_at"])
    .where("a.session_id", "=", id)
    .orderBy("a.signed_at")
    .execute();
  const signed = new Set(attendees.map((a) => a.id));
  const staff = await staffUnder(db, r.org_path)
    .where("users.id", "!=", r.trainer_id)
    .orderBy("org_units.path")
    .orderBy("users.id")
    .execute();
  const quizzes = await db
    .selectFrom("quizzes")
    .select("id")
    .where("session_id", "=", id)
    .orderBy("id")
    .execute();
  return {
    ...toSummary(r, staff.length),
    notes: r.notes,
    materials: await presentMaterials(db, JSON.parse(r.materials_json), caller.locale),
    files: await listSessionFiles(db, id),
    attendees: attendees.map((a) => ({ id: a.id, name: a.display_name, signedAt: a.signed_at })),
    absentees: staff
      .filter((s) => !signed.has(s.id))
      .map((s) => ({ id: s.id, name: s.display_name, orgUnitName: s.org_name })),
    quizIds: quizzes.map((q) => q.id),
    signInOpen: signInOpen(r.starts_at, r.ends_at, deps.now()),
    canManage: can(caller.user.role, "training.manage") && isWithin(r.org_path, caller.scopePath),
    signedIn: signed.has(caller.user.id),
  };
}
