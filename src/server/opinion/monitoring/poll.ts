import { backoffMinutes } from "../../../domain/opinion/watch.ts";
import type { Deps } from "../../http/deps.ts";
import { notify } from "../../notifications/notify.ts";
import { replaceDue } from "../../scheduler/scheduler.ts";
import { mentionsOfFeed } from "./feed-items.ts";
import { ingestMention } from "./ingest.ts";
import { POLL_DUE } from "./sources.ts";

const FETCH_TIMEOUT_MS = 15_000;
/** Administrators are told when a feed has failed this many times in a row, and again each time after. */
const TELL_AFTER_FAILURES = 3;

/**
 * Polls each RSS/Atom source on the shared scheduler. The next poll is put on the schedule in the
 * transaction that claims this one, so a crash mid-fetch loses no feed; the fetch itself runs after that
 * commit, outside any transaction (a slow site must not hold the database). The request is conditional
 * (If-None-Match, If-Modified-Since), and a failing feed is polled less and less often (back-off) and shown
 * with its error on the sources page; administrators are told once it keeps failing.
 */
export function registerFeedPolling(deps: Deps): void {
  const { scheduler, db } = deps;
  scheduler.handle(POLL_DUE, async (trx, item, now) => {
    const source = await trx
      .selectFrom("opinion_sources")
      .selectAll()
      .where("id", "=", item.subjectId)
      .where("kind", "=", "rss")
      .where("revoked_at", "is", null)
      .executeTakeFirst();
    if (!source?.url) return;
    const next = new Date(now.getTime() + source.interval_minutes * 60_000).toISOString();
    await replaceDue(trx, source.id, [POLL_DUE], [{ kind: POLL_DUE, dueAt: next }]);
    await trx
      .updateTable("opinion_sources")
      .set({ next_poll_at: next })
      .where("id", "=", source.id)
      .execute();
    return () => pollOnce(source.id, source.url as string, source, now);
  });

  async function pollOnce(
    id: number,
    url: string,
    source: {
      etag: string | null;
      last_modified: string | null;
      interval_minutes: number;
      failures: number;
      name: string;
    },
    now: Date,
  ) {
    const headers: Record<string, string> = {
      accept: "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5",
    };
    if (source.etag) headers["if-none-match"] = source.etag;
    if (source.last_modified) headers["if-modified-since"] = source.last_modified;
    let outcome:
      | {
          ok: true;
          items: Awaited<ReturnType<typeof mentionsOfFeed>>;
          etag: string | null;
          lastModified: string | null;
        }
      | { ok: false; error: string };
    try {
      const res = await fetch(url, {
        headers,
        signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
        redirect: "follow",
      });
      if (res.status === 304)
        outcome = { ok: true, items: [], etag: source.etag, lastModified: source.last_modified };
      else if (!res.ok) outcome = { ok: false, error: `HTTP ${res.status}` };
      else
        outcome = {
          ok: true,
          items: await mentionsOfFeed(await res.text(), now),
          etag: res.headers.get("etag"),
          lastModified: res.headers.get("last-modified"),
        };
    } catch (err) {
      outcome = { ok: false, error: (err instanceof Error ? err.message : String(err)).slice(0, 300) };
    }
    const topics = await db.transaction().execute(async (trx) => {
      const at = now.toISOString();
      if (!outcome.ok) {
        const failures = source.failures + 1;
        const retryAt = new Date(
          now.getTime() + backoffMinutes(source.interval_minutes, failures) * 60_000,
        ).toISOString();
        await trx
          .updateTable("opinion_sources")
          .set({ last_polled_at: at, last_error: outcome.error, failures, next_poll_at: retryAt })
          .where("id", "=", id)
          .execute();
        await replaceDue(trx, id, [POLL_DUE], [{ kind: POLL_DUE, dueAt: retryAt }]);
        if (failures < TELL_AFTER_FAILURES) return [];
        const admins = await trx
          .selectFrom("users")
          .select("id")
          .where("role", "=", "administrator")
          .where("disabled_at", "is", null)
          .execute();
        return notify(
          trx,
          admins.map((a) => a.id),
          {
            key: "notify.opinion_feed_failing",
            params: { name: source.name, failures: String(failures), error: outcome.error },
            link: "/opinion/sources",
          },
          now,
        );
      }
      await trx
        .updateTable("opinion_sources")
        .set({
          last_polled_at: at,
          last_ok_at: at,
          last_error: null,
          failures: 0,
          etag: outcome.etag,
          last_modified: outcome.lastModified,
        })
        .where("id", "=", id)
        .execute();
      const pinged: string[] = [];
      for (const mention of outcome.items) {
        const done = await ingestMention(trx, id, mention, now, deps.config.timeZone);
        pinged.push(...done.topics);
      }
      return pinged;
    });
    if (topics.length) await deps.live.publish({ topics, event: { type: "opinion.candidates", id } });
  }
}
