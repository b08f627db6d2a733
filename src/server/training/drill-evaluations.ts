import type { Kysely } from "kysely";
import type { z } from "zod";
import { isWithin } from "../../domain/org/units.ts";
import { drillScore, type evaluateDrillBody } from "../../domain/training/drill-schema.ts";
import { appendAudit } from "../audit/append.ts";
import type { Caller } from "../auth/session-user.ts";
import type { Database } from "../db/schema.ts";
import { startsWith } from "../db/starts-with.ts";
import type { Deps } from "../http/deps.ts";
import { conflict, invalid, notFound } from "../http/errors.ts";

const minutesBetween = (from: string, to: string | null) =>
  to === null ? null : Math.round((Date.parse(to) - Date.parse(from)) / 60_000);

/** Everyone who reported the drill, held a role in it or completed one of its tasks. */
async function takingPart(db: Kysely<Database>, incidentId: number, reportedBy: number) {
  const roles = await db
    .selectFrom("incident_roles")
    .select("user_id")
    .where("incident_id", "=", incidentId)
    .execute();
  const tasks = await db
    .selectFrom("incident_tasks")
    .select("done_by")
    .where("incident_id", "=", incidentId)
    .where("done_by", "is not", null)
    .execute();
  return [...new Set([reportedBy, ...roles.map((r) => r.user_id), ...tasks.map((t) => t.done_by as number)])];
}

/**
 * 演练讲评: closes a drill's loop with an evaluation — a score per step, the times to acknowledge (against the
 * level's target) and to stabilise (against the target set here), what went wrong and who took part. Once
 * the drill is under control, once per drill.
 */
export async function evaluateDrill(deps: Deps, caller: Caller, body: z.infer<typeof evaluateDrillBody>) {
  const now = deps.now();
  await deps.db.transaction().execute(async (trx) => {
    const incident = await trx
      .selectFrom("incidents as i")
      .innerJoin("org_units", "org_units.id", "i.org_unit_id")
      .select([
        "i.id",
        "i.ref",
        "i.drill",
        "i.reported_by",
        "i.reported_at",
        "i.ack_due_at",
        "i.acknowledged_at",
        "i.stabilised_at",
        "org_units.id as org_id",
        "org_units.path as org_path",
      ])
      .where("i.id", "=", body.incidentId)
      .where(startsWith("org_units.path", caller.scopePath))
      .executeTakeFirst();
    if (!incident) throw invalid("incidentId", "not_found");
    if (!incident.drill) throw conflict("incidentId", "drills.not_drill");
    if (!incident.stabilised_at) throw conflict("incidentId", "drills.not_finished");
    const done = await trx
      .selectFrom("drill_evaluations")
      .select("incident_id")
      .where("incident_id", "=", incident.id)
      .executeTakeFirst();
    if (done) throw conflict("incidentId", "drills.already_evaluated");

    const participantIds = body.participantIds ?? (await takingPart(trx, incident.id, incident.reported_by));
    const people = await trx
      .selectFrom("users")
      .innerJoin("org_units", "org_units.id", "users.org_unit_id")
      .select(["users.id", "org_units.path"])
      .where("users.id", "in", participantIds.length ? participantIds : [0])
      .execute();
    const stranger = participantIds.find((id) => {
      const p = people.find((x) => x.id === id);
      return !p || !isWithin(p.path, caller.scopePath);
    });
    if (stranger !== undefined)
      throw invalid("participantIds", "drills.participant_unknown", { id: String(stranger) });

    const evaluation = {
      incident_id: incident.id,
      step_scores_json: JSON.stringify(body.stepScores),
      score: drillScore(body.stepScores),
      ack_minutes: minutesBetween(incident.reported_at, incident.acknowledged_at),
      stabilise_minutes: minutesBetween(incident.reported_at, incident.stabilised_at),
      ack_target_minutes: minutesBetween(incident.reported_at, incident.ack_due_at) ?? 0,
      stabilise_target_minutes: body.stabiliseTargetMinutes,
      went_wrong: body.wentWrong,
      participants_json: JSON.stringify([...new Set(participantIds)]),
      evaluated_by: caller.user.id,
      evaluated_at: now.toISOString(),
    };
    await trx.insertInto("drill_evaluations").values(evaluation).execute();
    await appendAudit(trx, caller.actor, {
      action: "training.drill_evaluate",
      entityType: "incident",
      entityId: incident.id,
      orgUnit: { id: incident.org_id, path: incident.org_path },
      after: { score: evaluation.score, stepScores: body.stepScores, participantIds },
    });
  });
  return getDrillEvaluation(deps.db, caller, body.incidentId);
}

export async function getDrillEvaluation(db: Kysely<Database>, caller: Caller, incidentId: number) {
  const row = await db
    .selectFrom("drill_evaluations as e")
    .innerJoin("incidents as i", "i.id", "e.incident_id")
    .innerJoin("org_units", "org_units.id", "i.org_unit_id")
    .innerJoin("users as by", "by.id", "e.evaluated_by")
    .selectAll("e")
    .select(["i.ref", "by.display_name as evaluator"])
    .where("e.incident_id", "=", incidentId)
    .where(startsWith("org_units.path", caller.scopePath))
    .executeTakeFirst();
  if (!row) throw notFound();
  const ids: number[] = JSON.parse(row.participants_json);
  const people = ids.length
    ? await db.selectFrom("users").select(["id", "display_name"]).where("id", "in", ids).execute()
    : [];
  return {
    incidentId: row.incident_id,
    ref: row.ref,
    stepScores: JSON.parse(row.step_scores_json),
    score: row.score,
    ackMinutes: row.ack_minutes,
    ackTargetMinutes: row.ack_target_minutes,
    stabiliseMinutes: row.stabilise_minutes,
    stabiliseTargetMinutes: row.stabilise_target_minutes,
    wentWrong: row.went_wrong,
    participants: ids.map((id) => ({ id, name: people.find((p) => p.id === id)?.display_name ?? "" })),
    evaluatedBy: { id: row.evaluated_by, name: row.evaluator },
    evaluatedAt: row.evaluated_at,
  };
}
