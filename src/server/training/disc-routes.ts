import {
  discQuestions,
  discResultSchema,
  myDiscResult,
  shareDiscBody,
  submitDiscBody,
  userParams,
} from "../../domain/training/schema.ts";
import type { App, Deps } from "../http/deps.ts";
import { allow, callerOf } from "../http/request.ts";
import { discQuestionsIn, myDisc, shareDisc, someonesDisc, submitDisc } from "./disc.ts";

/** 知己: the DISC self-test, private to the person unless they share it with their managers. */
export function registerDiscRoutes(app: App, deps: Deps): void {
  const tags = ["training"];
  const base = "/api/training/disc";
  app.get(
    `${base}/questions`,
    { preHandler: allow("training.read"), schema: { tags, response: { 200: discQuestions } } },
    async (req) => discQuestionsIn(callerOf(req).locale),
  );
  app.get(
    `${base}/me`,
    { preHandler: allow("training.read"), schema: { tags, response: { 200: myDiscResult } } },
    async (req) => myDisc(deps, callerOf(req)),
  );
  app.post(
    base,
    {
      preHandler: allow("training.read"),
      schema: {
        tags,
        summary: "Take the self-test; replaces one's earlier result",
        body: submitDiscBody,
        response: { 201: discResultSchema },
      },
    },
    async (req, reply) => reply.status(201).send(await submitDisc(deps, callerOf(req), req.body)),
  );
  app.put(
    `${base}/me/share`,
    {
      preHandler: allow("training.read"),
      schema: {
        tags,
        summary: "Share one's style with one's managers, or stop",
        body: shareDiscBody,
        response: { 200: myDiscResult },
      },
    },
    async (req) => shareDisc(deps, callerOf(req), req.body.shared),
  );
  app.get(
    `${base}/:userId`,
    {
      preHandler: allow("training.records"),
      schema: {
        tags,
        summary: "A person's style, if they shared it",
        params: userParams,
        response: { 200: discResultSchema },
      },
    },
    async (req) => someonesDisc(deps, callerOf(req), req.params.userId),
  );
}
