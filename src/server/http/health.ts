import { createHash, timingSafeEqual } from "node:crypto";
import { sql } from "kysely";
import client from "prom-client";
import { outboxMetrics } from "../notifications/outbox/metrics.ts";
import { bearerToken } from "./bearer.ts";
import type { App, Deps } from "./deps.ts";
import { unauthorized } from "./errors.ts";

const digest = (s: string) => createHash("sha256").update(s).digest();

/** Whether the Authorization header carries the token, compared in constant time. */
function bearerMatches(header: string | undefined, token: string): boolean {
  const given = bearerToken(header) ?? "";
  return timingSafeEqual(digest(given), digest(token));
}

/**
 * Liveness and readiness (the database answers), open to the load balancer, and Prometheus metrics behind a
 * bearer token (METRICS_TOKEN): they show the Node version and every route's timings. Without a token set,
 * /metrics is not served at all, rather than guessing which callers are local (a proxy on the same host
 * would make everyone look local).
 */
export function registerHealthRoutes(app: App, { db, config, now }: Deps): void {
  const registry = new client.Registry();
  client.collectDefaultMetrics({ register: registry });
  const duration = new client.Histogram({
    name: "http_request_duration_seconds",
    help: "HTTP request duration by route and status",
    labelNames: ["method", "route", "status"],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  for (const metric of outboxMetrics(db, now)) registry.registerMetric(metric);
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
  const { metricsToken } = config;
  if (!metricsToken) return;
  app.get("/metrics", hidden, async (req, reply) => {
    if (!bearerMatches(req.headers.authorization, metricsToken)) {
      reply.header("www-authenticate", "Bearer");
      throw unauthorized();
    }
    reply.type(registry.contentType);
    return registry.metrics();
  });
}
