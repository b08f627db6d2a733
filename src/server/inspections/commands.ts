import type { MultipartFile } from "@fastify/multipart";
import type { Transaction } from "kysely";
import type { z } from "zod";
import { addDays, endOfLocalDay, localDateOf, localTimeOn } from "../../domain/calendar/dates.ts";
import { afterRectificationClosed } from "../../domain/inspections/lifecycle.ts";
import { decideInspection, decideRectification } from "../../domain/inspections/policy.ts";
import type {
  closeRectificationBody,
  createInspectionBody,
  recordResultBody,
  submitInspectionBody,
} from "../../domain/inspections/schema.ts";
import { MAX_PHOTOS_PER_ITEM, RECTIFICATION_DUE } from "../../domain/inspections/vocabulary.ts";
import { appendAudit } from "../audit/append.ts";
import type { Caller } from "../auth/session-user.ts";
import { auditRecord, type RecordKind, runCommand } from "../common/command.ts";
import { readPhoto } from "../common/photo-file.ts";
import { nextRef } from "../db/refs.ts";
import type { Database } from "../db/schema.ts";
import { startsWith } from "../db/starts-with.ts";
import type { Deps } from "../http/deps.ts";
import { conflict, invalid, notFound } from "../http/errors.ts";
import { notify } from "../notifications/notify.ts";
import { replaceDue } from "../scheduler/scheduler.ts";
import { actorOf, rectificationState } from "./present.ts";
import {
  checklist,
  getInspectionRow,
  getRectificationRow,
  type InspectionRow,
  type RectificationRow,
  resultsOf,
} from "./store.ts";

type Trx = Transaction<Database>;
const DUE_KINDS = Object.values(RECTIFICATION_DUE);

const inspections: RecordKind<InspectionRow, "inspections"> = {
  auditPrefix: "inspections",
  entityType: "inspection",
  liveEvent: "inspection.updated",
  load: getInspectionRow,
};

const rectifications: RecordKind<RectificationRow, "rectifications"> = {
  auditPrefix: "rectifications",
  entityType: "rectification",
  liveEvent: "inspection.updated",
  load: getRectificationRow,
};

/** Starts an inspection of an outlet in the caller's subtree, one result line per enabled checklist item. */
export async function startInspection(
  deps: Deps,
  caller: Caller,
  body: z.infer<typeof createInspectionBody>,
) {
  return deps.db.transaction().execute(async (trx) => {
    const unit = await trx
      .selectFrom("org_units")
      .select(["id", "path", "kind"])
      .where("id", "=", body.orgUnitId)
      .where(startsWith("path", caller.scopePath))
      .executeTakeFirst();
    if (!unit) throw invalid("orgUnitId", "not_found");
    if (unit.kind !== "outlet") throw invalid("orgUnitId", "inspections.not_outlet");
    const items = await checklist(trx, true);
    if (items.length === 0) throw conflict("orgUnitId", "inspections.no_items");
    const now = deps.now();
    const ref = await nextRef(trx, "INS", now, deps.config.timeZone);
    const { id } = await trx
      .insertInto("inspections")
      .values({
        ref,
        org_unit_id: unit.id,
        status: "draft",
        inspector_id: caller.user.id,
        started_at: now.toISOString(),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await trx
      .insertInto("inspection_results")
      .values(
        items.map((item, i) => ({
          inspection_id: id,
          position: i + 1,
          code: item.code,
          label_zh: item.label_zh,
          label_en: item.label_en,
        })),
      )
      .execute();
    await appendAudit(trx, caller.actor, {
      action: "inspections.start",
      entityType: "inspection",
      entityId: id,
      orgUnit: unit,
      after: { ref, items: items.length },
    });
    return id;
  });
}

async function resultOf(trx: Trx, inspectionId: number, resultId: number) {
  const result = await trx
    .selectFrom("inspection_results")
    .selectAll()
    .where("id", "=", resultId)
    .where("inspection_id", "=", inspectionId)
    .executeTakeFirst();
  if (!result) throw notFound();
  return result;
}

/**
 * Records the finding on one item. A failed item's owner must work at the inspected outlet and its due date
 * may not lie in the past; a passed or inapplicable item keeps neither.
 */
export async function recordResult(
  deps: Deps,
  caller: Caller,
  id: number,
  resultId: number,
  body: z.infer<typeof recordResultBody>,
) {
  const decide = (row: InspectionRow) => decideInspection(actorOf(caller.user), "record", row.status);
  await runCommand(deps, caller, inspections, id, decide, async ({ trx, row, now, audit }) => {
    const before = await resultOf(trx, id, resultId);
    const failed = body.outcome === "fail";
    const ownerId = failed ? (body.ownerId ?? null) : null;
    const dueOn = failed ? (body.dueOn ?? null) : null;
    if (ownerId !== null) {
      const owner = await trx
        .selectFrom("users")
        .select("id")
        .where("id", "=", ownerId)
        .where("org_unit_id", "=", row.org_unit_id)
        .where("disabled_at", "is", null)
        .executeTakeFirst();
      if (!owner) throw invalid("ownerId", "inspections.owner_not_at_outlet");
    }
    if (dueOn !== null && dueOn < localDateOf(now, deps.config.timeZone)) {
      throw invalid("dueOn", "inspections.due_past");
    }
    const after = { outcome: body.outcome, note: body.note || null, owner_id: ownerId, due_on: dueOn };
    await trx.updateTable("inspection_results").set(after).where("id", "=", resultId).execute();
    await audit(
      "record",
      { code: before.code, outcome: before.outcome, ownerId: before.owner_id, dueOn: before.due_on },
      { code: before.code, outcome: after.outcome, ownerId, dueOn },
    );
    return { result: undefined };
  });
}

/** A photo of one finding, while the inspection is a draft. */
export async function addFindingPhoto(
  deps: Deps,
  caller: Caller,
  id: number,
  resultId: number,
  file: MultipartFile | undefined,
) {
  const photo = await readPhoto(file);
  const decide = (row: InspectionRow) => decideInspection(actorOf(caller.user), "record", row.status);
  return runCommand(deps, caller, inspections, id, decide, async ({ trx, now, audit }) => {
    const result = await resultOf(trx, id, resultId);
    await ensureRoom(trx, "result_id", resultId);
    const photoId = await insertPhoto(trx, caller, photo, now, { inspection_id: id, result_id: resultId });
    await audit("photo_add", null, { code: result.code, photoId, name: photo.name, size: photo.data.length });
    return { result: photoId };
  });
}

async function ensureRoom(trx: Trx, column: "result_id" | "rectification_id", value: number) {
  const { n } = await trx
    .selectFrom("inspection_photos")
    .select((eb) => eb.fn.countAll().as("n"))
    .where(column, "=", value)
    .executeTakeFirstOrThrow();
  if (Number(n) >= MAX_PHOTOS_PER_ITEM) {
    throw invalid("file", "inspections.too_many_photos", { max: String(MAX_PHOTOS_PER_ITEM) });
  }
}

async function insertPhoto(
  trx: Trx,
  caller: Caller,
  photo: Awaited<ReturnType<typeof readPhoto>>,
  now: Date,
  of: { inspection_id: number; result_id?: number; rectification_id?: number },
) {
  const { id } = await trx
    .insertInto("inspection_photos")
    .values({
      ...of,
      file_name: photo.name,
      mime: photo.mime,
      size: photo.data.length,
      data: photo.data,
      uploaded_by: caller.user.id,
      uploaded_at: now.toISOString(),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return id;
}

/**
 * Submits the inspection: every failed item becomes a rectification task for its owner, reminded the day
 * before its due date and escalated to the sub-branch when it passes (see due.ts).
 */
export async function submitInspection(
  deps: Deps,
  caller: Caller,
  id: number,
  body: z.infer<typeof submitInspectionBody>,
) {
  const tz = deps.config.timeZone;
  let results: Awaited<ReturnType<typeof resultsOf>> = [];
  const decide = async (row: InspectionRow, trx: Trx) => {
    results = await resultsOf(trx, id);
    const lines = results.map((r) => ({
      position: r.position,
      outcome: r.outcome,
      ownerId: r.owner_id,
      dueOn: r.due_on,
    }));
    return decideInspection(actorOf(caller.user), "submit", row.status, lines);
  };
  await runCommand(deps, caller, inspections, id, decide, async ({ trx, row, next, now, audit }) => {
    await trx
      .updateTable("inspections")
      .set({
        status: next,
        summary: body.summary || null,
        submitted_at: now.toISOString(),
        closed_at: next === "closed" ? now.toISOString() : null,
      })
      .where("id", "=", id)
      .execute();
    const topics: string[] = [];
    for (const r of results.filter((r) => r.outcome === "fail")) {
      // The transition has refused a failed item without an owner or a due date.
      const ownerId = r.owner_id as number;
      const dueOn = r.due_on as string;
      const dueAt = endOfLocalDay(dueOn, tz);
      const { id: rectificationId } = await trx
        .insertInto("rectifications")
        .values({
          inspection_id: id,
          result_id: r.id,
          org_unit_id: row.org_unit_id,
          owner_id: ownerId,
          due_on: dueOn,
          due_at: dueAt.toISOString(),
          status: "open",
          created_at: now.toISOString(),
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      const remindAt = localTimeOn(addDays(dueOn, -1), 9, tz);
      const due: { kind: string; dueAt: string }[] = [
        { kind: RECTIFICATION_DUE.overdue, dueAt: dueAt.toISOString() },
      ];
      if (remindAt > now) due.push({ kind: RECTIFICATION_DUE.reminder, dueAt: remindAt.toISOString() });
      await replaceDue(trx, rectificationId, DUE_KINDS, due);
      const notice = {
        key: "notify.rectification_assigned" as const,
        params: { ref: row.ref, unit: row.org_name, item: { zh: r.label_zh, en: r.label_en }, dueOn },
        link: `/inspections/${id}`,
      };
      topics.push(...(await notify(trx, [ownerId], notice, now)));
    }
    const counts = { fail: results.filter((r) => r.outcome === "fail").length, items: results.length };
    await audit("submit", { status: row.status }, { status: next, ...counts });
    return { result: undefined, topics };
  });
}

export async function cancelInspection(deps: Deps, caller: Caller, id: number) {
  const decide = (row: InspectionRow) => decideInspection(actorOf(caller.user), "cancel", row.status);
  await runCommand(deps, caller, inspections, id, decide, async ({ trx, row, next, now, audit }) => {
    await trx
      .updateTable("inspections")
      .set({ status: next, closed_at: now.toISOString() })
      .where("id", "=", id)
      .execute();
    await audit("cancel", { status: row.status }, { status: next });
    return { result: undefined };
  });
}

/** A photo of the rectified state, by whoever may work the rectification. */
export async function addEvidencePhoto(
  deps: Deps,
  caller: Caller,
  id: number,
  file: MultipartFile | undefined,
) {
  const photo = await readPhoto(file);
  const decide = (row: RectificationRow) =>
    decideRectification(actorOf(caller.user), "add_evidence", rectificationState(row));
  return runCommand(deps, caller, rectifications, id, decide, async ({ trx, row, now, audit }) => {
    await ensureRoom(trx, "rectification_id", id);
    const photoId = await insertPhoto(trx, caller, photo, now, {
      inspection_id: row.inspection_id,
      rectification_id: id,
    });
    await audit("evidence_add", null, { photoId, name: photo.name, size: photo.data.length });
    return { result: photoId };
  });
}

/** Closes a rectification with its evidence; the last one closed closes the inspection too. */
export async function closeRectification(
  deps: Deps,
  caller: Caller,
  id: number,
  body: z.infer<typeof closeRectificationBody>,
) {
  const decide = (row: RectificationRow) =>
    decideRectification(actorOf(caller.user), "close", rectificationState(row), body.note);
  await runCommand(deps, caller, rectifications, id, decide, async ({ trx, row, next, now, audit }) => {
    await trx
      .updateTable("rectifications")
      .set({
        status: next,
        evidence_note: body.note,
        closed_at: now.toISOString(),
        closed_by: caller.user.id,
      })
      .where("id", "=", id)
      .execute();
    await replaceDue(trx, id, DUE_KINDS, []);
    await audit(
      "close",
      { status: row.status },
      { status: next, note: body.note, late: row.overdue_at !== null },
    );
    const { n } = await trx
      .selectFrom("rectifications")
      .select((eb) => eb.fn.countAll().as("n"))
      .where("inspection_id", "=", row.inspection_id)
      .where("status", "=", "open")
      .executeTakeFirstOrThrow();
    const inspection = await getInspectionRow(trx, caller.scopePath, row.inspection_id);
    const after = afterRectificationClosed(inspection.status, Number(n));
    if (after !== inspection.status) {
      await trx
        .updateTable("inspections")
        .set({ status: after, closed_at: now.toISOString() })
        .where("id", "=", inspection.id)
        .execute();
      await auditRecord(
        trx,
        caller,
        inspections,
        inspection,
        "close",
        { status: inspection.status },
        {
          status: after,
        },
      );
    }
    return { result: undefined };
  });
}
