import { z } from "zod";
import { idParams } from "../../domain/common/page.ts";
import {
  checklistItem,
  createChecklistItemBody,
  updateChecklistItemBody,
} from "../../domain/inspections/schema.ts";
import type { App, Deps } from "../http/deps.ts";
import { allow, callerOf } from "../http/request.ts";
import { createItem, presentItem, updateItem } from "./checklist.ts";
import { checklist } from "./store.ts";

/** The inspection checklist as data: read by inspectors, kept by administrators. */
export function registerChecklistRoutes(app: App, deps: Deps): void {
  const tags = ["inspections"];

  app.get(
    "/api/inspections/checklist",
    {
      preHandler: allow("inspections.read"),
      schema: { tags, response: { 200: z.object({ items: z.array(checklistItem) }) } },
    },
    async () => ({ items: (await checklist(deps.db, false)).map(presentItem) }),
  );

  app.post(
    "/api/inspections/checklist",
    {
      preHandler: allow("inspections.configure"),
      schema: { tags, body: createChecklistItemBody, response: { 201: checklistItem } },
    },
    async (req, reply) => reply.status(201).send(await createItem(deps, callerOf(req), req.body)),
  );

  app.patch(
    "/api/inspections/checklist/:id",
    {
      preHandler: allow("inspections.configure"),
      schema: { tags, params: idParams, body: updateChecklistItemBody, response: { 200: checklistItem } },
    },
    async (req) => updateItem(deps, callerOf(req), req.params.id, req.body),
  );
}
