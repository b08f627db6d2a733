import { lead } from "../../domain/common/transition.ts";
import { practiceFeedback } from "../../domain/scripts/practice.ts";
import type { Scenario } from "../../domain/scripts/scenarios.ts";
import type { Caller } from "../auth/session-user.ts";
import { type RecordKind, runCommand, type ScopedRecord } from "../common/command.ts";
import { compiledRulesFor } from "../compliance/ruleset.ts";
import { startsWith } from "../db/starts-with.ts";
import type { Deps } from "../http/deps.ts";
import { notFound } from "../http/errors.ts";
import { scenarioVersion } from "./version.ts";

/**
 * A practice attempt is something its author did: the frame loads the author (always inside their own
 * scope), and the audit entry sits on them, at their unit, with the attempt's id and verdict. The reply
 * itself stays out of the log: it is in the attempt.
 */
const practisers: RecordKind<ScopedRecord, "scripts"> = {
  auditPrefix: "scripts",
  entityType: "user",
  async load(trx, scopePath, id) {
    const row = await trx
      .selectFrom("users")
      .innerJoin("org_units", "org_units.id", "users.org_unit_id")
      .select(["users.id", "users.org_unit_id", "org_units.path as org_path"])
      .where("users.id", "=", id)
      .where(startsWith("org_units.path", scopePath))
      .executeTakeFirst();
    if (!row) throw notFound();
    return row;
  },
};

/** Scores a practice reply with the service rules in force at the caller's unit, and stores the attempt. */
export async function practise(deps: Deps, caller: Caller, scenario: Scenario, reply: string) {
  const rules = await compiledRulesFor(deps.db, caller.scopePath);
  const feedback = practiceFeedback(scenario, reply, rules);
  const version = scenarioVersion(scenario);
  const attemptId = await runCommand(
    deps,
    caller,
    practisers,
    caller.user.id,
    () => lead(null),
    async ({ trx, row, now, audit }) => {
      const { id } = await trx
        .insertInto("practice_attempts")
        .values({
          user_id: row.id,
          org_unit_id: row.org_unit_id,
          scenario_id: scenario.id,
          scenario_version: version,
          reply,
          score: feedback.score,
          verdict: feedback.verdict,
          feedback_json: JSON.stringify({ findings: feedback.findings, elements: feedback.elements }),
          created_at: now.toISOString(),
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      await audit("practise", null, {
        attemptId: id,
        scenarioId: scenario.id,
        scenarioVersion: version,
        score: feedback.score,
        verdict: feedback.verdict,
      });
      return { result: id };
    },
  );
  return { ...feedback, attemptId };
}
