/**
 * The floor: a bare Fastify server answering the bench scenarios' paths with the same queries on the same
 * database, without sessions, permission checks, validation schemas, audit, notifications or live events.
 * The caller's scope, unit and id come in headers (x-scope, x-unit, x-user) instead of a session.
 * `npm run bench` starts it next to the real server and reports our throughput as a share of this.
 */
import Fastify, { type FastifyRequest } from "fastify";
import { type Axis, resolveCategory } from "../src/domain/complaints/classification.ts";
import { playbookTemplate } from "../src/domain/incidents/playbook.ts";
import type { SessionUser } from "../src/server/auth/session-user.ts";
import { toSummary } from "../src/server/complaints/present.ts";
import { statsFor } from "../src/server/complaints/stats.ts";
import { listComplaintRows, loadCategories } from "../src/server/complaints/store.ts";
import { checkAt } from "../src/server/compliance/ruleset.ts";
import { loadConfig } from "../src/server/config.ts";
import { openDatabase } from "../src/server/db/database.ts";
import { nextRef } from "../src/server/db/refs.ts";
import { board, listIncidents } from "../src/server/incidents/store.ts";
import { memoryBus } from "../src/server/live/bus.ts";
import { Scheduler } from "../src/server/scheduler/scheduler.ts";

const config = loadConfig();
const db = openDatabase({ ...config, backgroundCheckpoints: (problem) => console.error(problem) });
const now = () => new Date();
const deps = { db, config, now, live: memoryBus(), scheduler: new Scheduler(db, () => {}) };
const app = Fastify({ logger: false });
// The codes the real intake resolves the scenario's labels to, resolved once here.
const cats = await loadCategories(db);
const code = (axis: Axis, label: string) => {
  const found = resolveCategory(cats, axis, label);
  if (typeof found === "string") throw new Error(`${label}: ${found}`);
  return found.code;
};
const codes = {
  channel: code("channel", "营业现场"),
  business: code("business_category", "自营理财"),
  cause: code("cause", "营销方式和手段"),
};

const who = (req: FastifyRequest) => ({
  scope: String(req.headers["x-scope"] ?? "/"),
  unit: Number(req.headers["x-unit"] ?? 1),
  user: Number(req.headers["x-user"] ?? 1),
});
type Query = Record<string, string>;
const page = (q: Query) => ({ ...q, limit: Number(q.limit ?? 50) });

app.get("/healthz", async () => ({ ok: true }));

app.get("/api/incidents/board", async (req) => ({ items: await board(db, who(req).scope, "zh", now()) }));

app.get("/api/incidents", async (req) =>
  listIncidents(db, who(req).scope, page(req.query as Query) as never, "zh", now()),
);

app.post("/api/incidents", async (req, reply) => {
  const body = req.body as { category: "queue_machine_failure"; summary: string };
  const { unit, user } = who(req);
  const at = now();
  const id = await db.transaction().execute(async (trx) => {
    const ref = await nextRef(trx, "INC", at, config.timeZone);
    const { id } = await trx
      .insertInto("incidents")
      .values({
        ref,
        org_unit_id: unit,
        category: body.category,
        summary: body.summary,
        answers_json: "{}",
        severity: "III",
        severity_reason_json: "{}",
        status: "reported",
        drill: 0,
        reported_by: user,
        reported_at: at.toISOString(),
        ack_due_at: new Date(at.getTime() + 15 * 60_000).toISOString(),
        escalation_level: 0,
        updated_at: at.toISOString(),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await trx
      .insertInto("incident_tasks")
      .values(
        playbookTemplate(body.category).map((t, position) => ({
          incident_id: id,
          step: t.step,
          template_key: t.key,
          role: t.role,
          position,
        })),
      )
      .execute();
    return id;
  });
  return reply.status(201).send({ id });
});

app.get("/api/complaints", async (req) => {
  const at = now();
  const [{ rows, nextCursor }, cats] = await Promise.all([
    listComplaintRows(db, who(req).scope, page(req.query as Query) as never, at),
    loadCategories(db),
  ]);
  return { items: rows.map((r) => toSummary(r, cats, at)), nextCursor };
});

app.post("/api/complaints", async (req, reply) => {
  const body = req.body as { summary: string; request: string; complainant: { name: string; phone: string } };
  const { unit, user } = who(req);
  const at = now().toISOString();
  const id = await db.transaction().execute(async (trx) => {
    const ref = await nextRef(trx, "CMP", now(), config.timeZone);
    const { id } = await trx
      .insertInto("complaints")
      .values({
        ref,
        kind: "complaint",
        status: "open",
        org_unit_id: unit,
        channel_code: codes.channel,
        business_category_code: codes.business,
        cause_code: codes.cause,
        source: "customer",
        grade: "ordinary",
        sensitive_tags_json: "[]",
        received_at: at,
        clock_started_at: at,
        summary: body.summary,
        request: body.request,
        complainant_kind: "person",
        complainant_name: body.complainant.name,
        complainant_phone: body.complainant.phone,
        complainant_extra_json: "{}",
        complainant_key: `np:${body.complainant.name}|${body.complainant.phone}`,
        created_by: user,
        created_at: at,
        updated_at: at,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    return id;
  });
  return reply.status(201).send({ id });
});

app.get("/api/complaints/stats", async (req) => {
  const { scope } = who(req);
  const user = { orgUnit: { id: who(req).unit } } as SessionUser;
  return statsFor(
    deps,
    { user, actor: { id: null, username: null, ip: null }, scopePath: scope, locale: "zh" },
    {},
  );
});

app.post("/api/compliance/check", async (req) => {
  const body = req.body as { text: string; kind: "marketing" };
  const findings = await checkAt(db, who(req).scope, body.text, { kind: body.kind });
  return { findings };
});

const close = async () => {
  await app.close();
  await db.destroy();
  process.exit(0);
};
process.once("SIGTERM", close);
process.once("SIGINT", close);
await app.listen({ port: config.port, host: config.host });
