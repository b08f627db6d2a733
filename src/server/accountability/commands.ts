import type { z } from "zod";
import { measureFits } from "../../domain/accountability/measures.ts";
import type { createRecordBody } from "../../domain/accountability/schema.ts";
import { isWithin } from "../../domain/org/units.ts";
import { appendAudit } from "../audit/append.ts";
import type { Caller } from "../auth/session-user.ts";
import { startsWith } from "../db/starts-with.ts";
import type { Deps } from "../http/deps.ts";
import { AppError, invalid } from "../http/errors.ts";
import { checkPastDate } from "../http/plausible.ts";
import { getRecord } from "./store.ts";

/**
 * Records a reward or sanction a manager decided for one of the staff below them (never for themselves),
 * tied to the incident or complaint behind it when there is one, audited with the decision.
 */
export async function createRecord(deps: Deps, caller: Caller, body: z.infer<typeof createRecordBody>) {
  if (!measureFits(body.kind, body.measure)) throw invalid("measure", "accountability.measure_kind");
  checkPastDate("decidedOn", body.decidedOn, deps.now(), deps.config.timeZone);
  if (body.userId === caller.user.id) throw new AppError(403, "accountability.self");
  const id = await deps.db.transaction().execute(async (trx) => {
    const person = await trx
      .selectFrom("users")
      .innerJoin("org_units", "org_units.id", "users.org_unit_id")
      .select(["users.id", "org_units.id as org_id", "org_units.path"])
      .where("users.id", "=", body.userId)
      .executeTakeFirst();
    if (!person || !isWithin(person.path, caller.scopePath))
      throw invalid("userId", "accountability.subject_unknown");
    if (body.sourceRef) {
      const table = body.sourceRef.startsWith("INC-") ? "incidents" : "complaints";
      const source = await trx
        .selectFrom(table)
        .innerJoin("org_units", "org_units.id", `${table}.org_unit_id`)
        .select(`${table}.id`)
        .where(`${table}.ref`, "=", body.sourceRef)
        .where(startsWith("org_units.path", caller.scopePath))
        .executeTakeFirst();
      if (!source) throw invalid("sourceRef", "accountability.source_unknown", { ref: body.sourceRef });
    }
    const { id } = await trx
      .insertInto("accountability_records")
      .values({
        user_id: person.id,
        org_unit_id: person.org_id,
        kind: body.kind,
        measure: body.measure,
        reason: body.reason,
        source_ref: body.sourceRef ?? null,
        amount: body.amount ?? null,
        decided_on: body.decidedOn,
        decided_by: caller.user.id,
        created_at: deps.now().toISOString(),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await appendAudit(trx, caller.actor, {
      action: "accountability.record",
      entityType: "accountability_record",
      entityId: id,
      orgUnit: { id: person.org_id, path: person.path },
      after: { userId: person.id, kind: body.kind, measure: body.measure, sourceRef: body.sourceRef ?? null },
    });
    return id;
  });
  return getRecord(deps, caller, id);
}
