import type { z } from "zod";
import { can } from "../../domain/auth/permissions.ts";
import type { PracticeFeedback } from "../../domain/scripts/practice.ts";
import { scenarioById } from "../../domain/scripts/scenarios.ts";
import type { listAttemptsQuery, practiceAttempt } from "../../domain/scripts/schema.ts";
import type { Caller } from "../auth/session-user.ts";
import type { Db } from "../db/database.ts";
import { startsWith } from "../db/starts-with.ts";
import { decodeCursor, encodeCursor } from "../http/cursor.ts";
import { forbidden } from "../http/errors.ts";
import { scenarioVersion } from "./version.ts";

type Attempt = z.infer<typeof practiceAttempt>;

/**
 * Practice attempts, newest first: everyone sees their own; a coach (scripts.coach) also sees those made at
 * the units of their subtree. Asking for another person's attempts without being a coach is a 403.
 */
export async function listAttempts(
  db: Db,
  caller: Caller,
  query: z.infer<typeof listAttemptsQuery>,
): Promise<{ items: Attempt[]; nextCursor: string | null }> {
  const coach = can(caller.user.role, "scripts.coach");
  const own = query.mine || !coach;
  if (!coach && query.userId !== undefined && query.userId !== caller.user.id) throw forbidden();
  let q = db
    .selectFrom("practice_attempts as a")
    .innerJoin("users as u", "u.id", "a.user_id")
    .innerJoin("org_units as o", "o.id", "a.org_unit_id")
    .select([
      "a.id",
      "a.user_id",
      "u.username",
      "u.display_name",
      "o.name as org_name",
      "a.scenario_id",
      "a.scenario_version",
      "a.reply",
      "a.score",
      "a.verdict",
      "a.feedback_json",
      "a.created_at",
    ])
    .where(startsWith("o.path", caller.scopePath));
  if (own) q = q.where("a.user_id", "=", caller.user.id);
  if (query.userId !== undefined) q = q.where("a.user_id", "=", query.userId);
  if (query.scenarioId) q = q.where("a.scenario_id", "=", query.scenarioId);
  const before = decodeCursor(query.cursor);
  if (before !== null) q = q.where("a.id", "<", before);
  const rows = await q
    .orderBy("a.id", "desc")
    .limit(query.limit + 1)
    .execute();
  const page = rows.slice(0, query.limit);
  return {
    items: page.map((r) => {
      const scenario = scenarioById(r.scenario_id);
      const feedback = JSON.parse(r.feedback_json) as Pick<PracticeFeedback, "findings" | "elements">;
      return {
        id: r.id,
        userId: r.user_id,
        username: r.username,
        displayName: r.display_name,
        orgUnitName: r.org_name,
        scenarioId: r.scenario_id,
        scenarioTitle: scenario?.title ?? null,
        scenarioVersion: r.scenario_version,
        currentVersion: scenario !== undefined && scenarioVersion(scenario) === r.scenario_version,
        reply: r.reply,
        score: r.score,
        verdict: r.verdict,
        ...feedback,
        createdAt: r.created_at,
      };
    }),
    nextCursor: rows.length > query.limit ? encodeCursor(page[page.length - 1].id) : null,
  };
}
