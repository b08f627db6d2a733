import type { Kysely } from "kysely";
import { localDateOf } from "../../domain/calendar/dates.ts";
import type { Database } from "./schema.ts";

/** The local calendar day as YYYYMMDD: staff read INC-20261122-0007 as "the 7th of 22 November", their time. */
const localDay = (now: Date, timeZone: string) => localDateOf(now, timeZone).replaceAll("-", "");

/**
 * The next human-readable reference of a kind for today, e.g. `INC-20261122-0007`; the upsert makes
 * concurrent callers take distinct numbers on both engines. Its counter row stays locked until the
 * statement's transaction commits, so inside a record's transaction every creator of that kind in the bank
 * waits for the one before to commit, which caps the bank's creates per second (bench/README.md, "Figures
 * once kept in code comments"). The frequent creates — complaints, incidents, counter exceptions — therefore
 * take their number on `db`, before opening their transaction, and a create refused after that leaves a gap
 * in the day's numbers; rare ones (cases, marketing materials, review cases) count inside their transaction
 * and leave none.
 */
export async function nextRef(
  trx: Kysely<Database>,
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
