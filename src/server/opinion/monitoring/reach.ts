import type { Transaction } from "kysely";
import type { ReachBody } from "../../../domain/opinion/schema.ts";
import { appendAudit } from "../../audit/append.ts";
import type { Database } from "../../db/schema.ts";
import { REACH_COLUMNS, weighReach } from "../commands.ts";
import { recordEntry } from "../entries.ts";

/**
 * Reach over time from a feed (issue #19): a monitoring service that sends a post again with its views,
 * shares, comments and likes updates every open event recorded with that post's link, as an officer would
 * by hand. Figures it leaves out keep their last value. Answers the events' units, to ping once committed.
 */
export async function reachFromFeed(
  trx: Transaction<Database>,
  sourceId: number,
  url: string,
  reach: Partial<ReachBody>,
  now: Date,
) {
  const source = await trx
    .selectFrom("opinion_sources")
    .select("name")
    .where("id", "=", sourceId)
    .executeTakeFirstOrThrow();
  const events = await trx
    .selectFrom("opinion_events as e")
    .innerJoin("org_units as ou", "ou.id", "e.org_unit_id")
    .select(REACH_COLUMNS.map((c) => `e.${c}` as const))
    .select(["e.org_unit_id", "ou.path as org_path"])
    .where("e.url", "=", url)
    .where("e.status", "!=", "closed")
    .execute();
  for (const row of events) {
    const before = { views: row.views, shares: row.shares, comments: row.comments, likes: row.likes };
    const figures = { ...before, ...reach };
    const level = await weighReach(trx, row, figures, now);
    await recordEntry(trx, row.id, null, "reach", { ...figures, source: source.name }, now);
    await appendAudit(
      trx,
      { id: null, username: `source:${source.name}`, ip: null },
      {
        action: "opinion.reach",
        entityType: "opinion_event",
        entityId: row.id,
        orgUnit: { id: row.org_unit_id, path: row.org_path },
        before: { ...before, level: row.level },
        after: { ...figures, level },
      },
    );
  }
  return events.map((e) => ({ id: e.id, path: e.org_path }));
}
