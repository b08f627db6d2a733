import { z } from "zod";
import { formatMessage, isMessageKey, localizeParams } from "../../domain/common/messages.ts";
import { idParams, pageQuery } from "../../domain/common/page.ts";
import { decodeCursor, encodeCursor } from "../http/cursor.ts";
import type { App, Deps } from "../http/deps.ts";
import { notFound } from "../http/errors.ts";
import { callerOf } from "../http/request.ts";

const notification = z.object({
  id: z.number(),
  text: z.string(),
  link: z.string().nullable(),
  createdAt: z.string(),
  read: z.boolean(),
});

/** The in-app inbox (the bell): every signed-in user has one and sees only their own. */
export function registerNotificationRoutes(app: App, { db, live, now }: Deps): void {
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
      let q = db.selectFrom("notifications").selectAll().where("user_id", "=", caller.user.id);
      if (req.query.unread === "true") q = q.where("read_at", "is", null);
      const before = decodeCursor(req.query.cursor);
      if (before !== null) q = q.where("id", "<", before);
      const rows = await q
        .orderBy("id", "desc")
        .limit(req.query.limit + 1)
        .execute();
      const page = rows.slice(0, req.query.limit);
      const { n } = await db
        .selectFrom("notifications")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .where("user_id", "=", caller.user.id)
        .where("read_at", "is", null)
        .executeTakeFirstOrThrow();
      return {
        items: page.map((r) => ({
          id: r.id,
          text: isMessageKey(r.message_key)
            ? formatMessage(
                r.message_key,
                caller.locale,
                localizeParams(JSON.parse(r.params_json), caller.locale),
              )
            : r.message_key,
          link: r.link,
          createdAt: r.created_at,
          read: r.read_at !== null,
        })),
        nextCursor: rows.length > req.query.limit ? encodeCursor(page[page.length - 1].id) : null,
        unread: Number(n),
      };
    },
  );

  // Reading one's own inbox is not a business change, so it is not audited.
  app.post(
    "/api/notifications/:id/read",
    { schema: { tags: ["notifications"], params: idParams } },
    async (req, reply) => {
      const caller = callerOf(req);
      const res = await db
        .updateTable("notifications")
        .set({ read_at: now().toISOString() })
        .where("id", "=", req.params.id)
        .where("user_id", "=", caller.user.id)
        .where("read_at", "is", null)
        .executeTakeFirst();
      if (res.numUpdatedRows === 0n) {
        const exists = await db
          .selectFrom("notifications")
          .select("id")
          .where("id", "=", req.params.id)
          .where("user_id", "=", caller.user.id)
          .executeTakeFirst();
        if (!exists) throw notFound();
      }
      await live.publish({
        topics: [`user:${caller.user.id}`],
        event: { type: "notification.read", id: req.params.id },
      });
      return reply.status(204).send();
    },
  );

  app.post("/api/notifications/read-all", { schema: { tags: ["notifications"] } }, async (req, reply) => {
    const caller = callerOf(req);
    await db
      .updateTable("notifications")
      .set({ read_at: now().toISOString() })
      .where("user_id", "=", caller.user.id)
      .where("read_at", "is", null)
      .execute();
    await live.publish({ topics: [`user:${caller.user.id}`], event: { type: "notification.read" } });
    return reply.status(204).send();
  });
}
