import type { Kysely } from "kysely";
import type { Source } from "../../../domain/opinion/schema.ts";
import type { SourceKind } from "../../../domain/opinion/vocabulary.ts";
import { appendAudit } from "../../audit/append.ts";
import type { Caller } from "../../auth/session-user.ts";
import { issueToken, revokeToken } from "../../common/source-tokens.ts";
import type { Database } from "../../db/schema.ts";
import type { Deps } from "../../http/deps.ts";
import { conflict, notFound } from "../../http/errors.ts";
import { cancelDue, scheduleDue } from "../../scheduler/scheduler.ts";

/** The scheduler kind of a feed's next poll. */
export const POLL_DUE = "opinion.poll_source";
const DEFAULT_INTERVAL_MINUTES = 15;

export function toSource(r: {
  id: number;
  kind: SourceKind;
  name: string;
  url: string | null;
  interval_minutes: number;
  last_polled_at: string | null;
  last_ok_at: string | null;
  last_error: string | null;
  failures: number;
  next_poll_at: string | null;
  revoked_at: string | null;
  created_at: string;
}): Source {
  return {
    id: r.id,
    kind: r.kind,
    name: r.name,
    url: r.url,
    intervalMinutes: r.interval_minutes,
    lastPolledAt: r.last_polled_at,
    lastOkAt: r.last_ok_at,
    lastError: r.last_error,
    failures: r.failures,
    nextPollAt: r.next_poll_at,
    revokedAt: r.revoked_at,
    createdAt: r.created_at,
  };
}

export async function listSources(db: Kysely<Database>) {
  const rows = await db
    .selectFrom("opinion_sources")
    .selectAll()
    .where("kind", "!=", "manual")
    .orderBy("id")
    .execute();
  return rows.map(toSource);
}

/**
 * A feed is polled from now on; an ingest source gets its token, answered this once and kept only as a
 * hash. Audited without the token.
 */
export async function createSource(
  deps: Deps,
  caller: Caller,
  body: { kind: "rss" | "api"; name: string; url?: string; intervalMinutes?: number },
) {
  const now = deps.now();
  const issued = body.kind === "api" ? issueToken() : undefined;
  const id = await deps.db.transaction().execute(async (trx) => {
    const { id } = await trx
      .insertInto("opinion_sources")
      .values({
        kind: body.kind,
        name: body.name,
        url: body.url ?? null,
        token_hash: issued?.hash ?? null,
        interval_minutes: body.intervalMinutes ?? DEFAULT_INTERVAL_MINUTES,
        etag: null,
        last_modified: null,
        last_polled_at: null,
        last_ok_at: null,
        last_error: null,
        failures: 0,
        next_poll_at: body.kind === "rss" ? now.toISOString() : null,
        created_by: caller.user.id,
        created_at: now.toISOString(),
        revoked_at: null,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    if (body.kind === "rss") await scheduleDue(trx, POLL_DUE, id, now.toISOString());
    await appendAudit(trx, caller.actor, {
      action: "opinion.source_create",
      entityType: "opinion_source",
      entityId: id,
      orgUnit: caller.user.orgUnit,
      after: { kind: body.kind, name: body.name, url: body.url ?? null },
    });
    return id;
  });
  return { id, ...(issued && { token: issued.token }) };
}

/** Revoking stops polling a feed and refuses an ingest token from then on. */
export async function revokeSource(deps: Deps, caller: Caller, id: number) {
  const now = deps.now();
  return deps.db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom("opinion_sources")
      .selectAll()
      .where("id", "=", id)
      .where("kind", "!=", "manual")
      .executeTakeFirst();
    if (!row) throw notFound();
    if (row.revoked_at) throw conflict("id", "opinion.source_revoked");
    await revokeToken(trx, "opinion_sources", id, now);
    await trx.updateTable("opinion_sources").set({ next_poll_at: null }).where("id", "=", id).execute();
    await cancelDue(trx, POLL_DUE, id);
    await appendAudit(trx, caller.actor, {
      action: "opinion.source_revoke",
      entityType: "opinion_source",
      entityId: id,
      orgUnit: caller.user.orgUnit,
      before: { revokedAt: null },
      after: { revokedAt: now.toISOString() },
    });
    return toSource({ ...row, revoked_at: now.toISOString(), next_poll_at: null });
  });
}

/** The one source behind mentions entered by hand, made the first time someone enters one. */
export async function manualSource(db: Kysely<Database>, now: Date): Promise<number> {
  const found = await db
    .selectFrom("opinion_sources")
    .select("id")
    .where("kind", "=", "manual")
    .executeTakeFirst();
  if (found) return found.id;
  const { id } = await db
    .insertInto("opinion_sources")
    .values({
      kind: "manual",
      name: "人工录入",
      url: null,
      token_hash: null,
      interval_minutes: 0,
      etag: null,
      last_modified: null,
      last_polled_at: null,
      last_ok_at: null,
      last_error: null,
      failures: 0,
      next_poll_at: null,
      created_by: null,
      created_at: now.toISOString(),
      revoked_at: null,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return id;
}
