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
 * For queries of a fixed shape: every bound parameter of the statement must be one of the placeholders,
 * unchanged, and every placeholder bound (in one place or several), which is checked when the query is
 * compiled. On PostgreSQL such a query also runs as a named prepared statement (`preparedName`).
 */
export function compiledOnce<P extends unknown[], R>(build: (db: Db, ...placeholders: P) => Compilable<R>) {
  const byEngine = new Map<"postgres" | "sqlite", { query: CompiledQuery<R>; slots: number[] }>();
  return async (db: Db, ...values: P): Promise<R[]> => {
    const engine = isPostgres(db) ? "postgres" : "sqlite";
    let compiled = byEngine.get(engine);
    if (!compiled) {
      const marks = values.map((_, i) => `\u0000placeholder ${i}`);
      const query = build(db, ...(marks as P)).compile();
      // For each bound parameter, the placeholder whose value it takes.
      const slots = query.parameters.map((p) => marks.indexOf(p as string));
      if (slots.includes(-1)) {
        throw new Error(`compiledOnce: every parameter must be a placeholder, unchanged: ${query.sql}`);
      }
      // A placeholder used only by the building code (a condition, a literal) would be frozen at its first value.
      if (marks.some((_, i) => !slots.includes(i))) {
        throw new Error(`compiledOnce: every placeholder must be bound: ${query.sql}`);
      }
      compiled = { query, slots };
      byEngine.set(engine, compiled);
      if (engine === "postgres" && !names.has(query.sql)) names.set(query.sql, `bulwark_${names.size + 1}`);
    }
    const { query, slots } = compiled;
    const { rows } = await db.executeQuery<R>({ ...query, parameters: slots.map((i) => values[i]) });
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
