import type { KyselyPlugin } from "kysely";
import type { Db } from "../src/server/db/database.ts";

/**
 * The same database, counting the statements run through it (transactions' BEGIN and COMMIT aside): what a
 * request costs in round trips, whatever the machine's load.
 */
export function countingStatements(db: Db) {
  let count = 0;
  const plugin: KyselyPlugin = {
    transformQuery: (args) => args.node,
    transformResult: async (args) => {
      count++;
      return args.result;
    },
  };
  return {
    db: db.withPlugin(plugin),
    /** The statements `run` made. */
    async during(run: () => Promise<unknown>): Promise<number> {
      const before = count;
      await run();
      return count - before;
    },
  };
}
