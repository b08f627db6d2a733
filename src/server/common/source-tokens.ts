import { createHash, randomBytes } from "node:crypto";
import type { Transaction } from "kysely";
import type { AuditAction, EntityType } from "../../domain/audit/actions.ts";
import type { MessageKey } from "../../domain/common/messages.ts";
import { appendAudit } from "../audit/append.ts";
import type { Db } from "../db/database.ts";
import type { Database } from "../db/schema.ts";
import { bearerToken } from "../http/bearer.ts";
import { AppError } from "../http/errors.ts";

/**
 * Per-source API tokens of the systems that push to us without a session (the queue-ticket system, a
 * monitoring service, the bank's crawler): one token per source, made by an administrator and shown once,
 * kept as its SHA-256 so that a stolen database hands out no working token, refused once revoked.
 */
export type TokenTable = "warning_sources" | "opinion_sources";

export const tokenHash = (token: string) => createHash("sha256").update(token).digest("hex");

/** A new token (256 random bits) and the hash to store in its place. */
export function issueToken() {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: tokenHash(token) };
}

/** Revokes a live source's token from the next request on; false when there is none to revoke. */
export async function revokeToken(trx: Transaction<Database>, table: TokenTable, id: number, now: Date) {
  const done = await trx
    .updateTable(table)
    .set({ revoked_at: now.toISOString() })
    .where("id", "=", id)
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  return done.numUpdatedRows > 0n;
}

/** How a feature words a refused push: its 401 code and the audit entry that records the attempt. */
export interface Refusal {
  code: MessageKey;
  action: AuditAction;
  entityType: EntityType;
  /** What the request was about (a URL, an outlet code), never the token. */
  about: Record<string, unknown>;
}

/**
 * The live source of `table` that a request's `Authorization: Bearer` token names. A missing, wrong or
 * revoked token is audited (where the call came from, whether a token was sent) and refused with a 401.
 */
export async function authenticateSource(
  db: Db,
  table: TokenTable,
  req: { headers: { authorization?: string }; ip: string },
  refusal: Refusal,
): Promise<number> {
  const token = bearerToken(req.headers.authorization);
  const row = token
    ? await db
        .selectFrom(table)
        .select("id")
        .where("token_hash", "=", tokenHash(token))
        .where("revoked_at", "is", null)
        .executeTakeFirst()
    : undefined;
  if (row) return row.id;
  await db.transaction().execute((trx) =>
    appendAudit(
      trx,
      { id: null, username: null, ip: req.ip },
      {
        action: refusal.action,
        entityType: refusal.entityType,
        after: { ...refusal.about, token: token ? "wrong_or_revoked" : "missing" },
      },
    ),
  );
  throw new AppError(401, refusal.code);
}
