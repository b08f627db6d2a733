import type { Transaction } from "kysely";
import type { z } from "zod";
import { dueTimeProblem, pastTimeProblem } from "../../domain/common/plausibility.ts";
import { isWithin } from "../../domain/org/units.ts";
import { signInOpen } from "../../domain/training/attendance.ts";
import type { createSessionBody } from "../../domain/training/schema.ts";
import { MAX_SESSION_MINUTES } from "../../domain/training/vocabulary.ts";
import { appendAudit } from "../audit/append.ts";
import type { Caller } from "../auth/session-user.ts";
import { nextRef } from "../db/refs.ts";
import type { Database } from "../db/schema.ts";
import { startsWith } from "../db/starts-with.ts";
import type { Deps } from "../http/deps.ts";
import { AppError, conflict, invalid, notFound } from "../http/errors.ts";
import { linkMaterials } from "./materials.ts";
import { checkSignInToken, issueSignInToken, newSignInKey, tokenSessionId } from "./sign-in-token.ts";
import { getSession } from "./store.ts";

type Trx = Transaction<Database>;

/** The unit a session or quiz is held for: the caller's own, or one in their subtree (field named). */
export async function targetUnit(trx: Trx, caller: Caller, field: string, id: number | undefined) {
  if (id === undefined) return caller.user.orgUnit;
  const unit = await trx
    .selectFrom("org_units")
    .select(["id", "name", "path"])
    .where("id", "=", id)
    .where(startsWith("path", caller.scopePath))
    .executeTakeFirst();
  if (!unit) throw invalid(field, "training.unit_outside");
  return unit;
}

function checkTimes(startsAt: string, endsAt: string, now: Date): void {
  const minutes = (Date.parse(endsAt) - Date.parse(startsAt)) / 60_000;
  if (minutes <= 0) throw invalid("endsAt", "training.ends_before_start");
  if (minutes > MAX_SESSION_MINUTES)
    throw invalid("endsAt", "training.too_long", { hours: String(MAX_SESSION_MINUTES / 60) });
  // Recorded afterwards or scheduled ahead: either way within the record horizon and the planning window.
  const problem =
    Date.parse(startsAt) > now.getTime() ? dueTimeProblem(startsAt, now) : pastTimeProblem(startsAt, now);
  if (problem) throw invalid("startsAt", problem.key, problem.params);
}

export async function createSession(deps: Deps, caller: Caller, body: z.infer<typeof createSessionBody>) {
  const now = deps.now();
  checkTimes(body.startsAt, body.endsAt, now);
  const id = await deps.db.transaction().execute(async (trx) => {
    const unit = await targetUnit(trx, caller, "orgUnitId", body.orgUnitId);
    const materials = await linkMaterials(trx, unit.path, body.materials);
    const trainerId = body.trainerId ?? caller.user.id;
    if (trainerId !== caller.user.id) {
      const trainer = await trx
        .selectFrom("users")
        .innerJoin("org_units", "org_units.id", "users.org_unit_id")
        .select("org_units.path")
        .where("users.id", "=", trainerId)
        .where("users.disabled_at", "is", null)
        .executeTakeFirst();
      if (!trainer || !isWithin(trainer.path, caller.scopePath))
        throw invalid("trainerId", "training.trainer_unknown");
    }
    const ref = await nextRef(trx, "TRN", now, deps.config.timeZone);
    const { id } = await trx
      .insertInto("training_sessions")
      .values({
        ref,
        org_unit_id: unit.id,
        kind: body.kind,
        topic: body.topic,
        trainer_id: trainerId,
        starts_at: new Date(body.startsAt).toISOString(),
        ends_at: new Date(body.endsAt).toISOString(),
        notes: body.notes,
        materials_json: JSON.stringify(materials),
        sign_in_key: newSignInKey(),
        created_by: caller.user.id,
        created_at: now.toISOString(),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await appendAudit(trx, caller.actor, {
      action: "training.session_create",
      entityType: "training_session",
      entityId: id,
      orgUnit: unit,
      after: {
        ref,
        kind: body.kind,
        topic: body.topic,
        startsAt: body.startsAt,
        endsAt: body.endsAt,
        materials,
      },
    });
    return id;
  });
  return getSession(deps, caller, id);
}

/** A fresh token for the session's QR code, while sign-in is open; only its organisers may show it. */
export async function signInCode(deps: Deps, caller: Caller, id: number) {
  const session = await deps.db
    .selectFrom("training_sessions")
    .innerJoin("org_units", "org_units.id", "training_sessions.org_unit_id")
    .select(["training_sessions.sign_in_key", "training_sessions.starts_at", "training_sessions.ends_at"])
    .where("training_sessions.id", "=", id)
    .where(startsWith("org_units.path", caller.scopePath))
    .executeTakeFirst();
  if (!session) throw notFound();
  const now = deps.now();
  if (!signInOpen(session.starts_at, session.ends_at, now))
    throw conflict("startsAt", "training.sign_in_closed");
  return issueSignInToken(id, session.sign_in_key, now);
}

/**
 * Signs the caller in to the session the scanned token names: the token must be genuine and fresh, the
 * session open for sign-in, and the caller one of the staff it is held for. Signing in twice is harmless.
 */
export async function signIn(deps: Deps, caller: Caller, token: string) {
  const sessionId = tokenSessionId(token);
  if (sessionId === null) throw invalid("token", "training.sign_in_invalid");
  const now = deps.now();
  return deps.db.transaction().execute(async (trx) => {
    const session = await trx
      .selectFrom("training_sessions")
      .innerJoin("org_units", "org_units.id", "training_sessions.org_unit_id")
      .select([
        "training_sessions.id",
        "training_sessions.topic",
        "training_sessions.sign_in_key",
        "training_sessions.starts_at",
        "training_sessions.ends_at",
        "org_units.id as org_id",
        "org_units.name as org_name",
        "org_units.path as org_path",
      ])
      .where("training_sessions.id", "=", sessionId)
      .executeTakeFirst();
    const check = session ? checkSignInToken(token, session.sign_in_key, now) : "invalid";
    if (!session || check === "invalid") throw invalid("token", "training.sign_in_invalid");
    if (check === "expired") throw invalid("token", "training.sign_in_expired");
    if (!signInOpen(session.starts_at, session.ends_at, now))
      throw conflict("token", "training.sign_in_closed");
    if (!isWithin(caller.scopePath, session.org_path))
      throw new AppError(403, "training.not_expected", { unit: session.org_name });
    const existing = await trx
      .selectFrom("training_attendance")
      .select("signed_at")
      .where("session_id", "=", session.id)
      .where("user_id", "=", caller.user.id)
      .executeTakeFirst();
    const result = {
      sessionId: session.id,
      topic: session.topic,
      signedAt: existing?.signed_at ?? now.toISOString(),
    };
    if (existing) return result;
    await trx
      .insertInto("training_attendance")
      .values({ session_id: session.id, user_id: caller.user.id, signed_at: result.signedAt })
      .execute();
    await appendAudit(trx, caller.actor, {
      action: "training.sign_in",
      entityType: "training_session",
      entityId: session.id,
      orgUnit: { id: session.org_id, path: session.org_path },
      after: { userId: caller.user.id, signedAt: result.signedAt },
    });
    return result;
  });
}
