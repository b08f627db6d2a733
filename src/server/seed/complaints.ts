import type { z } from "zod";
import { type Axis, DEFAULT_CATEGORIES } from "../../domain/complaints/classification.ts";
import type { closeBody, decision } from "../../domain/complaints/schema.ts";
import { OUTCOMES } from "../../domain/complaints/vocabulary.ts";
import { DUE_KINDS } from "../complaints/clock.ts";
import type { AuditChain } from "./audit-chain.ts";
import { type Bulk, DAY_MS, iso, RefCounter, type Rng } from "./bulk.ts";
import { officerFor, type Tree } from "./tree.ts";

const SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾";
const GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰";
/**
 * A summary with the facts a handler would write down, the root cause found when it was closed, and the cause
 * (JR/T 0169 axis C) it is filed under.
 */
const MATTERS = [
  [
    "理财产品到期收益低于宣传",
    "客户称购买时理财经理口头承诺收益，到期实际收益低于业绩比较基准。",
    "销售时未讲清业绩比较基准不代表实际收益",
    "08",
  ],
  ["排队等候时间过长", "午间仅开两个窗口，客户等候一小时以上，多次询问未获答复。", "午间窗口排班不足", "01"],
  [
    "信用卡年费未经告知扣收",
    "客户称办卡时未被告知年费标准，账单出现年费扣收。",
    "办卡时收费告知不完整",
    "07",
  ],
  ["柜员服务态度冷淡", "客户办理挂失时多次询问流程，柜员回答不耐烦。", "柜员服务规范执行不到位", "01"],
  [
    "手机银行转账失败未及时退回",
    "转账显示失败但款项已扣，三天后仍未退回。",
    "系统差错处理流程时限过长",
    "02",
  ],
  [
    "贷款提前还款违约金有异议",
    "客户认为合同未明确约定提前还款违约金的计算方式。",
    "合同条款解释不充分",
    "09",
  ],
  [
    "大额取现要求预约不满",
    "客户临时取现五万元被要求预约，认为影响正常用款。",
    "大额取现预约规定宣传不足",
    "03",
  ],
  [
    "代销保险产品未充分揭示风险",
    "客户称购买时被告知与存款一样安全，未被告知退保损失。",
    "代销产品风险揭示不到位",
    "04",
  ],
  [
    "账户被冻结未说明原因",
    "客户账户被限制非柜面交易，网点未说明依据与解除办法。",
    "账户管控告知话术缺失",
    "03",
  ],
  ["短信提醒服务费争议", "客户称从未开通短信提醒却被按月收费。", "服务开通确认记录缺失", "07"],
  ["催收电话打到客户单位", "客户称信用卡逾期后催收人员多次致电其单位同事。", "委外催收管理不到位", "12"],
  ["个人信息被用于营销短信", "客户称未授权却频繁收到本行理财推广短信。", "营销名单授权核验缺失", "11"],
] as const;
const REQUESTS = ["要求赔偿损失", "要求道歉", "要求退还费用", "要求解释原因", "要求撤销业务"];
const RECTIFICATIONS = [
  "已组织网点培训并修订告知话术",
  "已调整窗口排班并加开弹性窗口",
  "已退还相关费用并优化流程",
];

/** Leaf codes of an axis, the first ones more frequent: complaints cluster on a few causes and channels. */
function leaves(axis: Axis) {
  const codes = DEFAULT_CATEGORIES.filter((c) => c.axis === axis).map((c) => c.code);
  return codes.filter((code) => !codes.some((other) => other !== code && other.startsWith(code)));
}
/**
 * A well-formed resident ID number (GB 11643: area, date of birth, sequence, check digit) for pool member
 * `person`, so that sample records pass the checks a real registration passes.
 */
export function residentId(person: number): string {
  const born = new Date(Date.UTC(1950, 0, 1) + (person % 18_000) * DAY_MS).toISOString().slice(0, 10);
  const body = `110101${born.replaceAll("-", "")}${String(person % 1000).padStart(3, "0")}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = weights.reduce((acc, w, i) => acc + w * Number(body[i]), 0);
  return body + "10X98765432"[sum % 11];
}

const skewed = <T>(r: Rng, xs: readonly T[]) => xs[Math.floor(xs.length * r.next() ** 2)];

/** Days the regulator allows (15) as calendar days with weekends and a holiday or two: about 21. */
const DECISION_SPAN_MS = 21 * DAY_MS;

/**
 * Complaints spread over `years` ending at `nowMs`, ids in time order as in production. Those received in
 * the last 12 days are mostly open with their warnings and breach on the scheduler; older ones were
 * decided (a few late), closed, withdrawn or merged. Repeat complainants come from a shared pool.
 */
export async function seedComplaints(
  bulk: Bulk,
  tree: Tree,
  audit: AuditChain,
  r: Rng,
  opts: { count: number; nowMs: number; years: number; progress?: { add(n: number): void } },
) {
  const channels = leaves("channel");
  const businesses = leaves("business_category");
  const refs = new RefCounter("CMP");
  const start = opts.nowMs - opts.years * 365 * DAY_MS;
  const span = opts.nowMs - start - 3600_000;
  const pool = Math.max(1, Math.floor(opts.count * 0.85));
  let extensionId = 0;
  let noticeId = 0;
  for (let i = 0; i < opts.count; i++) {
    const id = i + 1;
    const received = start + ((i + r.next()) / opts.count) * span;
    const outlet = tree.outlets[Math.floor(tree.outlets.length * r.next() ** 1.6)];
    const people = tree.staff.get(outlet.id);
    if (!people) throw new Error(`no staff at ${outlet.code}`);
    const registrar = r.chance(0.7) ? people.lobby_manager : people.teller;
    const handler = r.chance(0.6) ? people.outlet_head : officerFor(tree, outlet);
    const person = r.int(pool);
    const name = SURNAMES[person % SURNAMES.length] + GIVEN[(person >> 5) % GIVEN.length];
    const idNumber = residentId(person);
    const age = opts.nowMs - received;
    const extended = r.chance(0.04);
    const due = received + DECISION_SPAN_MS + (extended ? 30 * DAY_MS : 0);
    let status = "open";
    let decidedAt: number | null = null;
    let endedAt: number | null = null;
    if (age > 12 * DAY_MS || r.chance(age / (12 * DAY_MS) / 2)) {
      const roll = r.next();
      status = roll < 0.85 ? "closed" : roll < 0.93 ? "decided" : roll < 0.98 ? "withdrawn" : "merged";
      const late = r.chance(0.03);
      const handling = late ? DECISION_SPAN_MS + r.next() * 10 * DAY_MS : r.next() ** 2 * 18 * DAY_MS;
      const stop = Math.min(received + 3600_000 + handling, opts.nowMs - 60_000);
      if (status === "closed" || status === "decided") decidedAt = stop;
      if (status !== "decided") endedAt = status === "closed" ? stop + 2 * DAY_MS : stop;
      if (endedAt !== null) endedAt = Math.min(endedAt, opts.nowMs - 60_000);
    }
    const ref = refs.next(received);
    const matter = skewed(r, MATTERS);
    const decided: z.infer<typeof decision> | null =
      decidedAt === null
        ? null
        : {
            findings: `经调阅记录核实：${matter[1]}`,
            basis: "依据我行消费者权益保护工作制度及产品合同约定",
            outcome: r.pick(OUTCOMES),
            compensation: r.chance(0.2) ? 50 + r.int(500) : null,
            remedies: ["review", "mediation", "arbitration", "litigation"],
            decidedAt: iso(decidedAt),
            decidedBy: tree.displayNames.get(handler) ?? "",
          };
    const closing: z.infer<typeof closeBody> | null =
      status === "closed"
        ? {
            rootCause: matter[2],
            rectification: r.pick(RECTIFICATIONS),
            satisfaction: r.chance(0.8)
              ? "satisfied"
              : r.pick(["basically_satisfied", "dissatisfied", "unreachable"]),
            publishAsCase: false,
          }
        : null;
    const breached = decidedAt !== null && decidedAt > due;
    bulk.add("complaints", {
      id,
      ref,
      kind: "complaint",
      status,
      org_unit_id: outlet.id,
      channel_code: skewed(r, channels),
      business_category_code: skewed(r, businesses),
      cause_code: matter[3],
      source: r.chance(0.85) ? "customer" : r.pick(["pboc", "regulator", "petition", "other"]),
      grade: r.chance(0.9) ? "ordinary" : r.chance(0.8) ? "complex" : "major",
      sensitive_tags_json: r.chance(0.03) ? '["public_opinion"]' : "[]",
      received_at: iso(received),
      clock_started_at: iso(received),
      summary: matter[0],
      facts: r.chance(0.7) ? matter[1] : null,
      request: r.pick(REQUESTS),
      complainant_kind: "person",
      complainant_name: name,
      complainant_phone: `13${String(100000000 + person).slice(-9)}`,
      complainant_id_number: idNumber,
      complainant_extra_json: '{"representatives":[]}',
      complainant_key: `id:${idNumber}`,
      in_person: r.chance(0.4) ? 1 : 0,
      handler_user_id: handler,
      extension_level: extended ? 1 : 0,
      decision_due_at: status === "withdrawn" || status === "merged" ? null : iso(due),
      breached_at: breached ? iso(due + 60_000) : null,
      merged_into_id: status === "merged" && id > 1 ? id - 1 - r.int(Math.min(id - 1, 500)) : null,
      decision_json: decided && JSON.stringify(decided),
      decided_at: decidedAt === null ? null : iso(decidedAt),
      closing_json: closing && JSON.stringify(closing),
      ended_at: endedAt === null ? null : iso(endedAt),
      created_by: registrar,
      created_at: iso(received),
      updated_at: iso(endedAt ?? decidedAt ?? received),
    });
    if (extended) {
      bulk.add("complaint_extensions", {
        id: ++extensionId,
        complaint_id: id,
        level: 1,
        reason: "需调取交易记录核实",
        status: "approved",
        requested_by: handler,
        requested_at: iso(received + 10 * DAY_MS),
        decided_by: officerFor(tree, outlet),
        decided_at: iso(received + 11 * DAY_MS),
        note: null,
      });
    }
    if (decidedAt !== null) {
      bulk.add("complaint_notices", {
        id: ++noticeId,
        complaint_id: id,
        purpose: "decision",
        channel: r.pick(["sms", "phone", "letter_posted"]),
        at: iso(decidedAt),
        note: null,
        recorded_by: handler,
      });
    }
    if (status === "open") {
      // Nothing falls due while the bench runs: a tick at start must not fire a backlog.
      const dueMs = Math.max(due, opts.nowMs + DAY_MS);
      const warnAt = dueMs - 3 * DAY_MS;
      if (warnAt > opts.nowMs + DAY_MS / 2) {
        bulk.add("due_items", { kind: DUE_KINDS.before, subject_id: id, due_at: iso(warnAt), attempts: 0 });
      }
      bulk.add("due_items", {
        kind: DUE_KINDS.breach,
        subject_id: id,
        due_at: iso(dueMs + DAY_MS),
        attempts: 0,
      });
    }
    audit.add({
      at: iso(received),
      actorId: registrar,
      actorUsername: tree.usernames.get(registrar) ?? "",
      action: "complaints.register",
      entityType: "complaint",
      entityId: id,
      orgUnit: outlet,
      after: { grade: "ordinary", handlerId: handler },
    });
    opts.progress?.add(1);
    await bulk.maybeFlush();
  }
  return refs.rows();
}
