import { type SqlBool, sql } from "kysely";

/**
 * `column LIKE prefix%`, with the `%` appended in SQL rather than bound with the prefix. SQLite re-prepares a
 * statement at every execution whose LIKE pattern is a bound parameter (it would use the pattern's prefix to
 * choose an index), and the org scope of nearly every query is such a pattern: each lookup paid a full
 * prepare (bench/README.md, "SQLite statements prepared anew at every execution"). Both engines read `? ||
 * '%'` as the pattern. The prefix must not hold `%` or `_`: materialised paths and category codes never do.
 */
export const startsWith = (column: string, prefix: string) =>
  sql<SqlBool>`${sql.ref(column)} LIKE (${prefix} || '%')`;
