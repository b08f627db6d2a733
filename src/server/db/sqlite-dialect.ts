import {
  CompiledQuery,
  type DatabaseConnection,
  type LimitNode,
  SqliteDialect,
  type SqliteDialectConfig,
  SqliteDriver,
  SqliteQueryCompiler,
  ValueNode,
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

  override createQueryCompiler() {
    return new LiteralLimitCompiler();
  }
}

class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection) {
    await connection.executeQuery(CompiledQuery.raw("begin immediate"));
  }
}

/**
 * Writes a LIMIT's number into the statement instead of binding it. SQLite's planner reads a bound LIMIT's
 * value, and binding a value the plan was made with marks the statement for preparing again: every list,
 * board and page was prepared anew at each execution. The outlet's board query ran in 104 µs with its limit
 * bound and in 11 µs with it written in (bench/README.md). A page size is one of a few numbers, so the
 * statement cache still holds them all.
 */
class LiteralLimitCompiler extends SqliteQueryCompiler {
  protected override visitLimit(node: LimitNode): void {
    const limit = node.limit;
    if (ValueNode.is(limit) && Number.isSafeInteger(limit.value)) {
      this.append(`limit ${limit.value}`);
      return;
    }
    super.visitLimit(node);
  }
}
