import { createHash } from "node:crypto";
import { sql } from "kysely";
import { FORWARDED_SOURCES } from "../../domain/complaints/vocabulary.ts";
import { type Facts, type Lookback, withdrawalRanges } from "../../domain/warnings/conditions.ts";
import { PATTERN_WINDOW_DAYS } from "../../domain/warnings/rules/counter-exception-pattern.ts";
import { MENTION_LOOKBACK_DAYS } from "../../domain/warnings/rules/mention-surge.ts";
import { DAY_MS, type SignalKind } from "../../domain/warnings/vocabulary.ts";
import type { Db } from "../db/database.ts";

/** Warnings never hold a complainant's ID number or phone: the repeat key is kept as a short hash. */
const personKey = (complainantKey: string) =>
  createHash("sha256").update(complainantKey).digest("base64url").slice(0, 16);

/**
 * Everything the rules read for ticks in (`from`, `to`]: where and what each complaint received in the spike
 * baseline was (three columns from complaints_arrivals_idx of migration 195, without the table); the whole
 * complaint for those in the repeat window and for older ones still open at `from`; counter exceptions in the
 * pattern window; fresh queue readings, and the withdrawal readings the baselines can use (`withdrawalRanges`);
 * matched mentions online of the last four weeks. Each read
 * is a range on an index led by its time (also counter_exceptions_reported_idx of migration 120,
 * warning_signals_kind_at_idx, opinion_mentions_published_idx of migration 185), whatever the number of units.
 */
export async function loadFacts(
  db: Db,
  from: Date,
  to: Date,
  { lookbackMs, repeatMs, queueMs }: Lookback,
): Promise<Facts> {
  const since = (ms: number) => new Date(from.getTime() - ms).toISOString();
  const until = to.toISOString();
  const complaint = [
    "id",
    "org_unit_id",
    "received_at",
    "ended_at",
    "complainant_key",
    "source",
    "sensitive_tags_json",
    "group_size",
  ] as const;
  const [units, arrivals, recent, stillOpen, exceptions, signals, mentions] = await Promise.all([
    db.selectFrom("org_units").select(["id", "kind", "path"]).execute(),
    db
      .selectFrom("complaints")
      .select(["org_unit_id", "business_category_code", "received_at"])
      .where("received_at", ">", since(lookbackMs))
      .where("received_at", "<=", until)
      .where("kind", "=", sql.lit("complaint"))
      .execute(),
    db
      .selectFrom("complaints")
      .select(complaint)
      .where("received_at", ">", since(repeatMs))
      .where("received_at", "<=", until)
      .where("kind", "=", sql.lit("complaint"))
      .execute(),
    // Older than the repeat window but open at `from`: what the sensitive-complaint rule still watches.
    repeatMs >= lookbackMs
      ? []
      : db
          .selectFrom("complaints")
          .select(complaint)
          .where("received_at", ">", since(lookbackMs))
          .where("received_at", "<=", since(repeatMs))
          .where("kind", "=", sql.lit("complaint"))
          .where((eb) => eb.or([eb("ended_at", "is", null), eb("ended_at", ">", from.toISOString())]))
          .execute(),
    db
      .selectFrom("counter_exceptions")
      .select(["org_unit_id", "type", "reported_at"])
      .where("reported_at", ">", since(PATTERN_WINDOW_DAYS * DAY_MS))
      .where("reported_at", "<=", until)
      .where("status", "!=", sql.lit("rejected"))
      .execute(),
    Promise.all([
      db
        .selectFrom("warning_signals")
        .select(["org_unit_id", "kind", "value", "at"])
        .where("kind", "in", ["queue_length", "wait_minutes"] satisfies SignalKind[])
        .where("at", ">", since(queueMs))
        .where("at", "<=", until)
        .execute(),
      ...withdrawalRanges(from.getTime(), to.getTime()).map(([start, end]) =>
        db
          .selectFrom("warning_signals")
          .select(["org_unit_id", "kind", "value", "at"])
          .where("kind", "=", sql.lit("withdrawals"))
          .where("at", ">", new Date(start).toISOString())
          .where("at", "<=", new Date(end).toISOString())
          .execute(),
      ),
    ]).then((lists) => lists.flat()),
    db
      .selectFrom("opinion_mentions as m")
      .innerJoin("opinion_candidates as c", "c.id", "m.candidate_id")
      .select(["c.org_unit_id", "m.published_at"])
      .where("m.published_at", ">", since(MENTION_LOOKBACK_DAYS * DAY_MS))
      .where("m.published_at", "<=", until)
      .execute(),
  ]);
  const forwarded = new Set<string>(FORWARDED_SOURCES);
  return {
    units,
    arrivals: arrivals.map((c) => ({
      orgUnitId: c.org_unit_id,
      category: c.business_category_code,
      receivedAt: Date.parse(c.received_at),
    })),
    complaints: [...stillOpen, ...recent].map((c) => ({
      id: c.id,
      orgUnitId: c.org_unit_id,
      receivedAt: Date.parse(c.received_at),
      endedAt: c.ended_at ? Date.parse(c.ended_at) : null,
      personKey: personKey(c.complainant_key),
      forwarded: forwarded.has(c.source),
      sensitiveTags: JSON.parse(c.sensitive_tags_json),
      groupSize: c.group_size,
    })),
    exceptions: exceptions.map((e) => ({
      orgUnitId: e.org_unit_id,
      type: e.type,
      reportedAt: Date.parse(e.reported_at),
    })),
    signals: signals.map((s) => ({
      orgUnitId: s.org_unit_id,
      kind: s.kind,
      value: Number(s.value),
      at: Date.parse(s.at),
    })),
    mentions: mentions.map((m) => ({ orgUnitId: m.org_unit_id, at: Date.parse(m.published_at) })),
  };
}
