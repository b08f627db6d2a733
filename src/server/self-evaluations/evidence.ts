import type { Kysely } from "kysely";
import { isWithin } from "../../domain/org/units.ts";
import type { EvidenceFigures } from "../../domain/self-evaluations/schema.ts";
import { sessionHours } from "../../domain/training/attendance.ts";
import type { Database } from "../db/schema.ts";
import { startsWith } from "../db/starts-with.ts";

/**
 * What the platform holds for a unit's subtree in a year, for the elements that point to it: complaints
 * received and those that missed their deadline, materials reviewed, inspections submitted with their
 * failed items and still-open rectifications, the education plan against the activities held, and the
 * training records.
 */
export async function evidenceFor(
  db: Kysely<Database>,
  path: string,
  year: number,
  range: { from: string; to: string },
): Promise<EvidenceFigures> {
  const n = (v: unknown) => Number(v ?? 0);
  const [complaints, materials, inspections, rectifications, planned, activities, training] =
    await Promise.all([
      db
        .selectFrom("complaints as c")
        .innerJoin("org_units as ou", "ou.id", "c.org_unit_id")
        .select((eb) => [eb.fn.countAll().as("received"), eb.fn.count("c.breached_at").as("breached")])
        .where(startsWith("ou.path", path))
        .where("c.received_at", ">=", range.from)
        .where("c.received_at", "<", range.to)
        .executeTakeFirstOrThrow(),
      db
        .selectFrom("marketing_materials as m")
        .innerJoin("org_units as ou", "ou.id", "m.org_unit_id")
        .select(["m.status", (eb) => eb.fn.countAll().as("n")])
        .where(startsWith("ou.path", path))
        .where("m.created_at", ">=", range.from)
        .where("m.created_at", "<", range.to)
        .groupBy("m.status")
        .execute(),
      db
        .selectFrom("inspections as i")
        .innerJoin("org_units as ou", "ou.id", "i.org_unit_id")
        .innerJoin("inspection_results as r", "r.inspection_id", "i.id")
        .select((eb) => [
          eb.fn.count("i.id").distinct().as("submitted"),
          eb.fn.sum<number>(eb.case().when("r.outcome", "=", "fail").then(1).else(0).end()).as("failed"),
        ])
        .where(startsWith("ou.path", path))
        .where("i.submitted_at", ">=", range.from)
        .where("i.submitted_at", "<", range.to)
        .executeTakeFirstOrThrow(),
      db
        .selectFrom("rectifications as rc")
        .innerJoin("org_units as ou", "ou.id", "rc.org_unit_id")
        .select((eb) => eb.fn.countAll().as("n"))
        .where(startsWith("ou.path", path))
        .where("rc.status", "=", "open")
        .executeTakeFirstOrThrow(),
      db
        .selectFrom("education_plan_months as m")
        .innerJoin("education_plans as p", "p.id", "m.plan_id")
        .innerJoin("org_units as ou", "ou.id", "p.org_unit_id")
        .select((eb) => eb.fn.sum<number>("m.planned_count").as("n"))
        .where(startsWith("ou.path", path))
        .where("p.year", "=", year)
        .where("p.status", "=", "approved")
        .executeTakeFirstOrThrow(),
      db
        .selectFrom("education_activities as a")
        .innerJoin("org_units as ou", "ou.id", "a.org_unit_id")
        .select((eb) => [eb.fn.countAll().as("n"), eb.fn.sum<number>("a.people_reached").as("people")])
        .where(startsWith("ou.path", path))
        .where("a.held_on", ">=", `${year}-01-01`)
        .where("a.held_on", "<=", `${year}-12-31`)
        .executeTakeFirstOrThrow(),
      trainingEvidence(db, path, range),
    ]);
  const byStatus = (status: string) => n(materials.find((m) => m.status === status)?.n);
  return {
    complaints: { received: n(complaints.received), breached: n(complaints.breached) },
    materials: {
      approved: byStatus("approved"),
      rejected: byStatus("rejected"),
      pending: byStatus("pending_review"),
    },
    inspections: {
      submitted: n(inspections.submitted),
      failedItems: n(inspections.failed),
      openRectifications: n(rectifications.n),
    },
    campaigns: { planned: n(planned.n), activities: n(activities.n), peopleReached: n(activities.people) },
    training,
  };
}

const share = (part: number, whole: number) => (whole ? Math.round((part / whole) * 100) : null);
const oneDecimal = (x: number) => Math.round(x * 10) / 10;

/**
 * The year's training in a subtree: sessions held for its units; at each, everyone active under the
 * session's unit is expected except the trainer (as the scorecard counts attendance); the hours of a session
 * count once per person signed in; quizzes are those the subtree's staff submitted in the year.
 */
async function trainingEvidence(
  db: Kysely<Database>,
  path: string,
  range: { from: string; to: string },
): Promise<EvidenceFigures["training"]> {
  const [sessions, staff, attempts] = await Promise.all([
    db
      .selectFrom("training_sessions as s")
      .innerJoin("org_units as ou", "ou.id", "s.org_unit_id")
      .select(["s.id", "s.trainer_id", "s.starts_at", "s.ends_at", "ou.path"])
      .where(startsWith("ou.path", path))
      .where("s.starts_at", ">=", range.from)
      .where("s.starts_at", "<", range.to)
      .execute(),
    db
      .selectFrom("users as u")
      .innerJoin("org_units as ou", "ou.id", "u.org_unit_id")
      .select(["u.id", "ou.path"])
      .where(startsWith("ou.path", path))
      .where("u.disabled_at", "is", null)
      .execute(),
    db
      .selectFrom("quiz_attempts as a")
      .innerJoin("users as u", "u.id", "a.user_id")
      .innerJoin("org_units as ou", "ou.id", "u.org_unit_id")
      .select((eb) => [eb.fn.countAll().as("n"), eb.fn.sum<number>("a.score").as("total")])
      .where(startsWith("ou.path", path))
      .where("a.submitted_at", ">=", range.from)
      .where("a.submitted_at", "<", range.to)
      .executeTakeFirstOrThrow(),
  ]);
  const signIns = sessions.length
    ? await db
        .selectFrom("training_attendance")
        .select("session_id")
        .where(
          "session_id",
          "in",
          sessions.map((s) => s.id),
        )
        .execute()
    : [];
  let expected = 0;
  let hours = 0;
  for (const s of sessions) {
    expected += staff.filter((p) => p.id !== s.trainer_id && isWithin(p.path, s.path)).length;
    const signed = signIns.filter((a) => a.session_id === s.id).length;
    hours += signed * sessionHours(s.starts_at, s.ends_at);
  }
  const quizAttempts = Number(attempts.n ?? 0);
  const perPerson = staff.length ? oneDecimal(hours / staff.length) : null;
  return {
    sessions: sessions.length,
    expected,
    signIns: signIns.length,
    attendanceRate: share(signIns.length, expected),
    hours: oneDecimal(hours),
    staff: staff.length,
    hoursPerPerson: perPerson,
    quizAttempts,
    averageQuizScore: quizAttempts ? Math.round(Number(attempts.total ?? 0) / quizAttempts) : null,
  };
}
