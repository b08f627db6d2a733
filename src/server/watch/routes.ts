import { watchBoard as watchBoardSchema, watchQuery } from "../../domain/watch/schema.ts";
import type { App, Deps } from "../http/deps.ts";
import { allow, callerOf } from "../http/request.ts";
import { watchBoard } from "./store.ts";

/** 值守看板: one read for the whole board; the page refetches it on every live event of the subtree. */
export function registerWatchRoutes(app: App, { db, now }: Deps): void {
  app.get(
    "/api/watch",
    {
      preHandler: allow("warnings.read"),
      schema: {
        tags: ["watch"],
        summary:
          "The watch board of the caller's unit, or of a unit below it (404 outside their part of the tree)",
        querystring: watchQuery,
        response: { 200: watchBoardSchema },
      },
    },
    async (req) => {
      const caller = callerOf(req);
      return watchBoard(db, caller, caller.locale, now(), req.query.orgUnitId);
    },
  );
}
