import type { Transaction } from "kysely";
import { localDateOf } from "../../domain/calendar/dates.ts";
import type { Database } from "./schema.ts";

/** The local calendar day as YYYYMMDD: staff read INC-20261122-0007 as "the 7th of 22 November", their time. */
const localDay = (now: Date, timeZone: string) => localDateOf(now, timeZone).replaceAll("-", "");

/**
 * The next human-readable reference of a kind for today, e.g. `INC-20261122-0007`. Runs inside the caller's
 * transaction; the upsert makes concurrent callers take distinct numbers on both engines.
 */
export async function nextRef(
  trx: Transaction<Database>,
  prefix: string,
  now: Date,
  timeZone: string,
): Promise<string> {
  const day = localDay(now, timeZone);
  const { last } = await trx
    .insertInto("ref_counters")
    .values({ prefix, day, last: 1 })
    .onConflict((oc) =>
      oc.columns(["prefix", "day"]).doUpdateSet((eb) => ({ last: eb("ref_counters.last", "+", 1) })),
    )
    .returning("last")
    .executeTakeFirstOrThrow();
  return `${prefix}-${day}-${String(last).padStart(4, "0")}`;
}
