import { type Kysely, type QueryCreator, sql, type Transaction } from "kysely";
import {
  codesOf,
  FIGURE_AXES,
  type FigureSource,
  figureUnits,
  isCounted,
  localMonthOf,
  MEASURES,
  type Measures,
  measuresOf,
} from "../../../domain/complaints/figures.ts";
import { pathIds } from "../../../domain/org/units.ts";
import { isPostgres } from "../../db/dialect.ts";
import type { Database } from "../../db/schema.ts";

type Source = FigureSource & { org_path: string };

/** A complaint's figure columns and its unit's path, as the rollup needs them; undefined when absent. */
export function figureSource(db: Kysely<Database>, id: number): Promise<Source | undefined> {
  return db
    .selectFrom("complaints")
    .innerJoin("org_units", "org_units.id", "complaints.org_unit_id")
    .select([
      "complaints.kind",
      "complaints.status",
      "complaints.org_unit_id",
      "complaints.channel_code",
      "complaints.business_category_code",
      "complaints.cause_code",
      "complaints.grade",
      "complaints.received_at",
      "complaints.decided_at",
      "complaints.decision_due_at",
      "complaints.breached_at",
      "complaints.complainant_key",
      "org_units.path as org_path",
    ])
    .where("complaints.id", "=", id)
    .executeTakeFirst();
}

const zero = (): Measures => ({ n: 0, open: 0, decided: 0, on_time: 0, breached: 0, handling_ms: 0 });

/**
 * Moves the rollup from a complaint's old row to its new one (null: none) in the caller's transaction:
 * subtracts what the old row added, adds what the new one adds, and writes only the rows whose sums
 * change, in key order, so that two transactions never wait on each other's rows in opposite orders.
 */
export async function applyFigures(
  trx: Transaction<Database>,
  before: Source | null | undefined,
  after: Source | null | undefined,
  timeZone: string,
): Promise<void> {
  const figures = new Map<
    string,
    Measures & { unit_id: number; month: string; axis: string; code: string }
  >();
  const people = new Map<string, { unit_id: number; complainant_key: string; n: number }>();
  const add = (r: Source | null | undefined, sign: 1 | -1) => {
    if (!r || !isCounted(r)) return;
    const ids = pathIds(r.org_path);
    const month = localMonthOf(r.received_at, timeZone);
    const m = measuresOf(r);
    const codes = codesOf(r);
    for (const unit_id of figureUnits(ids)) {
      for (const axis of FIGURE_AXES) {
        const code = codes[axis];
        const key = `${String(unit_id).padStart(12, "0")}|${month}|${axis}|${code}`;
        const row = figures.get(key) ?? { unit_id, month, axis, code, ...zero() };
        for (const k of MEASURES) row[k] += sign * m[k];
        figures.set(key, row);
      }
    }
    for (const unit_id of ids) {
      const key = `${String(unit_id).padStart(12, "0")}|${r.complainant_key}`;
      const row = people.get(key) ?? { unit_id, complainant_key: r.complainant_key, n: 0 };
      row.n += sign;
      people.set(key, row);
    }
  };
  add(before, -1);
  add(after, 1);
  const changed = [...figures.entries()]
    .filter(([, r]) => MEASURES.some((k) => r[k] !== 0))
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([, r]) => r);
  const counts = [...people.entries()]
    .filter(([, r]) => r.n !== 0)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([, r]) => r);
  const addFigures = (db: QueryCreator<Database>) =>
    db
      .insertInto("complaint_figures")
      .values(changed)
      .onConflict((oc) =>
        oc
          .columns(["unit_id", "month", "axis", "code"])
          .doUpdateSet(
            Object.fromEntries(
              MEASURES.map((k) => [k, sql`complaint_figures.${sql.ref(k)} + excluded.${sql.ref(k)}`]),
            ),
          ),
      );
  const addCounts = (db: QueryCreator<Database>) =>
    db
      .insertInto("complainant_counts")
      .values(counts)
      .onConflict((oc) =>
        oc.columns(["unit_id", "complainant_key"]).doUpdateSet({ n: sql`complainant_counts.n + excluded.n` }),
      );
  if (changed.length && counts.length && isPostgres(trx)) {
    // One round trip: PostgreSQL runs an INSERT in a WITH clause to completion whether or not it is read.
    await addCounts(trx.with("figures", (db) => addFigures(db).returning("unit_id"))).execute();
    return;
  }
  if (changed.length) await addFigures(trx).execute();
  if (counts.length) await addCounts(trx).execute();
}

/**
 * A unit moved from `oldPath` to `newPath` (same id): the units it left stop counting its subtree's figures
 * and the units it joined start. Its own rows, and those below it, already hold the subtree; the root is
 * above it before and after.
 */
export async function moveFigures(trx: Transaction<Database>, oldPath: string, newPath: string) {
  const unitId = pathIds(newPath).at(-1) as number;
  const between = (path: string) => pathIds(path).slice(1, -1);
  const shift = async (targets: number[], sign: 1 | -1) => {
    const s = sql.raw(`${sign} * `);
    for (const target of targets.sort((a, b) => a - b)) {
      await sql`INSERT INTO complaint_figures (unit_id, month, axis, code, n, open, decided, on_time, breached, handling_ms)
        SELECT cast(${target} as integer), month, axis, code, ${s}n, ${s}open, ${s}decided, ${s}on_time,
          ${s}breached, ${s}handling_ms
        FROM complaint_figures WHERE unit_id = ${unitId}
        ON CONFLICT (unit_id, month, axis, code) DO UPDATE SET ${sql.join(
          MEASURES.map((k) => sql`${sql.ref(k)} = complaint_figures.${sql.ref(k)} + excluded.${sql.ref(k)}`),
        )}`.execute(trx);
      await sql`INSERT INTO complainant_counts (unit_id, complainant_key, n)
        SELECT cast(${target} as integer), complainant_key, ${s}n FROM complainant_counts WHERE unit_id = ${unitId}
        ON CONFLICT (unit_id, complainant_key) DO UPDATE SET n = complainant_counts.n + excluded.n`.execute(
        trx,
      );
      if (sign < 0) {
        await trx.deleteFrom("complaint_figures").where("unit_id", "=", target).where("n", "=", 0).execute();
        await trx.deleteFrom("complainant_counts").where("unit_id", "=", target).where("n", "=", 0).execute();
      }
    }
  };
  await shift(between(oldPath), -1);
  await shift(between(newPath), 1);
}
