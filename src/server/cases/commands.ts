import type { z } from "zod";
import { redactPersonalData } from "../../domain/cases/redact.ts";
import { createCaseBody, type updateCaseBody } from "../../domain/cases/schema.ts";
import { appendAudit } from "../audit/append.ts";
import type { Caller } from "../auth/session-user.ts";
import { nextRef } from "../db/refs.ts";
import type { Deps } from "../http/deps.ts";
import { AppError, conflict } from "../http/errors.ts";
import { checkPastDate } from "../http/plausible.ts";
import { indexText } from "./segment.ts";
import { draftFromSource } from "./sources.ts";
import { getCase, type Viewer } from "./store.ts";

const viewerOf = (caller: Caller): Viewer => ({
  userId: caller.user.id,
  role: caller.user.role,
  scopePath: caller.scopePath,
});

/** Personal data is stripped before anything is stored, so no draft ever holds it. */
function stripped(fields: { title: string; story: string; lessons: string }, names: readonly string[]) {
  return {
    title: redactPersonalData(fields.title, names).text,
    story: redactPersonalData(fields.story, names).text,
    lessons: redactPersonalData(fields.lessons, names).text,
  };
}

export async function createCase(deps: Deps, caller: Caller, body: z.infer<typeof createCaseBody>) {
  checkPastDate("occurredOn", body.occurredOn, deps.now(), deps.config.timeZone);
  const clean = stripped(body, body.names);
  const searchText = indexText([clean.title, clean.story, clean.lessons, ...body.tags]);
  const unit = caller.user.orgUnit;
  const id = await deps.db.transaction().execute(async (trx) => {
    const now = deps.now();
    const ref = await nextRef(trx, "CASE", now, deps.config.timeZone);
    const { id } = await trx
      .insertInto("cases")
      .values({
        ref,
        org_unit_id: unit.id,
        ...clean,
        category: body.category,
        outcome: body.outcome,
        occurred_on: body.occurredOn,
        tags: JSON.stringify(body.tags),
        source_kind: body.sourceKind,
        source_ref: body.sourceRef ?? null,
        status: "draft",
        search_text: searchText,
        created_by: caller.user.id,
        created_at: now.toISOString(),
        updated_at: now.toISOString(),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await appendAudit(trx, caller.actor, {
      action: "cases.create",
      entityType: "case",
      entityId: id,
      orgUnit: unit,
      after: { ref, title: clean.title, sourceKind: body.sourceKind, sourceRef: body.sourceRef ?? null },
    });
    return id;
  });
  return (await getCase(deps.db, viewerOf(caller), id)).record;
}

/** Drafts only: a published case is what people have learnt from, and stays as it was reviewed. */
export async function updateCase(
  deps: Deps,
  caller: Caller,
  id: number,
  body: z.infer<typeof updateCaseBody>,
) {
  const viewer = viewerOf(caller);
  if (body.occurredOn) checkPastDate("occurredOn", body.occurredOn, deps.now(), deps.config.timeZone);
  await deps.db.transaction().execute(async (trx) => {
    const { record: before, orgPath } = await getCase(trx, viewer, id);
    if (before.status !== "draft") throw conflict("status", "cases.already_published");
    const clean = stripped(
      {
        title: body.title ?? before.title,
        story: body.story ?? before.story,
        lessons: body.lessons ?? before.lessons,
      },
      body.names ?? [],
    );
    const tags = body.tags ?? before.tags;
    await trx
      .updateTable("cases")
      .set({
        ...clean,
        category: body.category ?? before.category,
        outcome: body.outcome ?? before.outcome,
        occurred_on: body.occurredOn ?? before.occurredOn,
        tags: JSON.stringify(tags),
        search_text: indexText([clean.title, clean.story, clean.lessons, ...tags]),
        updated_at: deps.now().toISOString(),
      })
      .where("id", "=", id)
      .execute();
    await appendAudit(trx, caller.actor, {
      action: "cases.update",
      entityType: "case",
      entityId: id,
      orgUnit: { id: before.orgUnitId, path: orgPath },
      before: { title: before.title, category: before.category, outcome: before.outcome },
      after: {
        title: clean.title,
        category: body.category ?? before.category,
        outcome: body.outcome ?? before.outcome,
      },
    });
  });
  return (await getCase(deps.db, viewer, id)).record;
}

/** Publishing is the review step: by someone other than the author (双人审核). */
export async function publishCase(deps: Deps, caller: Caller, id: number) {
  const viewer = viewerOf(caller);
  await deps.db.transaction().execute(async (trx) => {
    const { record, orgPath } = await getCase(trx, viewer, id);
    if (record.status !== "draft") throw conflict("status", "cases.already_published");
    if (record.createdBy === caller.user.id) throw new AppError(403, "cases.self_publish");
    const now = deps.now().toISOString();
    await trx
      .updateTable("cases")
      .set({ status: "published", published_by: caller.user.id, published_at: now, updated_at: now })
      .where("id", "=", id)
      .execute();
    await appendAudit(trx, caller.actor, {
      action: "cases.publish",
      entityType: "case",
      entityId: id,
      orgUnit: { id: record.orgUnitId, path: orgPath },
      before: { status: "draft" },
      after: { status: "published" },
    });
  });
  return (await getCase(deps.db, viewer, id)).record;
}

/** A draft written from a closed incident or complaint; the author completes it, another person publishes it. */
export async function createCaseFromSource(deps: Deps, caller: Caller, sourceRef: string) {
  const draft = await draftFromSource(deps.db, caller.scopePath, sourceRef, deps.config.timeZone);
  return createCase(deps, caller, createCaseBody.parse(draft));
}
