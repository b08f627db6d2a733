import type { z } from "zod";
import { ROLE_LABELS, ROLE_UNIT_KINDS, type Role } from "../../domain/auth/roles.ts";
import type { OrgUnit } from "../../domain/org/schema.ts";
import { ORG_KIND_LABELS } from "../../domain/org/units.ts";
import type { createUserBody, updateUserBody } from "../../domain/users/schema.ts";
import { appendAudit } from "../audit/append.ts";
import { hashPassword } from "../auth/passwords.ts";
import type { Caller } from "../auth/session-user.ts";
import type { Db } from "../db/database.ts";
import { conflict, invalid } from "../http/errors.ts";
import { getOrgUnit } from "../org/store.ts";
import { getUser } from "./store.ts";

async function unitFor(trx: Db, caller: Caller, orgUnitId: number, role: Role): Promise<OrgUnit> {
  const unit = await getOrgUnit(trx, caller.scopePath, orgUnitId).catch((): never => {
    throw invalid("orgUnitId", "not_found");
  });
  if (!ROLE_UNIT_KINDS[role].includes(unit.kind)) {
    throw invalid("role", "users.role_unit_kind", {
      role: ROLE_LABELS[role][caller.locale],
      kind: ORG_KIND_LABELS[unit.kind][caller.locale],
    });
  }
  return unit;
}

export async function createUser(db: Db, caller: Caller, body: z.infer<typeof createUserBody>) {
  // Hash before the transaction: argon2 is slow on purpose and must not hold the write lock.
  const passwordHash = await hashPassword(body.password);
  return db.transaction().execute(async (trx) => {
    const unit = await unitFor(trx, caller, body.orgUnitId, body.role);
    const taken = await trx
      .selectFrom("users")
      .select("id")
      .where("username", "=", body.username)
      .executeTakeFirst();
    if (taken) throw conflict("username", "users.username_taken", { username: body.username });
    const { id } = await trx
      .insertInto("users")
      .values({
        username: body.username,
        display_name: body.displayName,
        mobile_phone: body.mobilePhone ?? null,
        email: body.email ?? null,
        role: body.role,
        org_unit_id: unit.id,
        password_hash: passwordHash,
        created_at: new Date().toISOString(),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const { user } = await getUser(trx, caller.scopePath, id);
    await appendAudit(trx, caller.actor, {
      action: "users.create",
      entityType: "user",
      entityId: id,
      orgUnit: unit,
      after: user,
    });
    return user;
  });
}

export async function updateUser(db: Db, caller: Caller, id: number, body: z.infer<typeof updateUserBody>) {
  return db.transaction().execute(async (trx) => {
    const { user: before } = await getUser(trx, caller.scopePath, id);
    const role = body.role ?? before.role;
    const unit = await unitFor(trx, caller, body.orgUnitId ?? before.orgUnitId, role);
    if (body.disabled === true && id === caller.user.id) throw invalid("disabled", "users.self_disable");

    let disabledAt: string | null | undefined;
    if (body.disabled === true && !before.disabled) disabledAt = new Date().toISOString();
    if (body.disabled === false) disabledAt = null;
    await trx
      .updateTable("users")
      .set({
        display_name: body.displayName ?? before.displayName,
        ...(body.mobilePhone !== undefined && { mobile_phone: body.mobilePhone }),
        ...(body.email !== undefined && { email: body.email }),
        role,
        org_unit_id: unit.id,
        ...(disabledAt !== undefined && { disabled_at: disabledAt }),
      })
      .where("id", "=", id)
      .execute();
    if (disabledAt) await trx.deleteFrom("sessions").where("user_id", "=", id).execute();

    const { user: after } = await getUser(trx, caller.scopePath, id);
    const action =
      after.disabled !== before.disabled
        ? after.disabled
          ? "users.disable"
          : "users.enable"
        : "users.update";
    await appendAudit(trx, caller.actor, {
      action,
      entityType: "user",
      entityId: id,
      orgUnit: unit,
      before,
      after,
    });
    return after;
  });
}

/** An administrator sets a new password; it also lifts a lock-out and signs the user out everywhere. */
export async function resetPassword(db: Db, caller: Caller, id: number, password: string) {
  const passwordHash = await hashPassword(password);
  return db.transaction().execute(async (trx) => {
    const { user, orgPath } = await getUser(trx, caller.scopePath, id);
    await trx
      .updateTable("users")
      .set({
        password_hash: passwordHash,
        failed_logins: 0,
        locked_until: null,
        // The administrator knows this password: the user must choose their own at the next sign-in.
        password_change_required_at: new Date().toISOString(),
      })
      .where("id", "=", id)
      .execute();
    await trx.deleteFrom("sessions").where("user_id", "=", id).execute();
    await appendAudit(trx, caller.actor, {
      action: "users.reset_password",
      entityType: "user",
      entityId: id,
      orgUnit: { id: user.orgUnitId, path: orgPath },
      before: { lockedUntil: user.lockedUntil },
      after: { lockedUntil: null },
    });
  });
}
