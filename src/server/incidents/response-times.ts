import type { Kysely } from "kysely";
import type { Locale } from "../../domain/common/messages.ts";
import { CATEGORIES } from "../../domain/incidents/categories.ts";
import type { Database } from "../db/schema.ts";
import { startsWith } from "../db/starts-with.ts";

const minutesBetween = (from: string, to: string | null) =>
  to ? (new Date(to).getTime() - new Date(from).getTime()) / 60_000 : null;

function average(values: (number | null)[]): number | null {
  const present = values.filter((v) => v !== null);
  return present.length ? Math.round((present.reduce((a, b) => a + b, 0) / present.length) * 10) / 10 : null;
}

/**
 * Per outlet and category: how many real incidents (drills excluded) and the average minutes to
 * acknowledge, to stabilise and to close them.
 */
export async function incidentResponseTimes(
  db: Kysely<Database>,
  scopePath: string,
  range: { from: string; to: string },
  locale: Locale,
) {
  const rows = await db
    .selectFrom("incidents")
    .innerJoin("org_units", "org_units.id", "incidents.org_unit_id")
    .select(["org_units.id as unit_id", "org_units.name as unit_name", "incidents.category"])
    .select([
      "incidents.reported_at",
      "incidents.acknowledged_at",
      "incidents.stabilised_at",
      "incidents.closed_at",
    ])
    .where(startsWith("org_units.path", scopePath))
    .where("incidents.drill", "=", 0)
    .where("incidents.reported_at", ">=", range.from)
    .where("incidents.reported_at", "<", range.to)
    .execute();
  const groups = new Map<string, typeof rows>();
  for (const r of rows) {
    const key = `${r.unit_id}|${r.category}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return [...groups.values()]
    .map((g) => ({
      orgUnitId: g[0].unit_id,
      orgUnitName: g[0].unit_name,
      category: g[0].category,
      categoryLabel: CATEGORIES[g[0].category].label[locale],
      count: g.length,
      avgMinutesToAcknowledge: average(g.map((r) => minutesBetween(r.reported_at, r.acknowledged_at))),
      avgMinutesToStabilise: average(g.map((r) => minutesBetween(r.reported_at, r.stabilised_at))),
      avgMinutesToClose: average(g.map((r) => minutesBetween(r.reported_at, r.closed_at))),
    }))
    .sort((a, b) => a.orgUnitName.localeCompare(b.orgUnitName) || b.count - a.count);
}
