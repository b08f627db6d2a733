import { z } from "zod";
import {
  accountabilityRecord,
  createRecordBody,
  listRecordsQuery,
} from "../../domain/accountability/schema.ts";
import type { App, Deps } from "../http/deps.ts";
import { allow, callerOf } from "../http/request.ts";
import { createRecord } from "./commands.ts";
import { listRecords } from "./store.ts";

/** 奖惩: rewards and accountability, decided by a manager; read by the person and their managers only. */
export function registerAccountabilityRoutes(app: App, deps: Deps): void {
  const tags = ["accountability"];
  app.get(
    "/api/accountability/records",
    {
      // Everyone may ask: a person reads their own records, a manager those of the staff below them.
      preHandler: allow(() => true),
      schema: {
        tags,
        querystring: listRecordsQuery,
        response: { 200: z.object({ items: z.array(accountabilityRecord) }) },
      },
    },
    async (req) => listRecords(deps, callerOf(req), req.query.userId),
  );

  app.post(
    "/api/accountability/records",
    {
      preHandler: allow("accountability.decide"),
      schema: {
        tags,
        summary: "Record a reward or sanction, tied to the incident or complaint behind it",
        body: createRecordBody,
        response: { 201: accountabilityRecord },
      },
    },
    async (req, reply) => reply.status(201).send(await createRecord(deps, callerOf(req), req.body)),
  );
}
