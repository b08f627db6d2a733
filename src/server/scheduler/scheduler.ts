import { sql, type Transaction } from "kysely";
import type { Db } from "../db/database.ts";
import { isPostgres } from "../db/dialect.ts";
import type { Database } from "../db/schema.ts";

export interface DueItem {
  id: number;
  kind: string;
  subjectId: number;
  dueAt: string;
}

/**
 * Runs inside the transaction that marks the item fired: its writes and the firing commit together. It may
 * answer a function to run once that transaction has committed (to tell open browsers, say).
 */
export type DueHandler = (
  trx: Transaction<Database>,
  item: DueItem,
  now: Date,
) => Promise<void | (() => Promise<void>)>;

/** Puts a deadline on the schedule, to fire once at dueAt. */
export async function scheduleDue(
  trx: Transaction<Database>,
  kind: string,
  subjectId: number,
  dueAt: string,
) {
  await trx
    .insertInto("due_items")
    .values({ kind, subject_id: subjectId, due_at: dueAt, attempts: 0 })
    .execute();
}

/** Takes a pending deadline off the schedule (the thing it watched for has happened). */
export async function cancelDue(trx: Transaction<Database>, kind: string, subjectId: number) {
  await trx.deleteFrom("due_items").where("kind", "=", kind).where("subject_id", "=", subjectId).execute();
}

/**
 * Puts `items` on a subject's schedule in place of its pending deadlines of `kinds`, in two statements
 * whatever their number: a complaint's clock replaces three deadlines on every change, and each statement is
 * a round trip on PostgreSQL.
 */
export async function replaceDue(
  trx: Transaction<Database>,
  subjectId: number,
  kinds: readonly string[],
  items: readonly { kind: string; dueAt: string }[],
) {
  await trx.deleteFrom("due_items").where("kind", "in", kinds).where("subject_id", "=", subjectId).execute();
  await addDue(trx, subjectId, items);
}

/** Puts `items` on the schedule of a subject that has none pending (a record just inserted), in one statement. */
export async function addDue(
  trx: Transaction<Database>,
  subjectId: number,
  items: readonly { kind: string; dueAt: string }[],
) {
  if (items.length === 0) return;
  await trx
    .insertInto("due_items")
    .values(items.map((i) => ({ kind: i.kind, subject_id: subjectId, due_at: i.dueAt, attempts: 0 })))
    .execute();
}

const RETRY_MINUTES = 1;
/** Batches fired at once on PostgreSQL; the pool has 10 connections, so requests keep most of them. */
const PARALLEL_BATCHES = 4;
const BATCH_ITEMS = 5;

/**
 * Fires due deadlines. Each tick reads only pending rows whose time has come, through an index on due_at,
 * so its cost does not grow with the history of closed records. An item fires in the transaction that
 * deletes its row; on PostgreSQL `FOR UPDATE SKIP LOCKED` lets several app instances tick at once
 * without firing an item twice. Items are rows, so a restart loses none.
 */
export class Scheduler {
  private readonly handlers = new Map<string, DueHandler>();
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;
  private readonly db: Db;
  private readonly onError: (err: unknown, item: DueItem) => void;

  constructor(db: Db, onError: (err: unknown, item: DueItem) => void) {
    this.db = db;
    this.onError = onError;
  }

  handle(kind: string, handler: DueHandler): void {
    this.handlers.set(kind, handler);
  }

  /**
   * Fires everything due at `now`; answers how many items fired. A transaction claims up to `BATCH_ITEMS`
   * items and fires each under a savepoint of its own, so the begin, claim and commit round trips are paid
   * once per batch. On PostgreSQL several batches fire at once, each on its own connection (SKIP LOCKED hands
   * each worker different items): an item is some seven round trips, so items fired one after another spend
   * most of their time waiting (bench/README.md, "Where the budgets are missed, and why", "Scheduler tick").
   * SQLite has one connection, so its batches fire one after another either way.
   */
  async tick(now: Date): Promise<number> {
    const worker = async () => {
      let fired = 0;
      for (;;) {
        const batch = await this.fireBatch(now);
        if (batch.claimed === 0) return fired;
        fired += batch.fired;
      }
    };
    const workers = isPostgres(this.db) ? PARALLEL_BATCHES : 1;
    const counts = await Promise.all(Array.from({ length: workers }, worker));
    return counts.reduce((a, b) => a + b, 0);
  }

  private async fireBatch(now: Date): Promise<{ claimed: number; fired: number }> {
    const { claimed, fired } = await this.db.transaction().execute(async (trx) => {
      // Claimed and taken off the schedule in one statement.
      let next = trx
        .selectFrom("due_items")
        .select("id")
        .where("due_at", "<=", now.toISOString())
        .orderBy("due_at")
        .limit(BATCH_ITEMS);
      if (isPostgres(trx)) next = next.forUpdate().skipLocked();
      const rows = await trx.deleteFrom("due_items").where("id", "in", next).returningAll().execute();
      rows.sort((a, b) => Date.parse(a.due_at) - Date.parse(b.due_at) || a.id - b.id);
      const fired: { item: DueItem; afterCommit: void | (() => Promise<void>) }[] = [];
      for (const row of rows) {
        const item: DueItem = { id: row.id, kind: row.kind, subjectId: row.subject_id, dueAt: row.due_at };
        await sql`SAVEPOINT due_item`.execute(trx);
        try {
          const handler = this.handlers.get(row.kind);
          if (!handler) throw new Error(`no handler for due item kind ${row.kind}`);
          fired.push({ item, afterCommit: await handler(trx, item, now) });
          await sql`RELEASE SAVEPOINT due_item`.execute(trx);
        } catch (err) {
          // The handler's writes are undone and the item goes back a minute later, in the transaction that
          // claimed it: rolled back whole, it was due again for a moment, and another worker could fire it.
          await sql`ROLLBACK TO SAVEPOINT due_item`.execute(trx);
          this.onError(err, item);
          const retryAt = new Date(now.getTime() + RETRY_MINUTES * 60_000).toISOString();
          await trx
            .insertInto("due_items")
            .values({ ...row, due_at: retryAt, attempts: row.attempts + 1 })
            .execute();
        }
      }
      return { claimed: rows.length, fired };
    });
    await Promise.all(
      fired.map(({ item, afterCommit }) => afterCommit?.().catch((err) => this.onError(err, item))),
    );
    return { claimed, fired: fired.length };
  }

  start(intervalMs: number, now: () => Date): void {
    this.timer = setInterval(() => {
      if (this.running) return;
      this.running = this.tick(now()).finally(() => {
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
