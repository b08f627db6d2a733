import { startOfLocalDay } from "../../domain/calendar/dates.ts";
import { sessionHours } from "../../domain/training/attendance.ts";
import { mayReadPersonal } from "../../domain/training/policy.ts";
import type { TrainingRecord } from "../../domain/training/schema.ts";
import type { Caller } from "../auth/session-user.ts";
import type { Deps } from "../http/deps.ts";
import { notFound } from "../http/errors.ts";

/** The local calendar year of `now`. */
export const currentYear = (now: Date, timeZone: string) =>
  Number(new Intl.DateTimeFormat("en", { timeZone, year: "numeric" }).format(now));

/** [from, to) of a local calendar year as ISO instants. */
export function yearBounds(year: number, timeZone: string) {
  return {
    from: startOfLocalDay(`${year}-01-01`, timeZone).toISOString(),
    to: startOfLocalDay(`${year + 1}-01-01`, timeZone).toISOString(),
  };
}

/**
 * 培训档案: a person's sessions, quiz scores and drills in a year, with the training hours. Read by the person
 * and their managers only; to anyone else the person has no record (404).
 */
export async function trainingRecord(
  deps: Deps,
  caller: Caller,
  userId: number,
  year: number,
): Promise<TrainingRecord> {
  const { db } = deps;
  const user = await db
    .selectFrom("users")
    .innerJoin("org_units", "org_units.id", "users.org_unit_id")
    .select(["users.id", "users.display_name", "users.role", "org_units.name as org_name", "org_units.path"])
    .where("users.id", "=", userId)
    .executeTakeFirst();
  const viewer = { id: caller.user.id, role: caller.user.role, path: caller.scopePath };
  if (!user || !mayReadPersonal(viewer, user, "training.records")) throw notFound();
  const { from, to } = yearBounds(year, deps.config.timeZone);

  const sessions = await db
    .selectFrom("training_attendance as a")
    .innerJoin("training_sessions as s", "s.id", "a.session_id")
    .select(["s.id", "s.ref", "s.kind", "s.topic", "s.starts_at", "s.ends_at", "a.signed_at"])
    .where("a.user_id", "=", userId)
    .where("s.starts_at", ">=", from)
    .where("s.starts_at", "<", to)
    .orderBy("s.starts_at")
    .execute();
  const quizzes = await db
    .selectFrom("quiz_attempts as t")
    .innerJoin("quizzes as z", "z.id", "t.quiz_id")
    .select(["z.id", "z.title", "t.score", "t.submitted_at"])
    .where("t.user_id", "=", userId)
    .where("t.submitted_at", ">=", from)
    .where("t.submitted_at", "<", to)
    .orderBy("t.submitted_at")
    .execute();
  const practice = await db
    .selectFrom("practice_attempts as a")
    .leftJoin("knowhow_versions as v", "v.id", "a.scenario_version_id")
    .select(["a.scenario_id", "v.content_json", "a.score", "a.verdict", "a.created_at"])
    .where("a.user_id", "=", userId)
    .where("a.created_at", ">=", from)
    .where("a.created_at", "<", to)
    .orderBy("a.id")
    .execute();
  // A drill the person took part in: reported it, held a role in it, or completed one of its tasks.
  const drills = await db
    .selectFrom("incidents as i")
    .select(["i.id", "i.ref", "i.category", "i.reported_at"])
    .where("i.drill", "=", 1)
    .where("i.reported_at", ">=", from)
    .where("i.reported_at", "<", to)
    .where((eb) =>
      eb.or([
        eb("i.reported_by", "=", userId),
        eb.exists(
          eb
            .selectFrom("incident_roles as r")
            .select("r.incident_id")
            .whereRef("r.incident_id", "=", "i.id")
            .where("r.user_id", "=", userId),
        ),
        eb.exists(
          eb
            .selectFrom("incident_tasks as k")
            .select("k.incident_id")
            .whereRef("k.incident_id", "=", "i.id")
            .where("k.done_by", "=", userId),
        ),
      ]),
    )
    .orderBy("i.reported_at")
    .execute();

  const sessionItems = sessions.map((s) => ({
    id: s.id,
    ref: s.ref,
    kind: s.kind,
    topic: s.topic,
    startsAt: s.starts_at,
    hours: sessionHours(s.starts_at, s.ends_at),
    signedAt: s.signed_at,
  }));
  return {
    user: { id: user.id, name: user.display_name, role: user.role, orgUnitName: user.org_name },
    year,
    hours: Math.round(sessionItems.reduce((sum, s) => sum + s.hours, 0) * 10) / 10,
    sessions: sessionItems,
    quizzes: quizzes.map((q) => ({
      quizId: q.id,
      title: q.title,
      score: q.score,
      submittedAt: q.submitted_at,
    })),
    practice: practice.map((a) => ({
      scenarioId: a.scenario_id,
      title: a.content_json ? (JSON.parse(a.content_json) as { title: string }).title : a.scenario_id,
      score: a.score,
      verdict: a.verdict,
      at: a.created_at,
    })),
    drills: drills.map((d) => ({
      incidentId: d.id,
      ref: d.ref,
      category: d.category,
      reportedAt: d.reported_at,
    })),
  };
}
