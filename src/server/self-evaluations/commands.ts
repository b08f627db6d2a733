import type { MultipartFile } from "@fastify/multipart";
import type { Transaction } from "kysely";
import type { z } from "zod";
import { refuse } from "../../domain/common/transition.ts";
import { scoreRefusal } from "../../domain/self-evaluations/lifecycle.ts";
import { decideEvaluation } from "../../domain/self-evaluations/policy.ts";
import type { scoreBody } from "../../domain/self-evaluations/schema.ts";
import { EVIDENCE_FILE_TYPES } from "../../domain/self-evaluations/vocabulary.ts";
import { appendAudit } from "../audit/append.ts";
import type { Caller } from "../auth/session-user.ts";
import { type RecordKind, refusalError, runCommand } from "../common/command.ts";
import { readUpload } from "../common/photo-file.ts";
import type { Database } from "../db/schema.ts";
import type { Deps } from "../http/deps.ts";
import { conflict, notFound } from "../http/errors.ts";
import { type EvaluationRow, getEvaluationRow, itemsOf, ratingSheet } from "./store.ts";

type Trx = Transaction<Database>;
const FILE_TYPES = new Set<string>(EVIDENCE_FILE_TYPES);

const evaluations: RecordKind<EvaluationRow, "self_evaluations"> = {
  auditPrefix: "self_evaluations",
  entityType: "self_evaluation",
  load: getEvaluationRow,
};

const state = (row: EvaluationRow) => ({ status: row.status, preparedBy: row.prepared_by });

/** Starts the caller's unit's evaluation of a year, one line per enabled element of the rating sheet. */
export async function createEvaluation(deps: Deps, caller: Caller, year: number) {
  const unit = caller.user.orgUnit;
  if (unit.kind !== "branch" && unit.kind !== "head_office") {
    throw refusalError(refuse(403, "self_evaluations.unit_kind").refusal);
  }
  return deps.db.transaction().execute(async (trx) => {
    const exists = await trx
      .selectFrom("self_evaluations")
      .select("id")
      .where("org_unit_id", "=", unit.id)
      .where("year", "=", year)
      .executeTakeFirst();
    if (exists) throw conflict("year", "self_evaluations.exists", { year: String(year) });
    const now = deps.now().toISOString();
    const { id } = await trx
      .insertInto("self_evaluations")
      .values({
        org_unit_id: unit.id,
        year,
        status: "draft",
        prepared_by: caller.user.id,
        created_at: now,
        updated_at: now,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const elements = await ratingSheet(trx, true);
    if (elements.length > 0) {
      await trx
        .insertInto("self_evaluation_items")
        .values(
          elements.map((e, i) => ({
            evaluation_id: id,
            position: i + 1,
            code: e.code,
            title_zh: e.title_zh,
            title_en: e.title_en,
            weight: e.weight,
            evidence_zh: e.evidence_zh,
            evidence_en: e.evidence_en,
            sources: e.sources,
          })),
        )
        .execute();
    }
    await appendAudit(trx, caller.actor, {
      action: "self_evaluations.create",
      entityType: "self_evaluation",
      entityId: id,
      orgUnit: unit,
      after: { year, elements: elements.length },
    });
    return id;
  });
}

async function itemOf(trx: Trx, evaluationId: number, itemId: number) {
  const item = await trx
    .selectFrom("self_evaluation_items")
    .selectAll()
    .where("id", "=", itemId)
    .where("evaluation_id", "=", evaluationId)
    .executeTakeFirst();
  if (!item) throw notFound();
  return item;
}

/** Scores one element (between zero and its weight) with a comment, while the evaluation is a draft. */
export async function scoreItem(
  deps: Deps,
  caller: Caller,
  id: number,
  itemId: number,
  body: z.infer<typeof scoreBody>,
) {
  const decide = (row: EvaluationRow) => decideEvaluation(caller.user, "edit", state(row));
  await runCommand(deps, caller, evaluations, id, decide, async ({ trx, now, audit }) => {
    const item = await itemOf(trx, id, itemId);
    const refusal = scoreRefusal(body.score, item.weight);
    if (refusal) throw refusalError(refusal.refusal);
    await trx
      .updateTable("self_evaluation_items")
      .set({ score: body.score, comment: body.comment || null })
      .where("id", "=", itemId)
      .execute();
    await trx
      .updateTable("self_evaluations")
      .set({ updated_at: now.toISOString() })
      .where("id", "=", id)
      .execute();
    await audit("score", { code: item.code, score: item.score }, { code: item.code, score: body.score });
    return { result: undefined };
  });
}

/** A file of evidence for one element: an image or a PDF, its type read from its bytes. */
export async function addFile(
  deps: Deps,
  caller: Caller,
  id: number,
  itemId: number,
  file: MultipartFile | undefined,
) {
  const upload = await readUpload(file, FILE_TYPES, "self_evaluations.file_type");
  const decide = (row: EvaluationRow) => decideEvaluation(caller.user, "edit", state(row));
  return runCommand(deps, caller, evaluations, id, decide, async ({ trx, now, audit }) => {
    const item = await itemOf(trx, id, itemId);
    const { id: fileId } = await trx
      .insertInto("self_evaluation_files")
      .values({
        evaluation_id: id,
        item_id: itemId,
        file_name: upload.name,
        mime: upload.mime,
        size: upload.data.length,
        data: upload.data,
        uploaded_by: caller.user.id,
        uploaded_at: now.toISOString(),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await audit("file_add", null, { code: item.code, fileId, name: upload.name, mime: upload.mime });
    return { result: fileId };
  });
}

/** A second person signs the evaluation off, once every element is scored; it is frozen from then on. */
export async function signOff(deps: Deps, caller: Caller, id: number) {
  const decide = async (row: EvaluationRow, trx: Trx) =>
    decideEvaluation(caller.user, "sign_off", state(row), await itemsOf(trx, id));
  await runCommand(deps, caller, evaluations, id, decide, async ({ trx, row, next, now, audit }) => {
    await trx
      .updateTable("self_evaluations")
      .set({
        status: next,
        signed_off_by: caller.user.id,
        signed_off_at: now.toISOString(),
        updated_at: now.toISOString(),
      })
      .where("id", "=", id)
      .execute();
    await audit("sign_off", { status: row.status }, { status: next, score: Number(row.draft_score ?? 0) });
    return { result: undefined };
  });
}
