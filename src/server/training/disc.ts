import type { z } from "zod";
import type { Locale } from "../../domain/common/messages.ts";
import {
  DISC_GUIDANCE,
  DISC_QUESTIONS,
  DISC_STYLES,
  type DiscStyle,
  discResult,
} from "../../domain/training/disc.ts";
import { mayReadPersonal } from "../../domain/training/policy.ts";
import type { submitDiscBody } from "../../domain/training/schema.ts";
import { appendAudit } from "../audit/append.ts";
import type { Caller } from "../auth/session-user.ts";
import type { Deps } from "../http/deps.ts";
import { conflict, invalid, notFound } from "../http/errors.ts";
import type { DiscResultTable } from "./tables.ts";

export const discQuestionsIn = (locale: Locale) => ({
  questions: DISC_QUESTIONS.map((q) => ({
    id: q.id,
    prompt: q.prompt[locale],
    options: Object.fromEntries(DISC_STYLES.map((s) => [s, q.options[s][locale]])) as Record<
      DiscStyle,
      string
    >,
  })),
});

const present = (row: DiscResultTable, locale: Locale) => ({
  userId: row.user_id,
  style: row.style,
  scores: JSON.parse(row.scores_json) as Record<DiscStyle, number>,
  strength: DISC_GUIDANCE[row.style].strength[locale],
  watch: DISC_GUIDANCE[row.style].watch[locale],
  shared: row.shared === 1,
  takenAt: row.taken_at,
});

const load = (deps: Deps, userId: number) =>
  deps.db.selectFrom("disc_results").selectAll().where("user_id", "=", userId).executeTakeFirst();

/**
 * Keeps the caller's answers and style, replacing an earlier attempt (sharing stays as the person set it).
 * The audit trail records that the test was taken, never the answers: the result is the person's own.
 */
export async function submitDisc(deps: Deps, caller: Caller, body: z.infer<typeof submitDiscBody>) {
  const stray = Object.keys(body.answers).find((id) => !DISC_QUESTIONS.some((q) => q.id === id));
  if (stray) throw invalid(`answers.${stray}`, "training.disc_unknown_question", { id: stray });
  const missing = DISC_QUESTIONS.find((q) => !body.answers[q.id]);
  if (missing) throw invalid(`answers.${missing.id}`, "training.disc_unanswered");
  const { scores, style } = discResult(body.answers);
  const now = deps.now().toISOString();
  await deps.db.transaction().execute(async (trx) => {
    const values = {
      answers_json: JSON.stringify(body.answers),
      scores_json: JSON.stringify(scores),
      style,
      taken_at: now,
    };
    await trx
      .insertInto("disc_results")
      .values({ user_id: caller.user.id, shared: 0, ...values })
      .onConflict((oc) => oc.column("user_id").doUpdateSet(values))
      .execute();
    await appendAudit(trx, caller.actor, {
      action: "training.disc_taken",
      entityType: "training_record",
      entityId: caller.user.id,
      orgUnit: { id: caller.user.orgUnit.id, path: caller.scopePath },
    });
  });
  return present((await load(deps, caller.user.id)) as DiscResultTable, caller.locale);
}

export async function myDisc(deps: Deps, caller: Caller) {
  const row = await load(deps, caller.user.id);
  return { result: row ? present(row, caller.locale) : null };
}

export async function shareDisc(deps: Deps, caller: Caller, shared: boolean) {
  await deps.db.transaction().execute(async (trx) => {
    const row = await trx
      .updateTable("disc_results")
      .set({ shared: shared ? 1 : 0 })
      .where("user_id", "=", caller.user.id)
      .returning("user_id")
      .executeTakeFirst();
    if (!row) throw conflict("shared", "training.disc_not_taken");
    await appendAudit(trx, caller.actor, {
      action: "training.disc_share",
      entityType: "training_record",
      entityId: caller.user.id,
      orgUnit: { id: caller.user.orgUnit.id, path: caller.scopePath },
      after: { shared },
    });
  });
  return myDisc(deps, caller);
}

/** Another person's style: only when they shared it, and only for their managers. */
export async function someonesDisc(deps: Deps, caller: Caller, userId: number) {
  const person = await deps.db
    .selectFrom("users")
    .innerJoin("org_units", "org_units.id", "users.org_unit_id")
    .select(["users.id", "org_units.path"])
    .where("users.id", "=", userId)
    .executeTakeFirst();
  const viewer = { id: caller.user.id, role: caller.user.role, path: caller.scopePath };
  const row =
    person && mayReadPersonal(viewer, person, "training.records") ? await load(deps, userId) : undefined;
  if (!row || (row.shared !== 1 && userId !== caller.user.id)) throw notFound();
  return present(row, caller.locale);
}
