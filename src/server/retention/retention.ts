import { createHmac, randomBytes } from "node:crypto";
import type { Kysely, Transaction } from "kysely";
import type { EntityType } from "../../domain/audit/actions.ts";
import { appendAudit, SYSTEM_ACTOR } from "../audit/append.ts";
import { applyFigures, figureSource } from "../complaints/figures/rollup.ts";
import type { Db } from "../db/database.ts";
import type { Database } from "../db/schema.ts";
import { type Scheduler, scheduleDue } from "../scheduler/scheduler.ts";

/** The scheduler's kind for the daily sweep; one pending item at a time, subject 0. */
export const RETENTION_SWEEP = "retention.sweep";

/** Records handled per transaction; a sweep with more left comes back a minute later. */
const BATCH = 100;

/** The repeat key of a complaint whose personal data the retention sweep removed. */
export const ERASED_KEY = "erased:";

export interface RetentionPolicy {
  /** Personal data is kept this many years after a record was closed (COMPLAINT_RULES.md §2: at least 3). */
  years: number;
  timeZone: string;
}

/** The moment before which a closed record's personal data goes. */
export function retentionCutoff(now: Date, years: number): string {
  const cutoff = new Date(now);
  cutoff.setUTCFullYear(cutoff.getUTCFullYear() - years);
  return cutoff.toISOString();
}

function dueComplaints(db: Kysely<Database>, cutoff: string) {
  return db
    .selectFrom("complaints")
    .innerJoin("org_units", "org_units.id", "complaints.org_unit_id")
    .select(["complaints.id", "complaints.ref", "complaints.ended_at", "org_units.path as org_path"])
    .select(["complaints.org_unit_id", "complaints.complainant_key"])
    .where("complaints.ended_at", "is not", null)
    .where("complaints.ended_at", "<", cutoff)
    .where("complaints.complainant_key", "not like", `${ERASED_KEY}%`)
    .orderBy("complaints.id");
}

/** Closed (or rejected at verification) counter exceptions still holding customer data. */
function dueExceptions(db: Kysely<Database>, cutoff: string) {
  return db
    .selectFrom("counter_exceptions")
    .innerJoin("org_units", "org_units.id", "counter_exceptions.org_unit_id")
    .select(["counter_exceptions.id", "counter_exceptions.ref", "org_units.path as org_path"])
    .select(["counter_exceptions.org_unit_id"])
    .where((eb) =>
      eb.or([
        eb.and([eb("status", "=", "closed"), eb("closed_at", "<", cutoff)]),
        eb.and([eb("status", "=", "rejected"), eb("verified_at", "<", cutoff)]),
      ]),
    )
    .where((eb) =>
      eb.or([
        eb("customer_name", "is not", null),
        eb("customer_phone", "is not", null),
        eb("customer_id_number", "is not", null),
        eb("customer_account_no", "is not", null),
      ]),
    )
    .orderBy("counter_exceptions.id");
}

export interface RetentionPlan {
  cutoff: string;
  complaints: string[];
  counterExceptions: string[];
}

/** What a sweep at `now` would erase, without changing anything: the dry run. */
export async function planRetention(db: Db, now: Date, policy: RetentionPolicy): Promise<RetentionPlan> {
  const cutoff = retentionCutoff(now, policy.years);
  const [complaints, exceptions] = await Promise.all([
    dueComplaints(db, cutoff).execute(),
    dueExceptions(db, cutoff).execute(),
  ]);
  return {
    cutoff,
    complaints: complaints.map((c) => c.ref),
    counterExceptions: exceptions.map((e) => e.ref),
  };
}

/**
 * The stand-in for a complainant's repeat key once their data is gone: keyed with a secret of this database,
 * so the same person's erased complaints still count as one complainant and the statistics do not move,
 * while the key no longer reads as an ID number or a name and phone.
 */
async function pseudonymizer(trx: Transaction<Database>) {
  await trx
    .insertInto("settings")
    .values({
      key: "retention.pseudonym",
      value_json: JSON.stringify({ secret: randomBytes(32).toString("hex") }),
      updated_at: new Date().toISOString(),
    })
    .onConflict((oc) => oc.column("key").doNothing())
    .execute();
  const row = await trx
    .selectFrom("settings")
    .select("value_json")
    .where("key", "=", "retention.pseudonym")
    .executeTakeFirstOrThrow();
  const { secret } = JSON.parse(row.value_json) as { secret: string };
  return (key: string) => `${ERASED_KEY}${createHmac("sha256", secret).update(key).digest("hex")}`;
}

/**
 * Removes personal data from up to a batch of closed records past the horizon, in the caller's transaction,
 * each erasure audited on its record's branch chain. Figures stay as they were: the complaint's rollup moves
 * from its old key to the stand-in through the same applyFigures every change uses. Descriptive text
 * (summary, findings) stays, as the record of what happened. Answers how many records it erased and whether
 * more are due.
 */
export async function sweepRetention(
  trx: Transaction<Database>,
  now: Date,
  policy: RetentionPolicy,
): Promise<{ erased: number; more: boolean }> {
  const cutoff = retentionCutoff(now, policy.years);
  const complaints = await dueComplaints(trx, cutoff).limit(BATCH).execute();
  const exceptions = await dueExceptions(trx, cutoff).limit(BATCH).execute();
  const pseudonym = complaints.length ? await pseudonymizer(trx) : null;
  const audit = (
    entityType: EntityType,
    r: { id: number; ref: string; org_unit_id: number; org_path: string },
  ) =>
    appendAudit(trx, SYSTEM_ACTOR, {
      action: "retention.erase",
      entityType,
      entityId: r.id,
      orgUnit: { id: r.org_unit_id, path: r.org_path },
      after: { ref: r.ref, cutoff, years: policy.years },
    });

  for (const c of complaints) {
    const before = await figureSource(trx, c.id);
    await trx
      .updateTable("complaints")
      .set({
        complainant_name: "",
        complainant_phone: null,
        complainant_id_number: null,
        complainant_extra_json: "{}",
        complainant_key: pseudonym?.(c.complainant_key) ?? "",
      })
      .where("id", "=", c.id)
      .execute();
    await applyFigures(trx, before, await figureSource(trx, c.id), policy.timeZone);
    await audit("complaint", c);
  }
  for (const e of exceptions) {
    await trx
      .updateTable("counter_exceptions")
      .set({ customer_name: null, customer_phone: null, customer_id_number: null, customer_account_no: null })
      .where("id", "=", e.id)
      .execute();
    await audit("counter_exception", e);
  }
  return {
    erased: complaints.length + exceptions.length,
    more: complaints.length === BATCH || exceptions.length === BATCH,
  };
}

/**
 * The daily sweep on the deadline scheduler: each run erases a batch and puts the next run on the schedule
 * (a minute later while more are due, else a day later). Items are rows, so the sweep survives restarts,
 * and on PostgreSQL one instance runs it at a time.
 */
export async function registerRetention(
  db: Db,
  scheduler: Scheduler,
  policy: RetentionPolicy,
  now: () => Date,
): Promise<void> {
  scheduler.handle(RETENTION_SWEEP, async (trx, _item, at) => {
    const { more } = await sweepRetention(trx, at, policy);
    const next = new Date(at.getTime() + (more ? 60_000 : 24 * 60 * 60_000)).toISOString();
    await scheduleDue(trx, RETENTION_SWEEP, 0, next);
  });
  const pending = await db
    .selectFrom("due_items")
    .select("id")
    .where("kind", "=", RETENTION_SWEEP)
    .executeTakeFirst();
  if (!pending) {
    await db.transaction().execute((trx) => scheduleDue(trx, RETENTION_SWEEP, 0, now().toISOString()));
  }
}
