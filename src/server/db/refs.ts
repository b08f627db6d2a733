import { randomUUID } from "node:crypto";
import { type Kysely, sql, type Transaction } from "kysely";
import { localDateOf } from "../../domain/calendar/dates.ts";
import { compiledOnce } from "./compiled-once.ts";
import { isPostgres } from "./dialect.ts";
import type { Database } from "./schema.ts";

/** The local calendar day as YYYYMMDD: staff read INC-20261122-0007 as "the 7th of 22 November", their time. */
const localDay = (now: Date, timeZone: string) => localDateOf(now, timeZone).replaceAll("-", "");

/**
 * The next human-readable reference of a kind for today, e.g. `INC-20261122-0007`; the upsert makes concurrent
 * callers take distinct numbers on both engines. Called inside the transaction that writes the record, so a
 * refused or failed create rolls its number back with it and the day's numbers have no gap (an examiner reads
 * a gap as a deleted record). The counter row stays locked until that transaction commits and every creator
 * of the kind in the bank waits for it: the frequent creates take their number with `assignRef`, last.
 */
export async function nextRef(
  trx: Kysely<Database>,
  prefix: string,
  now: Date,
  timeZone: string,
): Promise<string> {
  const day = localDay(now, timeZone);
  const [{ last }] = await takeNumber(trx, prefix, day);
  return `${prefix}-${day}-${String(last).padStart(4, "0")}`;
}

// Built once, and on PostgreSQL a named statement: it runs while the day's counter row is locked, where
// planning it again at every call would lengthen every other creator's wait.
const takeNumberQuery = (db: Kysely<Database>, prefix: string, day: string) =>
  db
    .insertInto("ref_counters")
    .values({ prefix, day, last: sql.lit(1) })
    .onConflict((oc) =>
      oc.columns(["prefix", "day"]).doUpdateSet((eb) => ({ last: eb("ref_counters.last", "+", sql.lit(1)) })),
    )
    .returning("last");
const takeNumber = compiledOnce(takeNumberQuery);

type Numbered = "complaints" | "incidents" | "counter_exceptions";

// Per numbered table: setting a number taken apart (SQLite), and on PostgreSQL taking the number and setting
// it in one statement (a data-modifying WITH, which SQLite lacks): one round trip less while the day's
// counter row is locked. The number is padded as `nextRef` pads it: to four digits, longer when it has more.
const numberWriters = (table: Numbered) => ({
  setRef: compiledOnce((db, ref: string, id: number) =>
    db.updateTable(table).set({ ref }).where("id", "=", id),
  ),
  takeAndSet: compiledOnce((db, prefix: string, day: string, id: number) =>
    db
      .with("taken", () => takeNumberQuery(db, prefix, day))
      .updateTable(table)
      .from("taken")
      .set({
        ref: sql<string>`${prefix} || '-' || ${day} || '-' ||
          lpad(taken.last::text, greatest(4, length(taken.last::text)), '0')`,
      })
      .where(`${table}.id`, "=", id)
      .returning(`${table}.ref`),
  ),
});
const writers = {
  complaints: numberWriters("complaints"),
  incidents: numberWriters("incidents"),
  counter_exceptions: numberWriters("counter_exceptions"),
};

/** A unique stand-in for the reference of a row inserted before its number is taken (see `assignRef`). */
export const provisionalRef = (): string => `~${randomUUID()}`;

/**
 * Takes the number for a record just inserted under a `provisionalRef` and sets it on the row. Complaints,
 * incidents and counter exceptions call this last, after every check, insert and their audit entry (which
 * names the record by id), so the counter row is locked only for this update, what quotes the number (the
 * notices, a link's entry) and the commit.
 */
export async function assignRef(
  trx: Transaction<Database>,
  table: Numbered,
  id: number,
  prefix: string,
  now: Date,
  timeZone: string,
): Promise<string> {
  if (isPostgres(trx)) {
    const [{ ref }] = await writers[table].takeAndSet(trx, prefix, localDay(now, timeZone), id);
    return ref;
  }
  const ref = await nextRef(trx, prefix, now, timeZone);
  await writers[table].setRef(trx, ref, id);
  return ref;
}
