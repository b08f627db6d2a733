import type { LiveBus } from "../live/bus.ts";

/** The live-bus topic on which instances tell each other whose cached sessions to drop (no browser's topic). */
export const SESSIONS_TOPIC = "sessions";

interface Entry<Row> {
  row: Row;
  userId: number;
  until: number;
}

/**
 * Signed-in sessions kept in this instance's memory for a few seconds, so that most requests skip the session
 * lookup, their first statement. Ending a session, disabling a user or changing their role, unit or password
 * calls `invalidate`, which drops the user's entries here at once and on every other instance through the
 * live bus (NOTIFY on PostgreSQL). While the bus is not listening (its connection lost), the cache is emptied
 * and bypassed, since an invalidation could pass unheard. A read that an invalidation overtakes is not kept:
 * it may hold what the invalidated change replaced.
 */
export class SessionCache<Row> {
  private readonly entries = new Map<string, Entry<Row>>();
  private generation = 0;
  private readonly ttlMs: number;
  private readonly ceiling: number;
  private readonly bus: LiveBus;

  constructor(opts: { ttlSeconds: number; ceiling: number; bus: LiveBus }) {
    this.ttlMs = opts.ttlSeconds * 1000;
    this.ceiling = opts.ceiling;
    this.bus = opts.bus;
    this.bus.subscribe(SESSIONS_TOPIC, (event) => this.drop(event.id));
    this.bus.onGap(() => this.drop());
  }

  private enabled() {
    return this.ttlMs > 0 && this.ceiling > 0 && this.bus.listening();
  }

  get(id: string): Row | undefined {
    if (!this.enabled()) return undefined;
    const entry = this.entries.get(id);
    if (entry && entry.until > performance.now()) return entry.row;
    if (entry) this.entries.delete(id);
    return undefined;
  }

  /** Taken before reading a session from the database, and handed to `set` with what was read. */
  mark(): number {
    return this.generation;
  }

  set(id: string, userId: number, row: Row, mark: number): void {
    if (!this.enabled() || mark !== this.generation) return;
    // The oldest entry makes room: Map keeps insertion order.
    if (this.entries.size >= this.ceiling) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(id, { row, userId, until: performance.now() + this.ttlMs });
  }

  /** Replaces a kept session's row (its last-seen time moved), leaving its expiry as it was. */
  update(id: string, row: Row): void {
    const entry = this.entries.get(id);
    if (entry) entry.row = row;
  }

  delete(id: string): void {
    this.entries.delete(id);
  }

  /**
   * Drops the sessions of `userId` (of everyone when undefined) here and on every instance. Called after the
   * change has committed, so that no instance reads the old rows again.
   */
  async invalidate(userId?: number): Promise<void> {
    this.drop(userId);
    await this.bus.publish({ topics: [SESSIONS_TOPIC], event: { type: "sessions.invalidate", id: userId } });
  }

  private drop(userId?: number): void {
    this.generation++;
    if (userId === undefined) this.entries.clear();
    else for (const [id, entry] of this.entries) if (entry.userId === userId) this.entries.delete(id);
  }

  get size(): number {
    return this.entries.size;
  }
}
