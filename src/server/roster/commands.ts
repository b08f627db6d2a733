import type { z } from "zod";
import type { addShiftBody } from "../../domain/roster/schema.ts";
import { appendAudit } from "../audit/append.ts";
import type { Caller } from "../auth/session-user.ts";
import type { Db } from "../db/database.ts";
import { invalid, notFound } from "../http/errors.ts";
import { getOrgUnit } from "../org/store.ts";

/** The unit's head (or a manager or administrator above it) adds a line to its roster. */
export async function addShift(
  db: Db,
  caller: Caller,
  orgUnitId: number,
  body: z.infer<typeof addShiftBody>,
  now: Date,
) {
  return db.transaction().execute(async (trx) => {
    const unit = await getOrgUnit(trx, caller.scopePath, orgUnitId);
    const user = await trx
      .selectFrom("users")
      .innerJoin("org_units", "org_units.id", "users.org_unit_id")
      .select(["users.id", "users.display_name"])
      .where("users.id", "=", body.userId)
      .where("org_units.path", "like", `${unit.path}%`)
      .where("users.disabled_at", "is", null)
      .executeTakeFirst();
    if (!user) throw invalid("userId", "roster.user_outside");
    const row = {
      org_unit_id: unit.id,
      user_id: user.id,
      day_kind: body.dayKind,
      date: body.dayKind === "date" ? (body.date ?? null) : null,
      start_time: body.start,
      end_time: body.end,
      created_at: now.toISOString(),
    };
    const { id } = await trx.insertInto("duty_shifts").values(row).returning("id").executeTakeFirstOrThrow();
    await appendAudit(trx, caller.actor, {
      action: "roster.shift_add",
      entityType: "duty_shift",
      entityId: id,
      orgUnit: unit,
      after: {
        user: user.display_name,
        dayKind: row.day_kind,
        date: row.date,
        start: row.start_time,
        end: row.end_time,
      },
    });
    return { id };
  });
}

export async function removeShift(db: Db, caller: Caller, id: number) {
  await db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom("duty_shifts")
      .innerJoin("org_units", "org_units.id", "duty_shifts.org_unit_id")
      .innerJoin("users", "users.id", "duty_shifts.user_id")
      .select([
        "duty_shifts.id",
        "duty_shifts.org_unit_id",
        "org_units.path",
        "users.display_name",
        "duty_shifts.day_kind",
        "duty_shifts.date",
        "duty_shifts.start_time",
        "duty_shifts.end_time",
      ])
      .where("duty_shifts.id", "=", id)
      .where("org_units.path", "like", `${caller.scopePath}%`)
      .executeTakeFirst();
    if (!row) throw notFound();
    await trx.deleteFrom("duty_shifts").where("id", "=", id).execute();
    await appendAudit(trx, caller.actor, {
      action: "roster.shift_remove",
      entityType: "duty_shift",
      entityId: id,
      orgUnit: { id: row.org_unit_id, path: row.path },
      before: {
        user: row.display_name,
        dayKind: row.day_kind,
        date: row.date,
        start: row.start_time,
        end: row.end_time,
      },
    });
  });
}
