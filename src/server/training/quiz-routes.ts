import { z } from "zod";
import { idParams } from "../../domain/common/page.ts";
import {
  createQuestionBody,
  createQuizBody,
  material,
  question,
  questionDrafts,
  questionSources,
  questionSourcesQuery,
  quizAttempt,
  quizDetail,
  quizResults as quizResultsSchema,
  quizSummary,
  submitQuizBody,
} from "../../domain/training/schema.ts";
import type { App, Deps } from "../http/deps.ts";
import { allow, callerOf } from "../http/request.ts";
import { draftQuestions, listQuestionSources } from "./drafts.ts";
import { exportQuizResults } from "./quiz-export.ts";
import {
  createQuestion,
  createQuiz,
  getQuiz,
  listQuestions,
  listQuizzes,
  quizResults,
  submitQuiz,
} from "./quizzes.ts";

/** 测验: the question bank, quizzes assigned to a session or to roles and units, graded on submit. */
export function registerQuizRoutes(app: App, deps: Deps): void {
  const tags = ["training"];
  const base = "/api/training";

  app.get(
    `${base}/questions`,
    {
      preHandler: allow("training.manage"),
      schema: {
        tags,
        summary: "The question bank",
        response: { 200: z.object({ items: z.array(question) }) },
      },
    },
    async (req) => listQuestions(deps.db, callerOf(req)),
  );

  app.post(
    `${base}/questions`,
    {
      preHandler: allow("training.manage"),
      schema: { tags, body: createQuestionBody, response: { 201: question } },
    },
    async (req, reply) => reply.status(201).send(await createQuestion(deps, callerOf(req), req.body)),
  );

  app.get(
    `${base}/question-sources`,
    {
      preHandler: allow("training.manage"),
      schema: {
        tags,
        summary: "Scripts, published cases, compliance rules or playbooks to draft questions from or link",
        querystring: questionSourcesQuery,
        response: { 200: questionSources },
      },
    },
    async (req) => listQuestionSources(deps.db, callerOf(req), req.query.kind, req.query.orgUnitId),
  );

  app.get(
    `${base}/question-drafts`,
    {
      preHandler: allow("training.manage"),
      schema: {
        tags,
        summary:
          "Draft questions from a script, a case, a rule or a playbook, for the officer to edit and save",
        querystring: material,
        response: { 200: questionDrafts },
      },
    },
    async (req) => draftQuestions(deps.db, callerOf(req), req.query),
  );

  app.get(
    `${base}/quizzes`,
    {
      preHandler: allow("training.read"),
      schema: {
        tags,
        summary: "Quizzes assigned to the caller (and, for organisers, those of their units)",
        response: { 200: z.object({ items: z.array(quizSummary) }) },
      },
    },
    async (req) => listQuizzes(deps.db, callerOf(req)),
  );

  app.post(
    `${base}/quizzes`,
    {
      preHandler: allow("training.manage"),
      schema: { tags, body: createQuizBody, response: { 201: quizDetail } },
    },
    async (req, reply) => reply.status(201).send(await createQuiz(deps, callerOf(req), req.body)),
  );

  app.get(
    `${base}/quizzes/:id`,
    { preHandler: allow("training.read"), schema: { tags, params: idParams, response: { 200: quizDetail } } },
    async (req) => getQuiz(deps.db, callerOf(req), req.params.id),
  );

  app.post(
    `${base}/quizzes/:id/attempts`,
    {
      preHandler: allow("training.read"),
      schema: {
        tags,
        summary: "Submit one's answers; graded at once",
        params: idParams,
        body: submitQuizBody,
        response: { 201: quizAttempt },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await submitQuiz(deps, callerOf(req), req.params.id, req.body)),
  );

  app.get(
    `${base}/quizzes/:id/results`,
    {
      preHandler: allow("training.manage"),
      schema: { tags, summary: "Results per person", params: idParams, response: { 200: quizResultsSchema } },
    },
    async (req) => quizResults(deps.db, callerOf(req), req.params.id),
  );

  app.get(
    `${base}/quizzes/:id/results.xlsx`,
    {
      preHandler: allow("training.manage"),
      schema: { tags, summary: "Results per person as .xlsx", params: idParams },
    },
    async (req, reply) => {
      const stream = await exportQuizResults(deps, callerOf(req), req.params.id);
      return reply
        .header("content-type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        .header("content-disposition", `attachment; filename="quiz-results-${req.params.id}.xlsx"`)
        .send(stream);
    },
  );
}
