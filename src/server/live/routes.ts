import type { App, Deps } from "../http/deps.ts";
import { callerOf } from "../http/request.ts";
import type { LiveEvent } from "./bus.ts";

/**
 * One Server-Sent Events stream per browser tab: the user's own events (inbox) and those of their unit's
 * subtree (boards, incident rooms). The browser refetches what an event names.
 */
export function registerLiveRoutes(app: App, { live }: Deps): void {
  app.get(
    "/api/events",
    { sse: "only", schema: { tags: ["live"], summary: "Server-Sent Events for the signed-in user" } },
    async (req, reply) => {
      const caller = callerOf(req);
      reply.sse.keepAlive();
      const send = (event: LiveEvent) => {
        if (reply.sse.isConnected) reply.sse.send({ event: event.type, data: event }).catch(() => {});
      };
      const unsubscribe = [
        live.subscribe(`user:${caller.user.id}`, send),
        live.subscribe(`org:${caller.user.orgUnit.id}`, send),
      ];
      reply.sse.onClose(() => {
        for (const off of unsubscribe) off();
      });
      await reply.sse.send({ event: "ready", data: { type: "ready" } });
    },
  );
}
