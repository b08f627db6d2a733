import type { Compilable, CompiledQuery } from "kysely";
import type { Db } from "./database.ts";
import { isPostgres } from "./dialect.ts";

/**
 * A query that Kysely builds and compiles once per engine, then runs with new values bound in place of its
 * placeholders, on a database or inside one of its transactions. Building and compiling a lookup costs
 * several times what SQLite takes to run it, and every request pays it (bench/README.md, "What changed since
 * the first figures"). Kysely compiles a query alike for every database of one dialect, since `openDatabase`
 * adds no plugins; a transaction, a new object each time, therefore shares its database's compiled query.
 *
 * For queries of a fixed shape: each placeholder must reach the statement as one bound parameter of its
 * own, which is checked when the query is compiled. On PostgreSQL such a query also runs as a named prepared
 * statement (`preparedName`).
 */
export function compiledOnce<P extends unknown[], R>(build: (db: Db, ...placeholders: P) => Compilable<R>) {
  const byEngine = new Map<"postgres" | "sqlite", CompiledQuery<R>>();
  return async (db: Db, ...values: P): Promise<R[]> => {
    const engine = isPostgres(db) ? "postgres" : "sqlite";
    let query = byEngine.get(engine);
    if (!query) {
      const marks = values.map((_, i) => `\u0000placeholder ${i}`);
      query = build(db, ...(marks as P)).compile();
      const params = query.parameters;
      if (params.length !== marks.length || params.some((p, i) => p !== marks[i])) {
        throw new Error(`compiledOnce: each placeholder must be bound once, in order: ${query.sql}`);
      }
      byEngine.set(engine, query);
      if (engine === "postgres" && !names.has(query.sql)) names.set(query.sql, `bulwark_${names.size + 1}`);
    }
    const { rows } = await db.executeQuery<R>({ ...query, parameters: values });
    return rows;
  };
}

const names = new Map<string, string>();

/**
 * The statement name under which PostgreSQL connections run a compiled-once query (database.ts), so that each
 * connection parses and plans it once instead of at every execution (bench/README.md, "PostgreSQL parsed and
 * planned every statement at every execution"). Only these: a named statement may be given a generic plan,
 * which suits a lookup or write by key but could be a poor one for a scoped list.
 */
export function preparedName(sql: string): string | undefined {
  return names.get(sql);
}
