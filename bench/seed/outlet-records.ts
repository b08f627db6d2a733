import { CATEGORY_CODES } from "../../src/domain/incidents/categories.ts";
import { playbookTemplate } from "../../src/domain/incidents/playbook.ts";
import { DEFAULT_SEVERITY_RULES } from "../../src/domain/incidents/severity.ts";
import { FOLLOW_UP_DUE } from "../../src/server/counter-exceptions/procedure.ts";
import type { AuditChain } from "./audit.ts";
import type { Tree, Unit } from "./org.ts";
import { type Bulk, DAY_MS, iso, type Progress, RefCounter, type Rng } from "./util.ts";

interface Opts {
  count: number;
  nowMs: number;
  years: number;
  progress: Progress;
}

const INCIDENT_SUMMARIES = [
  "大厅客流骤增，排队超过一小时",
  "核心系统中断，柜面无法办理",
  "客户情绪激动与柜员争执",
  "客户晕倒",
  "叫号机故障",
];

const pickOutlet = (tree: Tree, r: Rng): Unit =>
  tree.outlets[Math.floor(tree.outlets.length * r.next() ** 1.6)];

/**
 * Incidents over the period with their playbook tasks and timeline; those of the last two days are still
 * being worked (acknowledged, so no acknowledgement deadline fires during the bench), the rest closed.
 */
export async function seedIncidents(bulk: Bulk, tree: Tree, audit: AuditChain, r: Rng, opts: Opts) {
  const refs = new RefCounter("INC");
  const start = opts.nowMs - opts.years * 365 * DAY_MS;
  const span = opts.nowMs - start - 3600_000;
  let taskId = 0;
  let eventId = 0;
  for (let i = 0; i < opts.count; i++) {
    const id = i + 1;
    const at = start + ((i + r.next()) / opts.count) * span;
    const outlet = pickOutlet(tree, r);
    const people = tree.staff.get(outlet.id);
    if (!people) throw new Error(`no staff at ${outlet.code}`);
    const category = CATEGORY_CODES[Math.floor(CATEGORY_CODES.length * r.next() ** 1.5)];
    const severity = r.chance(0.03) ? "II" : DEFAULT_SEVERITY_RULES[category].base;
    const open = opts.nowMs - at < 2 * DAY_MS;
    const status = open ? r.pick(["acknowledged", "responding", "stabilised"]) : "closed";
    const ackAt = at + (2 + r.int(10)) * 60_000;
    const closedAt = open ? null : Math.min(at + (1 + r.int(48)) * 3600_000, opts.nowMs - 60_000);
    const ref = refs.next(at);
    bulk.add("incidents", {
      id,
      ref,
      org_unit_id: outlet.id,
      category,
      summary: r.pick(INCIDENT_SUMMARIES),
      answers_json: "{}",
      severity,
      severity_reason_json: '{"zh":"按类别默认","en":"Category default"}',
      status,
      drill: r.chance(0.05) ? 1 : 0,
      reported_by: people.lobby_manager,
      reported_at: iso(at),
      ack_due_at: iso(at + 15 * 60_000),
      acknowledged_at: iso(ackAt),
      acknowledged_by: people.outlet_head,
      escalation_level: 0,
      responding_at: iso(ackAt + 60_000),
      stabilised_at: status === "stabilised" || !open ? iso(ackAt + 3600_000) : null,
      closed_at: closedAt === null ? null : iso(closedAt),
      review_json: open ? null : '{"lessons":"复盘已完成"}',
      updated_at: iso(closedAt ?? ackAt),
    });
    playbookTemplate(category).forEach((task, position) => {
      bulk.add("incident_tasks", {
        id: ++taskId,
        incident_id: id,
        step: task.step,
        template_key: task.key,
        role: task.role,
        position,
        done_at: open ? null : iso(ackAt + position * 60_000),
        done_by: open ? null : people.outlet_head,
      });
    });
    const events: [string, number, number][] = [
      ["reported", at, people.lobby_manager],
      ["acknowledge", ackAt, people.outlet_head],
    ];
    if (closedAt !== null) events.push(["close", closedAt, people.outlet_head]);
    for (const [kind, when, actor] of events) {
      bulk.add("incident_events", {
        id: ++eventId,
        incident_id: id,
        at: iso(when),
        actor_id: actor,
        kind,
        params_json: "{}",
      });
    }
    audit.add({
      at: iso(at),
      actorId: people.lobby_manager,
      actorUsername: tree.usernames.get(people.lobby_manager) ?? "",
      action: "incidents.report",
      entityType: "incident",
      entityId: id,
      orgUnit: outlet,
      after: { ref, category, severity },
    });
    opts.progress.add(1);
    await bulk.maybeFlush();
  }
  return refs.rows();
}

const EXCEPTION_TYPES = [
  "identity_data_error",
  "account_data_error",
  "transaction_data_error",
  "system_failure",
  "counter_complaint",
  "business_dispute",
  "other",
];

/**
 * Counter exceptions with their steps: most closed; the recent ones reported, verified or handled with a
 * follow-up due in the coming days (on the scheduler); some rejected at verification.
 */
export async function seedExceptions(bulk: Bulk, tree: Tree, audit: AuditChain, r: Rng, opts: Opts) {
  const refs = new RefCounter("CEX");
  const start = opts.nowMs - opts.years * 365 * DAY_MS;
  const span = opts.nowMs - start - 3600_000;
  let eventId = 0;
  for (let i = 0; i < opts.count; i++) {
    const id = i + 1;
    const at = start + ((i + r.next()) / opts.count) * span;
    const outlet = pickOutlet(tree, r);
    const people = tree.staff.get(outlet.id);
    if (!people) throw new Error(`no staff at ${outlet.code}`);
    const recent = opts.nowMs - at < 5 * DAY_MS;
    const status = recent
      ? r.pick(["reported", "verified", "handled"])
      : r.chance(0.06)
        ? "rejected"
        : "closed";
    const verifiedAt = status === "reported" ? null : at + 30 * 60_000;
    const handledAt = status === "handled" || status === "closed" ? at + 3 * 3600_000 : null;
    const followUp = status === "handled" ? opts.nowMs + (1 + r.int(5)) * DAY_MS : null;
    const closedAt = status === "closed" ? Math.min(at + 2 * DAY_MS, opts.nowMs - 60_000) : null;
    const ref = refs.next(at);
    const type = EXCEPTION_TYPES[Math.floor(EXCEPTION_TYPES.length * r.next() ** 1.4)];
    bulk.add("counter_exceptions", {
      id,
      ref,
      org_unit_id: outlet.id,
      type,
      status,
      description: "客户资料与系统登记不一致，已暂停办理并上报。",
      amount: r.chance(0.3) ? `${1 + r.int(50000)}.00` : null,
      transaction_ref: r.chance(0.3) ? `TX${id}` : null,
      customer_name: "客户",
      customer_phone: "13800000000",
      customer_id_number: null,
      customer_account_no: null,
      immediate_action: "暂停业务，请客户稍候",
      reported_by: people.teller,
      reported_at: iso(at),
      pattern_count: 1,
      verify_outcome: verifiedAt === null ? null : status === "rejected" ? "rejected" : "confirmed",
      findings: verifiedAt === null ? null : "核实属实",
      verified_by: verifiedAt === null ? null : people.outlet_head,
      verified_at: verifiedAt === null ? null : iso(verifiedAt),
      corrective_actions_json: handledAt === null ? null : '["correct_data"]',
      handling_detail: handledAt === null ? null : "已更正并告知客户",
      handled_by: handledAt === null ? null : people.teller,
      handling_recorded_by: handledAt === null ? null : people.outlet_head,
      handled_at: handledAt === null ? null : iso(handledAt),
      follow_up_due_at: followUp === null ? null : iso(followUp),
      closed_at: closedAt === null ? null : iso(closedAt),
    });
    const steps: [string, number | null, number][] = [
      ["report", at, people.teller],
      ["verify", verifiedAt, people.outlet_head],
      ["handle", handledAt, people.outlet_head],
      ["close", closedAt, people.outlet_head],
    ];
    for (const [step, when, actor] of steps) {
      if (when === null) continue;
      bulk.add("counter_exception_events", {
        id: ++eventId,
        exception_id: id,
        step,
        actor_id: actor,
        at: iso(when),
        data_json: "{}",
      });
    }
    if (followUp !== null) {
      bulk.add("due_items", { kind: FOLLOW_UP_DUE, subject_id: id, due_at: iso(followUp), attempts: 0 });
    }
    audit.add({
      at: iso(at),
      actorId: people.teller,
      actorUsername: tree.usernames.get(people.teller) ?? "",
      action: "counter_exceptions.report",
      entityType: "counter_exception",
      entityId: id,
      orgUnit: outlet,
      after: { ref, type },
    });
    opts.progress.add(1);
    await bulk.maybeFlush();
  }
  return refs.rows();
}
