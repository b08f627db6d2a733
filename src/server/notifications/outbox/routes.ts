import { randomUUID } from "node:crypto";
import { z } from "zod";
import { idParams } from "../../../domain/common/page.ts";
import { composeMessage } from "../../../domain/notifications/message.ts";
import {
  channel,
  createChannelBody,
  delivery,
  deliveryQuery,
  preferences,
  updateChannelBody,
} from "../../../domain/notifications/schema.ts";
import { type ChannelKind, isRobot } from "../../../domain/notifications/vocabulary.ts";
import type { App, Deps } from "../../http/deps.ts";
import { invalid, notFound } from "../../http/errors.ts";
import { allow, callerOf } from "../../http/request.ts";
import { sendThrough } from "../channels/index.ts";
import { createChannel, retryDelivery, updateChannel } from "./commands.ts";
import { preferencesOf, setPreferences } from "./preferences.ts";
import { openConfig } from "./secrets.ts";
import { channelInScope, listChannels, listDeliveries } from "./store.ts";

/** The outbox's channels and deliveries, for administrators (fixed paths: other bank systems call them). */
export function registerOutboxRoutes(app: App, { db, now, config }: Deps): void {
  const guard = { preHandler: allow("notify.manage") };
  const tags = ["notifications"];

  app.post(
    "/api/notify/channels",
    { ...guard, schema: { tags, body: createChannelBody, response: { 201: z.object({ id: z.number() }) } } },
    async (req, reply) => reply.status(201).send(await createChannel(db, callerOf(req), req.body, now())),
  );

  app.get(
    "/api/notify/channels",
    { ...guard, schema: { tags, response: { 200: z.object({ items: z.array(channel) }) } } },
    async (req) => ({ items: await listChannels(db, callerOf(req).scopePath) }),
  );

  app.patch(
    "/api/notify/channels/:id",
    { ...guard, schema: { tags, params: idParams, body: updateChannelBody } },
    async (req, reply) => {
      await updateChannel(db, callerOf(req), req.params.id, req.body, now());
      return reply.status(204).send();
    },
  );

  // A test message goes straight out, not through the outbox, so the administrator sees the answer at once.
  app.post(
    "/api/notify/channels/:id/test",
    {
      ...guard,
      schema: {
        tags,
        params: idParams,
        body: z.object({ address: z.string().trim().min(3).max(200).optional() }),
        response: { 200: z.object({ ok: z.boolean(), error: z.string().nullable() }) },
      },
    },
    async (req) => {
      const row = await channelInScope(db, callerOf(req).scopePath, req.params.id);
      if (!row) throw notFound();
      const kind = row.kind as ChannelKind;
      if (!isRobot(kind) && !req.body.address) throw invalid("address", "notify.address_required");
      const message = composeMessage(
        {
          kind: "incident_minor",
          orgUnitId: 0,
          unitName: row.unit_name,
          ref: "TEST",
          subject: `通知渠道测试（${row.name}）`,
          drill: true,
          link: "/",
        },
        config.publicUrl,
      );
      try {
        await sendThrough(kind, openConfig(row.config_sealed), {
          message,
          address: req.body.address ?? null,
          idempotencyKey: randomUUID(),
        });
        return { ok: true, error: null };
      } catch (err) {
        return { ok: false, error: (err as Error).message };
      }
    },
  );

  // Every signed-in user keeps their own preferences; no permission beyond being signed in.
  app.get("/api/notify/preferences", { schema: { tags, response: { 200: preferences } } }, async (req) =>
    preferencesOf(db, callerOf(req).user.id),
  );
  app.put(
    "/api/notify/preferences",
    { schema: { tags, body: preferences, response: { 200: preferences } } },
    async (req) => setPreferences(db, callerOf(req), req.body, now()),
  );

  app.get(
    "/api/notify/deliveries",
    {
      ...guard,
      schema: {
        tags,
        querystring: deliveryQuery,
        response: { 200: z.object({ items: z.array(delivery), nextCursor: z.string().nullable() }) },
      },
    },
    async (req) => listDeliveries(db, callerOf(req).scopePath, req.query),
  );

  app.post(
    "/api/notify/deliveries/:id/retry",
    { ...guard, schema: { tags, params: idParams } },
    async (req, reply) => {
      await retryDelivery(db, callerOf(req), req.params.id, now());
      return reply.status(204).send();
    },
  );
}
