import type { Compilable, CompiledQuery } from "kysely";
import type { Db } from "./database.ts";

/**
 * A query that Kysely builds and compiles once per database, then runs with new values bound in place of
 * its placeholders. Building and compiling the session lookup took 64 µs, five times what SQLite took to run
 * it, and every request pays it (bench/README.md). For queries of a fixed shape: each placeholder must reach
 * the statement as one bound parameter of its own, which is checked when the query is compiled.
 */
export function compiledOnce<P extends unknown[], R>(build: (db: Db, ...placeholders: P) => Compilable<R>) {
  const compiled = new WeakMap<Db, CompiledQuery<R>>();
  return async (db: Db, ...values: P): Promise<R[]> => {
    let query = compiled.get(db);
    if (!query) {
      const marks = values.map((_, i) => `\u0000placeholder ${i}`);
      query = build(db, ...(marks as P)).compile();
      const params = query.parameters;
      if (params.length !== marks.length || params.some((p, i) => p !== marks[i])) {
        throw new Error(`compiledOnce: each placeholder must be bound once, in order: ${query.sql}`);
      }
      compiled.set(db, query);
    }
    const { rows } = await db.executeQuery<R>({ ...query, parameters: values });
    return rows;
  };
}
