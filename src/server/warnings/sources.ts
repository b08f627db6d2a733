import { sql } from "kysely";
import type { z } from "zod";
import type { signalBody } from "../../domain/warnings/schema.ts";
import { appendAudit } from "../audit/append.ts";
import type { Caller } from "../auth/session-user.ts";
import { authenticateSource, issueToken, revokeToken } from "../common/source-tokens.ts";
import type { Db } from "../db/database.ts";
import { invalid, notFound } from "../http/errors.ts";

const presentSource = (r: { id: number; name: string; created_at: string; revoked_at: string | null }) => ({
  id: r.id,
  name: r.name,
  createdAt: r.created_at,
  revokedAt: r.revoked_at,
});

export async function listSources(db: Db) {
  const rows = await db.selectFrom("warning_sources").selectAll().orderBy("id").execute();
  return rows.map(presentSource);
}

/** A new source and its token, shown this once: only its hash is kept. */
export async function createSource(db: Db, caller: Caller, name: string, now: Date) {
  const { token, hash } = issueToken();
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto("warning_sources")
      .values({ name, token_hash: hash, created_by: caller.user.id, created_at: now.toISOString() })
      .returningAll()
      .executeTakeFirstOrThrow();
    await appendAudit(trx, caller.actor, {
      action: "warnings.source_create",
      entityType: "warning_source",
      entityId: row.id,
      orgUnit: caller.user.orgUnit,
      after: { name },
    });
    return { ...presentSource(row), token };
  });
}

/** Revoked, its token is refused from the next request on; the figures it pushed stay. */
export async function revokeSource(db: Db, caller: Caller, id: number, now: Date) {
  return db.transaction().execute(async (trx) => {
    if (!(await revokeToken(trx, "warning_sources", id, now))) throw notFound();
    const row = await trx
      .selectFrom("warning_sources")
      .selectAll()
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    await appendAudit(trx, caller.actor, {
      action: "warnings.source_revoke",
      entityType: "warning_source",
      entityId: id,
      orgUnit: caller.user.orgUnit,
      after: { name: row.name },
    });
    return presentSource(row);
  });
}

/** The source a bearer token names, or the 401 (audited) for a token that is missing, wrong or revoked. */
export function sourceOf(
  db: Db,
  req: { headers: { authorization?: string }; ip: string },
  body: z.infer<typeof signalBody>,
) {
  return authenticateSource(db, "warning_sources", req, {
    code: "warnings.bad_token",
    action: "warnings.signal_refused",
    entityType: "warning_source",
    about: { outletCode: body.outletCode, kind: body.kind },
  });
}

/** Stores a pushed figure at the outlet its code names; the next evaluation reads it. */
export async function ingestSignal(db: Db, sourceId: number, body: z.infer<typeof signalBody>, now: Date) {
  const unit = await db
    .selectFrom("org_units")
    .select("id")
    .where("code", "=", body.outletCode)
    .where("kind", "=", sql.lit("outlet"))
    .executeTakeFirst();
  if (!unit) throw invalid("outletCode", "warnings.unknown_unit", { code: body.outletCode });
  const { id } = await db
    .insertInto("warning_signals")
    .values({
      source_id: sourceId,
      org_unit_id: unit.id,
      kind: body.kind,
      value: body.value,
      at: new Date(body.at).toISOString(),
      received_at: now.toISOString(),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return { id };
}
