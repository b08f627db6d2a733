import type { Transaction } from "kysely";
import { pathIds } from "../../domain/org/units.ts";
import { audience } from "../../domain/warnings/audience.ts";
import { conditionsAt, type Facts, lookbackOf } from "../../domain/warnings/conditions.ts";
import { type Condition, type Episode, reconcile } from "../../domain/warnings/episodes.ts";
import { LEVEL_LABELS, RULE_LABELS, type WarningLevel } from "../../domain/warnings/vocabulary.ts";
import { appendAudit, SYSTEM_ACTOR } from "../audit/append.ts";
import type { Database } from "../db/schema.ts";
import type { Deps } from "../http/deps.ts";
import { orgTopics } from "../live/bus.ts";
import { notify, usersWithRoles } from "../notifications/notify.ts";
import { cancelDue, scheduleDue } from "../scheduler/scheduler.ts";
import { loadFacts } from "./facts.ts";
import { loadRuleSettings } from "./settings.ts";

type Trx = Transaction<Database>;

export const EVALUATE = "warnings.evaluate";

type Unit = Facts["units"][number];

/**
 * Tells the people a warning reaches at its level. Blue warnings stay on the boards and in the lists; from
 * yellow up they reach inboxes, further up the tree the graver they are (domain/warnings/audience.ts).
 */
async function tell(
  trx: Trx,
  units: Map<number, Unit>,
  id: number,
  c: Condition,
  raised: boolean,
  now: Date,
) {
  if (c.level === "blue") return [];
  const unit = units.get(c.orgUnitId);
  if (!unit) return [];
  const chain = pathIds(unit.path)
    .map((u) => units.get(u))
    .filter((u) => u !== undefined);
  const recipients: number[] = [];
  for (const a of audience(chain, c.level))
    recipients.push(...(await usersWithRoles(trx, [a.unitId], a.roles)));
  const name = await trx
    .selectFrom("org_units")
    .select("name")
    .where("id", "=", unit.id)
    .executeTakeFirstOrThrow();
  const params = { level: LEVEL_LABELS[c.level], rule: RULE_LABELS[c.rule], unit: name.name };
  return notify(
    trx,
    recipients,
    {
      key: raised ? "notify.warning_raised_level" : "notify.warning_raised",
      params,
      link: `/warnings/${id}`,
    },
    now,
  );
}

/** A category's warning names it as the complaint forms do, not by its JR/T 0169 code alone. */
async function withCategoryNames(trx: Trx, conditions: Condition[]): Promise<Condition[]> {
  const codes = [
    ...new Set(
      conditions.filter((c) => c.rule === "complaint_spike_category").map((c) => String(c.facts.category)),
    ),
  ];
  if (codes.length === 0) return conditions;
  const rows = await trx
    .selectFrom("complaint_categories")
    .select(["code", "label"])
    .where("axis", "=", "business_category")
    .where("code", "in", codes)
    .execute();
  const names = new Map(rows.map((r) => [r.code, `${r.label}（${r.code}）`]));
  return conditions.map((c) =>
    c.rule === "complaint_spike_category"
      ? { ...c, facts: { ...c.facts, category: names.get(String(c.facts.category)) ?? c.facts.category } }
      : c,
  );
}

/**
 * One evaluation of every rule at `now`, in the caller's transaction: conditions without a warning open one
 * (audited, people told), graver ones raise their warning's level, those gone for their quiet time end their
 * episode. Answers the live topics to ping once committed.
 */
export async function evaluateWarnings(trx: Trx, now: Date): Promise<string[]> {
  const settings = await loadRuleSettings(trx);
  const facts = await loadFacts(trx, now, now, lookbackOf(settings));
  const conditions = await withCategoryNames(trx, conditionsAt(facts, now.getTime(), settings));
  const rows = await trx
    .selectFrom("warnings")
    .select(["id", "rule", "subject_key", "level", "last_seen_at"])
    .where("ended_at", "is", null)
    .execute();
  const active: Episode[] = rows.map((r) => ({
    id: r.id,
    rule: r.rule,
    subjectKey: r.subject_key,
    level: r.level,
    lastSeenAt: Date.parse(r.last_seen_at),
  }));
  const { open, seen, ended, graver } = reconcile(conditions, active, now.getTime());
  const at = now.toISOString();
  const units = new Map(facts.units.map((u) => [u.id, u]));
  const topics = new Set<string>();
  const touched = (unitId: number) => {
    for (const topic of orgTopics(units.get(unitId)?.path ?? "")) topics.add(topic);
  };

  if (ended.length)
    await trx
      .updateTable("warnings")
      .set({ ended_at: at })
      .where(
        "id",
        "in",
        ended.map((e) => e.id),
      )
      .execute();
  if (seen.length)
    await trx
      .updateTable("warnings")
      .set({ last_seen_at: at })
      .where(
        "id",
        "in",
        seen.map((e) => e.id),
      )
      .execute();

  for (const { episode, condition } of graver) {
    await trx
      .updateTable("warnings")
      .set({ level: condition.level, facts_json: JSON.stringify(condition.facts) })
      .where("id", "=", episode.id)
      .execute();
    await audit(trx, units, episode.id, condition, "warnings.raise_level", episode.level);
    for (const topic of await tell(trx, units, episode.id, condition, true, now)) topics.add(topic);
    touched(condition.orgUnitId);
  }
  for (const condition of open) {
    const { id } = await trx
      .insertInto("warnings")
      .values({
        org_unit_id: condition.orgUnitId,
        rule: condition.rule,
        subject_key: condition.subjectKey,
        level: condition.level,
        status: "open",
        facts_json: JSON.stringify(condition.facts),
        opened_at: at,
        last_seen_at: at,
        ended_at: null,
        acknowledged_by: null,
        acknowledged_at: null,
        lifted_by: null,
        lifted_at: null,
        lift_reason: null,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await audit(trx, units, id, condition, "warnings.raise", null);
    for (const topic of await tell(trx, units, id, condition, false, now)) topics.add(topic);
    touched(condition.orgUnitId);
  }
  return [...topics];
}

function audit(
  trx: Trx,
  units: Map<number, Unit>,
  id: number,
  c: Condition,
  action: "warnings.raise" | "warnings.raise_level",
  before: WarningLevel | null,
) {
  return appendAudit(trx, SYSTEM_ACTOR, {
    action,
    entityType: "warning",
    entityId: id,
    orgUnit: { id: c.orgUnitId, path: units.get(c.orgUnitId)?.path ?? "/" },
    before: before && { level: before },
    after: { rule: c.rule, level: c.level, facts: c.facts },
  });
}

/**
 * Evaluation on the shared scheduler every WARNING_INTERVAL_SECONDS (ten minutes by default: a queue builds
 * up within minutes, counts over days change slower): each run evaluates and puts the next run on the
 * schedule, so on PostgreSQL one instance evaluates at a time, and a restart loses no run.
 */
export async function registerWarnings({ db, scheduler, live, now, config }: Deps): Promise<void> {
  const interval = config.warningIntervalSeconds * 1000;
  scheduler.handle(EVALUATE, async (trx, _item, at) => {
    const topics = await evaluateWarnings(trx, at);
    // Two instances started at once may each have put a first run on the schedule: one chain goes on.
    await cancelDue(trx, EVALUATE, 0);
    await scheduleDue(trx, EVALUATE, 0, new Date(at.getTime() + interval).toISOString());
    if (topics.length === 0) return;
    return () => live.publish({ topics, event: { type: "warning.updated" } });
  });
  const pending = await db
    .selectFrom("due_items")
    .select("id")
    .where("kind", "=", EVALUATE)
    .executeTakeFirst();
  if (!pending) {
    const first = new Date(now().getTime() + interval).toISOString();
    await db.transaction().execute((trx) => scheduleDue(trx, EVALUATE, 0, first));
  }
}
