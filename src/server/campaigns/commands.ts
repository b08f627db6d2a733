import type { MultipartFile } from "@fastify/multipart";
import type { Transaction } from "kysely";
import type { z } from "zod";
import { localDateOf } from "../../domain/calendar/dates.ts";
import { decidePlan } from "../../domain/campaigns/policy.ts";
import type { decidePlanBody, recordActivityBody, updatePlanBody } from "../../domain/campaigns/schema.ts";
import { lead, refuse } from "../../domain/common/transition.ts";
import { appendAudit } from "../audit/append.ts";
import type { Caller } from "../auth/session-user.ts";
import { type RecordKind, refusalError, runCommand } from "../common/command.ts";
import { readPhoto } from "../common/photo-file.ts";
import { nextRef } from "../db/refs.ts";
import type { Database } from "../db/schema.ts";
import type { Deps } from "../http/deps.ts";
import { conflict, invalid } from "../http/errors.ts";
import { planState } from "./present.ts";
import {
  type ActivityRow,
  campaignList,
  getActivityRow,
  getPlanRow,
  monthsOf,
  type PlanRow,
} from "./store.ts";

type Trx = Transaction<Database>;

const plans: RecordKind<PlanRow, "campaigns"> = {
  auditPrefix: "campaigns",
  entityType: "education_plan",
  load: getPlanRow,
};

const activities: RecordKind<ActivityRow, "campaigns"> = {
  auditPrefix: "campaigns",
  entityType: "education_activity",
  load: getActivityRow,
};

/** Plans and activities belong to an outlet and are written by its staff. */
function callerOutlet(caller: Caller) {
  const unit = caller.user.orgUnit;
  if (unit.kind !== "outlet") throw refusalError(refuse(403, "campaigns.outlet_only").refusal);
  return unit;
}

async function checkCampaigns(trx: Trx, codes: { code: string | null; field: string }[]) {
  const known = new Set((await campaignList(trx)).map((c) => c.code));
  for (const { code, field } of codes) {
    if (code !== null && !known.has(code)) throw invalid(field, "campaigns.unknown_campaign", { code });
  }
}

/** Opens the outlet's plan for a year, empty, as a draft. */
export async function createPlan(deps: Deps, caller: Caller, year: number) {
  const unit = callerOutlet(caller);
  return deps.db.transaction().execute(async (trx) => {
    const exists = await trx
      .selectFrom("education_plans")
      .select("id")
      .where("org_unit_id", "=", unit.id)
      .where("year", "=", year)
      .executeTakeFirst();
    if (exists) throw conflict("year", "campaigns.plan_exists", { year: String(year) });
    const now = deps.now().toISOString();
    const { id } = await trx
      .insertInto("education_plans")
      .values({
        org_unit_id: unit.id,
        year,
        status: "draft",
        target_groups: "[]",
        themes: "",
        campaign_codes: "[]",
        created_at: now,
        updated_at: now,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await appendAudit(trx, caller.actor, {
      action: "campaigns.plan_create",
      entityType: "education_plan",
      entityId: id,
      orgUnit: unit,
      after: { year },
    });
    return id;
  });
}

const monthCount = async (trx: Trx, planId: number) => (await monthsOf(trx, [planId])).length;

/** Replaces the plan's content; an approved plan edited goes back to draft and needs approval again. */
export async function updatePlan(
  deps: Deps,
  caller: Caller,
  id: number,
  body: z.infer<typeof updatePlanBody>,
) {
  const decide = async (row: PlanRow, trx: Trx) =>
    decidePlan(caller.user, "edit", planState(row, await monthCount(trx, id)));
  await runCommand(deps, caller, plans, id, decide, async ({ trx, row, next, now, audit }) => {
    await checkCampaigns(trx, [
      ...body.campaignCodes.map((code, i) => ({ code, field: `campaignCodes.${i}` })),
      ...body.months.map((m, i) => ({ code: m.campaignCode, field: `months.${i}.campaignCode` })),
    ]);
    await trx
      .updateTable("education_plans")
      .set({
        status: next,
        target_groups: JSON.stringify(body.targetGroups),
        themes: body.themes,
        campaign_codes: JSON.stringify([...new Set(body.campaignCodes)]),
        updated_at: now.toISOString(),
      })
      .where("id", "=", id)
      .execute();
    await trx.deleteFrom("education_plan_months").where("plan_id", "=", id).execute();
    if (body.months.length > 0) {
      await trx
        .insertInto("education_plan_months")
        .values(
          body.months.map((m) => ({
            plan_id: id,
            month: m.month,
            campaign_code: m.campaignCode,
            target_group: m.targetGroup,
            topic: m.topic,
            planned_count: m.plannedCount,
          })),
        )
        .execute();
    }
    const planned = body.months.reduce((n, m) => n + m.plannedCount, 0);
    await audit("plan_update", { status: row.status }, { status: next, months: body.months.length, planned });
    return { result: undefined };
  });
}

export async function submitPlan(deps: Deps, caller: Caller, id: number) {
  const decide = async (row: PlanRow, trx: Trx) =>
    decidePlan(caller.user, "submit", planState(row, await monthCount(trx, id)));
  await runCommand(deps, caller, plans, id, decide, async ({ trx, row, next, now, audit }) => {
    await trx
      .updateTable("education_plans")
      .set({
        status: next,
        submitted_by: caller.user.id,
        submitted_at: now.toISOString(),
        decided_by: null,
        decided_at: null,
        decision_comment: null,
        updated_at: now.toISOString(),
      })
      .where("id", "=", id)
      .execute();
    await audit("plan_submit", { status: row.status }, { status: next });
    return { result: undefined };
  });
}

/** The sub-branch approves the plan or returns it with a comment; never the person who submitted it. */
export async function decidePlanCommand(
  deps: Deps,
  caller: Caller,
  id: number,
  body: z.infer<typeof decidePlanBody>,
) {
  const action = body.decision === "approve" ? "approve" : "return";
  const decide = async (row: PlanRow, trx: Trx) =>
    decidePlan(caller.user, action, planState(row, await monthCount(trx, id)), body.comment);
  await runCommand(deps, caller, plans, id, decide, async ({ trx, row, next, now, audit }) => {
    await trx
      .updateTable("education_plans")
      .set({
        status: next,
        decided_by: caller.user.id,
        decided_at: now.toISOString(),
        decision_comment: body.comment || null,
        updated_at: now.toISOString(),
      })
      .where("id", "=", id)
      .execute();
    await audit(
      action === "approve" ? "plan_approve" : "plan_return",
      { status: row.status },
      {
        status: next,
        comment: body.comment ?? null,
      },
    );
    return { result: undefined };
  });
}

/**
 * Records an activity the outlet held. Every material shown must be approved in the material review and be
 * the outlet's own or one of a unit above it; the date may not lie ahead.
 */
export async function recordActivity(deps: Deps, caller: Caller, body: z.infer<typeof recordActivityBody>) {
  const unit = callerOutlet(caller);
  const now = deps.now();
  if (body.heldOn > localDateOf(now, deps.config.timeZone))
    throw invalid("heldOn", "campaigns.held_in_future");
  return deps.db.transaction().execute(async (trx) => {
    await checkCampaigns(trx, [{ code: body.campaignCode ?? null, field: "campaignCode" }]);
    const materialIds = [...new Set(body.materialIds)];
    const materials = materialIds.length
      ? await trx
          .selectFrom("marketing_materials as m")
          .innerJoin("org_units as ou", "ou.id", "m.org_unit_id")
          .select(["m.id", "m.ref", "m.status", "ou.path"])
          .where("m.id", "in", materialIds)
          .execute()
      : [];
    for (const [i, materialId] of materialIds.entries()) {
      const m = materials.find((x) => x.id === materialId);
      if (m?.status !== "approved" || !unit.path.startsWith(m.path)) {
        throw invalid(`materialIds.${i}`, "campaigns.material_not_approved", {
          ref: m?.ref ?? String(materialId),
        });
      }
    }
    const ref = await nextRef(trx, "EDU", now, deps.config.timeZone);
    const { id } = await trx
      .insertInto("education_activities")
      .values({
        ref,
        org_unit_id: unit.id,
        campaign_code: body.campaignCode ?? null,
        held_on: body.heldOn,
        place_kind: body.placeKind,
        place: body.place,
        target_group: body.targetGroup,
        topic: body.topic,
        people_reached: body.peopleReached,
        feedback: body.feedback || null,
        recorded_by: caller.user.id,
        recorded_at: now.toISOString(),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    if (materialIds.length) {
      await trx
        .insertInto("education_activity_materials")
        .values(materialIds.map((material_id) => ({ activity_id: id, material_id })))
        .execute();
    }
    await appendAudit(trx, caller.actor, {
      action: "campaigns.activity_record",
      entityType: "education_activity",
      entityId: id,
      orgUnit: unit,
      after: {
        ref,
        campaign: body.campaignCode ?? null,
        heldOn: body.heldOn,
        peopleReached: body.peopleReached,
        materialIds,
      },
    });
    return id;
  });
}

/** A photo of an activity, by someone of its outlet. */
export async function addActivityPhoto(
  deps: Deps,
  caller: Caller,
  id: number,
  file: MultipartFile | undefined,
) {
  const unit = callerOutlet(caller);
  const photo = await readPhoto(file);
  const decide = (row: ActivityRow) =>
    row.org_unit_id === unit.id ? lead(row) : refuse(403, "campaigns.outlet_only");
  return runCommand(deps, caller, activities, id, decide, async ({ trx, now, audit }) => {
    const { id: photoId } = await trx
      .insertInto("education_activity_photos")
      .values({
        activity_id: id,
        file_name: photo.name,
        mime: photo.mime,
        size: photo.data.length,
        data: photo.data,
        uploaded_by: caller.user.id,
        uploaded_at: now.toISOString(),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await audit("activity_photo_add", null, { photoId, name: photo.name, size: photo.data.length });
    return { result: photoId };
  });
}
