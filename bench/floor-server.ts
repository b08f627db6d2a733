/**
 * The floor: a bare Fastify server answering the bench scenarios' paths with the same queries on the same
 * database, without sessions, permission checks, validation schemas, audit or live events. The creates
 * write what ours write (`writeComplaint`, `writeIncident`), but no audit entry; a report answers the
 * incident as ours does (presentIncident, which reads its contacts), a registration only the id (ours builds
 * that answer from the rows it wrote, with no query). The caller's scope, unit, id, role and name come in
 * headers (x-scope, x-unit, x-user, x-role, x-name) instead of a session; an ingested mention carries its
 * source's token, looked up as ours does.
 * `npm run bench` starts it (through floor.ts, in as many processes as ours) next to the real server and
 * reports our throughput as a share of this.
 */
import Fastify, { type FastifyRequest } from "fastify";
import type { Role } from "../src/domain/auth/roles.ts";
import type { CreateComplaintBody } from "../src/domain/complaints/schema.ts";
import type { MentionBody } from "../src/domain/opinion/schema.ts";
import type { SessionUser } from "../src/server/auth/session-user.ts";
import { sessionCache } from "../src/server/auth/sessions.ts";
import { tokenHash } from "../src/server/common/source-tokens.ts";
import { statsFor } from "../src/server/complaints/figures/dashboard.ts";
import { toSummary } from "../src/server/complaints/present.ts";
import { readComplaint } from "../src/server/complaints/present-detail.ts";
import { writeComplaint } from "../src/server/complaints/register.ts";
import { listComplaintRows, loadCategories, loadRegistrationInputs } from "../src/server/complaints/store.ts";
import { checkAt } from "../src/server/compliance/ruleset.ts";
import { loadConfig } from "../src/server/config.ts";
import { openDatabase } from "../src/server/db/database.ts";
import { assignRef, provisionalRef } from "../src/server/db/refs.ts";
import { bearerToken } from "../src/server/http/bearer.ts";
import { type IncidentToWrite, reported, writeIncident } from "../src/server/incidents/commands.ts";
import { board, listIncidents, loadIncident, presentIncident } from "../src/server/incidents/store.ts";
import { memoryBus } from "../src/server/live/bus.ts";
import { OutboxDispatcher } from "../src/server/notifications/outbox/dispatcher.ts";
import { ingestMention } from "../src/server/opinion/monitoring/ingest.ts";
import { getOrgUnit } from "../src/server/org/store.ts";
import { Scheduler } from "../src/server/scheduler/scheduler.ts";
import { watchBoard } from "../src/server/watch/store.ts";

const config = loadConfig();
const db = openDatabase({ ...config, backgroundCheckpoints: (problem) => console.error(problem) });
const now = () => new Date();
const live = memoryBus();
// The floor has no sessions and sends no notices: the cache and the outbox are there only because statsFor
// takes the whole Deps.
const sessions = sessionCache({ ...config, sessionCacheSeconds: 0 }, live);
const deps = {
  db,
  config,
  now,
  live,
  scheduler: new Scheduler(db, () => {}),
  outbox: new OutboxDispatcher(db, () => {}),
  sessions,
};
const app = Fastify({ logger: false });
const who = (req: FastifyRequest) => ({
  scope: String(req.headers["x-scope"] ?? "/"),
  unit: Number(req.headers["x-unit"] ?? 1),
  user: Number(req.headers["x-user"] ?? 1),
  role: String(req.headers["x-role"] ?? "lobby_manager") as Role,
  name: decodeURIComponent(String(req.headers["x-name"] ?? "")),
});
type Query = Record<string, string>;
const page = (q: Query) => ({ ...q, limit: Number(q.limit ?? 50) });

app.get("/healthz", async () => ({ ok: true }));

app.get("/api/incidents/board", async (req) => ({ items: await board(db, who(req).scope, "zh", now()) }));

app.get("/api/incidents", async (req) =>
  listIncidents(db, who(req).scope, page(req.query as Query) as never, "zh", now()),
);

app.get("/api/incidents/:id", async (req) => {
  const { scope, user, role } = who(req);
  const id = Number((req.params as { id: string }).id);
  const { row, children } = await loadIncident(db, scope, id);
  return presentIncident(db, row, children, { id: user, role }, "zh", now());
});

app.post("/api/incidents", async (req, reply) => {
  const { scope, unit, user, role, name } = who(req);
  const now = new Date();
  const { row, children } = await db.transaction().execute(async (trx) => {
    const at = await getOrgUnit(trx, scope, unit);
    const written = await writeIncident(trx, {
      body: req.body as IncidentToWrite["body"],
      unit: at,
      ref: provisionalRef(),
      now,
      reportedBy: user,
    });
    const ref = await assignRef(trx, "incidents", written.inserted.id, "INC", now, config.timeZone);
    return reported({ ...written, inserted: { ...written.inserted, ref } }, at, name);
  });
  // Ours answers the whole incident, whose contacts are one more query: the floor answers it too.
  return reply.status(201).send(await presentIncident(db, row, children, { id: user, role }, "zh", now));
});

app.get("/api/complaints", async (req) => {
  const at = now();
  const [{ rows, nextCursor }, cats] = await Promise.all([
    listComplaintRows(db, who(req).scope, page(req.query as Query) as never, at),
    loadCategories(db),
  ]);
  return { items: rows.map((r) => toSummary(r, cats, at)), nextCursor };
});

// One complaint as ours reads it (the row, its children, categories and calendar), without session or schema.
app.get("/api/complaints/:id", async (req) => {
  const { scope, unit, user, role } = who(req);
  const caller = {
    user: { id: user, role, orgUnit: { id: unit } } as SessionUser,
    actor: { id: null, username: null, ip: null },
    scopePath: scope,
    locale: "zh" as const,
  };
  return readComplaint(deps, caller, Number((req.params as { id: string }).id));
});

app.post("/api/complaints", async (req, reply) => {
  const { scope, unit, user } = who(req);
  const sent = req.body as Record<string, unknown> & { complainant: Record<string, unknown> };
  // What the server's schema fills in when a request leaves it out.
  const body = {
    source: "customer",
    grade: "ordinary",
    sensitiveTags: [],
    ...sent,
    complainant: { kind: "person", ...sent.complainant },
  } as unknown as CreateComplaintBody;
  const now = new Date();
  const id = await db.transaction().execute(async (trx) => {
    const inputs = await loadRegistrationInputs(trx, scope, unit);
    if (!inputs) throw new Error(`unit ${unit} not in ${scope}`);
    const written = await writeComplaint(trx, config, {
      body,
      inputs,
      scopePath: scope,
      ref: provisionalRef(),
      now,
      createdBy: user,
      subjectName: null,
      handlerId: null,
    });
    await assignRef(trx, "complaints", written.inserted.id, "CMP", now, config.timeZone);
    return written.inserted.id;
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

app.get("/api/watch", async (req) => {
  const { scope, unit, user, role } = who(req);
  const caller = {
    user: { id: user, role, orgUnit: { id: unit } } as SessionUser,
    actor: { id: null, username: null, ip: null },
    scopePath: scope,
    locale: "zh" as const,
  };
  return watchBoard(db, caller, "zh", now());
});

// The token looked up as ours does; no refusal audit, no live event.
app.post("/api/opinion/mentions", async (req, reply) => {
  const token = bearerToken(req.headers.authorization);
  const found = token
    ? await db
        .selectFrom("opinion_sources")
        .select("id")
        .where("token_hash", "=", tokenHash(token))
        .where("revoked_at", "is", null)
        .executeTakeFirst()
    : undefined;
  if (!found) return reply.status(401).send({});
  const at = now();
  const done = await db
    .transaction()
    .execute((trx) => ingestMention(trx, found.id, req.body as MentionBody, at, config.timeZone));
  return reply.status(done.repeat ? 200 : 201).send({ id: done.id });
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
