import type { Kysely } from "kysely";
import { can } from "../../../domain/auth/permissions.ts";
import type { Candidate } from "../../../domain/opinion/schema.ts";
import type { CandidateStatus, Platform, Topic } from "../../../domain/opinion/vocabulary.ts";
import { topicsOfRiskWords } from "../../../domain/opinion/watch.ts";
import { appendAudit } from "../../audit/append.ts";
import type { Caller } from "../../auth/session-user.ts";
import type { Database } from "../../db/schema.ts";
import { startsWith } from "../../db/starts-with.ts";
import type { Deps } from "../../http/deps.ts";
import { conflict, forbidden, notFound } from "../../http/errors.ts";
import { orgTopics } from "../../live/bus.ts";
import { insertEvent, LIVE_EVENT } from "../create.ts";

/** Candidates of the caller's subtree, newest first, with the mentions grouped in each. */
export async function listCandidates(
  db: Kysely<Database>,
  scopePath: string,
  status: CandidateStatus = "open",
) {
  const rows = await db
    .selectFrom("opinion_candidates as c")
    .innerJoin("org_units as ou", "ou.id", "c.org_unit_id")
    .selectAll("c")
    .select(["ou.name as org_name"])
    .where(startsWith("ou.path", scopePath))
    .where("c.status", "=", status)
    .orderBy("c.id", "desc")
    .limit(200)
    .execute();
  const ids = rows.map((r) => r.id);
  const mentions = ids.length
    ? await db
        .selectFrom("opinion_mentions")
        .select(["id", "url", "title", "published_at", "candidate_id"])
        .where("candidate_id", "in", ids)
        .orderBy("id")
        .execute()
    : [];
  return rows.map(
    (r): Candidate => ({
      id: r.id,
      status: r.status,
      orgUnit: { id: r.org_unit_id, name: r.org_name },
      title: r.title,
      url: r.url,
      platform: r.platform,
      mentionCount: r.mention_count,
      riskWords: JSON.parse(r.risk_words_json),
      entities: JSON.parse(r.entities_json),
      firstAt: r.first_at,
      lastAt: r.last_at,
      eventId: r.event_id,
      dismissReason: r.dismiss_reason,
      mentions: mentions
        .filter((m) => m.candidate_id === r.id)
        .map((m) => ({ id: m.id, url: m.url, title: m.title, publishedAt: m.published_at })),
    }),
  );
}

async function openCandidateRow(trx: Kysely<Database>, scopePath: string, id: number) {
  const row = await trx
    .selectFrom("opinion_candidates as c")
    .innerJoin("org_units as ou", "ou.id", "c.org_unit_id")
    .selectAll("c")
    .select(["ou.path as org_path"])
    .where("c.id", "=", id)
    .where(startsWith("ou.path", scopePath))
    .executeTakeFirst();
  if (!row) throw notFound();
  if (row.status !== "open") throw conflict("id", "opinion.candidate_decided");
  return row;
}

/** Turns a candidate into an event at its unit, in one transaction; answers the new event. */
export async function openCandidate(
  deps: Deps,
  caller: Caller,
  id: number,
  body: { summary?: string; topics?: Topic[]; drill?: boolean },
) {
  if (!can(caller.user.role, "opinion.handle")) throw forbidden();
  const now = deps.now();
  const made = await deps.db.transaction().execute(async (trx) => {
    const row = await openCandidateRow(trx, caller.scopePath, id);
    const first = await trx
      .selectFrom("opinion_mentions")
      .select(["text", "published_at"])
      .where("candidate_id", "=", id)
      .orderBy("id")
      .executeTakeFirst();
    const made = await insertEvent(
      trx,
      deps,
      caller,
      {
        platform: row.platform as Platform,
        summary: body.summary || row.title,
        firstSeenAt: first?.published_at ?? row.first_at,
        url: row.url,
        orgUnitId: row.org_unit_id,
        topics: body.topics ?? topicsOfRiskWords(JSON.parse(row.risk_words_json)),
        capturedText: first?.text || undefined,
        drill: body.drill,
      },
      now,
    );
    await trx
      .updateTable("opinion_candidates")
      .set({ status: "opened", event_id: made.id, decided_by: caller.user.id, decided_at: now.toISOString() })
      .where("id", "=", id)
      .execute();
    await appendAudit(trx, caller.actor, {
      action: "opinion.candidate_open",
      entityType: "opinion_candidate",
      entityId: id,
      orgUnit: { id: row.org_unit_id, path: row.org_path },
      before: { status: "open" },
      after: { status: "opened", eventId: made.id, ref: made.ref },
    });
    return made;
  });
  await deps.live.publish({
    topics: [...orgTopics(made.path), ...made.topics],
    event: { type: LIVE_EVENT, id: made.id },
  });
  return { id: made.id, ref: made.ref, level: made.level };
}

/** Dismissing says why (a namesake, an old story, already handled), so the decision can be checked later. */
export async function dismissCandidate(deps: Deps, caller: Caller, id: number, reason: string) {
  if (!can(caller.user.role, "opinion.handle")) throw forbidden();
  const now = deps.now();
  await deps.db.transaction().execute(async (trx) => {
    const row = await openCandidateRow(trx, caller.scopePath, id);
    await trx
      .updateTable("opinion_candidates")
      .set({
        status: "dismissed",
        dismiss_reason: reason,
        decided_by: caller.user.id,
        decided_at: now.toISOString(),
      })
      .where("id", "=", id)
      .execute();
    await appendAudit(trx, caller.actor, {
      action: "opinion.candidate_dismiss",
      entityType: "opinion_candidate",
      entityId: id,
      orgUnit: { id: row.org_unit_id, path: row.org_path },
      before: { status: "open" },
      after: { status: "dismissed", reason },
    });
  });
}
