import { z } from "zod";
import { idParams } from "../../domain/common/page.ts";
import { createOrgUnitBody, orgUnit, updateOrgUnitBody } from "../../domain/org/schema.ts";
import type { App, Deps } from "../http/deps.ts";
import { allow, callerOf } from "../http/request.ts";
import { createOrgUnit, updateOrgUnit } from "./commands.ts";
import { getOrgUnit, listOrgUnits } from "./store.ts";

export function registerOrgRoutes(app: App, { db, sessions }: Deps): void {
  app.get(
    "/api/org-units",
    {
      preHandler: allow("org.read"),
      schema: {
        tags: ["org"],
        summary: "The caller's subtree, parents before children",
        response: { 200: z.object({ items: z.array(orgUnit) }) },
      },
    },
    async (req) => ({ items: await listOrgUnits(db, callerOf(req).scopePath) }),
  );

  app.get(
    "/api/org-units/:id",
    {
      preHandler: allow("org.read"),
      schema: { tags: ["org"], params: idParams, response: { 200: orgUnit } },
    },
    async (req) => getOrgUnit(db, callerOf(req).scopePath, req.params.id),
  );

  app.post(
    "/api/org-units",
    {
      preHandler: allow("org.manage"),
      schema: { tags: ["org"], body: createOrgUnitBody, response: { 201: orgUnit } },
    },
    async (req, reply) => reply.status(201).send(await createOrgUnit(db, callerOf(req), req.body)),
  );

  app.patch(
    "/api/org-units/:id",
    {
      preHandler: allow("org.manage"),
      schema: { tags: ["org"], params: idParams, body: updateOrgUnitBody, response: { 200: orgUnit } },
    },
    async (req) => {
      const unit = await updateOrgUnit(db, callerOf(req), req.params.id, req.body);
      // A move or a rename changes the unit (and its subtree's paths) that signed-in users carry.
      await sessions.invalidate();
      return unit;
    },
  );
}
