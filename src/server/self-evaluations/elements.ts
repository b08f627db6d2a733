import type { z } from "zod";
import type { createElementBody, updateElementBody } from "../../domain/self-evaluations/schema.ts";
import { appendAudit } from "../audit/append.ts";
import type { Caller } from "../auth/session-user.ts";
import type { Deps } from "../http/deps.ts";
import { conflict, notFound } from "../http/errors.ts";
import { presentElement } from "./present.ts";

/** The rating sheet is the bank's: an administrator's edits apply to evaluations started after them. */
const bankWide = (caller: Caller) => ({ id: caller.user.orgUnit.id, path: caller.user.orgUnit.path });

export async function createElement(deps: Deps, caller: Caller, body: z.infer<typeof createElementBody>) {
  return deps.db.transaction().execute(async (trx) => {
    const taken = await trx
      .selectFrom("rating_elements")
      .select("id")
      .where("code", "=", body.code)
      .executeTakeFirst();
    if (taken) throw conflict("code", "inspections.code_taken", { code: body.code });
    const row = await trx
      .insertInto("rating_elements")
      .values({
        code: body.code,
        title_zh: body.titleZh,
        title_en: body.titleEn,
        weight: body.weight,
        evidence_zh: body.evidenceZh,
        evidence_en: body.evidenceEn,
        sources: JSON.stringify(body.sources),
        position: body.position,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await appendAudit(trx, caller.actor, {
      action: "self_evaluations.element_create",
      entityType: "rating_element",
      entityId: row.id,
      orgUnit: bankWide(caller),
      after: body,
    });
    return presentElement(row);
  });
}

export async function updateElement(
  deps: Deps,
  caller: Caller,
  id: number,
  body: z.infer<typeof updateElementBody>,
) {
  return deps.db.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom("rating_elements")
      .selectAll()
      .where("id", "=", id)
      .executeTakeFirst();
    if (!before) throw notFound();
    const disabledAt =
      body.enabled === undefined
        ? before.disabled_at
        : body.enabled
          ? null
          : (before.disabled_at ?? deps.now().toISOString());
    const row = await trx
      .updateTable("rating_elements")
      .set({
        title_zh: body.titleZh ?? before.title_zh,
        title_en: body.titleEn ?? before.title_en,
        weight: body.weight ?? before.weight,
        evidence_zh: body.evidenceZh ?? before.evidence_zh,
        evidence_en: body.evidenceEn ?? before.evidence_en,
        sources: body.sources ? JSON.stringify(body.sources) : before.sources,
        position: body.position ?? before.position,
        disabled_at: disabledAt,
      })
      .where("id", "=", id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await appendAudit(trx, caller.actor, {
      action: "self_evaluations.element_update",
      entityType: "rating_element",
      entityId: id,
      orgUnit: bankWide(caller),
      before: presentElement(before),
      after: presentElement(row),
    });
    return presentElement(row);
  });
}
