import type SQLite from "better-sqlite3";

/**
 * Drops the STAT4 samples an ANALYZE leaves in a SQLite database and keeps STAT1. With samples, SQLite (built
 * with SQLITE_ENABLE_STAT4, as better-sqlite3 is) marks a statement that compares an indexed column with a
 * bound parameter for re-preparation each time that parameter is bound, so every execution paid a full
 * prepare (bench/README.md, "SQLite statements prepared anew at every execution"). STAT1 is what our query
 * plans are chosen and tested with.
 */
export function dropStat4Samples(sqlite: SQLite.Database): void {
  const table = sqlite.prepare("SELECT 1 FROM sqlite_schema WHERE name = 'sqlite_stat4'").get();
  if (!table || !sqlite.prepare("SELECT 1 FROM sqlite_stat4 LIMIT 1").get()) return;
  sqlite.exec("DELETE FROM sqlite_stat4");
  // Makes SQLite read its statistics again, so this connection forgets the samples it had loaded.
  sqlite.exec("ANALYZE sqlite_schema");
}
