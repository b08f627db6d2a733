import { createLinkBody, linksAnswer, linksQuery } from "../../domain/links/schema.ts";
import type { App, Deps } from "../http/deps.ts";
import { callerOf } from "../http/request.ts";
import { createLink } from "./commands.ts";
import { linksOf } from "./store.ts";

const tags = ["links"];

/** Links between records of every family (incidents, complaints, counter exceptions), read from either end. */
export function registerLinkRoutes(app: App, deps: Deps): void {
  app.get(
    "/api/links",
    {
      schema: {
        tags,
        summary: "The records linked to one record, and the records its page offers to open",
        querystring: linksQuery,
        response: { 200: linksAnswer },
      },
    },
    async (req) => linksOf(deps.db, callerOf(req), req.query),
  );

  app.post(
    "/api/links",
    {
      schema: {
        tags,
        summary: "Link two records the caller may open",
        body: createLinkBody,
        response: { 201: linksAnswer },
      },
    },
    async (req, reply) => {
      const caller = callerOf(req);
      await createLink(deps, caller, req.body.from, req.body.to);
      return reply.status(201).send(await linksOf(deps.db, caller, req.body.from));
    },
  );
}
