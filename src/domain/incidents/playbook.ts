import type { CategoryCode } from "./categories.ts";
import { AGITATED, FIRST_AID, MEDIA, RUMOURS, THREAT } from "./shared-tasks.ts";
import { type TaskTemplate, task as t } from "./task-template.ts";

export type { TaskTemplate };

type Text = { zh: string; en: string };

/** The closed loop (闭环) every incident runs through, in order. */
export const STEP_KEYS = ["gather", "analyse", "calm", "respond", "follow_up"] as const;
export type StepKey = (typeof STEP_KEYS)[number];

export const STEP_TITLES: Record<StepKey, Text> = {
  gather: { zh: "搜集情况", en: "Gather the facts" },
  analyse: { zh: "分析原因", en: "Analyse the cause" },
  calm: { zh: "安抚客户", en: "Calm the customers" },
  respond: { zh: "应对处理", en: "Respond" },
  follow_up: { zh: "后续跟踪", en: "Follow up" },
};

/** Handling principles (处置原则) in priority order: life first. */
export const PRINCIPLES: { key: string; text: Text }[] = [
  {
    key: "life_first",
    text: {
      zh: "先保命后资金：人身安全永远排在资金财产之前",
      en: "Life first, money second: people's safety always comes before money",
    },
  },
  {
    key: "customer_centred",
    text: {
      zh: "以客户为中心：先处理心情，再处理事情",
      en: "Customer at the centre: feelings first, then the matter",
    },
  },
  {
    key: "both_rights",
    text: {
      zh: "两权相重：同时维护客户和银行的合法权益",
      en: "Protect both the customer's and the bank's lawful rights",
    },
  },
  {
    key: "clear_roles",
    text: {
      zh: "明责任巧协作：分工到人，内外联动（公安、120、宣传部门）",
      en: "Clear roles, good teamwork, inside and out (police, ambulance, press office)",
    },
  },
  {
    key: "fast_then_improve",
    text: {
      zh: "快速反应，事后改进：复盘经验，完善话术和流程",
      en: "React fast, improve afterwards: review, then fix scripts and procedures",
    },
  },
];

/** Tasks every incident has, whatever its category. */
const COMMON: TaskTemplate[] = [
  t(
    "common.scene",
    "gather",
    "lobby_manager",
    "到场确认发生了什么、涉及几人、有无人受伤，立即告知网点负责人",
    "Go to the scene: what happened, how many people, anyone hurt; tell the outlet head at once",
  ),
  t(
    "common.level",
    "gather",
    "outlet_head",
    "确认事件级别，指定现场指挥，按级别向支行报告",
    "Confirm the level, name a commander on scene, report to the sub-branch as the level requires",
  ),
  t(
    "common.cause",
    "analyse",
    "outlet_head",
    "判断起因（系统、服务、客户诉求或外部因素）和发展趋势，决定是否需要外部力量",
    "Work out the cause (system, service, the customer's demand, outside) and the trend; decide on outside help",
  ),
  t(
    "common.listen",
    "calm",
    "lobby_manager",
    "请情绪激动的客户到安静区域，先听完，再说明我们正在做什么",
    "Take upset customers somewhere quiet, hear them out, then tell them what we are doing",
  ),
  t(
    "common.queue",
    "calm",
    "teller",
    "向排队客户说明情况和预计等待时间，保持柜台秩序",
    "Tell waiting customers what is going on and how long it may take; keep the counters orderly",
  ),
  t(
    "common.continuity",
    "respond",
    "outlet_head",
    "指定一名柜员和一名大堂人员继续接待其他客户，处置期间柜台不停办",
    "Name a teller and a lobby colleague to keep serving other customers, so the counters stay open meanwhile",
  ),
  t(
    "common.staff",
    "respond",
    "outlet_head",
    "按预案调配人手，必要时联系公安、医疗、科技等外部力量",
    "Deploy staff per the plan; call police, medical or tech support when needed",
  ),
  t(
    "common.order",
    "respond",
    "security_guard",
    "维持现场秩序，保护客户和员工安全，保存监控录像",
    "Keep order, protect customers and staff, preserve the CCTV footage",
  ),
  t(
    "common.record",
    "follow_up",
    "lobby_manager",
    "记录处置经过和客户反馈，补充到时间线",
    "Record what was done and what customers said on the timeline",
  ),
  t(
    "common.review",
    "follow_up",
    "outlet_head",
    "事后回访相关客户，组织复盘，提出话术和流程的改进",
    "Call the customers back, hold the review, propose changes to scripts and procedures",
  ),
];

/**
 * Tasks that matter for one category; they come first within their step. A category whose nature is an answer
 * (a collapse is someone hurt, a threat to staff is a threat) carries that answer's group of tasks itself.
 */
const BY_CATEGORY: Record<CategoryCode, TaskTemplate[]> = {
  customer_illness_injury: [
    ...FIRST_AID,
    t(
      "illness.family",
      "calm",
      "lobby_manager",
      "安抚陪同人员，联系当事人的紧急联系人",
      "Reassure companions and reach the person's emergency contact",
    ),
    t(
      "illness.hazard",
      "follow_up",
      "outlet_head",
      "了解就医情况，核实是否与网点设施有关（如地面湿滑）并整改",
      "Follow the person's treatment; check whether our premises played a part (e.g. a wet floor) and fix it",
    ),
  ],
  crowd_surge: [
    t(
      "crowd.count",
      "gather",
      "lobby_manager",
      "统计排队和等候人数，留意是否集中取款",
      "Count who is queueing and waiting; watch for mass withdrawals",
    ),
    t(
      "crowd.windows",
      "respond",
      "outlet_head",
      "增开窗口、引导使用自助设备，必要时报告支行调拨现金",
      "Open more counters, guide customers to self-service, ask the sub-branch for cash if needed",
    ),
    RUMOURS,
  ],
  system_failure: [
    t(
      "system.log",
      "gather",
      "teller",
      "记录故障现象、开始时间和受影响业务，立即报科技部门",
      "Note the symptoms, start time and affected services; report to tech support at once",
    ),
    t(
      "system.divert",
      "respond",
      "outlet_head",
      "启动应急预案，引导客户改用自助设备、网银或其他网点",
      "Start the contingency plan; guide customers to self-service, online banking or other outlets",
    ),
    t(
      "system.eta",
      "calm",
      "lobby_manager",
      "告诉客户故障原因和预计恢复时间，提供稍后办理或预约",
      "Tell customers the cause and expected recovery time; offer to book them in later",
    ),
  ],
  queue_machine_failure: [
    t(
      "queue.report",
      "gather",
      "lobby_manager",
      "报修叫号机并记录开始时间",
      "Report the queue machine for repair and note the start time",
    ),
    t(
      "queue.manual",
      "respond",
      "lobby_manager",
      "改用人工发号或登记顺序，保证先到先办",
      "Hand out numbers by hand or keep a list, so the first to come is served first",
    ),
  ],
  complaint_conflict: [
    ...AGITATED,
    t(
      "conflict.head",
      "respond",
      "outlet_head",
      "亲自接待，在政策范围内提出解决办法",
      "See the customer in person and offer a solution within policy",
    ),
    t(
      "conflict.police",
      "respond",
      "security_guard",
      "防止冲突升级；出现肢体冲突或凶器立即报警 110",
      "Stop it escalating; call 110 at once on violence or a weapon",
    ),
  ],
  group_visit: [
    t(
      "group.demands",
      "gather",
      "lobby_manager",
      "了解来访人员的诉求、人数和代表",
      "Find out the group's demands, size and representatives",
    ),
    t(
      "group.meet",
      "respond",
      "outlet_head",
      "请代表到会议室沟通，保证其他客户正常办理业务",
      "Meet the representatives in a meeting room; keep service running for other customers",
    ),
    t(
      "group.order",
      "respond",
      "security_guard",
      "维持秩序，出现恶意占用或冲击时报警",
      "Keep order; call the police on deliberate obstruction or force",
    ),
  ],
  media_interview: [
    ...MEDIA,
    t(
      "media.customer",
      "calm",
      "lobby_manager",
      "礼貌对待拍摄的客户，先解决他的诉求",
      "Be courteous to a customer who films; solve their problem first",
    ),
  ],
  media_complaint: [
    t(
      "media_complaint.register",
      "gather",
      "lobby_manager",
      "把客户的诉求登记为投诉，按投诉时限办理，并告诉客户办理时间",
      "Register the customer's grievance as a complaint on its own clock, and tell them the timescale",
    ),
    t(
      "media_complaint.receive",
      "respond",
      "outlet_head",
      "由指定人员在接待室接待记者，说明正在为客户办理，不在大厅接受采访",
      "The named person receives the journalist in a meeting room and says the customer is being helped; no interview in the lobby",
    ),
    t(
      "media_complaint.separate",
      "calm",
      "lobby_manager",
      "另请同事单独接待客户，先解决客户的问题，再谈报道",
      "A colleague sees the customer separately: solve the customer's problem first, the story second",
    ),
    ...MEDIA,
  ],
  counter_protest: [
    t(
      "protest.serve",
      "respond",
      "teller",
      "按正常流程礼貌、准确地办理，清点无误，不流露不耐烦",
      "Serve the transaction politely and correctly, count with care, show no impatience",
    ),
    t(
      "protest.other_counters",
      "respond",
      "outlet_head",
      "增开或调配其他窗口，让后面的客户不受影响",
      "Open or re-assign another counter so that the customers behind are not held up",
    ),
    t(
      "protest.listen",
      "calm",
      "outlet_head",
      "亲自了解引发不满的原因（如账户限额），说明原因并给出解除限制的办法",
      "Hear out what set it off (an account limit, say), explain why, and show how the limit can be lifted",
    ),
    t(
      "protest.record",
      "follow_up",
      "lobby_manager",
      "记录办理的时间、笔数和金额，以及与客户沟通的过程",
      "Record the times, number and amounts of the transactions, and what was said to the customer",
    ),
  ],
  diversion_dispute: [
    t(
      "diversion.arrive",
      "gather",
      "lobby_manager",
      "大堂经理立即到场，了解客户为什么不愿改到自助设备或其他窗口",
      "The lobby manager goes over at once and finds out why the customer does not want the machine or other counter",
    ),
    t(
      "diversion.accompany",
      "calm",
      "lobby_manager",
      "陪同客户在自助设备上办理；客户不会用或不方便时，安排到柜台办理",
      "Walk the customer through the machine; if they cannot or would rather not, arrange a counter for them",
    ),
    t(
      "diversion.rule",
      "follow_up",
      "outlet_head",
      "检查分流是否按支行服务规定执行，调整分流安排和引导话术",
      "Check that the diversion followed the sub-branch's service rules; adjust the arrangement and the words used",
    ),
  ],
  staff_safety: [
    ...THREAT,
    t(
      "safety.care",
      "follow_up",
      "outlet_head",
      "安排受影响员工的心理疏导",
      "Arrange counselling for the staff affected",
    ),
  ],
  disaster_epidemic: [
    t(
      "disaster.scope",
      "gather",
      "outlet_head",
      "核实受灾或疫情影响的范围和人员情况",
      "Establish how far the disaster or epidemic reaches and who is affected",
    ),
    t(
      "disaster.operate",
      "respond",
      "outlet_head",
      "按预案暂停或调整营业时间，转移重要凭证和现金",
      "Suspend or adjust opening hours per the plan; move key vouchers and cash to safety",
    ),
    t(
      "disaster.notice",
      "calm",
      "lobby_manager",
      "在门口和线上公告营业调整，引导客户去其他网点或线上办理",
      "Post the changed hours at the door and online; direct customers to other outlets or online",
    ),
    t(
      "disaster.health",
      "respond",
      "outlet_head",
      "落实防护和卫生措施（消毒、口罩、测温、通风），照顾员工健康",
      "Put hygiene and health measures in place (cleaning, masks, temperature checks, fresh air); look after staff health",
    ),
    t(
      "disaster.remote",
      "respond",
      "teller",
      "为不便到店的客户安排电话、手机银行或上门等远程服务",
      "Arrange remote service (phone, mobile banking, home visits) for customers who cannot come in",
    ),
    t(
      "disaster.daily",
      "follow_up",
      "outlet_head",
      "每天向支行报告一次营业和人员情况（续报），直至恢复正常",
      "Send the sub-branch a daily update on opening and staff (follow-up report) until back to normal",
    ),
  ],
};

/**
 * A playbook from its parts, grouped by step in loop order; within a step the parts keep their order, and a
 * task two parts share (same key) stays where it first came.
 */
export function orderPlaybook(...parts: TaskTemplate[][]): TaskTemplate[] {
  const unique = [...new Map(parts.flat().map((task) => [task.key, task] as const)).values()];
  return STEP_KEYS.flatMap((step) => unique.filter((task) => task.step === step));
}

/** The tasks of one category's playbook before any answer adds to it, category tasks first in each step. */
export function playbookTemplate(category: CategoryCode): TaskTemplate[] {
  return orderPlaybook(BY_CATEGORY[category], COMMON);
}
