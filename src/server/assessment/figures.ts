import type { Kysely } from "kysely";
import type { ScorecardSettings } from "../../domain/assessment/schema.ts";
import { share } from "../../domain/assessment/scorecard.ts";
import type { Metric } from "../../domain/assessment/vocabulary.ts";
import { startOfLocalDay } from "../../domain/calendar/dates.ts";
import type { Locale } from "../../domain/common/messages.ts";
import { CATEGORIES, CATEGORY_CODES } from "../../domain/incidents/categories.ts";
import { isWithin, pathIds } from "../../domain/org/units.ts";
import { sessionHours } from "../../domain/training/attendance.ts";
import type { Database } from "../db/schema.ts";

export interface Outlet {
  id: number;
  code: string;
  name: string;
  path: string;
}

/** One record a figure counts, for or against it: the detail behind the number. */
export interface CountedRow {
  ref: string;
  text: string;
  at: string;
  counts: boolean;
}

export interface Figure {
  numerator: number;
  denominator: number;
  score: number | null;
  rows: CountedRow[];
}

/** [from, to) of a local month, and the start of its year (drills are counted year to date). */
export function monthBounds(month: string, timeZone: string) {
  const [y, m] = month.split("-").map(Number);
  const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, "0")}`;
  return {
    from: startOfLocalDay(`${month}-01`, timeZone).toISOString(),
    to: startOfLocalDay(`${next}-01`, timeZone).toISOString(),
    yearStart: startOfLocalDay(`${y}-01-01`, timeZone).toISOString(),
  };
}

/** A figure whose records each count or not: the share that counts. */
const counted = (rows: CountedRow[]): Figure => {
  const numerator = rows.filter((r) => r.counts).length;
  return { numerator, denominator: rows.length, score: share(numerator, rows.length), rows };
};

/** A figure that is a mean of 0–100 scores: Σ score over 100 × how many. */
const mean = (scores: number[], rows: CountedRow[]): Figure => {
  const numerator = scores.reduce((s, x) => s + x, 0);
  return { numerator, denominator: scores.length * 100, score: share(numerator, scores.length * 100), rows };
};

/**
 * Every metric of every outlet for a month, from the records themselves. See METRIC_LABELS for what each is;
 * README "Training and assessment" gives the exact rule of each.
 */
export async function outletFigures(
  db: Kysely<Database>,
  outlets: readonly Outlet[],
  month: string,
  settings: ScorecardSettings,
  timeZone: string,
  locale: Locale,
): Promise<Map<number, Record<Metric, Figure>>> {
  const result = new Map<number, Record<Metric, Figure>>();
  if (outlets.length === 0) return result;
  const ids = outlets.map((o) => o.id);
  const { from, to, yearStart } = monthBounds(month, timeZone);

  const staff = await db
    .selectFrom("users")
    .select(["id", "display_name", "org_unit_id"])
    .where("org_unit_id", "in", ids)
    .where("disabled_at", "is", null)
    .execute();
  const ancestors = [...new Set(outlets.flatMap((o) => pathIds(o.path)))];
  const sessions = await db
    .selectFrom("training_sessions as s")
    .innerJoin("org_units", "org_units.id", "s.org_unit_id")
    .select(["s.id", "s.ref", "s.topic", "s.trainer_id", "s.starts_at", "s.ends_at", "org_units.path"])
    .where("s.org_unit_id", "in", ancestors)
    .where("s.starts_at", ">=", from)
    .where("s.starts_at", "<", to)
    .execute();
  const attendance = sessions.length
    ? await db
        .selectFrom("training_attendance")
        .select(["session_id", "user_id"])
        .where(
          "session_id",
          "in",
          sessions.map((s) => s.id),
        )
        .execute()
    : [];
  const signed = new Set(attendance.map((a) => `${a.session_id}:${a.user_id}`));
  const attempts = staff.length
    ? await db
        .selectFrom("quiz_attempts as a")
        .innerJoin("quizzes as z", "z.id", "a.quiz_id")
        .select(["a.user_id", "a.score", "a.submitted_at", "z.title"])
        .where(
          "a.user_id",
          "in",
          staff.map((s) => s.id),
        )
        .where("a.submitted_at", ">=", from)
        .where("a.submitted_at", "<", to)
        .execute()
    : [];
  const practice = await db
    .selectFrom("practice_attempts")
    .select(["user_id", "org_unit_id", "scenario_id", "score", "verdict", "created_at"])
    .where("org_unit_id", "in", ids)
    .where("created_at", ">=", from)
    .where("created_at", "<", to)
    .orderBy("id")
    .execute();
  const drills = await db
    .selectFrom("incidents as i")
    .leftJoin("drill_evaluations as e", "e.incident_id", "i.id")
    .select(["i.id", "i.ref", "i.org_unit_id", "i.category", "i.reported_at", "e.score"])
    .where("i.org_unit_id", "in", ids)
    .where("i.drill", "=", 1)
    .where("i.reported_at", ">=", yearStart)
    .where("i.reported_at", "<", to)
    .execute();
  const incidents = await db
    .selectFrom("incidents")
    .select(["ref", "org_unit_id", "summary", "reported_at", "ack_due_at", "acknowledged_at"])
    .where("org_unit_id", "in", ids)
    .where("drill", "=", 0)
    .where("reported_at", ">=", from)
    .where("reported_at", "<", to)
    .execute();
  const decided = await db
    .selectFrom("complaints")
    .select(["ref", "org_unit_id", "summary", "decided_at", "breached_at"])
    .where("org_unit_id", "in", ids)
    .where("kind", "=", "complaint")
    .where("decided_at", ">=", from)
    .where("decided_at", "<", to)
    .execute();
  const received = await db
    .selectFrom("complaints")
    .select(["ref", "org_unit_id", "summary", "received_at", "repeat_of_id"])
    .where("org_unit_id", "in", ids)
    .where("kind", "=", "complaint")
    .where("received_at", ">=", from)
    .where("received_at", "<", to)
    .execute();
  const followUps = await db
    .selectFrom("counter_exceptions")
    .select(["ref", "org_unit_id", "description", "follow_up_due_at", "closed_at"])
    .where("org_unit_id", "in", ids)
    .where("follow_up_due_at", ">=", from)
    .where("follow_up_due_at", "<", to)
    .execute();

  for (const o of outlets) {
    const people = staff.filter((s) => s.org_unit_id === o.id);
    const held = sessions.filter((s) => isWithin(o.path, s.path));
    // Everyone of the outlet is expected at each session held for it, except the trainer.
    const expected = held.flatMap((s) =>
      people
        .filter((p) => p.id !== s.trainer_id)
        .map((p) => ({ session: s, person: p, signed: signed.has(`${s.id}:${p.id}`) })),
    );
    const attendanceRows = expected.map((e) => ({
      ref: e.session.ref,
      text: `${e.session.topic} · ${e.person.display_name}`,
      at: e.session.starts_at,
      counts: e.signed,
    }));
    const attended = expected.filter((e) => e.signed);
    const hours = attended.reduce((sum, e) => sum + sessionHours(e.session.starts_at, e.session.ends_at), 0);
    const target = people.length * settings.targetHoursPerMonth;
    const hoursScore = share(hours, target);
    const personIds = new Set(people.map((p) => p.id));
    const mine = attempts.filter((a) => personIds.has(a.user_id));
    const practised = practice.filter((p) => p.org_unit_id === o.id);
    const ownDrills = drills.filter((d) => d.org_unit_id === o.id);
    const evaluated = ownDrills.filter((d) => d.score !== null);
    const name = (id: number) => people.find((p) => p.id === id)?.display_name ?? "";

    result.set(o.id, {
      attendance: counted(attendanceRows),
      training_hours: {
        numerator: Math.round(hours * 10) / 10,
        denominator: target,
        score: hoursScore === null ? null : Math.min(100, hoursScore),
        rows: attendanceRows.filter((r) => r.counts),
      },
      quiz_score: mean(
        mine.map((a) => a.score),
        mine.map((a) => ({
          ref: a.title,
          text: `${name(a.user_id)} ${a.score}`,
          at: a.submitted_at,
          counts: a.score >= 60,
        })),
      ),
      // Replies practised at the outlet in the month, each scored by the practice grader; "good" ones count.
      practice_score: mean(
        practised.map((p) => p.score),
        practised.map((p) => ({
          ref: p.scenario_id,
          text: `${name(p.user_id)} ${p.score}`,
          at: p.created_at,
          counts: p.verdict === "good",
        })),
      ),
      drill_coverage: counted(
        CATEGORY_CODES.map((code) => {
          const last = ownDrills.filter((d) => d.category === code).at(-1);
          return {
            ref: last?.ref ?? "",
            text: CATEGORIES[code].label[locale],
            at: last?.reported_at ?? "",
            counts: !!last,
          };
        }),
      ),
      drill_evaluation: mean(
        evaluated.map((d) => d.score as number),
        ownDrills.map((d) => ({
          ref: d.ref,
          text: `${CATEGORIES[d.category].label[locale]} ${d.score ?? "—"}`,
          at: d.reported_at,
          counts: d.score !== null,
        })),
      ),
      complaints_on_time: counted(
        decided
          .filter((c) => c.org_unit_id === o.id)
          .map((c) => ({
            ref: c.ref,
            text: c.summary,
            at: c.decided_at as string,
            counts: c.breached_at === null,
          })),
      ),
      complaints_not_repeated: counted(
        received
          .filter((c) => c.org_unit_id === o.id)
          .map((c) => ({ ref: c.ref, text: c.summary, at: c.received_at, counts: c.repeat_of_id === null })),
      ),
      incident_ack_on_time: counted(
        incidents
          .filter((i) => i.org_unit_id === o.id)
          .map((i) => ({
            ref: i.ref,
            text: i.summary,
            at: i.reported_at,
            counts: i.acknowledged_at !== null && Date.parse(i.acknowledged_at) <= Date.parse(i.ack_due_at),
          })),
      ),
      counter_follow_up: counted(
        followUps
          .filter((c) => c.org_unit_id === o.id)
          .map((c) => ({
            ref: c.ref,
            text: c.description,
            at: c.follow_up_due_at as string,
            counts:
              c.closed_at !== null && Date.parse(c.closed_at) <= Date.parse(c.follow_up_due_at as string),
          })),
      ),
    });
  }
  return result;
}
