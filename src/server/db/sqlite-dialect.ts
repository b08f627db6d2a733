import {
  CompiledQuery,
  type DatabaseConnection,
  SqliteDialect,
  type SqliteDialectConfig,
  SqliteDriver,
} from "kysely";

/**
 * Kysely's SQLite dialect with every transaction begun IMMEDIATE. A plain (deferred) BEGIN reads first and
 * asks for the write lock at the first write; if another connection to the file holds that lock just then
 * (the checkpoint thread, checkpoints.ts, or a CLI command run beside the server), SQLite answers
 * SQLITE_BUSY at once instead of waiting, because the transaction may have read what that writer changes.
 * BEGIN IMMEDIATE takes the write lock first, where busy_timeout lets it wait.
 */
export class ImmediateSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;

  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }

  override createDriver() {
    return new ImmediateSqliteDriver(this.#config);
  }
}

class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection) {
    await connection.executeQuery(CompiledQuery.raw("begin immediate"));
  }
}
