import type { Transaction } from "kysely";
import { addDays, endOfLocalDay, localDateOf, localTimeOn } from "../../domain/calendar/dates.ts";
import { DEFAULT_RULES } from "../../domain/compliance/default-rules.ts";
import { STEP_KEYS } from "../../domain/incidents/playbook.ts";
import { RECTIFICATION_DUE } from "../../domain/inspections/vocabulary.ts";
import { SCENARIOS } from "../../domain/scripts/scenarios.ts";
import { draftsFromRule, draftsFromScript } from "../../domain/training/drafts.ts";
import { drillScore } from "../../domain/training/drill-schema.ts";
import { gradeQuiz } from "../../domain/training/quiz.ts";
import type { SessionKind } from "../../domain/training/vocabulary.ts";
import { type Actor, appendAudit, SYSTEM_ACTOR } from "../audit/append.ts";
import type { Db } from "../db/database.ts";
import { nextRef } from "../db/refs.ts";
import type { Database } from "../db/schema.ts";
import { appliedVersions } from "../knowhow/store.ts";
import { newSignInKey } from "../training/sign-in-token.ts";
import { DAY_MS, type Rng } from "./bulk.ts";
import { demoPng } from "./images.ts";

type Trx = Transaction<Database>;
type Rgb = [number, number, number];
interface Person {
  id: number;
  username: string;
  unitId: number;
  path: string;
}
interface Ctx {
  trx: Trx;
  r: Rng;
  nowMs: number;
  tz: string;
  people: Map<string, Person>;
  units: Map<string, { id: number; path: string }>;
}

const actor = (p: Person): Actor => ({ id: p.id, username: p.username, ip: "10.0.0.1" });
const iso = (ms: number) => new Date(ms).toISOString();

/**
 * 消保管理 demo rows, so that none of its pages is empty on a fresh start: the last weeks' meetings at
 * 人民路网点 with sign-ins and a graded quiz, the sample drills evaluated, an inspection of 解放路网点 whose failed item was rectified and
 * one of 人民路网点 still rectifying (both with photos), 人民路网点's approved education plan with activities held
 * (those away from the outlet with photos), and 东城分行's self-evaluations: last year's signed off, this year's
 * in draft. Written as the commands write them, each with its audit entry.
 */
export async function seedConsumerProtection(db: Db, r: Rng, opts: { timeZone: string; now: Date }) {
  const users = await db
    .selectFrom("users")
    .innerJoin("org_units", "org_units.id", "users.org_unit_id")
    .select(["users.id", "users.username", "users.org_unit_id", "org_units.path"])
    .execute();
  const units = await db.selectFrom("org_units").select(["id", "code", "path"]).execute();
  const people = new Map(
    users.map((u) => [u.username, { id: u.id, username: u.username, unitId: u.org_unit_id, path: u.path }]),
  );
  const need = ["officer.sb01", "manager.sb01", "head.ot01", "head.ot02", "manager.br01", "teller.ot01"];
  if (need.some((n) => !people.has(n))) return;
  await db.transaction().execute(async (trx) => {
    const ctx: Ctx = {
      trx,
      r,
      nowMs: opts.now.getTime(),
      tz: opts.timeZone,
      people,
      units: new Map(units.map((u) => [u.code, u])),
    };
    await seedTraining(ctx);
    await seedDrillEvaluations(ctx);
    await seedInspections(ctx);
    await seedCampaign(ctx);
    await seedSelfEvaluation(ctx);
  });
}

const person = (c: Ctx, username: string) => c.people.get(username) as Person;
const unit = (c: Ctx, code: string) => c.units.get(code) as { id: number; path: string };
/** A local date `days` ago (negative: ahead) and an instant at `hour`:`minute` on it. */
const dayAgo = (c: Ctx, days: number) => addDays(localDateOf(new Date(c.nowMs), c.tz), -days);
const at = (c: Ctx, days: number, hour: number, minute = 0) =>
  localTimeOn(dayAgo(c, days), hour, c.tz).getTime() + minute * 60_000;

const SESSIONS: [daysAgo: number, kind: SessionKind, hour: number, minutes: number, topic: string][] = [
  [40, "weekly", 17, 60, "上周客诉复盘：排队等候引发的投诉"],
  [33, "topical", 14, 120, "理财销售适当性与“双录”要求"],
  [26, "morning", 8, 30, "取现问用途的应答话术"],
  [19, "drill_review", 16, 45, "客户突发疾病演练讲评"],
  [12, "evening", 17, 30, "老年客户业务办理的耐心与提示"],
  [5, "morning", 8, 30, "非柜面转账额度调整的解释"],
  [1, "morning", 8, 30, "反诈问用途：情绪先行"],
];

async function seedTraining(c: Ctx) {
  const officer = person(c, "officer.sb01");
  const head = person(c, "head.ot01");
  const ot01 = unit(c, "OT01");
  const staff = [...c.people.values()].filter((p) => p.unitId === ot01.id);
  const sessionIds: number[] = [];
  // The drill review goes through the playbook the drill followed, in the version in force at the outlet.
  const [illness] = await appliedVersions(c.trx, "playbook", ot01.path, "customer_illness_injury");
  for (const [daysAgo, kind, hour, minutes, topic] of SESSIONS) {
    const starts = at(c, daysAgo, hour, 30);
    const trainer = kind === "topical" || kind === "drill_review" ? officer : head;
    const ref = await nextRef(c.trx, "TRN", new Date(starts), c.tz);
    const script =
      kind === "morning" ? (c.r.chance(0.5) ? "large-cash-purpose" : "transfer-quota-cut") : null;
    const { id } = await c.trx
      .insertInto("training_sessions")
      .values({
        ref,
        org_unit_id: ot01.id,
        kind,
        topic,
        trainer_id: trainer.id,
        starts_at: iso(starts),
        ends_at: iso(starts + minutes * 60_000),
        notes: "",
        materials_json: JSON.stringify(
          script
            ? [{ kind: "script", ref: script }]
            : kind === "drill_review" && illness
              ? [{ kind: "playbook", ref: illness.key, versionId: illness.versionId }]
              : [],
        ),
        sign_in_key: newSignInKey(),
        created_by: trainer.id,
        created_at: iso(starts - DAY_MS),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    sessionIds.push(id);
    await appendAudit(c.trx, actor(trainer), {
      action: "training.session_create",
      entityType: "training_session",
      entityId: id,
      orgUnit: ot01,
      after: { ref, kind, topic },
    });
    // Most of the outlet signs in, a few minutes into the meeting; one or two are off or on leave.
    for (const p of staff.filter((p) => p.id !== trainer.id && !c.r.chance(0.15))) {
      await c.trx
        .insertInto("training_attendance")
        .values({ session_id: id, user_id: p.id, signed_at: iso(starts + c.r.int(6) * 60_000) })
        .execute();
      await appendAudit(c.trx, actor(p), {
        action: "training.sign_in",
        entityType: "training_session",
        entityId: id,
        orgUnit: ot01,
        after: { userId: p.id },
      });
    }
  }

  // The question bank, drafted from a script and two rules as an officer would, and a quiz on the latest meeting.
  const scenario = SCENARIOS.find((s) => s.id === "large-cash-purpose");
  const rules = DEFAULT_RULES.filter((x) => x.id === "mkt.no_risk" || x.id === "svc.dead_end");
  const drafts = [
    ...(scenario ? draftsFromScript(scenario).slice(0, 3) : []),
    ...rules.flatMap((x) => draftsFromRule({ code: x.id, ...x }).slice(0, 1)),
  ];
  const sb01 = unit(c, "SB01");
  const questions = [];
  for (const d of drafts) {
    const { id } = await c.trx
      .insertInto("quiz_questions")
      .values({
        org_unit_id: sb01.id,
        kind: d.kind,
        text: d.text,
        options_json: JSON.stringify(d.options),
        correct_json: JSON.stringify(d.correct),
        explanation: d.explanation,
        created_by: officer.id,
        created_at: iso(c.nowMs - 3 * DAY_MS),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    questions.push({ id, kind: d.kind, correct: d.correct, options: d.options.length || 2 });
    await appendAudit(c.trx, actor(officer), {
      action: "training.question_create",
      entityType: "quiz_question",
      entityId: id,
      orgUnit: sb01,
      after: { kind: d.kind, text: d.text },
    });
  }
  const sessionId = sessionIds.at(-1) as number;
  const title = "晨会随堂测验：反诈问用途";
  const { id: quizId } = await c.trx
    .insertInto("quizzes")
    .values({
      org_unit_id: ot01.id,
      title,
      session_id: sessionId,
      roles_json: "[]",
      due_at: null,
      question_ids_json: JSON.stringify(questions.map((q) => q.id)),
      created_by: officer.id,
      created_at: iso(at(c, 1, 8, 35)),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await appendAudit(c.trx, actor(officer), {
    action: "training.quiz_create",
    entityType: "quiz",
    entityId: quizId,
    orgUnit: ot01,
    after: { title, questionIds: questions.map((q) => q.id), sessionId, roles: [] },
  });
  const attendees = await c.trx
    .selectFrom("training_attendance")
    .select("user_id")
    .where("session_id", "=", sessionId)
    .execute();
  for (const [i, a] of attendees.entries()) {
    // Mostly right: now and then a wrong option, so results differ from person to person.
    const answers = Object.fromEntries(
      questions.map((q) => [
        String(q.id),
        c.r.chance(0.8) || q.kind === "multiple" ? q.correct : [(q.correct[0] + 1) % q.options],
      ]),
    );
    const graded = gradeQuiz(questions, answers);
    const submitted = iso(at(c, 1, 8, 40 + i));
    await c.trx
      .insertInto("quiz_attempts")
      .values({
        quiz_id: quizId,
        user_id: a.user_id,
        answers_json: JSON.stringify(answers),
        results_json: JSON.stringify(graded.results),
        score: graded.score,
        right_count: graded.right,
        total: graded.total,
        submitted_at: submitted,
      })
      .execute();
    const taker = [...c.people.values()].find((p) => p.id === a.user_id) as Person;
    await appendAudit(c.trx, actor(taker), {
      action: "training.quiz_submit",
      entityType: "quiz",
      entityId: quizId,
      orgUnit: ot01,
      after: { userId: a.user_id, score: graded.score },
    });
  }
}

const WENT_WRONG = [
  "安抚客户时站位不当，挡住了疏散通道。",
  "上报支行晚了几分钟，值班电话未第一时间接通。",
  "分工清楚，处置有序；跟进记录补写较晚。",
];

/** The sample drills that are under control, each evaluated by the officer above its outlet. */
async function seedDrillEvaluations(c: Ctx) {
  const drills = await c.trx
    .selectFrom("incidents as i")
    .innerJoin("org_units as ou", "ou.id", "i.org_unit_id")
    .select([
      "i.id",
      "i.reported_by",
      "i.reported_at",
      "i.ack_due_at",
      "i.acknowledged_at",
      "i.stabilised_at",
      "ou.id as org_id",
      "ou.path",
    ])
    .where("i.drill", "=", 1)
    .where("i.stabilised_at", "is not", null)
    .orderBy("i.id")
    .execute();
  const officers = [...c.people.values()].filter((p) => p.username.startsWith("officer."));
  const minutes = (from: string, to: string | null) =>
    to === null ? null : Math.round((Date.parse(to) - Date.parse(from)) / 60_000);
  for (const [i, d] of drills.entries()) {
    const evaluator = officers.find((o) => d.path.startsWith(o.path)) ?? person(c, "officer.sb01");
    const stepScores = Object.fromEntries(STEP_KEYS.map((k) => [k, 3 + c.r.int(3)]));
    const tasks = await c.trx
      .selectFrom("incident_tasks")
      .select("done_by")
      .where("incident_id", "=", d.id)
      .where("done_by", "is not", null)
      .execute();
    const participants = [...new Set([d.reported_by, ...tasks.map((t) => t.done_by as number)])];
    const score = drillScore(stepScores);
    await c.trx
      .insertInto("drill_evaluations")
      .values({
        incident_id: d.id,
        step_scores_json: JSON.stringify(stepScores),
        score,
        ack_minutes: minutes(d.reported_at, d.acknowledged_at),
        stabilise_minutes: minutes(d.reported_at, d.stabilised_at),
        ack_target_minutes: minutes(d.reported_at, d.ack_due_at) ?? 0,
        stabilise_target_minutes: 30,
        went_wrong: WENT_WRONG[i % WENT_WRONG.length],
        participants_json: JSON.stringify(participants),
        evaluated_by: evaluator.id,
        evaluated_at: d.stabilised_at as string,
      })
      .execute();
    await appendAudit(c.trx, actor(evaluator), {
      action: "training.drill_evaluate",
      entityType: "incident",
      entityId: d.id,
      orgUnit: { id: d.org_id, path: d.path },
      after: { score, stepScores, participantIds: participants },
    });
  }
}

async function seedInspections(c: Ctx) {
  const officer = person(c, "officer.sb01");
  const items = await c.trx
    .selectFrom("inspection_checklist_items")
    .selectAll()
    .where("disabled_at", "is", null)
    .orderBy("position")
    .execute();
  if (items.length === 0) return;
  const visits: {
    code: string;
    owner: string;
    daysAgo: number;
    failed: string;
    note: string;
    /** Days after the visit the owner closed it, or null: still open. */
    closedAfter: number | null;
    /** Photos of the failed item, taken by the inspector, and of the rectified state, by its owner. */
    photos: string[];
    evidence: string[];
  }[] = [
    {
      code: "OT02",
      owner: "head.ot02",
      daysAgo: 24,
      failed: "first_aid_kit",
      note: "急救药箱中碘伏、创可贴已过期，缺少一次性手套。",
      closedAfter: 6,
      photos: ["急救药箱-过期药品.png", "急救药箱-缺少手套.png"],
      evidence: ["急救药箱-已补齐.png"],
    },
    {
      code: "OT01",
      owner: "head.ot01",
      daysAgo: 3,
      failed: "marketing_approved",
      note: "大堂易拉宝“稳健理财”海报未见审查记录。",
      closedAfter: null,
      photos: ["大堂易拉宝.png"],
      evidence: [],
    },
  ];
  for (const v of visits) {
    const outlet = unit(c, v.code);
    const owner = person(c, v.owner);
    const started = at(c, v.daysAgo, 10);
    const submitted = started + 90 * 60_000;
    const ref = await nextRef(c.trx, "INS", new Date(started), c.tz);
    const closedAt = v.closedAfter === null ? null : at(c, v.daysAgo - v.closedAfter, 15);
    const { id } = await c.trx
      .insertInto("inspections")
      .values({
        ref,
        org_unit_id: outlet.id,
        status: closedAt === null ? "rectifying" : "closed",
        inspector_id: officer.id,
        summary: "例行季度检查，其余项目符合要求。",
        started_at: iso(started),
        submitted_at: iso(submitted),
        closed_at: closedAt === null ? null : iso(closedAt),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const dueOn = dayAgo(c, v.daysAgo - 7);
    let failedResult = 0;
    for (const [i, item] of items.entries()) {
      const failed = item.code === v.failed;
      const { id: resultId } = await c.trx
        .insertInto("inspection_results")
        .values({
          inspection_id: id,
          position: i + 1,
          code: item.code,
          label_zh: item.label_zh,
          label_en: item.label_en,
          outcome: failed ? "fail" : "pass",
          note: failed ? v.note : null,
          owner_id: failed ? owner.id : null,
          due_on: failed ? dueOn : null,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      if (failed) failedResult = resultId;
    }
    const dueAt = endOfLocalDay(dueOn, c.tz);
    const { id: rectificationId } = await c.trx
      .insertInto("rectifications")
      .values({
        inspection_id: id,
        result_id: failedResult,
        org_unit_id: outlet.id,
        owner_id: owner.id,
        due_on: dueOn,
        due_at: dueAt.toISOString(),
        status: closedAt === null ? "open" : "closed",
        evidence_note:
          closedAt === null ? null : "已补齐药品和手套，更换过期药品，由网点负责人每月检查一次。",
        closed_at: closedAt === null ? null : iso(closedAt),
        closed_by: closedAt === null ? null : owner.id,
        created_at: iso(submitted),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    if (closedAt === null) {
      const remindAt = localTimeOn(addDays(dueOn, -1), 9, c.tz);
      await c.trx
        .insertInto("due_items")
        .values([
          {
            kind: RECTIFICATION_DUE.overdue,
            subject_id: rectificationId,
            due_at: dueAt.toISOString(),
            attempts: 0,
          },
          ...(remindAt.getTime() > c.nowMs
            ? [
                {
                  kind: RECTIFICATION_DUE.reminder,
                  subject_id: rectificationId,
                  due_at: remindAt.toISOString(),
                  attempts: 0,
                },
              ]
            : []),
        ])
        .execute();
    }
    const audit = (
      a: Actor,
      action:
        | "inspections.start"
        | "inspections.photo_add"
        | "inspections.submit"
        | "inspections.close"
        | "rectifications.evidence_add"
        | "rectifications.close",
      entityType: "inspection" | "rectification",
      entityId: number,
      after: unknown,
    ) => appendAudit(c.trx, a, { action, entityType, entityId, orgUnit: outlet, after });
    await audit(actor(officer), "inspections.start", "inspection", id, { ref, items: items.length });
    for (const [i, name] of v.photos.entries()) {
      const photo = await insertInspectionPhoto(c, officer, name, started + (20 + i) * 60_000, {
        inspection_id: id,
        result_id: failedResult,
      });
      await audit(actor(officer), "inspections.photo_add", "inspection", id, { code: v.failed, ...photo });
    }
    await audit(actor(officer), "inspections.submit", "inspection", id, {
      status: closedAt === null ? "rectifying" : "closed",
      fail: 1,
      items: items.length,
    });
    if (closedAt !== null) {
      for (const name of v.evidence) {
        const photo = await insertInspectionPhoto(c, owner, name, closedAt - 60 * 60_000, {
          inspection_id: id,
          rectification_id: rectificationId,
        });
        await audit(actor(owner), "rectifications.evidence_add", "rectification", rectificationId, photo);
      }
      await audit(actor(owner), "rectifications.close", "rectification", rectificationId, {
        status: "closed",
      });
      await audit(actor(owner), "inspections.close", "inspection", id, { status: "closed" });
    }
  }
}

/** Colours of the demo photos, taken in turn: a gradient's two ends and the band across it. */
const PHOTO_COLOURS: [Rgb, Rgb, Rgb][] = [
  [
    [214, 228, 240],
    [120, 160, 200],
    [200, 60, 50],
  ],
  [
    [240, 230, 210],
    [190, 150, 100],
    [40, 110, 70],
  ],
  [
    [225, 240, 225],
    [110, 170, 120],
    [230, 180, 40],
  ],
  [
    [235, 225, 240],
    [150, 120, 190],
    [30, 90, 160],
  ],
];

/** A demo photo as an upload is kept: a real image (its colours picked by its name), who took it and when. */
function demoPhoto(by: Person, name: string, atMs: number) {
  const pick = [...name].reduce((sum, ch) => sum + (ch.codePointAt(0) ?? 0), 0) % PHOTO_COLOURS.length;
  const [from, to, band] = PHOTO_COLOURS[pick] as [Rgb, Rgb, Rgb];
  const data = demoPng(240, 160, from, to, band);
  return {
    file_name: name,
    mime: "image/png",
    size: data.length,
    data,
    uploaded_by: by.id,
    uploaded_at: iso(atMs),
  };
}

/** A photo of an inspection's finding or rectification, stored as the upload route stores it. */
async function insertInspectionPhoto(
  c: Ctx,
  by: Person,
  name: string,
  atMs: number,
  of: { inspection_id: number; result_id?: number; rectification_id?: number },
) {
  const photo = demoPhoto(by, name, atMs);
  const { id } = await c.trx
    .insertInto("inspection_photos")
    .values({ ...of, ...photo })
    .returning("id")
    .executeTakeFirstOrThrow();
  return { photoId: id, name, size: photo.size };
}

async function seedCampaign(c: Ctx) {
  const head = person(c, "head.ot01");
  const manager = person(c, "manager.sb01");
  const ot01 = unit(c, "OT01");
  const year = Number(dayAgo(c, 0).slice(0, 4));
  const created = c.nowMs - 60 * DAY_MS;
  const { id: planId } = await c.trx
    .insertInto("education_plans")
    .values({
      org_unit_id: ot01.id,
      year,
      status: "approved",
      target_groups: JSON.stringify(["elderly", "youth_students", "new_citizens", "general_public"]),
      themes: "防范电信网络诈骗；理性投资、认清理财非存款；保护个人信息；适老化服务与反养老诈骗",
      campaign_codes: JSON.stringify(["cp_315", "into_homes", "knowledge_journey", "bank_own"]),
      submitted_by: head.id,
      submitted_at: iso(created + DAY_MS),
      decided_by: manager.id,
      decided_at: iso(created + 3 * DAY_MS),
      decision_comment: "计划覆盖重点人群，同意。",
      created_at: iso(created),
      updated_at: iso(created + 3 * DAY_MS),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const months: [number, string | null, string, string, number][] = [
    [3, "cp_315", "elderly", "“3·15”进社区：识破养老诈骗", 2],
    [3, "cp_315", "general_public", "网点消费者权益日宣传", 1],
    [5, "bank_own", "youth_students", "校园防范电信诈骗讲座", 1],
    [6, "into_homes", "new_citizens", "新市民金融服务与账户安全", 1],
    [9, "knowledge_journey", "elderly", "金融知识万里行：老年人防骗", 2],
    [10, "knowledge_journey", "youth_students", "大学生理性消费与防校园贷", 1],
    [12, "bank_own", "general_public", "年末个人信息保护提示", 1],
  ];
  await c.trx
    .insertInto("education_plan_months")
    .values(
      months.map(([month, campaign, group, topic, count]) => ({
        plan_id: planId,
        month,
        campaign_code: campaign,
        target_group: group as "elderly",
        topic,
        planned_count: count,
      })),
    )
    .execute();
  for (const [action, a, after] of [
    ["campaigns.plan_create", head, { year }],
    ["campaigns.plan_submit", head, { status: "submitted" }],
    ["campaigns.plan_approve", manager, { status: "approved" }],
  ] as const)
    await appendAudit(c.trx, actor(a), {
      action,
      entityType: "education_plan",
      entityId: planId,
      orgUnit: ot01,
      after,
    });
  const held: [
    daysAgo: number,
    string | null,
    "community" | "outlet" | "school",
    string,
    string,
    number,
    string,
  ][] = [
    [
      50,
      "knowledge_journey",
      "community",
      "幸福里社区活动室",
      "elderly",
      46,
      "老人们对冒充子女借钱的骗局印象深刻，希望多来几次。",
    ],
    [
      38,
      "bank_own",
      "school",
      "市第三中学报告厅",
      "youth_students",
      120,
      "学生提问踊跃，班主任建议每学期一次。",
    ],
    [21, "knowledge_journey", "outlet", "人民路网点大堂", "elderly", 18, "结合等候时间讲解，效果好。"],
    [9, "bank_own", "outlet", "人民路网点大堂", "general_public", 32, "发放个人信息保护折页 60 份。"],
  ];
  for (const [daysAgo, campaign, placeKind, place, group, reached, feedback] of held) {
    const recorded = at(c, daysAgo, 18);
    const ref = await nextRef(c.trx, "EDU", new Date(recorded), c.tz);
    const topic = months.find((m) => m[2] === group)?.[3] ?? "金融知识宣传";
    const { id } = await c.trx
      .insertInto("education_activities")
      .values({
        ref,
        org_unit_id: ot01.id,
        campaign_code: campaign,
        held_on: dayAgo(c, daysAgo),
        place_kind: placeKind,
        place,
        target_group: group as "elderly",
        topic,
        people_reached: reached,
        feedback,
        recorded_by: head.id,
        recorded_at: iso(recorded),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await appendAudit(c.trx, actor(head), {
      action: "campaigns.activity_record",
      entityType: "education_activity",
      entityId: id,
      orgUnit: ot01,
      after: { ref, topic, peopleReached: reached },
    });
    // The activities away from the outlet come back with photos of the event.
    if (placeKind === "outlet") continue;
    for (const [i, name] of [`${place}-现场.png`, `${place}-合影.png`].entries()) {
      const photo = demoPhoto(head, name, recorded + (i + 1) * 60_000);
      const { id: photoId } = await c.trx
        .insertInto("education_activity_photos")
        .values({ activity_id: id, ...photo })
        .returning("id")
        .executeTakeFirstOrThrow();
      await appendAudit(c.trx, actor(head), {
        action: "campaigns.activity_photo_add",
        entityType: "education_activity",
        entityId: id,
        orgUnit: ot01,
        after: { photoId, name, size: photo.size },
      });
    }
  }
}

/** 东城分行's consumer-protection officer, who prepares its self-evaluations for the manager to sign off. */
async function branchOfficer(c: Ctx): Promise<Person> {
  const br01 = unit(c, "BR01");
  const manager = person(c, "manager.br01");
  // Every demo user has the same password: the manager's hash serves, without hashing it again.
  const { password_hash } = await c.trx
    .selectFrom("users")
    .select("password_hash")
    .where("id", "=", manager.id)
    .executeTakeFirstOrThrow();
  const values = {
    username: "officer.br01",
    display_name: "分行消保专员 孟洁",
    role: "cp_officer" as const,
    org_unit_id: br01.id,
    password_hash,
    created_at: iso(c.nowMs - 400 * DAY_MS),
  };
  const { id } = await c.trx.insertInto("users").values(values).returning("id").executeTakeFirstOrThrow();
  await appendAudit(c.trx, SYSTEM_ACTOR, {
    action: "users.create",
    entityType: "user",
    entityId: id,
    orgUnit: br01,
    after: { username: values.username, displayName: values.display_name, role: values.role },
  });
  return { id, username: values.username, unitId: br01.id, path: br01.path };
}

const COMMENTS: Record<string, string> = {
  governance: "年度消保工作计划已经分行党委会审议，消保部配备专职人员 3 名。",
  review: "全年宣传材料均经消保审查，驳回件已整改后重新提交。",
  complaints: "投诉按时办结率较高，个别超时件已分析原因并调整排班。",
};

/**
 * 东城分行's self-evaluations: last year's scored in full and signed off by the branch manager early this year
 * (so that this year's page has last year's figures beside it), and this year's draft in progress.
 */
async function seedSelfEvaluation(c: Ctx) {
  const officer = await branchOfficer(c);
  const manager = person(c, "manager.br01");
  const year = Number(dayAgo(c, 0).slice(0, 4));
  const lastCreated = Date.UTC(year - 1, 11, 1, 2);
  const signedOff = Math.min(Date.UTC(year, 0, 20, 6), c.nowMs - DAY_MS);
  const last = await startEvaluation(c, officer, year - 1, lastCreated, (e, i) => ({
    // Most elements near full marks, a few a good way off, as a sheet that was argued over looks.
    score: Math.max(0, e.weight - (i % 3 === 1 ? 3 : i % 4 === 2 ? 5 : 1)),
    comment: COMMENTS[e.code] ?? "已对照评价要点逐项核实佐证材料。",
  }));
  await c.trx
    .updateTable("self_evaluations")
    .set({
      status: "signed_off",
      signed_off_by: manager.id,
      signed_off_at: iso(signedOff),
      updated_at: iso(signedOff),
    })
    .where("id", "=", last.id)
    .execute();
  await appendAudit(c.trx, actor(manager), {
    action: "self_evaluations.sign_off",
    entityType: "self_evaluation",
    entityId: last.id,
    orgUnit: unit(c, "BR01"),
    after: { status: "signed_off", score: last.score },
  });
  // This year: the first elements scored with a comment, the rest still to do, as a draft in progress looks.
  await startEvaluation(c, officer, year, c.nowMs - 4 * DAY_MS, (e) =>
    COMMENTS[e.code] ? { score: e.weight - 2, comment: COMMENTS[e.code] as string } : null,
  );
}

/** One evaluation of BR01 started by `by` at `atMs`, with the scores `scoreOf` gives, each audited as scored. */
async function startEvaluation(
  c: Ctx,
  by: Person,
  year: number,
  atMs: number,
  scoreOf: (e: { code: string; weight: number }, i: number) => { score: number; comment: string } | null,
) {
  const br01 = unit(c, "BR01");
  const elements = await c.trx
    .selectFrom("rating_elements")
    .selectAll()
    .where("disabled_at", "is", null)
    .orderBy("position")
    .execute();
  const { id } = await c.trx
    .insertInto("self_evaluations")
    .values({
      org_unit_id: br01.id,
      year,
      status: "draft",
      prepared_by: by.id,
      created_at: iso(atMs),
      updated_at: iso(atMs),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await appendAudit(c.trx, actor(by), {
    action: "self_evaluations.create",
    entityType: "self_evaluation",
    entityId: id,
    orgUnit: br01,
    after: { year, elements: elements.length },
  });
  let total = 0;
  for (const [i, e] of elements.entries()) {
    const scored = scoreOf(e, i);
    await c.trx
      .insertInto("self_evaluation_items")
      .values({
        evaluation_id: id,
        position: i + 1,
        code: e.code,
        title_zh: e.title_zh,
        title_en: e.title_en,
        weight: e.weight,
        evidence_zh: e.evidence_zh,
        evidence_en: e.evidence_en,
        sources: e.sources,
        score: scored?.score ?? null,
        comment: scored?.comment ?? null,
      })
      .execute();
    if (!scored) continue;
    total += scored.score;
    await appendAudit(c.trx, actor(by), {
      action: "self_evaluations.score",
      entityType: "self_evaluation",
      entityId: id,
      orgUnit: br01,
      before: { code: e.code, score: null },
      after: { code: e.code, score: scored.score },
    });
  }
  return { id, score: total };
}
