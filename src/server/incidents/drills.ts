import type { Kysely } from "kysely";
import { startOfLocalDay } from "../../domain/calendar/dates.ts";
import type { Locale } from "../../domain/common/messages.ts";
import { CATEGORIES, CATEGORY_CODES } from "../../domain/incidents/categories.ts";
import type { Database } from "../db/schema.ts";
import { startsWith } from "../db/starts-with.ts";

/**
 * The drill calendar (演练): for each outlet of the subtree, the categories drilled in the year and when,
 * and those still due (the default plan: every category once a year).
 */
export async function drillCalendar(
  db: Kysely<Database>,
  scopePath: string,
  year: number,
  locale: Locale,
  timeZone: string,
) {
  const outlets = await db
    .selectFrom("org_units")
    .select(["id", "code", "name"])
    .where(startsWith("path", scopePath))
    .where("kind", "=", "outlet")
    .orderBy("code")
    .execute();
  const drills = await db
    .selectFrom("incidents")
    .innerJoin("org_units", "org_units.id", "incidents.org_unit_id")
    .leftJoin("drill_evaluations", "drill_evaluations.incident_id", "incidents.id")
    .select([
      "incidents.id",
      "incidents.ref",
      "incidents.org_unit_id",
      "incidents.category",
      "incidents.reported_at",
      "drill_evaluations.score as evaluation_score",
    ])
    .where(startsWith("org_units.path", scopePath))
    .where("incidents.drill", "=", 1)
    .where("incidents.reported_at", ">=", startOfLocalDay(`${year}-01-01`, timeZone).toISOString())
    .where("incidents.reported_at", "<", startOfLocalDay(`${year + 1}-01-01`, timeZone).toISOString())
    .execute();
  return outlets.map((o) => {
    const categories = CATEGORY_CODES.map((code) => {
      const dates = drills
        .filter((d) => d.org_unit_id === o.id && d.category === code)
        .map((d) => d.reported_at);
      return {
        category: code,
        label: CATEGORIES[code].label[locale],
        lastDrillAt: dates.sort().at(-1) ?? null,
      };
    });
    return {
      orgUnitId: o.id,
      code: o.code,
      name: o.name,
      categories,
      due: categories.filter((c) => c.lastDrillAt === null).map((c) => c.category),
      // Each drill of the year with its evaluation's score (演练讲评, src/server/training), null until evaluated.
      drills: drills
        .filter((d) => d.org_unit_id === o.id)
        .map((d) => ({
          incidentId: d.id,
          ref: d.ref,
          category: d.category,
          reportedAt: d.reported_at,
          evaluationScore: d.evaluation_score ?? null,
        })),
    };
  });
}
