import type { Kysely } from "kysely";

/**
 * 处置预案 as versioned know-how: one playbook item per incident category (its tasks, what each quick answer
 * adds, the calming lines, the numbers to call), version 1 for the whole bank being the defaults as the code
 * held them (src/domain/incidents/playbook.ts, answers.ts, shared-tasks.ts, guidance.ts then), copied here so
 * that the migration never changes with the code. An incident records the playbook version it was reported
 * under and each task its own text, so that a running incident keeps what it started with; the incidents and
 * tasks already there get version 1 and the text it gives them.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable("incidents")
    .addColumn("playbook_version_id", "integer", (c) => c.references("knowhow_versions.id"))
    .execute();
  await db.schema.alterTable("incident_tasks").addColumn("text_json", "text").execute();

  // biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema of their own time
  const d = db as Kysely<any>;
  const now = new Date().toISOString();
  const task = (key: string) => {
    const [step, role, zh, en] = TASKS[key];
    return { key, step, role, text: { zh, en } };
  };
  const answers = Object.fromEntries(
    Object.entries(ANSWERS).map(([k, a]) => [k, { ...a, tasks: a.tasks.map(task) }]),
  );
  for (const [category, p] of Object.entries(PLAYBOOKS)) {
    const item = await d
      .insertInto("knowhow_items")
      .values({ kind: "playbook", key: category, org_unit_id: null, created_at: now })
      .returning("id")
      .executeTakeFirstOrThrow();
    const content = { tasks: p.tasks.map(task), answers, calming: p.calming, contacts: p.contacts };
    const version = await d
      .insertInto("knowhow_versions")
      .values({
        item_id: item.id,
        version_no: 1,
        status: "published",
        content_json: JSON.stringify(content),
        author_id: null,
        created_at: now,
        publisher_id: null,
        published_at: now,
        superseded_at: null,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await d
      .updateTable("incidents")
      .set({ playbook_version_id: version.id })
      .where("category", "=", category)
      .execute();
  }
  for (const key of Object.keys(TASKS)) {
    await d
      .updateTable("incident_tasks")
      .set({ text_json: JSON.stringify(task(key).text) })
      .where("template_key", "=", key)
      .execute();
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("incident_tasks").dropColumn("text_json").execute();
  await db.schema.alterTable("incidents").dropColumn("playbook_version_id").execute();
  // biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema of their own time
  const d = db as Kysely<any>;
  const items = d.selectFrom("knowhow_items").select("id").where("kind", "=", "playbook");
  await d.deleteFrom("knowhow_versions").where("item_id", "in", items).execute();
  await d.deleteFrom("knowhow_items").where("kind", "=", "playbook").execute();
}

interface Answer {
  callFirst: string[];
  callAlso: string[];
  tasks: string[];
  floor?: { level: string; reason: { zh: string; en: string } };
  betterCategory?: string;
}

/** Every task of the defaults by key: step, role, Chinese and English text. */
const TASKS: Record<string, [string, string, string, string]> = {
  "safety.alarm": [
    "gather",
    "teller",
    "按下柜台报警按钮，保持冷静，不与对方争执",
    "Press the counter alarm, stay calm, do not argue with the person",
  ],
  "safety.police": [
    "respond",
    "security_guard",
    "立即拨打 110，保护员工和客户撤离到安全区域",
    "Call 110 at once; protect staff and customers and move them to a safe place",
  ],
  "safety.no_risk": [
    "respond",
    "outlet_head",
    "不为保护现金冒险，一切听从警方安排",
    "Take no risk for cash; follow the police's instructions in everything",
  ],
  "safety.scene": [
    "follow_up",
    "security_guard",
    "保护现场和监控录像，等待警方勘查，不让无关人员进入",
    "Keep the scene and CCTV untouched for the police; let nobody else in",
  ],
  "unconscious.cpr": [
    "gather",
    "lobby_manager",
    "叫不醒且没有正常呼吸时，按 120 调度员的指导做心肺复苏并使用 AED",
    "If they cannot be woken and are not breathing normally, start CPR and use the AED as the 120 dispatcher guides",
  ],
  "illness.first_aid": [
    "gather",
    "lobby_manager",
    "查看伤者的意识和呼吸，立即拨打 120；不要随意搬动伤者",
    "Check the person's consciousness and breathing, call 120 at once; do not move them",
  ],
  "hurt.kit": [
    "respond",
    "teller",
    "取来急救箱和 AED（自动体外除颤器），交给现场施救的同事",
    "Fetch the first-aid kit and the AED (defibrillator) for the colleague helping the person",
  ],
  "hurt.meet": [
    "respond",
    "security_guard",
    "派一人到门口迎接救护车，为急救人员留出通道并引导进入",
    "Send someone to the door to meet the ambulance, keep a path clear and guide the paramedics in",
  ],
  "illness.clear": [
    "calm",
    "security_guard",
    "请围观客户后退，给伤者留出空间，保护其隐私",
    "Ask onlookers to step back, give the person room and keep their privacy",
  ],
  "hurt.witness": [
    "follow_up",
    "lobby_manager",
    "记录事情经过、时间和在场证人，保存监控录像",
    "Write down what happened, when and who saw it; keep the CCTV footage",
  ],
  "run.cash": [
    "respond",
    "outlet_head",
    "立即报告支行调拨现金，保证每一笔取款都能正常办理",
    "Report to the sub-branch for cash at once so every withdrawal can be paid",
  ],
  "run.serve": [
    "respond",
    "teller",
    "正常、快速地办理每一笔取款，不拖延、不劝阻",
    "Pay every withdrawal normally and promptly; never slow it down or talk customers out of it",
  ],
  "crowd.rumour": [
    "calm",
    "lobby_manager",
    "向客户说明存款受存款保险保障，只转述分行发布的正式信息",
    "Tell customers deposits are covered by deposit insurance; repeat only what the branch has announced",
  ],
  "multi.coordinate": [
    "gather",
    "outlet_head",
    "与支行确认受影响的网点和仍正常营业的网点",
    "Confirm with the sub-branch which outlets are affected and which are still open",
  ],
  "multi.redirect": [
    "calm",
    "lobby_manager",
    "告诉客户附近仍在营业的网点和线上办理方式",
    "Tell customers which nearby outlets are open and what they can do online",
  ],
  "crowd.lines": [
    "respond",
    "security_guard",
    "设置排队通道，保持出入口和消防通道畅通",
    "Set up queue lines; keep the entrances and fire exits clear",
  ],
  "crowd.reps": [
    "calm",
    "lobby_manager",
    "请聚集人员推选代表，引导到会议室当面沟通",
    "Ask the people gathering to choose representatives and take them to a meeting room",
  ],
  "crowd.police_standby": [
    "respond",
    "outlet_head",
    "通知辖区派出所做好准备，情绪失控或有冲击时请求出警",
    "Ask the local police station to stand by; call them out if tempers break or anyone forces their way",
  ],
  "outage.notice": [
    "calm",
    "lobby_manager",
    "在门口和大厅张贴告示，写明预计恢复时间和其他办理渠道",
    "Put up a notice at the door and in the lobby with the expected recovery time and other ways to bank",
  ],
  "outage.urgent": [
    "respond",
    "outlet_head",
    "按应急流程优先处理客户的急需业务（如老人领取养老金），必要时登记后回访",
    "Handle urgent needs first under the contingency procedure (e.g. an elderly customer's pension); log and call back the rest",
  ],
  "media.platform": [
    "gather",
    "lobby_manager",
    "记下拍摄或直播的平台、账号名称和开始时间",
    "Note the platform and account name of the filming or live stream, and when it started",
  ],
  "media.identify": [
    "calm",
    "lobby_manager",
    "礼貌对待拍摄者，不阻拦、不抢夺手机或设备",
    "Be courteous to whoever is filming; never block them or take a phone or camera",
  ],
  "media.privacy": [
    "respond",
    "security_guard",
    "请其他客户避开镜头，遮挡屏幕和单据，保护客户隐私",
    "Help other customers keep out of shot; cover screens and slips to protect their privacy",
  ],
  "media.cp_officer": [
    "respond",
    "outlet_head",
    "告知支行消保专员，并报告支行和分行宣传部门",
    "Tell the sub-branch's consumer-protection officer; report to the sub-branch and the branch press office",
  ],
  "media.spokesperson": [
    "respond",
    "outlet_head",
    "通过分行宣传部门准备统一口径，由指定人员回应，不临场发挥",
    "Prepare a holding statement through the branch press office; only the named person answers, nothing improvised",
  ],
  "media.watch": [
    "follow_up",
    "outlet_head",
    "事后关注网上相关内容，发现不实信息及时报告分行",
    "Afterwards watch for posts about it online and report anything untrue to the branch",
  ],
  "conflict.separate": [
    "calm",
    "lobby_manager",
    "请情绪激动的客户到洽谈室单独沟通，不在大厅当众争辩",
    "Take the upset customer to a private room; never argue in front of others",
  ],
  "crowd.count": [
    "gather",
    "lobby_manager",
    "统计排队和等候人数，留意是否集中取款",
    "Count who is queueing and waiting; watch for mass withdrawals",
  ],
  "common.scene": [
    "gather",
    "lobby_manager",
    "到场确认发生了什么、涉及几人、有无人受伤，立即告知网点负责人",
    "Go to the scene: what happened, how many people, anyone hurt; tell the outlet head at once",
  ],
  "common.level": [
    "gather",
    "outlet_head",
    "确认事件级别，指定现场指挥，按级别向支行报告",
    "Confirm the level, name a commander on scene, report to the sub-branch as the level requires",
  ],
  "common.cause": [
    "analyse",
    "outlet_head",
    "判断起因（系统、服务、客户诉求或外部因素）和发展趋势，决定是否需要外部力量",
    "Work out the cause (system, service, the customer's demand, outside) and the trend; decide on outside help",
  ],
  "common.listen": [
    "calm",
    "lobby_manager",
    "请情绪激动的客户到安静区域，先听完，再说明我们正在做什么",
    "Take upset customers somewhere quiet, hear them out, then tell them what we are doing",
  ],
  "common.queue": [
    "calm",
    "teller",
    "向排队客户说明情况和预计等待时间，保持柜台秩序",
    "Tell waiting customers what is going on and how long it may take; keep the counters orderly",
  ],
  "crowd.windows": [
    "respond",
    "outlet_head",
    "增开窗口、引导使用自助设备，必要时报告支行调拨现金",
    "Open more counters, guide customers to self-service, ask the sub-branch for cash if needed",
  ],
  "common.continuity": [
    "respond",
    "outlet_head",
    "指定一名柜员和一名大堂人员继续接待其他客户，处置期间柜台不停办",
    "Name a teller and a lobby colleague to keep serving other customers, so the counters stay open meanwhile",
  ],
  "common.staff": [
    "respond",
    "outlet_head",
    "按预案调配人手，必要时联系公安、医疗、科技等外部力量",
    "Deploy staff per the plan; call police, medical or tech support when needed",
  ],
  "common.order": [
    "respond",
    "security_guard",
    "维持现场秩序，保护客户和员工安全，保存监控录像",
    "Keep order, protect customers and staff, preserve the CCTV footage",
  ],
  "common.record": [
    "follow_up",
    "lobby_manager",
    "记录处置经过和客户反馈，补充到时间线",
    "Record what was done and what customers said on the timeline",
  ],
  "common.review": [
    "follow_up",
    "outlet_head",
    "事后回访相关客户，组织复盘，提出话术和流程的改进",
    "Call the customers back, hold the review, propose changes to scripts and procedures",
  ],
  "system.log": [
    "gather",
    "teller",
    "记录故障现象、开始时间和受影响业务，立即报科技部门",
    "Note the symptoms, start time and affected services; report to tech support at once",
  ],
  "system.eta": [
    "calm",
    "lobby_manager",
    "告诉客户故障原因和预计恢复时间，提供稍后办理或预约",
    "Tell customers the cause and expected recovery time; offer to book them in later",
  ],
  "system.divert": [
    "respond",
    "outlet_head",
    "启动应急预案，引导客户改用自助设备、网银或其他网点",
    "Start the contingency plan; guide customers to self-service, online banking or other outlets",
  ],
  "queue.report": [
    "gather",
    "lobby_manager",
    "报修叫号机并记录开始时间",
    "Report the queue machine for repair and note the start time",
  ],
  "queue.manual": [
    "respond",
    "lobby_manager",
    "改用人工发号或登记顺序，保证先到先办",
    "Hand out numbers by hand or keep a list, so the first to come is served first",
  ],
  "conflict.head": [
    "respond",
    "outlet_head",
    "亲自接待，在政策范围内提出解决办法",
    "See the customer in person and offer a solution within policy",
  ],
  "conflict.police": [
    "respond",
    "security_guard",
    "防止冲突升级；出现肢体冲突或凶器立即报警 110",
    "Stop it escalating; call 110 at once on violence or a weapon",
  ],
  "protest.listen": [
    "calm",
    "outlet_head",
    "亲自了解引发不满的原因（如账户限额），说明原因并给出解除限制的办法",
    "Hear out what set it off (an account limit, say), explain why, and show how the limit can be lifted",
  ],
  "protest.serve": [
    "respond",
    "teller",
    "按正常流程礼貌、准确地办理，清点无误，不流露不耐烦",
    "Serve the transaction politely and correctly, count with care, show no impatience",
  ],
  "protest.other_counters": [
    "respond",
    "outlet_head",
    "增开或调配其他窗口，让后面的客户不受影响",
    "Open or re-assign another counter so that the customers behind are not held up",
  ],
  "protest.record": [
    "follow_up",
    "lobby_manager",
    "记录办理的时间、笔数和金额，以及与客户沟通的过程",
    "Record the times, number and amounts of the transactions, and what was said to the customer",
  ],
  "diversion.arrive": [
    "gather",
    "lobby_manager",
    "大堂经理立即到场，了解客户为什么不愿改到自助设备或其他窗口",
    "The lobby manager goes over at once and finds out why the customer does not want the machine or other counter",
  ],
  "diversion.accompany": [
    "calm",
    "lobby_manager",
    "陪同客户在自助设备上办理；客户不会用或不方便时，安排到柜台办理",
    "Walk the customer through the machine; if they cannot or would rather not, arrange a counter for them",
  ],
  "diversion.rule": [
    "follow_up",
    "outlet_head",
    "检查分流是否按支行服务规定执行，调整分流安排和引导话术",
    "Check that the diversion followed the sub-branch's service rules; adjust the arrangement and the words used",
  ],
  "illness.family": [
    "calm",
    "lobby_manager",
    "安抚陪同人员，联系当事人的紧急联系人",
    "Reassure companions and reach the person's emergency contact",
  ],
  "illness.hazard": [
    "follow_up",
    "outlet_head",
    "了解就医情况，核实是否与网点设施有关（如地面湿滑）并整改",
    "Follow the person's treatment; check whether our premises played a part (e.g. a wet floor) and fix it",
  ],
  "group.demands": [
    "gather",
    "lobby_manager",
    "了解来访人员的诉求、人数和代表",
    "Find out the group's demands, size and representatives",
  ],
  "group.meet": [
    "respond",
    "outlet_head",
    "请代表到会议室沟通，保证其他客户正常办理业务",
    "Meet the representatives in a meeting room; keep service running for other customers",
  ],
  "group.order": [
    "respond",
    "security_guard",
    "维持秩序，出现恶意占用或冲击时报警",
    "Keep order; call the police on deliberate obstruction or force",
  ],
  "media.customer": [
    "calm",
    "lobby_manager",
    "礼貌对待拍摄的客户，先解决他的诉求",
    "Be courteous to a customer who films; solve their problem first",
  ],
  "media_complaint.register": [
    "gather",
    "lobby_manager",
    "把客户的诉求登记为投诉，按投诉时限办理，并告诉客户办理时间",
    "Register the customer's grievance as a complaint on its own clock, and tell them the timescale",
  ],
  "media_complaint.separate": [
    "calm",
    "lobby_manager",
    "另请同事单独接待客户，先解决客户的问题，再谈报道",
    "A colleague sees the customer separately: solve the customer's problem first, the story second",
  ],
  "media_complaint.receive": [
    "respond",
    "outlet_head",
    "由指定人员在接待室接待记者，说明正在为客户办理，不在大厅接受采访",
    "The named person receives the journalist in a meeting room and says the customer is being helped; no interview in the lobby",
  ],
  "safety.care": [
    "follow_up",
    "outlet_head",
    "安排受影响员工的心理疏导",
    "Arrange counselling for the staff affected",
  ],
  "disaster.scope": [
    "gather",
    "outlet_head",
    "核实受灾或疫情影响的范围和人员情况",
    "Establish how far the disaster or epidemic reaches and who is affected",
  ],
  "disaster.notice": [
    "calm",
    "lobby_manager",
    "在门口和线上公告营业调整，引导客户去其他网点或线上办理",
    "Post the changed hours at the door and online; direct customers to other outlets or online",
  ],
  "disaster.operate": [
    "respond",
    "outlet_head",
    "按预案暂停或调整营业时间，转移重要凭证和现金",
    "Suspend or adjust opening hours per the plan; move key vouchers and cash to safety",
  ],
  "disaster.health": [
    "respond",
    "outlet_head",
    "落实防护和卫生措施（消毒、口罩、测温、通风），照顾员工健康",
    "Put hygiene and health measures in place (cleaning, masks, temperature checks, fresh air); look after staff health",
  ],
  "disaster.remote": [
    "respond",
    "teller",
    "为不便到店的客户安排电话、手机银行或上门等远程服务",
    "Arrange remote service (phone, mobile banking, home visits) for customers who cannot come in",
  ],
  "disaster.daily": [
    "follow_up",
    "outlet_head",
    "每天向支行报告一次营业和人员情况（续报），直至恢复正常",
    "Send the sub-branch a daily update on opening and staff (follow-up report) until back to normal",
  ],
};

/** What each quick answer adds, the same in every category's playbook then. */
const ANSWERS: Record<string, Answer> = {
  hostage: {
    callFirst: ["police"],
    callAlso: [],
    tasks: ["safety.alarm", "safety.police", "safety.no_risk", "safety.scene"],
    floor: { level: "I", reason: { zh: "有人被劫持，属Ⅰ级", en: "A hostage makes it level I" } },
    betterCategory: "staff_safety",
  },
  weapon: {
    callFirst: ["police"],
    callAlso: [],
    tasks: ["safety.alarm", "safety.police", "safety.no_risk", "safety.scene"],
    floor: {
      level: "II",
      reason: { zh: "现场有凶器，至少Ⅱ级", en: "A weapon on site makes it at least level II" },
    },
    betterCategory: "staff_safety",
  },
  unconscious: {
    callFirst: ["ambulance"],
    callAlso: [],
    tasks: ["unconscious.cpr"],
    floor: {
      level: "II",
      reason: { zh: "当事人意识不清，至少Ⅱ级", en: "Someone unconscious makes it at least level II" },
    },
  },
  someone_hurt: {
    callFirst: ["ambulance"],
    callAlso: [],
    tasks: ["illness.first_aid", "hurt.kit", "hurt.meet", "illness.clear", "hurt.witness"],
  },
  bank_run: {
    callFirst: [],
    callAlso: ["sub_branch_duty", "branch_office"],
    tasks: ["run.cash", "run.serve", "crowd.rumour"],
    floor: { level: "I", reason: { zh: "出现挤兑迹象，属Ⅰ级", en: "Signs of a bank run make it level I" } },
  },
  multi_outlet: {
    callFirst: [],
    callAlso: ["sub_branch_duty"],
    tasks: ["multi.coordinate", "multi.redirect"],
    floor: {
      level: "I",
      reason: { zh: "多个网点同时受影响，属Ⅰ级", en: "Several outlets affected at once is level I" },
    },
  },
  crowd_large: {
    callFirst: [],
    callAlso: ["police"],
    tasks: ["crowd.lines", "crowd.reps", "crowd.police_standby"],
    floor: {
      level: "II",
      reason: { zh: "聚集超过 20 人，至少Ⅱ级", en: "Over 20 people makes it at least level II" },
    },
  },
  long_outage: {
    callFirst: [],
    callAlso: ["tech_support"],
    tasks: ["outage.notice", "outage.urgent"],
    floor: {
      level: "II",
      reason: {
        zh: "业务中断超过 30 分钟，至少Ⅱ级",
        en: "An outage over 30 minutes makes it at least level II",
      },
    },
  },
  media: {
    callFirst: [],
    callAlso: ["branch_office"],
    tasks: [
      "media.platform",
      "media.identify",
      "media.privacy",
      "media.cp_officer",
      "media.spokesperson",
      "media.watch",
    ],
  },
  agitated: { callFirst: [], callAlso: [], tasks: ["conflict.separate"] },
};

/** Each category's own tasks (the common ones included, in playbook order), calming lines and numbers. */
const PLAYBOOKS: Record<
  string,
  { tasks: string[]; calming: { zh: string; en: string }[]; contacts: string[] }
> = {
  crowd_surge: {
    tasks: [
      "crowd.count",
      "common.scene",
      "common.level",
      "common.cause",
      "crowd.rumour",
      "common.listen",
      "common.queue",
      "crowd.windows",
      "common.continuity",
      "common.staff",
      "common.order",
      "common.record",
      "common.review",
    ],
    calming: [
      {
        zh: "“让您久等了，我们已经加开窗口，大约二十分钟能轮到您。”",
        en: '"Sorry to keep you waiting. We\'ve opened more counters; it should be your turn in about twenty minutes."',
      },
      {
        zh: "“您的存款受存款保险保障，资金是安全的，您可以放心。”",
        en: '"Your deposits are covered by deposit insurance; your money is safe."',
      },
    ],
    contacts: ["sub_branch_duty", "police"],
  },
  system_failure: {
    tasks: [
      "system.log",
      "common.scene",
      "common.level",
      "common.cause",
      "system.eta",
      "common.listen",
      "common.queue",
      "system.divert",
      "common.continuity",
      "common.staff",
      "common.order",
      "common.record",
      "common.review",
    ],
    calming: [
      {
        zh: "“耽误您的时间真不好意思，系统正在抢修，预计半小时恢复。”",
        en: '"I\'m sorry for the delay. The system is being fixed and should be back in about half an hour."',
      },
      {
        zh: "“如果您赶时间，我帮您预约一个时段，或者带您到自助设备先办。”",
        en: '"If you\'re in a hurry, I can book you a slot, or help you at the self-service machine now."',
      },
    ],
    contacts: ["tech_support", "sub_branch_duty"],
  },
  queue_machine_failure: {
    tasks: [
      "queue.report",
      "common.scene",
      "common.level",
      "common.cause",
      "common.listen",
      "common.queue",
      "queue.manual",
      "common.continuity",
      "common.staff",
      "common.order",
      "common.record",
      "common.review",
    ],
    calming: [
      {
        zh: "“叫号机暂时出了故障，我按到达顺序给您登记，不会让您错过。”",
        en: "\"The ticket machine is down; I'll put you on the list in order of arrival so you won't lose your place.\"",
      },
    ],
    contacts: ["tech_support", "sub_branch_duty"],
  },
  complaint_conflict: {
    tasks: [
      "common.scene",
      "common.level",
      "common.cause",
      "conflict.separate",
      "common.listen",
      "common.queue",
      "conflict.head",
      "conflict.police",
      "common.continuity",
      "common.staff",
      "common.order",
      "common.record",
      "common.review",
    ],
    calming: [
      {
        zh: "“我理解您现在很着急，换成我也会不高兴。我们到里面坐下，您慢慢说。”",
        en: "\"I can see you're upset, and I would be too. Let's sit down inside and you can tell me everything.\"",
      },
      {
        zh: "“这件事我来负责跟进，今天先把能办的办好，其余的我给您一个明确的时间。”",
        en: "\"I'll take this on myself: what can be done today we'll do, and for the rest I'll give you a clear date.\"",
      },
    ],
    contacts: ["police", "sub_branch_duty"],
  },
  counter_protest: {
    tasks: [
      "common.scene",
      "common.level",
      "common.cause",
      "protest.listen",
      "common.listen",
      "common.queue",
      "protest.serve",
      "protest.other_counters",
      "common.continuity",
      "common.staff",
      "common.order",
      "protest.record",
      "common.record",
      "common.review",
    ],
    calming: [
      {
        zh: "“您对额度的事不满意，我能理解。我是这里的负责人，我们坐下来，我把原因和恢复的办法跟您讲清楚。”",
        en: "\"I understand you're unhappy about the limit. I run this outlet; let's sit down and I'll explain why, and how it can be restored.\"",
      },
      {
        zh: "“您要办的业务我们照常为您办理，同时请让我帮您把额度的问题一起解决。”",
        en: '"We\'ll carry on with your transaction as normal, and meanwhile let me help you sort out the limit too."',
      },
    ],
    contacts: ["sub_branch_duty", "police"],
  },
  diversion_dispute: {
    tasks: [
      "diversion.arrive",
      "common.scene",
      "common.level",
      "common.cause",
      "diversion.accompany",
      "common.listen",
      "common.queue",
      "common.continuity",
      "common.staff",
      "common.order",
      "diversion.rule",
      "common.record",
      "common.review",
    ],
    calming: [
      {
        zh: "“不好意思让您多走了一趟。我陪您到自助设备上办，一步一步来，很快就好。”",
        en: "\"Sorry for sending you back and forth. I'll go with you to the machine and we'll do it step by step; it's quick.\"",
      },
      {
        zh: "“如果您更习惯在柜台办理，我马上为您安排一个窗口。”",
        en: "\"If you'd rather use a counter, I'll arrange one for you right away.\"",
      },
    ],
    contacts: ["sub_branch_duty"],
  },
  customer_illness_injury: {
    tasks: [
      "illness.first_aid",
      "common.scene",
      "common.level",
      "common.cause",
      "illness.clear",
      "illness.family",
      "common.listen",
      "common.queue",
      "hurt.kit",
      "hurt.meet",
      "common.continuity",
      "common.staff",
      "common.order",
      "hurt.witness",
      "illness.hazard",
      "common.record",
      "common.review",
    ],
    calming: [
      {
        zh: "“您别动，先坐着休息，救护车已经在路上了。”",
        en: '"Please don\'t move; rest here. The ambulance is on its way."',
      },
      {
        zh: "“我们已经联系您的家人，我会一直陪着您。”",
        en: "\"We've called your family, and I'll stay with you.\"",
      },
    ],
    contacts: ["ambulance", "sub_branch_duty"],
  },
  group_visit: {
    tasks: [
      "group.demands",
      "common.scene",
      "common.level",
      "common.cause",
      "common.listen",
      "common.queue",
      "group.meet",
      "group.order",
      "common.continuity",
      "common.staff",
      "common.order",
      "common.record",
      "common.review",
    ],
    calming: [
      {
        zh: "“各位的诉求我们很重视，请推选几位代表到会议室，行长当面和大家沟通。”",
        en: '"We take your concerns seriously. Please choose a few representatives; the manager will meet them in person."',
      },
    ],
    contacts: ["police", "sub_branch_duty"],
  },
  media_interview: {
    tasks: [
      "media.platform",
      "common.scene",
      "common.level",
      "common.cause",
      "media.identify",
      "media.customer",
      "common.listen",
      "common.queue",
      "media.privacy",
      "media.cp_officer",
      "media.spokesperson",
      "common.continuity",
      "common.staff",
      "common.order",
      "media.watch",
      "common.record",
      "common.review",
    ],
    calming: [
      {
        zh: "“感谢您的关注，我们有专门的同事负责回应，我马上帮您联系。”",
        en: '"Thank you for your interest. A colleague handles press questions; I\'ll put you in touch right away."',
      },
      {
        zh: "“您拍摄也是为了把事情解决，我们先一起把您的问题处理好。”",
        en: "\"You're filming because you want this solved; let's solve your problem together first.\"",
      },
    ],
    contacts: ["branch_office", "sub_branch_duty"],
  },
  media_complaint: {
    tasks: [
      "media_complaint.register",
      "media.platform",
      "common.scene",
      "common.level",
      "common.cause",
      "media_complaint.separate",
      "media.identify",
      "common.listen",
      "common.queue",
      "media_complaint.receive",
      "media.privacy",
      "media.cp_officer",
      "media.spokesperson",
      "common.continuity",
      "common.staff",
      "common.order",
      "media.watch",
      "common.record",
      "common.review",
    ],
    calming: [
      {
        zh: "“您的问题我们已经登记，我现在就陪您一起处理，会给您明确的答复时间。”",
        en: '"Your complaint is registered. I\'ll work on it with you now and give you a clear date for our answer."',
      },
      {
        zh: "对记者：“欢迎您，我们有专门的同事接待您，请到这边休息室稍坐。”",
        en: 'To the journalist: "Welcome. A colleague will speak with you; please take a seat in the meeting room."',
      },
    ],
    contacts: ["branch_office", "sub_branch_duty"],
  },
  staff_safety: {
    tasks: [
      "safety.alarm",
      "common.scene",
      "common.level",
      "common.cause",
      "common.listen",
      "common.queue",
      "safety.police",
      "safety.no_risk",
      "common.continuity",
      "common.staff",
      "common.order",
      "safety.scene",
      "safety.care",
      "common.record",
      "common.review",
    ],
    calming: [
      {
        zh: "“您先别激动，有什么要求慢慢说，我们都在听。”（稳住对方，不对抗）",
        en: "\"Please stay calm; tell us what you need, we're listening.\" (steady them; don't confront)",
      },
      {
        zh: "对其他客户：“请大家跟着保安从这边出口离开，注意脚下。”",
        en: 'To other customers: "Please follow the guard out this way; mind your step."',
      },
    ],
    contacts: ["police", "ambulance", "sub_branch_duty"],
  },
  disaster_epidemic: {
    tasks: [
      "disaster.scope",
      "common.scene",
      "common.level",
      "common.cause",
      "disaster.notice",
      "common.listen",
      "common.queue",
      "disaster.operate",
      "disaster.health",
      "disaster.remote",
      "common.continuity",
      "common.staff",
      "common.order",
      "disaster.daily",
      "common.record",
      "common.review",
    ],
    calming: [
      {
        zh: "“为了大家的安全，网点今天调整营业时间，附近网点和手机银行都能办理。”",
        en: '"For everyone\'s safety our hours have changed today; nearby outlets and mobile banking can help you."',
      },
    ],
    contacts: ["fire", "ambulance", "sub_branch_duty"],
  },
};
