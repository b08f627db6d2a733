import { sql } from "kysely";
import client from "prom-client";
import type { App, Deps } from "./deps.ts";

/** Liveness, readiness (the database answers) and Prometheus metrics, none of them behind a session. */
export function registerHealthRoutes(app: App, { db }: Deps): void {
  const registry = new client.Registry();
  client.collectDefaultMetrics({ register: registry });
  const duration = new client.Histogram({
    name: "http_request_duration_seconds",
    help: "HTTP request duration by route and status",
    labelNames: ["method", "route", "status"],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  app.addHook("onResponse", async (req, reply) => {
    duration.observe(
      { method: req.method, route: req.routeOptions.url ?? "unmatched", status: String(reply.statusCode) },
      reply.elapsedTime / 1000,
    );
  });

  const hidden = { schema: { hide: true } };
  app.get("/healthz", hidden, async () => ({ status: "ok" }));
  app.get("/readyz", hidden, async (_req, reply) => {
    try {
      await sql`select 1`.execute(db);
      return { status: "ready" };
    } catch (err) {
      return reply.status(503).send({ status: "database unavailable", detail: String(err) });
    }
  });
  app.get("/metrics", hidden, async (_req, reply) => {
    reply.type(registry.contentType);
    return registry.metrics();
  });
}
