import { createHash } from "node:crypto";
import type { ColumnDefinitionBuilder, Kysely } from "kysely";
import { columnTypes, isPostgres } from "../dialect.ts";

/**
 * 知识版本: the bank's know-how (scripts first) as versioned data. An item is one script for the whole bank
 * (no unit) or a branch's own version of it for its subtree; its versions go draft → published → superseded.
 * Practice attempts now record the version they answered. Version 1 of every script is the library as it
 * shipped, copied here so that the migration never changes with the code.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);
  const id = (c: ColumnDefinitionBuilder) =>
    isPostgres(db) ? c.primaryKey() : c.primaryKey().autoIncrement();
  await db.schema
    .createTable("knowhow_items")
    .addColumn("id", t.id, id)
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("key", "text", (c) => c.notNull())
    .addColumn("org_unit_id", "integer", (c) => c.references("org_units.id"))
    .addColumn("created_at", t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("knowhow_items_key_idx")
    .on("knowhow_items")
    .columns(["kind", "key", "org_unit_id"])
    .unique()
    .execute();
  await db.schema
    .createTable("knowhow_versions")
    .addColumn("id", t.id, id)
    .addColumn("item_id", "integer", (c) => c.notNull().references("knowhow_items.id"))
    .addColumn("version_no", "integer", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("content_json", "text", (c) => c.notNull())
    .addColumn("author_id", "integer", (c) => c.references("users.id"))
    .addColumn("created_at", t.timestamp, (c) => c.notNull())
    .addColumn("publisher_id", "integer", (c) => c.references("users.id"))
    .addColumn("published_at", t.timestamp)
    .addColumn("superseded_at", t.timestamp)
    .execute();
  await db.schema
    .createIndex("knowhow_versions_item_idx")
    .on("knowhow_versions")
    .columns(["item_id", "status"])
    .execute();
  await db.schema
    .alterTable("practice_attempts")
    .addColumn("scenario_version_id", "integer", (c) => c.references("knowhow_versions.id"))
    .execute();

  // biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema of their own time
  const d = db as Kysely<any>;
  const now = new Date().toISOString();
  for (const s of SCRIPTS) {
    const item = await d
      .insertInto("knowhow_items")
      .values({ kind: "script", key: s.key, org_unit_id: null, created_at: now })
      .returning("id")
      .executeTakeFirstOrThrow();
    const version = await d
      .insertInto("knowhow_versions")
      .values({
        item_id: item.id,
        version_no: 1,
        status: "published",
        content_json: JSON.stringify(s.content),
        author_id: null,
        created_at: now,
        publisher_id: null,
        published_at: now,
        superseded_at: null,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    // Attempts already made answered version 1 when their content hash (scripts/version.ts then) matches.
    const hash = createHash("sha256")
      .update(JSON.stringify({ id: s.key, ...s.content }))
      .digest("hex")
      .slice(0, 12);
    await d
      .updateTable("practice_attempts")
      .set({ scenario_version_id: version.id })
      .where("scenario_id", "=", s.key)
      .where("scenario_version", "=", hash)
      .execute();
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("practice_attempts").dropColumn("scenario_version_id").execute();
  await db.schema.dropTable("knowhow_versions").execute();
  await db.schema.dropTable("knowhow_items").execute();
}

/** The script library as it shipped when know-how became data (src/domain/scripts/scenarios.ts then). */
const SCRIPTS = [
  {
    key: "large-cash-purpose",
    content: {
      title: "取现被问用途",
      situation:
        "客户要取 2 万元现金。金额不算大，但按反诈要求仍要了解资金用途。客户觉得被当成骗子，抱怨取自己的钱还要被盘问。",
      customerLine: "就取两万块钱，又不是什么大数目，凭什么要告诉你干什么用？",
      technique: "polite_question",
      incidentCategories: ["complaint_conflict"],
      complaintCauses: ["管理制度、业务规则与流程", "服务态度及服务质量"],
      goodReplies: [
        {
          text: "不好意思先生，让您多跑了一道手续，您的心情我理解。最近冒充客服、刷单返利的骗局很多，问一下用途是为了确认这笔钱不会落到骗子手里。方便问一下您这两万块大概是做什么用的吗？",
          why: "先致歉、接住情绪，再说明问的原因，最后才礼貌地提问，客户知道为什么被问，更愿意配合。",
        },
        {
          text: "确实麻烦了一点，真抱歉。现在每一笔取现我们都会多问一句，因为骗子常常让人取现金交给他们，我们想替您把这道关。请问这笔钱是家里用还是要转交给别人呢？",
          why: "承认手续麻烦，讲清原因后再问，用“请问”把问题说得客气。",
        },
        {
          text: "您先别生气，换谁被这样问都会不舒服。金额不大我们也要问，是出于反诈的要求，防止有人冒充熟人让您取钱。您方便简单说一下用途吗？我听完马上给您办。",
          why: "说明“金额不大也要问”的道理，原因在前、问题在后，并告诉客户接下来马上办理。",
        },
      ],
      badReplies: [
        {
          text: "这是规定，不说用途就办不了。",
          why: "冷冰冰地搬出规定，又把路堵死，客户只会更生气。",
        },
        {
          text: "又不是只问你一个，别人都说了，你怎么这么多事。",
          why: "指责客户，还拿别人比较，冲突必然升级。",
        },
        {
          text: "你要不按要求说，那我们也没办法给你取。",
          why: "用办不了来要挟，是最容易激化情绪的说法。",
        },
      ],
      traps: [
        "不要暗示客户可能是骗子或洗钱",
        "不要把问用途说成“上面的要求”推卸责任",
        "金额不大也要问，但要先说原因再提问",
        "客户第二次拒绝时，换一种更具体的说法再解释一次；仍不接受，请网点负责人到场，不要僵持",
      ],
      steps: [
        "先接住情绪：为手续多、让客户不舒服致歉",
        "说明为什么要问：保护客户的资金，防范诈骗和洗钱",
        "再礼貌地提问（“请问”“方便问一下……吗”），认真听完",
        "客户仍不接受：再表达一次理解，结合当前诈骗形势更具体地解释，不说“没办法”",
        "客户说明用途后：专业受理，尽快办理",
        "办完后多帮一步：提醒防骗要点，或按需要准备新钞、信封",
        "感谢客户的配合",
      ],
    },
  },
  {
    key: "transfer-quota-cut",
    content: {
      title: "非柜面转账额度被调低",
      situation:
        "客户的账户平时几乎不留余额，只偶尔在深夜转账，风控把非柜面转账额度调低了。客户打客服没问明白，到网点要求说法，认为银行在逼他存钱。",
      customerLine: "我没同意，你们凭什么把我的转账额度改了？是不是想逼我在你们这存钱？",
      technique: "taiji",
      incidentCategories: ["complaint_conflict"],
      complaintCauses: ["管理制度、业务规则与流程", "消费者资金安全"],
      goodReplies: [
        {
          text: "王先生，您先别生气，转账突然受限，换成谁都会着急，我理解。您这么在意自己账户的安全，这一点特别好。额度调整是因为现在电信诈骗多，账户长期没有余额、又常在深夜转账，容易被当成被人借用的账户，调低额度是为了保护您的资金。我建议您让账户日常用起来，额度就能慢慢恢复，您看这样可以吗？",
          why: "太极法：认同情绪，肯定客户的认真，讲清调整是保护客户，再回到怎么让账户恢复正常，征求意见。",
        },
        {
          text: "转不出去耽误了您的事，真的很抱歉。谢谢您专门跑一趟来问清楚。之所以调额度，是为了防止账户被不法分子利用，并不是针对您。要不这样，我先帮您把这次急用的款项在柜台办好，再帮您看看怎么让账户活跃起来，您觉得怎么样？",
          why: "先道歉，再感谢，讲明原因，先解决眼前的急事，再提长期办法。",
        },
      ],
      badReplies: [
        {
          text: "系统就是这样设置的，我也没有办法。",
          why: "把原因推给系统，还说没办法，客户得不到任何出路。",
        },
        {
          text: "谁让你平时不用这个卡的。",
          why: "责怪客户，等于告诉客户这是他自己的错。",
        },
        {
          text: "你开户时签的电子合同里写了银行可以调额度，你自己没看清楚。",
          why: "问题没解决就先翻合同，客户只会觉得被指责、更加愤怒。",
        },
      ],
      traps: [
        "不要一开口就和客户核对合同条款",
        "不要承诺额度哪天一定恢复，也不要透露风控模型的细节",
        "客户在大堂高声或有人拍摄时，先把客户请到安静的地方",
      ],
      steps: [
        "先处理心情：称呼客户，请他别着急，为不好的体验致歉",
        "肯定客户关心自己账户的认真",
        "讲清调额度是为了防范电诈、保护客户资金，而非针对个人",
        "先解决眼前急需办理的款项",
        "用三句半提建议：让账户日常活跃起来、避免深夜试探性转账，额度可逐步恢复，再征求意见",
      ],
    },
  },
  {
    key: "transfer-quota-suggestion",
    content: {
      title: "额度调低后的建议",
      situation:
        "额度被调低的客户情绪已经平复，问接下来怎么办。需要从他的实际用卡习惯出发提一个他做得到的建议，并讲清好处。",
      customerLine: "行吧，那你说我现在该怎么办？",
      technique: "three_and_half",
      incidentCategories: ["complaint_conflict"],
      complaintCauses: ["管理制度、业务规则与流程"],
      goodReplies: [
        {
          text: "您平时主要用这张卡转账，我建议您在卡里留一点日常用的钱，买菜、早餐都用它付，这样账户就是正常在用的状态，额度就能逐步恢复。您看这样行吗？",
          why: "三句半：从客户的用卡习惯出发提建议，说好处，说对问题的作用，最后征求意见。",
        },
        {
          text: "我提一个建议您先听听：先从小额的日常消费用起，避免深夜试探性地转账，这样可以让系统看到这是您本人正常在用，以后转账就不用再受限。您觉得可以接受吗？",
          why: "用商量的口气、从低起点提建议，客户容易接受。",
        },
      ],
      badReplies: [
        {
          text: "你自己看着办，反正额度就是这样。",
          why: "打发客户，没有任何建议。",
        },
        {
          text: "不知道，你去问客服吧，不归我管。",
          why: "推诿，把客户推回原点。",
        },
      ],
      traps: ["建议要具体、客户做得到，从小额起步", "不要承诺具体的恢复时间或额度"],
      steps: ["从客户的需要出发提建议", "说明建议的好处", "说明它怎样解决客户的问题", "征求客户同意"],
    },
  },
  {
    key: "demand-manager",
    content: {
      title: "客户要求见领导",
      situation:
        "客户对刚才的处理不满意，在大堂大声要求“叫你们领导出来”。多数问题其实在当班人员的权限内就能解决。",
      customerLine: "你说了不算，把你们领导叫出来！",
      technique: "self_introduction",
      incidentCategories: ["complaint_conflict"],
      complaintCauses: ["服务态度及服务质量"],
      goodReplies: [
        {
          text: "给您带来不好的体验，真的很抱歉。我是这里的大堂经理，我姓李，今天大堂的业务由我负责，您的问题我可以处理。请您到这边坐下，把情况跟我详细说说，好吗？",
          why: "自报家门：先致歉，说出姓名和岗位，表明自己能处理，再请客户到安静处把事情讲完整。",
        },
        {
          text: "您先别着急，我能理解您想找能拍板的人。我叫王芳，是本网点的值班经理，这件事交给我，我会跟进到底。您慢慢说，到底发生了什么？",
          why: "接住情绪后报上姓名岗位，用肯定的语气表明能负责，邀请客户讲述。",
        },
        {
          text: "让您不愉快了，对不起。我是网点的运营主管小张，这类业务在我这里就能办，您先喝口水，把经过从头说给我听。",
          why: "平静、自信地介绍自己，让客户知道找对了人，再请客户说清来龙去脉。",
        },
      ],
      badReplies: [
        {
          text: "行长很忙，不是谁想见就能见的。",
          why: "拒人于门外，激化情绪。",
        },
        {
          text: "跟我说也一样，别吵了。",
          why: "命令客户不要吵，又不给出路。",
        },
        {
          text: "这事我做不了主，你去找别人吧。",
          why: "还没听就推走，客户只会更坚持要见领导。",
        },
      ],
      traps: [
        "不要一听“找领导”就去叫负责人：先自报家门，超出自己权限的再请负责人",
        "不要让客户在大堂长时间等待或围观",
        "请负责人时，先把已了解的情况讲给负责人，不要让客户再讲一遍",
      ],
      steps: [
        "体谅情绪，为不好的体验致歉",
        "自报家门：姓名、岗位",
        "用平静肯定的语气表明自己有能力处理",
        "请客户到安静处，完整讲述经过",
        "只有超出权限的部分，才请网点负责人接手",
      ],
    },
  },
  {
    key: "filming-in-lobby",
    content: {
      title: "客户在大堂拍摄",
      situation: "客户一边投诉一边举着手机拍摄员工和大堂，说要发到网上。",
      customerLine: "我就拍，让大家看看你们银行是怎么对待客户的！",
      technique: "three_f",
      incidentCategories: ["media_interview", "complaint_conflict"],
      complaintCauses: ["服务态度及服务质量"],
      goodReplies: [
        {
          text: "我能感觉到您今天很生气，遇到这种事谁都会不痛快，我也能体会。我们先把您的问题解决好：请您到旁边的洽谈室，我马上请负责人一起帮您处理，好吗？",
          why: "不与镜头对抗，接住情绪，同时把问题和人一起带离大堂。",
        },
      ],
      badReplies: [
        {
          text: "这里不允许拍照，你再拍我叫保安了。",
          why: "对抗和威胁只会成为视频里最刺眼的一段。",
        },
        {
          text: "你拍吧，随便你发。",
          why: "赌气回应，把舆情风险推向失控。",
        },
      ],
      traps: ["不要抢夺手机或遮挡镜头", "注意保护其他客户的隐私", "立即报告网点负责人，按舆情预案处理"],
      steps: [],
    },
  },
  {
    key: "wealth-below-benchmark",
    content: {
      title: "理财收益低于业绩比较基准",
      situation: "客户买的净值型理财到期收益明显低于宣传时看到的业绩比较基准，认为被骗。",
      customerLine: "当时说能有 4%，现在才 1.5%，你们这是骗人！",
      technique: "taiji",
      incidentCategories: ["complaint_conflict", "group_visit"],
      complaintCauses: ["产品收益", "信息披露", "营销方式和手段"],
      goodReplies: [
        {
          text: "收益比预想的少这么多，您失望是很自然的，我理解。谢谢您把合同和对账单都带来了，您考虑得很周到。业绩比较基准是产品的投资目标，不是承诺的收益，因为今年债券市场波动，实际收益才低于基准。我建议我们一起对照一下产品说明书和净值走势，再看看适合您的下一步安排，您看好吗？",
          why: "承认失望，肯定客户，解释基准不是承诺，并提出一起核对的具体办法。",
        },
      ],
      badReplies: [
        {
          text: "合同上写了有风险，你自己没看清楚。",
          why: "把责任推给客户，即使合同有提示，也会让客户觉得被欺负。",
        },
        {
          text: "下次买这款肯定能赚回来。",
          why: "为安抚客户而承诺收益，本身就是违规。",
        },
      ],
      traps: ["不要为平息情绪承诺补偿或收益", "如销售时确有不当，如实记录并上报，不要私下处理"],
      steps: [],
    },
  },
  {
    key: "long-queue",
    content: {
      title: "排队时间过长",
      situation: "月初代发工资日，大堂排队的人很多，一位老人已经等了四十分钟。",
      customerLine: "我都等了快一个小时了，你们窗口怎么才开两个？",
      technique: "three_and_half",
      incidentCategories: ["crowd_surge", "queue_machine_failure"],
      complaintCauses: ["服务设施、设备、业务系统", "服务态度及服务质量"],
      goodReplies: [
        {
          text: "让您久等了，实在抱歉。我建议您先到自助设备这边，我陪您办查询和取款，这样您不用再排队，几分钟就好，您看行吗？",
          why: "三句半：先致歉，再给出从客户需要出发的建议，说明好处，最后征求同意。",
        },
      ],
      badReplies: [
        {
          text: "人多就是这样，等着吧。",
          why: "冷淡回应，没有任何帮助。",
        },
      ],
      traps: ["对老人、孕妇等特殊客户应优先关注", "不要承诺一个做不到的等待时间"],
      steps: [],
    },
  },
  {
    key: "system-outage",
    content: {
      title: "业务系统故障暂停办理",
      situation: "核心系统故障，柜台暂停办理，已有十多位客户在等，有人开始抱怨。",
      customerLine: "系统坏了你们就让我们干等？我下午还要上班！",
      technique: "three_f",
      incidentCategories: ["system_failure"],
      complaintCauses: ["服务设施、设备、业务系统"],
      goodReplies: [
        {
          text: "耽误您上班，确实着急，真对不起。换作是我也会很着急。技术人员正在抢修，我先帮您登记好要办的业务和电话，系统一恢复就第一时间通知您，或者您可以先用手机银行办理转账，您看哪种方便？",
          why: "道歉、换位，给出登记回访和替代渠道两个选择，并请客户选择。",
        },
      ],
      badReplies: [
        {
          text: "系统故障不归我管，你问别人去。",
          why: "推诿，客户只会更不满。",
        },
      ],
      traps: ["不要猜测故障原因或恢复时间", "按预案及时向网点负责人和上级报告，做好客户解释和登记"],
      steps: [],
    },
  },
  {
    key: "account-restricted",
    content: {
      title: "账户被限制非柜面交易",
      situation: "客户账户因涉嫌异常交易被限制非柜面交易，来网点要求马上解除。",
      customerLine: "我的卡怎么突然不能用了？我又没干坏事，赶紧给我解开！",
      technique: "taiji",
      incidentCategories: ["complaint_conflict"],
      complaintCauses: ["管理制度、业务规则与流程", "消费者资金安全"],
      goodReplies: [
        {
          text: "卡突然用不了，换谁都会着急，我理解您。谢谢您第一时间来网点，这样最快。限制是为了防止账户被不法分子利用，保护的是您的资金。我现在帮您核实身份和近期交易，符合条件的当场就可以申请解除，您看可以吗？",
          why: "接住情绪，肯定客户，讲清限制的保护作用，给出当场能做的核实办法并征求同意。",
        },
      ],
      badReplies: [
        {
          text: "这是上面规定的，我们网点做不了。",
          why: "冷冰冰地搬规定，又把路堵死。",
        },
      ],
      traps: ["不要承诺一定能解除", "核实过程要保护客户隐私，不要在大堂大声询问交易细节"],
      steps: [],
    },
  },
  {
    key: "diversion-dispute",
    content: {
      title: "业务分流引起不满",
      situation: "大堂经理建议客户到自助设备或手机银行办理简单业务，客户觉得被推来推去，认为柜台不愿给他办。",
      customerLine: "我就想在柜台办，你们老让我去机器上自己弄，是不是不想给我办？",
      technique: "three_f",
      incidentCategories: ["diversion_dispute"],
      complaintCauses: ["服务态度及服务质量", "自主选择权"],
      goodReplies: [
        {
          text: "让您觉得被推来推去，真不好意思，我理解您的感受。换作是我，也更愿意有人当面帮我办。您想在柜台办完全可以，我现在就帮您取号；如果您愿意试试自助机，我也可以陪您一起操作，您看哪样方便？",
          why: "接住不满，换位体会，把选择权交还客户，柜台和陪同两条路都给出来。",
        },
      ],
      badReplies: [
        {
          text: "柜台只办复杂业务，你这个去机器上办。",
          why: "硬性分流，不给客户选择，客户会觉得被拒绝。",
        },
        {
          text: "机器上写得很清楚，不会自己看吗？",
          why: "嫌弃客户，是典型的不耐烦。",
        },
      ],
      traps: [
        "分流是建议，不是拒绝：客户坚持柜台办理的，应当受理",
        "引导到自助设备要陪同，不要指个方向就走开",
      ],
      steps: [
        "说明分流的好处（更快、少排队），再问客户是否愿意",
        "客户不愿意：尊重选择，直接取号或安排窗口",
        "客户愿意：陪同操作到办完",
      ],
    },
  },
  {
    key: "loan-repayment-overdue",
    content: {
      title: "个人贷款还款逾期",
      situation:
        "客户的房贷自动扣款日卡里差了几百元，晚了一天才还上，发现记了逾期，担心影响征信，到网点质问。",
      customerLine: "我就晚了一天，你们就给我记逾期？影响我征信你们负责吗？",
      technique: "taiji",
      incidentCategories: ["complaint_conflict"],
      complaintCauses: ["合同条款", "管理制度、业务规则与流程"],
      goodReplies: [
        {
          text: "担心自己的信用记录，这份着急我很理解。您这么在意信用，说明您一向很守约。逾期是按扣款日当天账户里的余额来记的，因为系统只在那一天扣款。我现在帮您查一下这笔记录和还款情况，如果确有特殊原因，可以帮您按规定提交异议申请，同时帮您设好扣款提醒，您看这样好吗？",
          why: "太极法：认同担心，肯定客户守约，讲清逾期怎么记，给出查记录、异议和提醒三件能做的事。",
        },
      ],
      badReplies: [
        {
          text: "合同上写得清清楚楚，是你自己没存够钱。",
          why: "先讲合同、再怪客户，问题没解决，矛盾先升级。",
        },
        {
          text: "征信我们改不了，跟我说也没用。",
          why: "一句话把路堵死，客户只能去投诉。",
        },
      ],
      traps: [
        "不要承诺删除或修改征信记录：只能按规定走异议流程",
        "不要在大堂大声说出客户的贷款金额和逾期情况",
      ],
      steps: [
        "接住担心，不先评对错",
        "查清扣款日、余额和还款时间",
        "讲清逾期的记录方式和异议渠道、时限",
        "帮客户设置提醒或调整扣款账户，避免再次发生",
      ],
    },
  },
  {
    key: "credit-card-fee",
    content: {
      title: "信用卡年费和费用争议",
      situation: "客户发现一张很少使用的信用卡被扣了年费，认为自己从没被告知，要求退费并销卡。",
      customerLine: "这张卡我都没怎么用过，凭什么扣我年费？马上给我退了！",
      technique: "three_f",
      incidentCategories: ["complaint_conflict"],
      complaintCauses: ["定价收费", "信息披露"],
      goodReplies: [
        {
          text: "不常用的卡突然扣了费，您不高兴是很自然的。换做是我，也会觉得这钱扣得不明白。我先帮您查清这笔年费是怎么收的、有没有减免的条件，再帮您联系信用卡中心申请处理，销卡我也可以现在就帮您办，您看可以吗？",
          why: "3F：接住不满，换位体会，给出查明原因、申请处理、办理销卡的具体办法。",
        },
      ],
      badReplies: [
        {
          text: "年费是办卡时就说好的，你自己没注意。",
          why: "指责客户没注意，只会让客户更坚持退费。",
        },
        {
          text: "信用卡不归我们网点管，你去打客服电话。",
          why: "推诿，客户会觉得被踢皮球。",
        },
      ],
      traps: ["不要当场承诺一定退费或减免", "信用卡问题网点不能直接处理的，要替客户联系并告知回复时限"],
      steps: [],
    },
  },
  {
    key: "elderly-customer",
    content: {
      title: "老年客户和特殊需要客户",
      situation: "一位七十多岁的客户来取养老金，没有智能手机，看不清自助机屏幕，听说要去机器上办很着急。",
      customerLine: "我不会用那个机器，也没有智能手机，你们是不是不管我们老年人了？",
      technique: "three_f",
      incidentCategories: ["diversion_dispute", "crowd_surge"],
      complaintCauses: ["服务态度及服务质量", "服务设施、设备、业务系统"],
      goodReplies: [
        {
          text: "阿姨您别着急，这些机器确实不好用，我理解您的心情。换作是我家里老人，我也希望有人耐心帮着办。您在这里坐一下，我先帮您到爱心窗口优先办理，办完我再陪您把钱点清楚，好吗？",
          why: "慢一点、暖一点：接住着急，换位体会，直接安排优先窗口和陪同。",
        },
      ],
      badReplies: [
        {
          text: "现在都用手机办了，你让家里人教你。",
          why: "把老人推给家人，是对特殊客户的冷漠。",
        },
        {
          text: "快点决定吧，后面还有很多人。",
          why: "催促老人，既不耐烦也不尊重。",
        },
      ],
      traps: [
        "不要强推线上或自助渠道：老年客户、残障客户有权在柜台办理",
        "说话放慢、声音放大，重要信息写在纸上",
        "客户行动不便来不了网点的，按上门服务的规定办理",
        "留意代办、陪同人员是否可能在诱导老人转账",
      ],
      steps: [],
    },
  },
  {
    key: "wealth-hard-sell-aftercare",
    content: {
      title: "理财产品售后：客户说当初被强推",
      situation:
        "一位老年客户去年在理财经理的反复推荐下买了一款中风险理财，现在净值下跌，家人陪同来网点，说当时被告知“和存款差不多”。",
      customerLine: "当时你们经理一个劲儿说跟存款差不多，现在亏了，你们必须给我赔！",
      technique: "taiji",
      incidentCategories: ["complaint_conflict", "group_visit"],
      complaintCauses: ["营销方式和手段", "信息披露", "自主选择权"],
      goodReplies: [
        {
          text: "看到亏损，您和家人着急、生气，我完全理解。谢谢您把购买时的材料都带来了，您考虑得很周到。您说的销售过程很重要，因为它关系到当时有没有如实告知风险，我们会调取购买记录和录音录像认真核实。我建议先请消保专员和您一起把当时的情况记录下来，核实后给您明确答复，您看这样可以吗？",
          why: "认同情绪，肯定客户，说明销售过程为什么要核实，给出记录、核实、答复的路径，不为平息而承诺赔偿。",
        },
      ],
      badReplies: [
        {
          text: "你签字了就说明你同意了，亏了不能怪我们。",
          why: "拿签字压客户、否认问题，会让投诉升级。",
        },
        {
          text: "放心，再拿一段时间肯定能涨回来。",
          why: "为安抚客户承诺收益，是新的违规。",
        },
      ],
      traps: [
        "不要当场承诺赔偿，也不要替同事辩解或当众指责同事",
        "销售时确有不当的，如实记录并按投诉流程上报，调取双录材料",
        "对老年客户，核对当时的风险测评和适当性匹配",
      ],
      steps: [],
    },
  },
  {
    key: "counter-sit-in",
    content: {
      title: "客户占用柜台抗议",
      situation: "客户对处理结果不满，坐在柜台前不肯离开，说不解决就不走，后面排队的客户开始不耐烦。",
      customerLine: "今天不给我解决，我就坐在这儿不走了！",
      technique: "three_f",
      incidentCategories: ["counter_protest"],
      complaintCauses: ["服务态度及服务质量", "管理制度、业务规则与流程"],
      goodReplies: [
        {
          text: "事情一直没解决，您心里有气，我理解。换作是我，折腾了这么久也会不甘心。我们到旁边的洽谈室坐下来，我和负责人一起把您的问题从头理一遍，同时我安排同事先给后面的客户办理，您看可以吗？",
          why: "接住情绪，换位体会，把客户从柜台请到安静处专门处理，同时恢复窗口秩序。",
        },
      ],
      badReplies: [
        {
          text: "你不走我就报警了。",
          why: "一上来就威胁，把抗议变成对抗。",
        },
        {
          text: "你这样有完没完，后面还有人呢。",
          why: "指责和催促，只会让客户坐得更稳。",
        },
      ],
      traps: [
        "不要拉扯、强行带离客户",
        "先开另一个窗口恢复办理，减少围观和其他客户的不满",
        "立即报告网点负责人；危及人身或秩序时按预案报警",
      ],
      steps: [],
    },
  },
];
