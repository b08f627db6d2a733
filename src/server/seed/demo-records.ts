import type { Role } from "../../domain/auth/roles.ts";
import type { CaseOutcome } from "../../domain/cases/vocabulary.ts";
import type { MaterialStatus } from "../../domain/compliance/review.ts";
import type { Channel, MaterialType } from "../../domain/compliance/vocabulary.ts";
import { appendAudit, SYSTEM_ACTOR } from "../audit/append.ts";
import { indexText } from "../cases/segment.ts";
import { rebuildFigures } from "../complaints/figures/rebuild.ts";
import { checkAt } from "../compliance/ruleset.ts";
import type { Db } from "../db/database.ts";
import { AuditChain } from "./audit-chain.ts";
import { Bulk, DAY_MS, iso, RefCounter, type Rng, rng } from "./bulk.ts";
import { seedComplaints } from "./complaints.ts";
import { seedConsumerProtection } from "./consumer-protection.ts";
import { seedExceptions, seedIncidents } from "./outlet-records.ts";
import { moveSequencesPastIds } from "./sequences.ts";
import type { Tree, Unit } from "./tree.ts";

/** About three months of a small bank's life: enough for every list, chart and panel to show something. */
const SPAN_YEARS = 0.25;
const COUNTS = { complaints: 360, incidents: 60, exceptions: 120 };

/**
 * Fills the demo tree with sample records written by the bench's generators (complaints in every state,
 * incidents closed with reviews and sent reports, counter exceptions), then published cases and reviewed
 * marketing materials, all in the audit chain and the statistics rollup, as the commands would have left them.
 */
export async function seedDemoRecords(db: Db, opts: { timeZone: string; now: Date }): Promise<void> {
  const nowMs = opts.now.getTime();
  const r = rng(20261205);
  const tree = await demoTree(db);
  const bulk = new Bulk(db);
  const lastAudit = await db
    .selectFrom("audit_log")
    .select((eb) => eb.fn.max("id").as("id"))
    .executeTakeFirst();
  const heads = await db.selectFrom("audit_heads").selectAll().execute();
  const audit = new AuditChain(bulk, { lastId: Number(lastAudit?.id ?? 0), heads });
  const span = { nowMs, years: SPAN_YEARS };
  const refRows = [
    ...(await seedComplaints(bulk, tree, audit, r, { count: COUNTS.complaints, ...span })),
    ...(await seedIncidents(bulk, tree, audit, r, { count: COUNTS.incidents, ...span })),
    ...(await seedExceptions(bulk, tree, audit, r, { count: COUNTS.exceptions, ...span })),
    ...seedCases(bulk, tree, audit, r, nowMs),
    ...(await seedMaterials(db, bulk, tree, audit, r, nowMs)),
  ];
  await bulk.flush();
  await moveSequencesPastIds(db, [
    "audit_log",
    "complaints",
    "complaint_extensions",
    "complaint_notices",
    "incidents",
    "incident_tasks",
    "incident_events",
    "counter_exceptions",
    "counter_exception_events",
    "cases",
    "marketing_materials",
    "material_versions",
  ]);
  await rebuildFigures(db, opts.timeZone);
  await db.transaction().execute(async (trx) => {
    await trx.insertInto("ref_counters").values(refRows).execute();
    for (const head of audit.heads()) {
      await trx
        .insertInto("audit_heads")
        .values(head)
        .onConflict((oc) =>
          oc.column("chain").doUpdateSet({ last_id: head.last_id, last_hash: head.last_hash }),
        )
        .execute();
    }
    await appendAudit(trx, SYSTEM_ACTOR, {
      action: "system.seed_demo_records",
      entityType: "system",
      orgUnit: tree.hq,
      after: { ...COUNTS, months: SPAN_YEARS * 12 },
    });
  });
  await seedConsumerProtection(db, r, opts);
}

/**
 * The demo tree in the generators' shape. Outlets with staff come first (the generators favour the first
 * outlets); an outlet without someone in a role borrows the nearest colleague above it, as a sub-branch
 * officer steps in for a small outlet.
 */
async function demoTree(db: Db): Promise<Tree> {
  const units = await db
    .selectFrom("org_units")
    .select(["id", "code", "name", "kind", "path", "parent_id"])
    .orderBy("id")
    .execute();
  const users = await db
    .selectFrom("users")
    .select(["id", "username", "display_name", "role", "org_unit_id"])
    .orderBy("id")
    .execute();
  const byId = new Map(
    units.map((u): [number, Unit] => [
      u.id,
      { id: u.id, code: u.code, name: u.name, kind: u.kind, path: u.path, parentId: u.parent_id },
    ]),
  );
  const upward = (unit: Unit): Unit[] => {
    const chain: Unit[] = [];
    for (let u: Unit | undefined = unit; u; u = u.parentId === null ? undefined : byId.get(u.parentId))
      chain.push(u);
    return chain;
  };
  /** The first user, at the unit or above it, whose role is one of `roles` (in order of preference). */
  const nearest = (unit: Unit, roles: readonly Role[]): number => {
    for (const role of roles)
      for (const u of upward(unit)) {
        const found = users.find((p) => p.org_unit_id === u.id && p.role === role);
        if (found) return found.id;
      }
    return users[0].id;
  };
  const all = [...byId.values()];
  const hq = all.find((u) => u.kind === "head_office") ?? all[0];
  const staffed = (u: Unit) => users.some((p) => p.org_unit_id === u.id);
  const outlets = all
    .filter((u) => u.kind === "outlet")
    .sort((a, b) => Number(staffed(b)) - Number(staffed(a)) || a.id - b.id);
  const desk: Role[] = ["lobby_manager", "teller", "outlet_head", "cp_officer", "manager"];
  const staff: Tree["staff"] = new Map(
    outlets.map((o) => [
      o.id,
      {
        outlet_head: nearest(o, ["outlet_head", "manager", "cp_officer"]),
        lobby_manager: nearest(o, desk),
        teller: nearest(o, ["teller", ...desk]),
        wealth_manager: nearest(o, ["wealth_manager", ...desk]),
      },
    ]),
  );
  const officers = new Map(all.map((u) => [u.id, nearest(u, ["cp_officer", "manager", "administrator"])]));
  return {
    hq,
    branches: all.filter((u) => u.kind === "branch"),
    subBranches: all.filter((u) => u.kind === "sub_branch"),
    outlets,
    staff,
    officers,
    usernames: new Map(users.map((u) => [u.id, u.username])),
    displayNames: new Map(users.map((u) => [u.id, u.display_name])),
  };
}

interface DemoCase {
  title: string;
  category: string;
  outcome: CaseOutcome;
  story: string;
  lessons: string;
  tags: string[];
}

/** Published cases, written in our own words, over the kinds of trouble an outlet meets. */
const CASES: DemoCase[] = [
  {
    title: "网络谣言引发储户集中取款",
    category: "crowd_surge",
    outcome: "resolved_on_site",
    story:
      "周五上午，微信群流传本行将倒闭的不实消息，网点客流骤增，数十名储户排队要求取出全部存款，部分客户情绪激动。",
    lessons:
      "第一时间上报并启动预案；增开窗口、保证现金供应，让客户看到取款顺畅；由负责人统一口径说明存款受存款保险保护，澄清谣言；联系属地监管部门及时辟谣。",
    tags: ["挤兑", "谣言", "现金供应"],
  },
  {
    title: "理财产品到期收益低于预期引发投诉",
    category: "08",
    outcome: "resolved_after_follow_up",
    story:
      "客户购买一款净值型理财产品，到期收益低于销售时介绍的业绩比较基准，认为理财经理承诺过收益，要求赔偿差额。",
    lessons:
      "销售时须讲清业绩比较基准不是预期收益，完成风险测评与双录；处理时调取双录核实，向客户解释净值波动原因。",
    tags: ["理财", "业绩比较基准", "双录"],
  },
  {
    title: "代销保险被说成存款",
    category: "04",
    outcome: "compensated",
    story: "老年客户到网点存定期，被推荐购买一款保险产品，客户以为是存款，需要用钱时才发现退保有损失。",
    lessons: "不得将保险、理财产品与存款混同宣传；对老年客户加强适当性管理，销售前确认客户真实意愿。",
    tags: ["代销", "误导销售", "老年客户"],
  },
  {
    title: "核心系统中断时的现场安抚",
    category: "system_failure",
    outcome: "resolved_on_site",
    story: "营业中核心系统中断四十分钟，柜面与自助设备均无法办理，大厅滞留客户二十余人。",
    lessons: "立即张贴暂停公告，登记急需办理的客户并承诺回电；与科技部门保持联系，按时向客户通报恢复进度。",
    tags: ["系统故障", "公告", "安抚"],
  },
  {
    title: "客户在大堂拍摄并扬言曝光",
    category: "media_interview",
    outcome: "resolved_on_site",
    story: "客户因账户被限制非柜面交易不满，在大堂拍摄视频并称要发到网上曝光。",
    lessons: "不抢夺设备、不与客户争执；引导至接待室了解诉求，按规定说明限制依据与解除途径。",
    tags: ["舆情", "拍摄", "账户限制"],
  },
  {
    title: "午间排队过长引发连环投诉",
    category: "01",
    outcome: "resolved_after_follow_up",
    story: "午间只开两个窗口，客户平均等候超过一小时，当天收到三起关于排队的投诉。",
    lessons: "按客流规律弹性排班，高峰时段增开窗口；大堂经理主动分流至自助设备并告知预计等候时间。",
    tags: ["排队", "弹性排班"],
  },
];

/** Published cases, each written by one person and published by another (双人审核). */
function seedCases(bulk: Bulk, tree: Tree, audit: AuditChain, r: Rng, nowMs: number) {
  const refs = new RefCounter("CASE");
  CASES.forEach((c, i) => {
    const id = i + 1;
    const outlet = tree.outlets[i % 3];
    const author = tree.staff.get(outlet.id)?.outlet_head ?? tree.hq.id;
    const officer = tree.officers.get(outlet.id) ?? tree.hq.id;
    const publisher = officer === author ? (tree.officers.get(tree.hq.id) ?? tree.hq.id) : officer;
    const created = nowMs - (80 - i * 12) * DAY_MS;
    const published = created + (1 + r.int(3)) * DAY_MS;
    const ref = refs.next(created);
    bulk.add("cases", {
      id,
      ref,
      org_unit_id: outlet.id,
      title: c.title,
      category: c.category,
      outcome: c.outcome,
      occurred_on: iso(created - 5 * DAY_MS).slice(0, 10),
      story: c.story,
      lessons: c.lessons,
      tags: JSON.stringify(c.tags),
      source_kind: "manual",
      source_ref: null,
      status: "published",
      search_text: indexText([c.title, c.story, c.lessons, ...c.tags]),
      created_by: author,
      created_at: iso(created),
      updated_at: iso(published),
      published_by: publisher,
      published_at: iso(published),
    });
    const entry = {
      entityType: "case",
      entityId: id,
      orgUnit: outlet,
    };
    audit.add({
      ...entry,
      at: iso(created),
      actorId: author,
      actorUsername: tree.usernames.get(author) ?? "",
      action: "cases.create",
      after: { ref, title: c.title, sourceKind: "manual", sourceRef: null },
    });
    audit.add({
      ...entry,
      at: iso(published),
      actorId: publisher,
      actorUsername: tree.usernames.get(publisher) ?? "",
      action: "cases.publish",
      before: { status: "draft" },
      after: { status: "published" },
    });
  });
  return refs.rows();
}

interface DemoMaterial {
  title: string;
  channel: Channel;
  type: MaterialType;
  text: string;
  status: MaterialStatus;
  comment: string | null;
}

const MATERIALS: DemoMaterial[] = [
  {
    title: "稳健理财季度推介海报",
    channel: "lobby_poster",
    type: "wealth_product",
    text: "本产品业绩比较基准为年化2.8%–3.2%，依据同类资产历史表现测算，不是预期收益率。本产品不保本，收益不确定，可能低于业绩比较基准甚至为零。理财非存款，产品有风险，投资须谨慎。",
    status: "approved",
    comment: "风险提示完整，同意发布",
  },
  {
    title: "高收益理财短信",
    channel: "sms",
    type: "wealth_product",
    text: "保本保收益，年化收益率高达5%，全市最高，错过再等一年！",
    status: "rejected",
    comment: "含保本保收益承诺，缺少风险提示，请修改",
  },
  {
    title: "信用卡新户礼宣传页",
    channel: "online",
    type: "card",
    text: "新户办卡并首刷，可获赠积分礼包，详情以活动细则为准。",
    status: "approved",
    comment: null,
  },
  {
    title: "大额存单电话营销话术",
    channel: "phone_script",
    type: "deposit",
    text: "您好，本行大额存单本月起售，起存金额20万元，利率以购买当日公布为准，受存款保险保护。",
    status: "pending_review",
    comment: null,
  },
];

/** Marketing materials at the first outlet: approved, rejected with a comment, and one waiting for review. */
async function seedMaterials(db: Db, bulk: Bulk, tree: Tree, audit: AuditChain, r: Rng, nowMs: number) {
  const refs = new RefCounter("MKT");
  const outlet = tree.outlets[0];
  const people = tree.staff.get(outlet.id);
  const author = people?.wealth_manager ?? tree.hq.id;
  const reviewer = tree.officers.get(outlet.id) ?? tree.hq.id;
  for (const [i, m] of MATERIALS.entries()) {
    const id = i + 1;
    const findings = await checkAt(db, outlet.path, m.text, { kind: "marketing", materialType: m.type });
    const submitted = nowMs - (60 - i * 14) * DAY_MS;
    const reviewed = m.status === "pending_review" ? null : submitted + (1 + r.int(2)) * DAY_MS;
    const ref = refs.next(submitted);
    bulk.add("marketing_materials", {
      id,
      ref,
      org_unit_id: outlet.id,
      title: m.title,
      channel: m.channel,
      material_type: m.type,
      status: m.status,
      current_version: 1,
      created_by: author,
      created_at: iso(submitted),
      updated_at: iso(reviewed ?? submitted),
    });
    bulk.add("material_versions", {
      id,
      material_id: id,
      version: 1,
      title: m.title,
      body: m.text,
      attachment_name: null,
      attachment_type: null,
      attachment_base64: null,
      findings_json: JSON.stringify(findings),
      error_count: findings.filter((f) => f.severity === "error").length,
      warning_count: findings.filter((f) => f.severity === "warning").length,
      status: m.status,
      submitted_by: author,
      submitted_at: iso(submitted),
      reviewed_by: reviewed === null ? null : reviewer,
      reviewed_at: reviewed === null ? null : iso(reviewed),
      review_comment: m.comment,
    });
    const entry = { entityType: "marketing_material", entityId: id, orgUnit: outlet };
    audit.add({
      ...entry,
      at: iso(submitted),
      actorId: author,
      actorUsername: tree.usernames.get(author) ?? "",
      action: "materials.submit",
      after: { ref, title: m.title, version: 1 },
    });
    if (reviewed !== null)
      audit.add({
        ...entry,
        at: iso(reviewed),
        actorId: reviewer,
        actorUsername: tree.usernames.get(reviewer) ?? "",
        action: m.status === "approved" ? "materials.approve" : "materials.reject",
        before: { version: 1, status: "pending_review" },
        after: { version: 1, status: m.status, comment: m.comment },
      });
  }
  return refs.rows();
}
