import type { z } from "zod";
import type { Role } from "../../domain/auth/roles.ts";
import { DEFAULT_DEADLINES, type DeadlinePolicy } from "../../domain/counter-exceptions/deadlines.ts";
import type {
  createTypeBody,
  ExceptionType,
  updateTypeBody,
} from "../../domain/counter-exceptions/schema.ts";
import { appendAudit } from "../audit/append.ts";
import type { Caller } from "../auth/session-user.ts";
import type { Db } from "../db/database.ts";
import { startsWith } from "../db/starts-with.ts";
import { conflict, invalid, notFound } from "../http/errors.ts";
import { getOrgUnit } from "../org/store.ts";
import { readSetting, writeSetting } from "../settings/store.ts";

/** Administrator settings of the register: exception types and verifier grants, each change audited. */

const typeColumns = ["code", "label_zh", "label_en", "sort_order", "disabled_at"] as const;

function toType(r: {
  code: string;
  label_zh: string;
  label_en: string;
  sort_order: number;
  disabled_at: string | null;
}): ExceptionType {
  return {
    code: r.code,
    labelZh: r.label_zh,
    labelEn: r.label_en,
    sortOrder: r.sort_order,
    disabled: r.disabled_at !== null,
  };
}

export async function listTypes(db: Db): Promise<ExceptionType[]> {
  const rows = await db
    .selectFrom("counter_exception_types")
    .select(typeColumns)
    .orderBy("sort_order")
    .execute();
  return rows.map(toType);
}

async function typeByCode(db: Db, code: string) {
  const row = await db
    .selectFrom("counter_exception_types")
    .select(typeColumns)
    .where("code", "=", code)
    .executeTakeFirst();
  return row && toType(row);
}

export async function createType(db: Db, caller: Caller, body: z.infer<typeof createTypeBody>) {
  return db.transaction().execute(async (trx) => {
    if (await typeByCode(trx, body.code))
      throw conflict("code", "counter_exceptions.type_taken", { code: body.code });
    const { max } = await trx
      .selectFrom("counter_exception_types")
      .select((eb) => eb.fn.max("sort_order").as("max"))
      .executeTakeFirstOrThrow();
    await trx
      .insertInto("counter_exception_types")
      .values({
        code: body.code,
        label_zh: body.labelZh,
        label_en: body.labelEn,
        sort_order: body.sortOrder ?? Number(max ?? 0) + 10,
      })
      .execute();
    const after = await typeByCode(trx, body.code);
    await appendAudit(trx, caller.actor, {
      action: "counter_exceptions.type_create",
      entityType: "counter_exception_type",
      entityId: body.code,
      after,
    });
    return after as ExceptionType;
  });
}

/** Renaming keeps the code, so registered exceptions keep their type; disabling hides it from new ones. */
export async function updateType(
  db: Db,
  caller: Caller,
  code: string,
  body: z.infer<typeof updateTypeBody>,
  now: Date,
) {
  return db.transaction().execute(async (trx) => {
    const before = await typeByCode(trx, code);
    if (!before) throw notFound();
    await trx
      .updateTable("counter_exception_types")
      .set({
        label_zh: body.labelZh ?? before.labelZh,
        label_en: body.labelEn ?? before.labelEn,
        sort_order: body.sortOrder ?? before.sortOrder,
        ...(body.disabled !== undefined &&
          body.disabled !== before.disabled && { disabled_at: body.disabled ? now.toISOString() : null }),
      })
      .where("code", "=", code)
      .execute();
    const after = (await typeByCode(trx, code)) as ExceptionType;
    await appendAudit(trx, caller.actor, {
      action: "counter_exceptions.type_update",
      entityType: "counter_exception_type",
      entityId: code,
      before,
      after,
    });
    return after;
  });
}

export async function listGrants(db: Db, scopePath: string) {
  const rows = await db
    .selectFrom("counter_exception_verifier_grants as g")
    .innerJoin("org_units as ou", "ou.id", "g.org_unit_id")
    .select(["g.id", "g.role", "g.org_unit_id", "ou.name", "g.created_at"])
    .where(startsWith("ou.path", scopePath))
    .orderBy("g.id")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    role: r.role,
    orgUnitId: r.org_unit_id,
    orgUnitName: r.name,
    createdAt: r.created_at,
  }));
}

export async function createGrant(
  db: Db,
  caller: Caller,
  body: { role: Role; orgUnitId: number },
  now: Date,
) {
  return db.transaction().execute(async (trx) => {
    const unit = await getOrgUnit(trx, caller.scopePath, body.orgUnitId).catch((): never => {
      throw invalid("orgUnitId", "not_found");
    });
    const taken = await trx
      .selectFrom("counter_exception_verifier_grants")
      .select("id")
      .where("role", "=", body.role)
      .where("org_unit_id", "=", unit.id)
      .executeTakeFirst();
    if (taken) throw conflict("role", "counter_exceptions.grant_taken");
    const { id } = await trx
      .insertInto("counter_exception_verifier_grants")
      .values({
        role: body.role,
        org_unit_id: unit.id,
        created_by: caller.user.id,
        created_at: now.toISOString(),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await appendAudit(trx, caller.actor, {
      action: "counter_exceptions.grant_verifier",
      entityType: "counter_exception_verifier_grant",
      entityId: id,
      orgUnit: unit,
      after: body,
    });
    return { id, role: body.role, orgUnitId: unit.id, orgUnitName: unit.name, createdAt: now.toISOString() };
  });
}

export async function deleteGrant(db: Db, caller: Caller, id: number) {
  await db.transaction().execute(async (trx) => {
    const grant = (await listGrants(trx, caller.scopePath)).find((g) => g.id === id);
    if (!grant) throw notFound();
    const unit = await getOrgUnit(trx, caller.scopePath, grant.orgUnitId);
    await trx.deleteFrom("counter_exception_verifier_grants").where("id", "=", id).execute();
    await appendAudit(trx, caller.actor, {
      action: "counter_exceptions.revoke_verifier",
      entityType: "counter_exception_verifier_grant",
      entityId: id,
      orgUnit: unit,
      before: grant,
    });
  });
}

const DEADLINES_KEY = "counter_exceptions.deadlines";

/** The working days verification and handling may take; the domain's defaults until an administrator sets them. */
export async function loadDeadlines(db: Db): Promise<DeadlinePolicy> {
  return { ...DEFAULT_DEADLINES, ...(await readSetting(db, DEADLINES_KEY, DEFAULT_DEADLINES)) };
}

/** Replaces them, audited with before and after; exceptions already on the schedule keep their due times. */
export async function updateDeadlines(db: Db, caller: Caller, policy: DeadlinePolicy, at: Date) {
  await db.transaction().execute(async (trx) => {
    const before = await loadDeadlines(trx);
    await writeSetting(trx, DEADLINES_KEY, policy, at);
    await appendAudit(trx, caller.actor, {
      action: "counter_exceptions.deadlines_update",
      entityType: "setting",
      entityId: DEADLINES_KEY,
      orgUnit: caller.user.orgUnit,
      before,
      after: policy,
    });
  });
  return loadDeadlines(db);
}
