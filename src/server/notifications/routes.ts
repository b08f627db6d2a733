import { z } from "zod";
import { idParams, pageQuery } from "../../domain/common/page.ts";
import type { App, Deps } from "../http/deps.ts";
import { callerOf } from "../http/request.ts";
import { markAllRead, markRead } from "./commands.ts";
import { inboxPage } from "./store.ts";

const notification = z.object({
  id: z.number(),
  text: z.string(),
  link: z.string().nullable(),
  createdAt: z.string(),
  read: z.boolean(),
});

/** The in-app inbox (the bell): every signed-in user has one and sees only their own. */
export function registerNotificationRoutes(app: App, deps: Deps): void {
  const { db } = deps;
  app.get(
    "/api/notifications",
    {
      schema: {
        tags: ["notifications"],
        querystring: pageQuery.extend({ unread: z.enum(["true", "false"]).optional() }),
        response: {
          200: z.object({
            items: z.array(notification),
            nextCursor: z.string().nullable(),
            unread: z.number(),
          }),
        },
      },
    },
    async (req) => {
      const caller = callerOf(req);
      return inboxPage(db, caller.user.id, caller.locale, req.query);
    },
  );

  app.post(
    "/api/notifications/:id/read",
    { schema: { tags: ["notifications"], params: idParams } },
    async (req, reply) => {
      await markRead(deps, callerOf(req), req.params.id);
      return reply.status(204).send();
    },
  );

  app.post("/api/notifications/read-all", { schema: { tags: ["notifications"] } }, async (req, reply) => {
    await markAllRead(deps, callerOf(req));
    return reply.status(204).send();
  });
}
