import type { Db } from "../db/database.ts";
import type { Database } from "../db/schema.ts";

/** A small seeded generator (mulberry32): the same arguments seed the same data on every machine. */
export function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)],
    chance: (p: number) => next() < p,
  };
}
export type Rng = ReturnType<typeof rng>;

export const DAY_MS = 86_400_000;
export const iso = (ms: number) => new Date(ms).toISOString();

/** YYYYMMDD of the local day in Asia/Shanghai (UTC+8, no daylight saving), as refs.ts numbers them. */
export const localDay = (ms: number) =>
  iso(ms + 8 * 3600_000)
    .slice(0, 10)
    .replaceAll("-", "");

/** Per-prefix, per-day counters, so refs are unique and ref_counters can be left where the seed stopped. */
export class RefCounter {
  readonly last = new Map<string, number>();
  private readonly prefix: string;
  constructor(prefix: string) {
    this.prefix = prefix;
  }
  next(ms: number): string {
    const day = localDay(ms);
    const n = (this.last.get(day) ?? 0) + 1;
    this.last.set(day, n);
    return `${this.prefix}-${day}-${String(n).padStart(4, "0")}`;
  }
  rows() {
    return [...this.last].map(([day, last]) => ({ prefix: this.prefix, day, last }));
  }
}

type TableName = keyof Database & string;
const PARAMS_PER_STATEMENT = 16_000;
const ROWS_PER_TRANSACTION = 20_000;

/**
 * Buffers rows of several tables and writes them in multi-row INSERTs of some 16,000 values each, about
 * 20,000 rows a transaction, parents before children (tables in the order first seen), so
 * foreign keys hold at every commit. One round trip per batch and one commit per transaction keep a
 * million rows to a minute or so on either engine.
 */
export class Bulk {
  private readonly buffers = new Map<TableName, Record<string, unknown>[]>();
  private buffered = 0;
  /** The database written to, for the seeders that read what migrations put there. */
  readonly db: Db;
  private readonly onCommit: (rowsByTable: Map<TableName, number>) => void;
  constructor(db: Db, onCommit: (rowsByTable: Map<TableName, number>) => void = () => {}) {
    this.db = db;
    this.onCommit = onCommit;
  }
  add(table: TableName, row: Record<string, unknown>): void {
    const buf = this.buffers.get(table);
    if (buf) buf.push(row);
    else this.buffers.set(table, [row]);
    this.buffered++;
  }
  /** Writes what is buffered once a transaction's worth has gathered; call it between whole records. */
  async maybeFlush() {
    if (this.buffered >= ROWS_PER_TRANSACTION) await this.flush();
  }
  async flush() {
    if (!this.buffered) return;
    const counts = new Map<TableName, number>();
    await this.db.transaction().execute(async (trx) => {
      for (const [table, rows] of this.buffers) {
        counts.set(table, rows.length);
        // Rows per statement from the column count: under SQLite's 32,766 and PostgreSQL's 65,535 parameters.
        const per = Math.max(1, Math.floor(PARAMS_PER_STATEMENT / Object.keys(rows[0] ?? { x: 1 }).length));
        for (let i = 0; i < rows.length; i += per) {
          await trx
            .insertInto(table)
            .values(rows.slice(i, i + per) as never)
            .execute();
        }
      }
    });
    for (const table of this.buffers.keys()) this.buffers.set(table, []);
    this.buffered = 0;
    this.onCommit(counts);
  }
}
