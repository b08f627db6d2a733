import type { z } from "zod";
import { planTasks } from "../../domain/incidents/answers.ts";
import { CATEGORY_CODES, type CategoryCode } from "../../domain/incidents/categories.ts";
import type { ReportFields } from "../../domain/incidents/reports.ts";
import type { reviewBody } from "../../domain/incidents/schema.ts";
import { DEFAULT_SEVERITY_RULES } from "../../domain/incidents/severity.ts";
import { FOLLOW_UP_DUE } from "../counter-exceptions/procedure.ts";
import { currentPlaybook, type Playbook } from "../incidents/playbook.ts";
import type { AuditChain } from "./audit-chain.ts";
import { type Bulk, DAY_MS, iso, RefCounter, type Rng } from "./bulk.ts";
import type { Tree, Unit } from "./tree.ts";

interface Opts {
  count: number;
  nowMs: number;
  years: number;
  progress?: { add(n: number): void };
}

/** What the reporter wrote, and what the review found, per category. */
const INCIDENTS: Record<CategoryCode, { summary: string; cause: string; helped: string }> = {
  crowd_surge: {
    summary: "社保卡集中换发，大厅客流骤增，排队超过一小时",
    cause: "集中换发通知发出后未提前增开窗口",
    helped: "大堂经理分流引导至自助机具，增开两个窗口",
  },
  system_failure: {
    summary: "核心系统中断，柜面暂停办理",
    cause: "总行系统升级后链路异常",
    helped: "及时张贴暂停公告并逐一登记客户联系方式",
  },
  queue_machine_failure: {
    summary: "叫号机故障，客户不清楚办理顺序",
    cause: "叫号机主板老化",
    helped: "改用手工发号并由大堂经理维持秩序",
  },
  complaint_conflict: {
    summary: "客户情绪激动与柜员争执，要求见负责人",
    cause: "客户对大额取现预约规定不理解",
    helped: "负责人到场接待，引导至独立接待室沟通",
  },
  customer_illness_injury: {
    summary: "老年客户在大厅晕倒",
    cause: "客户空腹排队时间较长",
    helped: "保安与大堂经理按预案拨打120并陪护",
  },
  group_visit: {
    summary: "十余名客户聚集大厅，反映理财产品到期未兑付",
    cause: "合作机构产品延期兑付",
    helped: "设置专门接待区，消保专员现场解释",
  },
  media_interview: {
    summary: "自媒体人员在大厅拍摄并要求采访",
    cause: "客户投诉后联系自媒体",
    helped: "按口径礼貌告知由总行统一回应，未发生冲突",
  },
  staff_safety: {
    summary: "客户辱骂并推搡柜员",
    cause: "客户对账户限制不满",
    helped: "保安及时隔离，报警后民警到场处置",
  },
  disaster_epidemic: {
    summary: "暴雨导致网点门前积水，暂停营业",
    cause: "强降雨",
    helped: "提前转移现金与设备，引导客户到邻近网点",
  },
  counter_protest: {
    summary: "客户因账户受限不满，在柜台坚持分多笔小额取款",
    cause: "客户不认可账户管控的解释",
    helped: "负责人单独接待说明原因，其他客户分流至邻近窗口",
  },
  media_complaint: {
    summary: "客户带同记者到网点投诉扣费问题",
    cause: "客户多次致电未获答复",
    helped: "投诉当场登记计时，记者由指定人员接待",
  },
  diversion_dispute: {
    summary: "客户不愿被引导至自助机办理，与大堂经理争执",
    cause: "客户不熟悉自助机操作，担心出错",
    helped: "大堂经理陪同操作，并说明可随时转回柜面",
  },
};

function review(category: CategoryCode): z.infer<typeof reviewBody> {
  return {
    cause: INCIDENTS[category].cause,
    helped: INCIDENTS[category].helped,
    wentWrong: "首次上报晚于规定时限",
    changes: "将本类事件纳入网点季度演练",
    publish: false,
  };
}

function reportFields(category: CategoryCode, at: string, place: string): ReportFields {
  return {
    place,
    time: at,
    cause: INCIDENTS[category].cause,
    nature: "网点服务突发事件",
    amountInvolved: "",
    peopleInvolved: "约20人",
    mainHarm: "客户等候时间延长",
    customerReaction: "部分客户情绪急躁",
    trend: "趋于平稳",
    measures: INCIDENTS[category].helped,
  };
}

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
  // The bank's playbooks as migration 180 published them: each incident runs on one, as a report would.
  const playbooks = new Map<CategoryCode, Playbook>();
  for (const category of CATEGORY_CODES) {
    playbooks.set(category, await currentPlaybook(bulk.db, tree.hq.path, category));
  }
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
    const playbook = playbooks.get(category);
    if (!playbook) throw new Error(`no playbook for ${category}`);
    bulk.add("incidents", {
      id,
      ref,
      org_unit_id: outlet.id,
      category,
      summary: INCIDENTS[category].summary,
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
      review_json: open ? null : JSON.stringify(review(category)),
      updated_at: iso(closedAt ?? ackAt),
      playbook_version_id: playbook.versionId,
    });
    planTasks(playbook.content, {}).forEach((task, position) => {
      bulk.add("incident_tasks", {
        id: ++taskId,
        incident_id: id,
        step: task.step,
        template_key: task.key,
        text_json: JSON.stringify(task.text),
        role: task.role,
        position,
        done_at: open ? null : iso(ackAt + position * 60_000),
        done_by: open ? null : people.outlet_head,
      });
    });
    const reported = !open && (severity !== "III" || r.chance(0.2));
    if (reported && closedAt !== null) {
      const fields = reportFields(category, iso(at), outlet.name);
      bulk.add("incident_reports", {
        incident_id: id,
        stage: "initial",
        fields_json: JSON.stringify(fields),
        sent_at: iso(ackAt + 20 * 60_000),
        sent_by: people.outlet_head,
      });
      bulk.add("incident_reports", {
        incident_id: id,
        stage: "final",
        fields_json: JSON.stringify({ ...fields, trend: "事态已平息", measures: INCIDENTS[category].helped }),
        sent_at: iso(closedAt),
        sent_by: people.outlet_head,
      });
    }
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
      after: { category, severity },
    });
    opts.progress?.add(1);
    await bulk.maybeFlush();
  }
  return refs.rows();
}

/** The counter exception types, the first ones more frequent, each with what a teller would report. */
const EXCEPTIONS: [type: string, description: string][] = [
  ["identity_data_error", "客户身份证件有效期与系统登记不一致，已暂停办理并上报。"],
  ["account_data_error", "客户账户预留手机号与本人不符，暂停办理并请客户稍候。"],
  ["transaction_data_error", "转账金额录入多一位，复核时发现，交易尚未提交。"],
  ["system_failure", "柜面系统交易超时，客户账户扣款状态不明。"],
  ["counter_complaint", "客户对办理时长不满，在柜台当场提出投诉。"],
  ["business_dispute", "客户对代扣费用有异议，要求柜员当场退还。"],
  ["other", "客户遗留银行卡于柜台，已登记保管。"],
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
    const [type, description] = EXCEPTIONS[Math.floor(EXCEPTIONS.length * r.next() ** 1.4)];
    bulk.add("counter_exceptions", {
      id,
      ref,
      org_unit_id: outlet.id,
      type,
      status,
      description,
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
      corrective_actions_json: handledAt === null ? null : '["corrected_entry","contacted_customer"]',
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
      after: { type },
    });
    opts.progress?.add(1);
    await bulk.maybeFlush();
  }
  return refs.rows();
}
