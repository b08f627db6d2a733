import { offersFor } from "../../domain/links/offers.ts";
import { createLinkBody, linksAnswer, linksQuery, type RecordRef } from "../../domain/links/schema.ts";
import type { Caller } from "../auth/session-user.ts";
import type { App, Deps } from "../http/deps.ts";
import { notFound } from "../http/errors.ts";
import { callerOf } from "../http/request.ts";
import { createLink } from "./commands.ts";
import { visibleLinks, visibleRecord } from "./store.ts";

const tags = ["links"];

/** A record's links the caller may open, and what its page offers to open next; 404 outside their scope. */
export async function linksOf(deps: Deps, caller: Caller, ref: RecordRef) {
  const anchor = await visibleRecord(deps.db, caller, ref);
  if (!anchor) throw notFound();
  const { all, visible } = await visibleLinks(deps.db, caller, ref);
  return {
    links: visible,
    offers: offersFor(
      anchor.facts,
      all.map((r) => r.kind),
      caller.user.role,
    ),
  };
}

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
    async (req) => linksOf(deps, callerOf(req), req.query),
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
      return reply.status(201).send(await linksOf(deps, caller, req.body.from));
    },
  );
}
