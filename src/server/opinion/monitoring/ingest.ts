import { sql, type Transaction } from "kysely";
import { localDateOf } from "../../../domain/calendar/dates.ts";
import type { MentionBody } from "../../../domain/opinion/schema.ts";
import { matchMention, topicKey } from "../../../domain/opinion/watch.ts";
import type { Database } from "../../db/schema.ts";
import { notify } from "../../notifications/notify.ts";
import { nearestWithRoles } from "../people.ts";
import { reachFromFeed } from "./reach.ts";
import { loadWatchList } from "./watch-list.ts";

type Trx = Transaction<Database>;

export interface Ingested {
  id: number;
  candidateId: number | null;
  repeat: boolean;
  /** Live topics of the inboxes told of a new candidate. */
  topics: string[];
  /** Open events whose reach the mention's figures updated, with their units' paths. */
  updated: { id: number; path: string }[];
}

/**
 * Takes in one mention from any source. A URL seen before is a repeat and changes nothing (feeds and
 * crawlers send the same item again and again) but the reach figures it may carry, which update the open
 * events recorded with that link. A mention naming one of our units or products joins the
 * open candidate of that unit, day and risk words, or starts one and tells the unit's nearest
 * consumer-protection officers.
 */
export async function ingestMention(
  trx: Trx,
  sourceId: number,
  body: MentionBody,
  now: Date,
  timeZone: string,
): Promise<Ingested> {
  const platform = body.platform ?? "other";
  // Inserted first, so that of two deliveries of one URL at once the second waits and finds it taken.
  const inserted = await trx
    .insertInto("opinion_mentions")
    .values({
      source_id: sourceId,
      url: body.url,
      title: body.title,
      text: body.text,
      platform,
      published_at: new Date(body.publishedAt).toISOString(),
      received_at: now.toISOString(),
      candidate_id: null,
    })
    .onConflict((oc) => oc.column("url").doNothing())
    .returning("id")
    .executeTakeFirst();
  const updated = body.reach ? await reachFromFeed(trx, sourceId, body.url, body.reach, now) : [];
  if (!inserted) {
    const seen = await trx
      .selectFrom("opinion_mentions")
      .select(["id", "candidate_id"])
      .where("url", "=", body.url)
      .executeTakeFirstOrThrow();
    return { id: seen.id, candidateId: seen.candidate_id, repeat: true, topics: [], updated };
  }
  const match = matchMention(await loadWatchList(trx), `${body.title}\n${body.text}`);
  let candidateId: number | null = null;
  let topics: string[] = [];
  if (match.unit) {
    const day = localDateOf(now, timeZone);
    const key = topicKey(match);
    // Inserted unless an open candidate of the group exists (a partial unique index); then that one grows.
    const created = await trx
      .insertInto("opinion_candidates")
      .values({
        org_unit_id: match.unit.id,
        day,
        topic_key: key,
        status: "open",
        title: body.title,
        url: body.url,
        platform,
        mention_count: 1,
        risk_words_json: JSON.stringify(match.riskWords),
        entities_json: JSON.stringify(match.entities),
        first_at: now.toISOString(),
        last_at: now.toISOString(),
        event_id: null,
        decided_by: null,
        decided_at: null,
        dismiss_reason: null,
      })
      .onConflict((oc) =>
        oc
          .columns(["org_unit_id", "day", "topic_key"])
          .where((eb) => eb("status", "=", sql.lit("open")))
          .doNothing(),
      )
      .returning("id")
      .executeTakeFirst();
    if (!created) {
      const open = await trx
        .selectFrom("opinion_candidates")
        .select(["id", "mention_count", "entities_json"])
        .where("org_unit_id", "=", match.unit.id)
        .where("day", "=", day)
        .where("topic_key", "=", key)
        .where("status", "=", sql.lit("open"))
        .executeTakeFirstOrThrow();
      const entities = [...new Set([...(JSON.parse(open.entities_json) as string[]), ...match.entities])];
      await trx
        .updateTable("opinion_candidates")
        .set({
          // Counted in SQL: deliveries of one story at once each add theirs.
          mention_count: sql`mention_count + 1`,
          last_at: now.toISOString(),
          entities_json: JSON.stringify(entities),
        })
        .where("id", "=", open.id)
        .execute();
      candidateId = open.id;
    } else {
      candidateId = created.id;
      const unit = await trx
        .selectFrom("org_units")
        .select("name")
        .where("id", "=", match.unit.id)
        .executeTakeFirstOrThrow();
      const officers = await nearestWithRoles(trx, match.unit.path, ["cp_officer"]);
      topics = await notify(
        trx,
        officers,
        {
          key: "notify.opinion_candidate",
          params: {
            unit: unit.name,
            title: body.title.slice(0, 80),
            words: match.riskWords.join("、") || match.entities.join("、"),
          },
          link: "/opinion/candidates",
        },
        now,
      );
    }
  }
  if (candidateId !== null) {
    await trx
      .updateTable("opinion_mentions")
      .set({ candidate_id: candidateId })
      .where("id", "=", inserted.id)
      .execute();
  }
  return { id: inserted.id, candidateId, repeat: false, topics, updated };
}
