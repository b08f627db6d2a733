import { z } from "zod";
import { idParams } from "../../domain/common/page.ts";
import {
  createTypeBody,
  createVerifierGrantBody,
  deadlinePolicy,
  exceptionType,
  updateTypeBody,
  verifierGrant,
} from "../../domain/counter-exceptions/schema.ts";
import type { App, Deps } from "../http/deps.ts";
import { allow, callerOf } from "../http/request.ts";
import {
  createGrant,
  createType,
  deleteGrant,
  listGrants,
  listTypes,
  loadDeadlines,
  updateDeadlines,
  updateType,
} from "./settings.ts";

const tags = ["counter-exceptions"];
const BASE = "/api/counter-exceptions";

/** Exception types (everyone reading the register needs them) and verifier grants (administrators). */
export function registerCounterExceptionSettingsRoutes(app: App, { db, now }: Deps): void {
  app.get(
    `${BASE}/types`,
    {
      preHandler: allow("counter_exceptions.read"),
      schema: { tags, response: { 200: z.object({ items: z.array(exceptionType) }) } },
    },
    async () => ({ items: await listTypes(db) }),
  );

  app.post(
    `${BASE}/types`,
    {
      preHandler: allow("counter_exceptions.configure"),
      schema: { tags, body: createTypeBody, response: { 201: exceptionType } },
    },
    async (req, reply) => reply.status(201).send(await createType(db, callerOf(req), req.body)),
  );

  app.patch(
    `${BASE}/types/:code`,
    {
      preHandler: allow("counter_exceptions.configure"),
      schema: {
        tags,
        params: z.object({ code: z.string().max(40) }),
        body: updateTypeBody,
        response: { 200: exceptionType },
      },
    },
    async (req) => updateType(db, callerOf(req), req.params.code, req.body, now()),
  );

  app.get(
    `${BASE}/deadlines`,
    {
      preHandler: allow("counter_exceptions.read"),
      schema: {
        tags,
        summary: "Working days for verification and handling",
        response: { 200: deadlinePolicy },
      },
    },
    async () => loadDeadlines(db),
  );

  app.put(
    `${BASE}/deadlines`,
    {
      preHandler: allow("counter_exceptions.configure"),
      schema: { tags, body: deadlinePolicy, response: { 200: deadlinePolicy } },
    },
    async (req) => updateDeadlines(db, callerOf(req), req.body, now()),
  );

  app.get(
    `${BASE}/verifier-grants`,
    {
      preHandler: allow("counter_exceptions.configure"),
      schema: { tags, response: { 200: z.object({ items: z.array(verifierGrant) }) } },
    },
    async (req) => ({ items: await listGrants(db, callerOf(req).scopePath) }),
  );

  app.post(
    `${BASE}/verifier-grants`,
    {
      preHandler: allow("counter_exceptions.configure"),
      schema: {
        tags,
        summary: "Let a role verify at a unit and the outlets below it",
        body: createVerifierGrantBody,
        response: { 201: verifierGrant },
      },
    },
    async (req, reply) => reply.status(201).send(await createGrant(db, callerOf(req), req.body, now())),
  );

  app.delete(
    `${BASE}/verifier-grants/:id`,
    { preHandler: allow("counter_exceptions.configure"), schema: { tags, params: idParams } },
    async (req, reply) => {
      await deleteGrant(db, callerOf(req), req.params.id);
      return reply.status(204).send();
    },
  );
}
