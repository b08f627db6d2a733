import type { SqliteDatabase, SqliteStatement } from "kysely";

/**
 * better-sqlite3 with its prepared statements kept, for Kysely's SQLite dialect, which calls `prepare` for
 * every query it runs. Preparing was a large share of the server's CPU under load (bench/README.md, "What
 * changed since the first figures"), and each discarded statement held native memory until the garbage
 * collector happened to finalise it. The server sends a few hundred distinct statements, so the cache keeps
 * the most recently used `capacity` of them.
 */
export class CachedStatements implements SqliteDatabase {
  private readonly statements = new Map<string, SqliteStatement>();
  private readonly db: SqliteDatabase;
  private readonly capacity: number;

  constructor(db: SqliteDatabase, capacity = 500) {
    this.db = db;
    this.capacity = capacity;
  }

  prepare(sql: string): SqliteStatement {
    const cached = this.statements.get(sql);
    if (cached) {
      // Re-inserted so that the Map's order is least recently used first.
      this.statements.delete(sql);
      this.statements.set(sql, cached);
      return cached;
    }
    const stmt = withFreshIterate(this.db.prepare(sql), () => this.db.prepare(sql));
    this.statements.set(sql, stmt);
    if (this.statements.size > this.capacity) {
      this.statements.delete(this.statements.keys().next().value as string);
    }
    return stmt;
  }

  close(): void {
    this.statements.clear();
    this.db.close();
  }
}

/**
 * A statement being iterated is busy until its iterator ends, so a stream gets a statement of its own
 * instead of the shared one, which other queries may need meanwhile.
 */
function withFreshIterate(stmt: SqliteStatement, fresh: () => SqliteStatement): SqliteStatement {
  return {
    reader: stmt.reader,
    all: (parameters) => stmt.all(parameters),
    run: (parameters) => stmt.run(parameters),
    iterate: (parameters) => fresh().iterate(parameters),
  };
}
