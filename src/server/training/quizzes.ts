import type { Kysely } from "kysely";
import type { z } from "zod";
import { can } from "../../domain/auth/permissions.ts";
import type { Role } from "../../domain/auth/roles.ts";
import { dueTimeProblem } from "../../domain/common/plausibility.ts";
import { isWithin } from "../../domain/org/units.ts";
import { correctAnswerProblem, gradeQuiz } from "../../domain/training/quiz.ts";
import type { createQuestionBody, createQuizBody, submitQuizBody } from "../../domain/training/schema.ts";
import { appendAudit } from "../audit/append.ts";
import type { Caller } from "../auth/session-user.ts";
import type { Database } from "../db/schema.ts";
import { startsWith } from "../db/starts-with.ts";
import type { Deps } from "../http/deps.ts";
import { AppError, conflict, invalid, notFound } from "../http/errors.ts";
import { staffUnder, visibleFrom } from "./scope.ts";
import { targetUnit } from "./sessions.ts";

function questionsVisible(db: Kysely<Database>, scopePath: string) {
  return db
    .selectFrom("quiz_questions as q")
    .innerJoin("org_units", "org_units.id", "q.org_unit_id")
    .select(["q.id", "q.kind", "q.text", "q.options_json", "q.correct_json", "q.explanation"])
    .where(visibleFrom(scopePath));
}

type QuestionRow = Awaited<ReturnType<ReturnType<typeof questionsVisible>["executeTakeFirstOrThrow"]>>;

const toQuestion = (r: QuestionRow, withAnswer: boolean) => ({
  id: r.id,
  kind: r.kind,
  text: r.text,
  options: JSON.parse(r.options_json) as string[],
  ...(withAnswer && { correct: JSON.parse(r.correct_json) as number[], explanation: r.explanation }),
});

export async function createQuestion(deps: Deps, caller: Caller, body: z.infer<typeof createQuestionBody>) {
  if (body.kind === "true_false" && body.options.length)
    throw invalid("options", "training.options_for_true_false");
  if (body.kind !== "true_false" && body.options.length < 2)
    throw invalid("options", "training.options_for_choice");
  const problem = correctAnswerProblem(body.kind, body.options, body.correct);
  if (problem) throw invalid("correct", problem);
  const unit = caller.user.orgUnit;
  const id = await deps.db.transaction().execute(async (trx) => {
    const { id } = await trx
      .insertInto("quiz_questions")
      .values({
        org_unit_id: unit.id,
        kind: body.kind,
        text: body.text,
        options_json: JSON.stringify(body.options),
        correct_json: JSON.stringify([...new Set(body.correct)].sort()),
        explanation: body.explanation,
        created_by: caller.user.id,
        created_at: deps.now().toISOString(),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await appendAudit(trx, caller.actor, {
      action: "training.question_create",
      entityType: "quiz_question",
      entityId: id,
      orgUnit: unit,
      after: { kind: body.kind, text: body.text },
    });
    return id;
  });
  const row = await questionsVisible(deps.db, caller.scopePath)
    .where("q.id", "=", id)
    .executeTakeFirstOrThrow();
  return toQuestion(row, true);
}

/** The question bank of the caller's unit, the units above it and below it, newest first. */
export async function listQuestions(db: Kysely<Database>, caller: Caller) {
  const rows = await questionsVisible(db, caller.scopePath).orderBy("q.id", "desc").limit(500).execute();
  return { items: rows.map((r) => toQuestion(r, true)) };
}

export async function createQuiz(deps: Deps, caller: Caller, body: z.infer<typeof createQuizBody>) {
  const now = deps.now();
  if (body.dueAt) {
    const problem = dueTimeProblem(body.dueAt, now);
    if (problem) throw invalid("dueAt", problem.key, problem.params);
  }
  const questionIds = [...new Set(body.questionIds)];
  const found = await questionsVisible(deps.db, caller.scopePath).where("q.id", "in", questionIds).execute();
  const missing = questionIds.find((id) => !found.some((q) => q.id === id));
  if (missing !== undefined)
    throw invalid("questionIds", "training.question_unknown", { id: String(missing) });
  const id = await deps.db.transaction().execute(async (trx) => {
    let unit: { id: number; path: string };
    if (body.sessionId !== undefined) {
      const session = await trx
        .selectFrom("training_sessions as s")
        .innerJoin("org_units", "org_units.id", "s.org_unit_id")
        .select(["org_units.id", "org_units.path"])
        .where("s.id", "=", body.sessionId)
        .where(startsWith("org_units.path", caller.scopePath))
        .executeTakeFirst();
      if (!session) throw invalid("sessionId", "not_found");
      unit = session;
    } else unit = await targetUnit(trx, caller, "orgUnitId", body.orgUnitId);
    const { id } = await trx
      .insertInto("quizzes")
      .values({
        org_unit_id: unit.id,
        title: body.title,
        session_id: body.sessionId ?? null,
        roles_json: JSON.stringify(body.roles),
        due_at: body.dueAt ? new Date(body.dueAt).toISOString() : null,
        question_ids_json: JSON.stringify(questionIds),
        created_by: caller.user.id,
        created_at: now.toISOString(),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await appendAudit(trx, caller.actor, {
      action: "training.quiz_create",
      entityType: "quiz",
      entityId: id,
      orgUnit: unit,
      after: { title: body.title, questionIds, sessionId: body.sessionId ?? null, roles: body.roles },
    });
    return id;
  });
  return getQuiz(deps.db, caller, id);
}

function quizzesVisible(db: Kysely<Database>, caller: Caller) {
  return db
    .selectFrom("quizzes as z")
    .innerJoin("org_units", "org_units.id", "z.org_unit_id")
    .leftJoin("quiz_attempts as mine", (j) =>
      j.onRef("mine.quiz_id", "=", "z.id").on("mine.user_id", "=", caller.user.id),
    )
    .select([
      "z.id",
      "z.title",
      "z.session_id",
      "z.roles_json",
      "z.due_at",
      "z.question_ids_json",
      "org_units.id as org_id",
      "org_units.name as org_name",
      "org_units.path as org_path",
      "mine.score as my_score",
    ])
    .where(visibleFrom(caller.scopePath));
}

type QuizRow = Awaited<ReturnType<ReturnType<typeof quizzesVisible>["executeTakeFirstOrThrow"]>>;

/** Whether a person of `role` at `path` is among those a quiz is assigned to. */
const assignedTo = (row: QuizRow, role: Role, path: string) => {
  const roles: Role[] = JSON.parse(row.roles_json);
  return isWithin(path, row.org_path) && (roles.length === 0 || roles.includes(role));
};

const toSummary = (r: QuizRow) => ({
  id: r.id,
  title: r.title,
  sessionId: r.session_id,
  orgUnitId: r.org_id,
  orgUnitName: r.org_name,
  roles: JSON.parse(r.roles_json) as Role[],
  dueAt: r.due_at,
  questionCount: (JSON.parse(r.question_ids_json) as number[]).length,
  myScore: r.my_score ?? null,
});

/** Quizzes assigned to the caller, and for organisers those of their subtree as well. */
export async function listQuizzes(db: Kysely<Database>, caller: Caller) {
  const rows = await quizzesVisible(db, caller).orderBy("z.id", "desc").limit(200).execute();
  const organiser = can(caller.user.role, "training.manage");
  return {
    items: rows
      .filter(
        (r) =>
          assignedTo(r, caller.user.role, caller.scopePath) ||
          (organiser && isWithin(r.org_path, caller.scopePath)),
      )
      .map(toSummary),
  };
}

async function loadQuiz(db: Kysely<Database>, caller: Caller, id: number) {
  const row = await quizzesVisible(db, caller).where("z.id", "=", id).executeTakeFirst();
  if (!row) throw notFound();
  return row;
}

/** A quiz with its questions; the right answers only for its organisers or once the caller has submitted. */
export async function getQuiz(db: Kysely<Database>, caller: Caller, id: number) {
  const row = await loadQuiz(db, caller, id);
  const organiser = can(caller.user.role, "training.manage") && isWithin(row.org_path, caller.scopePath);
  if (!organiser && !assignedTo(row, caller.user.role, caller.scopePath)) throw notFound();
  const ids: number[] = JSON.parse(row.question_ids_json);
  const questions = await db
    .selectFrom("quiz_questions as q")
    .select(["q.id", "q.kind", "q.text", "q.options_json", "q.correct_json", "q.explanation"])
    .where("q.id", "in", ids)
    .execute();
  const withAnswers = organiser || row.my_score !== null;
  return {
    ...toSummary(row),
    questions: ids.flatMap((qid) => {
      const q = questions.find((x) => x.id === qid);
      return q ? [toQuestion(q, withAnswers)] : [];
    }),
  };
}

/** Grades the caller's one attempt at once and keeps it. */
export async function submitQuiz(
  deps: Deps,
  caller: Caller,
  id: number,
  body: z.infer<typeof submitQuizBody>,
) {
  const now = deps.now();
  return deps.db.transaction().execute(async (trx) => {
    const row = await loadQuiz(trx, caller, id);
    if (!assignedTo(row, caller.user.role, caller.scopePath))
      throw new AppError(403, "training.quiz_not_for_you");
    if (row.my_score !== null) throw conflict("quizId", "training.quiz_taken");
    if (row.due_at && Date.parse(row.due_at) < now.getTime())
      throw conflict("dueAt", "training.quiz_overdue");
    const ids: number[] = JSON.parse(row.question_ids_json);
    const stray = Object.keys(body.answers).find((k) => !ids.includes(Number(k)));
    if (stray) throw invalid(`answers.${stray}`, "training.answer_unknown_question", { id: stray });
    const questions = await trx
      .selectFrom("quiz_questions")
      .select(["id", "kind", "correct_json"])
      .where("id", "in", ids)
      .execute();
    const graded = gradeQuiz(
      questions.map((q) => ({ id: q.id, kind: q.kind, correct: JSON.parse(q.correct_json) })),
      body.answers,
    );
    const submittedAt = now.toISOString();
    await trx
      .insertInto("quiz_attempts")
      .values({
        quiz_id: id,
        user_id: caller.user.id,
        answers_json: JSON.stringify(body.answers),
        results_json: JSON.stringify(graded.results),
        score: graded.score,
        right_count: graded.right,
        total: graded.total,
        submitted_at: submittedAt,
      })
      .execute();
    await appendAudit(trx, caller.actor, {
      action: "training.quiz_submit",
      entityType: "quiz",
      entityId: id,
      orgUnit: { id: row.org_id, path: row.org_path },
      after: { userId: caller.user.id, score: graded.score },
    });
    return { quizId: id, ...graded, submittedAt };
  });
}

/**
 * Everyone the quiz is assigned to, with their score or none yet; for organisers of its unit. A session's
 * quiz leaves out the session's trainer, who is not expected at it either.
 */
export async function quizResults(db: Kysely<Database>, caller: Caller, id: number) {
  const row = await loadQuiz(db, caller, id);
  if (!isWithin(row.org_path, caller.scopePath)) throw notFound();
  const roles: Role[] = JSON.parse(row.roles_json);
  let audience = staffUnder(db, row.org_path);
  if (roles.length) audience = audience.where("users.role", "in", roles);
  if (row.session_id !== null) {
    const session = await db
      .selectFrom("training_sessions")
      .select("trainer_id")
      .where("id", "=", row.session_id)
      .executeTakeFirstOrThrow();
    audience = audience.where("users.id", "!=", session.trainer_id);
  }
  const people = await audience.orderBy("org_units.path").orderBy("users.id").execute();
  const attempts = await db
    .selectFrom("quiz_attempts")
    .select(["user_id", "score", "submitted_at"])
    .where("quiz_id", "=", id)
    .execute();
  const results = people.map((p) => {
    const a = attempts.find((x) => x.user_id === p.id);
    return {
      id: p.id,
      name: p.display_name,
      orgUnitName: p.org_name,
      score: a?.score ?? null,
      submittedAt: a?.submitted_at ?? null,
    };
  });
  const scores = attempts.map((a) => a.score);
  return {
    quizId: id,
    title: row.title,
    results,
    averageScore: scores.length ? Math.round(scores.reduce((s, x) => s + x, 0) / scores.length) : null,
  };
}
