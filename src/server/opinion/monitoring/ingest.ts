import { sql, type Transaction } from "kysely";
import { localDateOf } from "../../../domain/calendar/dates.ts";
import { postLinksOf } from "../../../domain/opinion/post-links.ts";
import type { MentionBody } from "../../../domain/opinion/schema.ts";
import { matchMention, topicKey, type WatchMatch } from "../../../domain/opinion/watch.ts";
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
 * events recorded with that link. A mention naming one of our units or products joins the unit's open
 * candidate of the day about the same post (its address or one it quotes, in canonical form), else the one
 * of the same risk words, or starts one and tells the unit's nearest consumer-protection officers.
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
  const links = postLinksOf(body.url, `${body.title}\n${body.text}`);
  if (links.length) {
    await trx
      .insertInto("opinion_mention_links")
      .values(links.map((link) => ({ mention_id: inserted.id, link })))
      .execute();
  }
  const match = matchMention(await loadWatchList(trx), `${body.title}\n${body.text}`);
  let candidateId: number | null = null;
  let topics: string[] = [];
  if (match.unit) {
    const day = localDateOf(now, timeZone);
    const key = topicKey(match);
    const sameLink = await openCandidateOfLinks(trx, match.unit.id, day, links);
    // Inserted unless the post has an open candidate, or the group of these risk words has one (a partial
    // unique index); then that one grows.
    const created = sameLink
      ? undefined
      : await trx
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
      const open =
        sameLink ??
        (await trx
          .selectFrom("opinion_candidates")
          .select("id")
          .where("org_unit_id", "=", match.unit.id)
          .where("day", "=", day)
          .where("topic_key", "=", key)
          .where("status", "=", sql.lit("open"))
          .executeTakeFirstOrThrow());
      await growCandidate(trx, open.id, match, now);
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

/** The unit's open candidate of the day that already holds a mention of one of these posts, if any. */
async function openCandidateOfLinks(trx: Trx, unitId: number, day: string, links: string[]) {
  if (!links.length) return undefined;
  return trx
    .selectFrom("opinion_mention_links as l")
    .innerJoin("opinion_mentions as m", "m.id", "l.mention_id")
    .innerJoin("opinion_candidates as c", "c.id", "m.candidate_id")
    .select("c.id")
    .where("l.link", "in", links)
    .where("c.org_unit_id", "=", unitId)
    .where("c.day", "=", day)
    .where("c.status", "=", sql.lit("open"))
    .orderBy("c.id")
    .limit(1)
    .executeTakeFirst();
}

/** A mention joins a candidate: counted, and its names and risk words added to the candidate's. */
async function growCandidate(trx: Trx, id: number, match: WatchMatch, now: Date) {
  const open = await trx
    .selectFrom("opinion_candidates")
    .select(["entities_json", "risk_words_json"])
    .where("id", "=", id)
    .executeTakeFirstOrThrow();
  const union = (json: string, more: string[]) =>
    JSON.stringify([...new Set([...JSON.parse(json), ...more])]);
  await trx
    .updateTable("opinion_candidates")
    .set({
      // Counted in SQL: deliveries of one story at once each add theirs.
      mention_count: sql`mention_count + 1`,
      last_at: now.toISOString(),
      entities_json: union(open.entities_json, match.entities),
      risk_words_json: union(open.risk_words_json, match.riskWords),
    })
    .where("id", "=", id)
    .execute();
}
