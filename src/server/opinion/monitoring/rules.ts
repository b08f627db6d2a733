import type { Kysely } from "kysely";
import type { WatchRule } from "../../../domain/opinion/schema.ts";
import type { WatchKind } from "../../../domain/opinion/vocabulary.ts";
import { appendAudit } from "../../audit/append.ts";
import type { Caller } from "../../auth/session-user.ts";
import type { Database } from "../../db/schema.ts";
import { startsWith } from "../../db/starts-with.ts";
import type { Deps } from "../../http/deps.ts";
import { AppError, notFound } from "../../http/errors.ts";
import { unitInScope } from "../store.ts";

/**
 * Watch rules: bank-wide ones (no unit) are the administrators'; a branch keeps its own for the units of
 * its subtree. Everyone who keeps rules sees the bank-wide ones and those of their subtree.
 */
export async function listRules(db: Kysely<Database>, scopePath: string): Promise<WatchRule[]> {
  const rows = await db
    .selectFrom("opinion_watch_rules as r")
    .leftJoin("org_units as ou", "ou.id", "r.org_unit_id")
    .select(["r.id", "r.kind", "r.phrase", "r.org_unit_id", "r.created_at", "ou.name"])
    .where("r.disabled_at", "is", null)
    .where((eb) => eb.or([eb("r.org_unit_id", "is", null), startsWith("ou.path", scopePath)]))
    .orderBy("r.kind")
    .orderBy("r.id")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    phrase: r.phrase,
    orgUnit: r.org_unit_id === null ? null : { id: r.org_unit_id, name: r.name ?? "" },
    createdAt: r.created_at,
  }));
}

const bankWideRefused = () => new AppError(403, "opinion.rule_scope", {}, "orgUnitId");

export async function createRule(
  deps: Deps,
  caller: Caller,
  body: { kind: WatchKind; phrase: string; orgUnitId?: number },
) {
  const now = deps.now();
  return deps.db.transaction().execute(async (trx) => {
    if (body.orgUnitId === undefined && caller.user.role !== "administrator") throw bankWideRefused();
    const unit = body.orgUnitId
      ? await unitInScope(trx, caller.scopePath, body.orgUnitId, "orgUnitId")
      : null;
    const { id } = await trx
      .insertInto("opinion_watch_rules")
      .values({
        kind: body.kind,
        phrase: body.phrase,
        org_unit_id: unit?.id ?? null,
        created_by: caller.user.id,
        created_at: now.toISOString(),
        disabled_at: null,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await appendAudit(trx, caller.actor, {
      action: "opinion.rule_create",
      entityType: "opinion_watch_rule",
      entityId: id,
      orgUnit: unit ?? caller.user.orgUnit,
      after: { kind: body.kind, phrase: body.phrase, orgUnitId: unit?.id ?? null },
    });
    return id;
  });
}

export async function disableRule(deps: Deps, caller: Caller, id: number) {
  const now = deps.now();
  await deps.db.transaction().execute(async (trx) => {
    const rule = await trx
      .selectFrom("opinion_watch_rules as r")
      .leftJoin("org_units as ou", "ou.id", "r.org_unit_id")
      .select(["r.id", "r.kind", "r.phrase", "r.org_unit_id", "ou.path"])
      .where("r.id", "=", id)
      .where("r.disabled_at", "is", null)
      .executeTakeFirst();
    if (!rule) throw notFound();
    if (rule.org_unit_id === null && caller.user.role !== "administrator") throw bankWideRefused();
    if (rule.path !== null && !rule.path.startsWith(caller.scopePath)) throw notFound();
    await trx
      .updateTable("opinion_watch_rules")
      .set({ disabled_at: now.toISOString() })
      .where("id", "=", id)
      .execute();
    await appendAudit(trx, caller.actor, {
      action: "opinion.rule_disable",
      entityType: "opinion_watch_rule",
      entityId: id,
      orgUnit:
        rule.org_unit_id && rule.path ? { id: rule.org_unit_id, path: rule.path } : caller.user.orgUnit,
      before: { kind: rule.kind, phrase: rule.phrase },
      after: { disabled: true },
    });
  });
}
