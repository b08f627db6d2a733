import type { z } from "zod";
import type { createRuleBody, updateRuleBody } from "../../domain/compliance/schema.ts";
import { appendAudit } from "../audit/append.ts";
import type { Caller } from "../auth/session-user.ts";
import type { Db } from "../db/database.ts";
import { conflict, forbidden, invalid } from "../http/errors.ts";
import { getRule } from "./store.ts";

type RuleFields = Partial<Omit<z.infer<typeof createRuleBody>, "code">>;

function columns(body: RuleFields) {
  return {
    ...(body.kind !== undefined && { kind: body.kind }),
    ...(body.severity !== undefined && { severity: body.severity }),
    ...(body.appliesTo !== undefined && { applies_to: JSON.stringify(body.appliesTo) }),
    ...(body.materialTypes !== undefined && {
      material_types: body.materialTypes?.length ? JSON.stringify(body.materialTypes) : null,
    }),
    ...(body.patterns !== undefined && { patterns: JSON.stringify(body.patterns) }),
    ...(body.allow !== undefined && { allow_patterns: JSON.stringify(body.allow) }),
    ...(body.mentions !== undefined && { mentions: JSON.stringify(body.mentions) }),
    ...(body.negatable !== undefined && { negatable: body.negatable ? 1 : 0 }),
    ...(body.source !== undefined && { source: body.source }),
    ...(body.message !== undefined && { message: body.message }),
    ...(body.suggestion !== undefined && { suggestion: body.suggestion }),
  };
}

/** A disclosure is about what a material says; it has no meaning for a staff reply. */
function checkCoherent(kind: string, appliesTo: readonly string[]) {
  if (kind === "required_disclosure" && !appliesTo.includes("marketing")) {
    throw invalid("appliesTo", "compliance.disclosure_needs_marketing");
  }
}

/** An administrator adds a rule for their own unit's subtree (bank-wide when they sit at the head office). */
export async function createRule(db: Db, caller: Caller, body: z.infer<typeof createRuleBody>) {
  checkCoherent(body.kind, body.appliesTo);
  return db.transaction().execute(async (trx) => {
    const taken = await trx
      .selectFrom("compliance_rules")
      .select("id")
      .where("code", "=", body.code)
      .executeTakeFirst();
    if (taken) throw conflict("code", "compliance.rule_code_taken", { code: body.code });
    const now = new Date().toISOString();
    const unit = caller.user.orgUnit;
    const { id } = await trx
      .insertInto("compliance_rules")
      .values({
        code: body.code,
        org_unit_id: unit.id,
        kind: body.kind,
        severity: body.severity,
        applies_to: JSON.stringify(body.appliesTo),
        material_types: body.materialTypes?.length ? JSON.stringify(body.materialTypes) : null,
        patterns: JSON.stringify(body.patterns),
        allow_patterns: JSON.stringify(body.allow),
        mentions: JSON.stringify(body.mentions),
        negatable: body.negatable ? 1 : 0,
        source: body.source,
        message: body.message,
        suggestion: body.suggestion,
        disabled_at: null,
        created_at: now,
        updated_at: now,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const { rule } = await getRule(trx, caller.scopePath, id);
    await appendAudit(trx, caller.actor, {
      action: "compliance.rule_create",
      entityType: "compliance_rule",
      entityId: id,
      orgUnit: unit,
      after: rule,
    });
    return rule;
  });
}

/**
 * Edits, disables or enables a rule. A rule set by a unit above the caller applies to them but is not
 * theirs to change (403); bank-wide rules belong to the head office's administrators.
 */
export async function updateRule(db: Db, caller: Caller, id: number, body: z.infer<typeof updateRuleBody>) {
  return db.transaction().execute(async (trx) => {
    const { rule: before, orgPath } = await getRule(trx, caller.scopePath, id);
    const atHeadOffice = caller.user.orgUnit.parentId === null;
    const own = orgPath === null ? atHeadOffice : orgPath.startsWith(caller.scopePath);
    if (!own) throw forbidden();
    checkCoherent(body.kind ?? before.kind, body.appliesTo ?? before.appliesTo);
    const now = new Date().toISOString();
    let disabledAt: string | null | undefined;
    if (body.disabled === true && !before.disabled) disabledAt = now;
    if (body.disabled === false) disabledAt = null;
    await trx
      .updateTable("compliance_rules")
      .set({
        ...columns(body),
        ...(disabledAt !== undefined && { disabled_at: disabledAt }),
        updated_at: now,
      })
      .where("id", "=", id)
      .execute();
    const { rule: after } = await getRule(trx, caller.scopePath, id);
    const action =
      after.disabled !== before.disabled
        ? after.disabled
          ? "compliance.rule_disable"
          : "compliance.rule_enable"
        : "compliance.rule_update";
    await appendAudit(trx, caller.actor, {
      action,
      entityType: "compliance_rule",
      entityId: id,
      orgUnit: before.orgUnitId ? { id: before.orgUnitId, path: orgPath ?? "" } : caller.user.orgUnit,
      before,
      after,
    });
    return after;
  });
}
