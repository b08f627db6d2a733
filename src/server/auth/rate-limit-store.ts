import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from "@fastify/rate-limit";
import { sql } from "kysely";
import type { Db } from "../db/database.ts";

type Callback = (error: Error | null, result?: { current: number; ttl: number }) => void;

/** Rows untouched for a day are deleted as new failures come in, so the table stays the size of an attack. */
const KEEP_MS = 24 * 60 * 60_000;

/**
 * A store for @fastify/rate-limit in our own database: every instance on one PostgreSQL sees the same
 * counts, and SQLite works the same way. One fixed window per key, counted with a single upsert so that two
 * instances incrementing at once both count. `now` is the app's clock, so tests can move it.
 */
export function databaseRateLimitStore(db: Db, now: () => Date): FastifyRateLimitStoreCtor {
  class DatabaseStore implements FastifyRateLimitStore {
    incr(key: string, callback: Callback, timeWindow: number): void {
      const at = now().getTime();
      const expired = sql<boolean>`rate_limits.window_start <= ${at - timeWindow}`;
      db.transaction()
        .execute(async (trx) => {
          await trx
            .deleteFrom("rate_limits")
            .where("window_start", "<", at - KEEP_MS)
            .execute();
          return trx
            .insertInto("rate_limits")
            .values({ key, hits: 1, window_start: at })
            .onConflict((oc) =>
              oc.column("key").doUpdateSet({
                hits: sql`case when ${expired} then 1 else rate_limits.hits + 1 end`,
                window_start: sql`case when ${expired} then cast(${at} as bigint) else rate_limits.window_start end`,
              }),
            )
            .returning(["hits", "window_start"])
            .executeTakeFirstOrThrow();
        })
        .then(
          (row) => callback(null, { current: row.hits, ttl: Number(row.window_start) + timeWindow - at }),
          (err) => callback(err),
        );
    }

    read(key: string, callback: Callback, timeWindow: number): void {
      const at = now().getTime();
      db.selectFrom("rate_limits")
        .select(["hits", "window_start"])
        .where("key", "=", key)
        .where("window_start", ">", at - timeWindow)
        .executeTakeFirst()
        .then(
          (row) =>
            callback(
              null,
              row
                ? { current: row.hits, ttl: Number(row.window_start) + timeWindow - at }
                : { current: 0, ttl: 0 },
            ),
          (err) => callback(err),
        );
    }

    child(): FastifyRateLimitStore {
      return this;
    }
  }
  return DatabaseStore;
}
