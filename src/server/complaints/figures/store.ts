import { type Kysely, sql } from "kysely";
import { type Axis, type CategoryEntry, categoryPath } from "../../../domain/complaints/classification.ts";
import {
  alignedMonths,
  codesOf,
  type FigureAxis,
  factsOf,
  localMonthOf,
  MEASURES,
  type Measures,
} from "../../../domain/complaints/figures.ts";
import { type Bucket, overdueUnflagged } from "../../../domain/complaints/stats.ts";
import { pathIds } from "../../../domain/org/units.ts";
import type { Database } from "../../db/schema.ts";
import { startsWith } from "../../db/starts-with.ts";
import { overdueUnflaggedRows } from "../store.ts";

export interface RollupRequest {
  /** The narrowest subtree asked for; "-" when the filter leaves nothing. */
  path: string;
  receivedFrom?: string;
  receivedTo?: string;
  now: Date;
  timeZone: string;
}

const sums = MEASURES.map((k) => sql<number>`sum(${sql.ref(k)})`.as(k));
const LABEL_AXIS: Partial<Record<FigureAxis, Axis>> = {
  channel: "channel",
  business: "business_category",
  cause: "cause",
};

/**
 * The dashboard's figures (the shape of complaintStats) from the rollup, or null when the period cuts a
 * local month, which only the complaints themselves can answer. A unit's rows hold its whole subtree; the
 * root's hold only its own complaints, so the bank is the root's rows plus its children's. `repeats` is
 * asked for the repeat complainants when a period is set (the per-key counts have none).
 */
export async function rollupStats(
  db: Kysely<Database>,
  req: RollupRequest,
  cats: readonly CategoryEntry[],
  repeats: () => Promise<number>,
) {
  const months = alignedMonths(req.receivedFrom, req.receivedTo, req.timeZone);
  if (!months) return null;
  const ids = req.path === "-" ? [] : pathIds(req.path);
  const unitId = ids.at(-1) ?? 0;
  const units =
    ids.length === 1
      ? [
          unitId,
          ...(await db.selectFrom("org_units").select("id").where("parent_id", "=", unitId).execute()).map(
            (u) => u.id,
          ),
        ]
      : [unitId];
  let rows = db.selectFrom("complaint_figures").where("unit_id", "in", units);
  if (months.from) rows = rows.where("month", ">=", months.from);
  if (months.to) rows = rows.where("month", "<", months.to);
  let overdue = overdueUnflaggedRows(db, req.now)
    .innerJoin("org_units", "org_units.id", "complaints.org_unit_id")
    .selectAll("complaints")
    .where("complaints.kind", "=", "complaint")
    .where(startsWith("org_units.path", req.path));
  if (req.receivedFrom)
    overdue = overdue.where("complaints.received_at", ">=", new Date(req.receivedFrom).toISOString());
  if (req.receivedTo)
    overdue = overdue.where("complaints.received_at", "<", new Date(req.receivedTo).toISOString());
  const period = Boolean(req.receivedFrom || req.receivedTo);

  const [byCode, byMonth, late, names, repeated] = await Promise.all([
    // Grouped per unit too, in the key's order, so no unit's rows need sorting; the units are added up below.
    rows
      .select(["unit_id", "axis", "code", ...sums])
      .groupBy(["unit_id", "axis", "code"])
      .execute(),
    rows
      .where("axis", "=", "grade")
      .select(["month", ...sums])
      .groupBy("month")
      .execute(),
    overdue.execute(),
    db.selectFrom("org_units").select(["id", "name"]).where(startsWith("path", req.path)).execute(),
    period
      ? repeats()
      : db
          .selectFrom("complainant_counts")
          .select(sql<number>`count(*)`.as("n"))
          .where("unit_id", "=", unitId)
          .where("n", ">=", 2)
          .executeTakeFirstOrThrow()
          .then((r) => Number(r.n)),
  ]);

  const name = new Map(names.map((u) => [String(u.id), u.name]));
  const label = (axis: FigureAxis) => (code: string) => {
    const catAxis = LABEL_AXIS[axis];
    return (catAxis && categoryPath(cats, catAxis, code).join(" / ")) || code;
  };
  const axes = new Map<string, Map<string, Bucket>>();
  const bucket = (axis: string, key: string, labelOf: (k: string) => string) => {
    const map = axes.get(axis) ?? new Map<string, Bucket>();
    axes.set(axis, map);
    const b = map.get(key) ?? { key, label: labelOf(key), count: 0, decided: 0, onTime: 0, breached: 0 };
    map.set(key, b);
    return b;
  };
  const total: Measures = { n: 0, open: 0, decided: 0, on_time: 0, breached: 0, handling_ms: 0 };
  const addTo = (b: Bucket, r: Record<(typeof MEASURES)[number], unknown>) => {
    b.count += Number(r.n);
    b.decided += Number(r.decided);
    b.onTime += Number(r.on_time);
    b.breached += Number(r.breached);
  };
  for (const r of byCode) {
    if (Number(r.n) === 0) continue;
    const axis = r.axis as FigureAxis;
    // Outlets are shown by name, as the live statistics group them.
    const key = axis === "outlet" ? (name.get(r.code) ?? r.code) : r.code;
    addTo(bucket(axis, key, label(axis)), r);
    if (axis === "grade") for (const k of MEASURES) total[k] += Number(r[k]);
  }
  for (const r of byMonth) if (Number(r.n) !== 0) addTo(bucket("month", r.month, label("grade")), r);
  for (const c of late) {
    if (!overdueUnflagged(factsOf(c), req.now)) continue;
    total.breached++;
    const codes = codesOf(c);
    for (const axis of ["channel", "business", "cause", "grade"] as const) {
      bucket(axis, codes[axis], label(axis)).breached++;
    }
    bucket("outlet", name.get(codes.outlet) ?? codes.outlet, label("outlet")).breached++;
    bucket("month", localMonthOf(c.received_at, req.timeZone), label("grade")).breached++;
  }

  const sorted = (axis: string) =>
    [...(axes.get(axis)?.values() ?? [])].sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
  const round1 = (n: number) => Math.round(n * 10) / 10;
  return {
    total: total.n,
    open: total.open,
    decided: total.decided,
    onTimeRate: total.decided ? round1((total.on_time / total.decided) * 100) : null,
    breached: total.breached,
    averageHandlingDays: total.decided ? round1(total.handling_ms / 86_400_000 / total.decided) : null,
    repeatComplainants: repeated,
    byChannel: sorted("channel"),
    byBusinessCategory: sorted("business"),
    byCause: sorted("cause"),
    byOutlet: sorted("outlet"),
    byGrade: sorted("grade"),
    byMonth: sorted("month").sort((a, b) => a.key.localeCompare(b.key)),
  };
}
