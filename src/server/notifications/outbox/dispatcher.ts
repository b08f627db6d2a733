import type { Transaction } from "kysely";
import type { OutboundMessage } from "../../../domain/notifications/message.ts";
import type { ChannelKind } from "../../../domain/notifications/vocabulary.ts";
import type { Db } from "../../db/database.ts";
import { isPostgres } from "../../db/dialect.ts";
import type { Database } from "../../db/schema.ts";
import type { SendInput } from "../channels/adapter.ts";
import { sendThrough } from "../channels/index.ts";
import { deliveryAttempts } from "./metrics.ts";
import { openConfig } from "./secrets.ts";

export interface DispatchOptions {
  /** After this many attempts a delivery is dead and waits for an administrator's retry. */
  maxAttempts: number;
  /** The first retry waits this long, each next one twice as long (capped at an hour). */
  firstRetrySeconds: number;
  /** How long a claimed delivery is left to its sender before another instance may take it over. */
  leaseSeconds: number;
  send: (kind: ChannelKind, config: unknown, input: SendInput) => Promise<void>;
}

export const DEFAULT_DISPATCH: DispatchOptions = {
  maxAttempts: 6,
  firstRetrySeconds: 30,
  leaseSeconds: 120,
  send: sendThrough,
};

/** Deliveries claimed per channel and transaction, and sent at once. */
const BATCH = 20;

interface Claimed {
  id: number;
  attempts: number;
  attemptId: number;
  idempotencyKey: string;
  address: string | null;
  message: OutboundMessage;
}

/** The delay before attempt `attempts + 1`. */
export const backoffSeconds = (first: number, attempts: number) =>
  Math.min(3600, first * 2 ** (attempts - 1));

/**
 * Sends what the outbox holds. A delivery is claimed in a short transaction (status "sending", attempts + 1,
 * an attempt row) and sent after it commits; the claim expires after the lease, so if the process dies while
 * sending, a later tick sends it again under the same idempotency key: a notice may at worst go twice, never
 * be lost. Claims of one channel are serialised by a lock on its row, and a claim takes no more than the
 * channel's requests in the last minute leave of its rate limit; on PostgreSQL `SKIP LOCKED` keeps two
 * instances from claiming the same delivery.
 */
export class OutboxDispatcher {
  private readonly db: Db;
  private readonly onError: (err: unknown) => void;
  private readonly opts: DispatchOptions;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;

  constructor(db: Db, onError: (err: unknown) => void, opts: Partial<DispatchOptions> = {}) {
    this.db = db;
    this.onError = onError;
    this.opts = { ...DEFAULT_DISPATCH, ...opts };
  }

  /** Sends everything due at `now` that the rate limits allow; answers how many were sent and failed. */
  async tick(now: Date): Promise<{ sent: number; failed: number }> {
    const channels = await this.db
      .selectFrom("notify_deliveries")
      .select("channel_id")
      .distinct()
      .where("status", "in", ["pending", "sending"])
      .where("next_attempt_at", "<=", now.toISOString())
      .execute();
    const totals = { sent: 0, failed: 0 };
    await Promise.all(
      channels.map(async ({ channel_id }) => {
        for (;;) {
          const batch = await this.claim(channel_id, now);
          if (!batch) return;
          const outcomes = await Promise.all(
            batch.items.map((item) => this.sendOne(batch.kind, batch.config, item, now)),
          );
          for (const ok of outcomes) totals[ok ? "sent" : "failed"]++;
          if (batch.items.length < BATCH) return;
        }
      }),
    );
    return totals;
  }

  private async claim(
    channelId: number,
    now: Date,
  ): Promise<{ kind: ChannelKind; config: unknown; items: Claimed[] } | null> {
    const nowIso = now.toISOString();
    return this.db.transaction().execute(async (trx) => {
      let channelQuery = trx.selectFrom("notify_channels").selectAll().where("id", "=", channelId);
      if (isPostgres(trx)) channelQuery = channelQuery.forUpdate();
      const channel = await channelQuery.executeTakeFirst();
      if (!channel) return null;
      if (channel.disabled_at) {
        await this.bury(trx, channelId, nowIso);
        return null;
      }
      const { n } = await trx
        .selectFrom("notify_attempts")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .where("channel_id", "=", channelId)
        .where("at", ">", new Date(now.getTime() - 60_000).toISOString())
        .executeTakeFirstOrThrow();
      const budget = Math.min(BATCH, channel.rate_per_minute - Number(n));
      if (budget <= 0) return null;
      let due = trx
        .selectFrom("notify_deliveries")
        .select(["id", "attempts", "idempotency_key", "address", "message_json"])
        .where("channel_id", "=", channelId)
        .where("status", "in", ["pending", "sending"])
        .where("next_attempt_at", "<=", nowIso)
        .orderBy("next_attempt_at")
        .orderBy("id")
        .limit(budget);
      if (isPostgres(trx)) due = due.forUpdate().skipLocked();
      const rows = await due.execute();
      if (rows.length === 0) return null;
      const leaseEnd = new Date(now.getTime() + this.opts.leaseSeconds * 1000).toISOString();
      await trx
        .updateTable("notify_deliveries")
        .set((eb) => ({ status: "sending", attempts: eb("attempts", "+", 1), next_attempt_at: leaseEnd }))
        .where(
          "id",
          "in",
          rows.map((r) => r.id),
        )
        .execute();
      const attempts = await trx
        .insertInto("notify_attempts")
        .values(
          rows.map((r) => ({
            delivery_id: r.id,
            channel_id: channelId,
            at: nowIso,
            outcome: null,
            error: null,
          })),
        )
        .returning(["id", "delivery_id"])
        .execute();
      const attemptOf = new Map(attempts.map((a) => [a.delivery_id, a.id]));
      return {
        kind: channel.kind as ChannelKind,
        config: openConfig(channel.config_sealed),
        items: rows.map((r) => ({
          id: r.id,
          attempts: r.attempts + 1,
          attemptId: attemptOf.get(r.id) as number,
          idempotencyKey: r.idempotency_key,
          address: r.address,
          message: JSON.parse(r.message_json),
        })),
      };
    });
  }

  /** A disabled channel sends nothing more: what waits for it is dead, for an administrator to see. */
  private async bury(trx: Transaction<Database>, channelId: number, nowIso: string) {
    await trx
      .updateTable("notify_deliveries")
      .set({ status: "dead", last_error: "channel disabled" })
      .where("channel_id", "=", channelId)
      .where("status", "in", ["pending", "sending"])
      .where("next_attempt_at", "<=", nowIso)
      .execute();
  }

  private async sendOne(kind: ChannelKind, config: unknown, item: Claimed, now: Date): Promise<boolean> {
    let error: string | null = null;
    try {
      await this.opts.send(kind, config, {
        message: item.message,
        address: item.address,
        idempotencyKey: item.idempotencyKey,
      });
    } catch (err) {
      error = (err as Error).message.slice(0, 500) || "failed";
    }
    const dead = error !== null && item.attempts >= this.opts.maxAttempts;
    deliveryAttempts.inc({ channel: kind, outcome: error === null ? "sent" : dead ? "dead" : "failed" });
    const retryAt = new Date(
      now.getTime() + backoffSeconds(this.opts.firstRetrySeconds, item.attempts) * 1000,
    );
    try {
      await this.db.transaction().execute(async (trx) => {
        await trx
          .updateTable("notify_attempts")
          .set({ outcome: error === null ? "sent" : "failed", error })
          .where("id", "=", item.attemptId)
          .execute();
        // Only while the claim is still ours: after a lease ran out another sender owns the row.
        await trx
          .updateTable("notify_deliveries")
          .set(
            error === null
              ? { status: "sent", sent_at: now.toISOString(), last_error: null }
              : {
                  status: dead ? "dead" : "pending",
                  last_error: error,
                  next_attempt_at: retryAt.toISOString(),
                },
          )
          .where("id", "=", item.id)
          .where("status", "=", "sending")
          .where("attempts", "=", item.attempts)
          .execute();
      });
    } catch (err) {
      // Unrecorded, the claim runs out and the delivery goes again under the same key.
      this.onError(err);
    }
    return error === null;
  }

  start(intervalMs: number, now: () => Date): void {
    this.timer = setInterval(() => {
      if (this.running) return;
      this.running = this.tick(now())
        .catch(this.onError)
        .finally(() => {
          this.running = undefined;
        });
    }, intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }
}
