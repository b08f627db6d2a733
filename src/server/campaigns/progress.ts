import type { Kysely } from "kysely";
import type { Progress } from "../../domain/campaigns/schema.ts";
import type { Database } from "../db/schema.ts";
import { startsWith } from "../db/starts-with.ts";
import { notFound } from "../http/errors.ts";

type Figures = { planned: number; done: number; peopleReached: number };
const zero = (): Figures => ({ planned: 0, done: 0, peopleReached: 0 });

/**
 * Plan against done for a year: the activities planned in the outlets' approved plans, the activities held
 * and the people they reached, for the chosen unit (the caller's by default) and for each unit directly
 * below it, each summed over its whole subtree.
 */
export async function educationProgress(
  db: Kysely<Database>,
  scopePath: string,
  year: number,
  orgUnitId?: number,
): Promise<Progress> {
  let unitQuery = db
    .selectFrom("org_units")
    .select(["id", "name", "path"])
    .where(startsWith("path", scopePath));
  unitQuery = orgUnitId ? unitQuery.where("id", "=", orgUnitId) : unitQuery.where("path", "=", scopePath);
  const unit = await unitQuery.executeTakeFirst();
  if (!unit) throw notFound();
  const [children, planned, done] = await Promise.all([
    db
      .selectFrom("org_units")
      .select(["id", "name", "path"])
      .where("parent_id", "=", unit.id)
      .orderBy("code")
      .execute(),
    db
      .selectFrom("education_plan_months as m")
      .innerJoin("education_plans as p", "p.id", "m.plan_id")
      .innerJoin("org_units as ou", "ou.id", "p.org_unit_id")
      .select(["ou.path", (eb) => eb.fn.sum<number>("m.planned_count").as("n")])
      .where(startsWith("ou.path", unit.path))
      .where("p.year", "=", year)
      .where("p.status", "=", "approved")
      .groupBy("ou.path")
      .execute(),
    db
      .selectFrom("education_activities as a")
      .innerJoin("org_units as ou", "ou.id", "a.org_unit_id")
      .select([
        "ou.path",
        (eb) => eb.fn.countAll<number>().as("n"),
        (eb) => eb.fn.sum<number>("a.people_reached").as("people"),
      ])
      .where(startsWith("ou.path", unit.path))
      .where("a.held_on", ">=", `${year}-01-01`)
      .where("a.held_on", "<=", `${year}-12-31`)
      .groupBy("ou.path")
      .execute(),
  ]);
  const sum = (prefix: string): Figures => {
    const f = zero();
    for (const p of planned) if (p.path.startsWith(prefix)) f.planned += Number(p.n);
    for (const d of done)
      if (d.path.startsWith(prefix)) {
        f.done += Number(d.n);
        f.peopleReached += Number(d.people);
      }
    return f;
  };
  return {
    unit: { id: unit.id, name: unit.name, ...sum(unit.path) },
    rows: children.map((c) => ({ orgUnitId: c.id, name: c.name, ...sum(c.path) })),
  };
}
