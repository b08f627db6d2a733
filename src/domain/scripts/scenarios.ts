import type { Technique } from "./vocabulary.ts";

export interface ExampleReply {
  text: string;
  /** Why it works, or why it goes wrong. */
  why: string;
}

/** A situation staff meet, how to handle it, and what to avoid. All texts are the project's own words. */
export interface Scenario {
  id: string;
  title: string;
  situation: string;
  /** What the customer says: the line practice mode shows. */
  customerLine: string;
  technique: Technique;
  /** Incident categories (DOMAIN.md §3) whose reports link here. */
  incidentCategories: readonly string[];
  /** Complaint causes (JR/T 0169 axis C) whose complaints link here. */
  complaintCauses: readonly string[];
  goodReplies: readonly ExampleReply[];
  badReplies: readonly ExampleReply[];
  traps: readonly string[];
}

export const SCENARIOS: readonly Scenario[] = [
  {
    id: "large-cash-purpose",
    title: "大额取现被问用途",
    situation: "客户要取 5 万元现金，按反诈要求需要了解资金用途。客户觉得被当成骗子，语气很冲。",
    customerLine: "我取自己的钱，凭什么要告诉你干什么用？你们是不是怀疑我？",
    technique: "taiji",
    incidentCategories: ["complaint_conflict"],
    complaintCauses: ["管理制度、业务规则与流程", "服务态度及服务质量"],
    goodReplies: [
      {
        text: "您别误会，我完全理解您的感受，钱是您的，谁被问都会不舒服。谢谢您愿意听我说两句：最近冒充公检法、刷单返利的骗局很多，问一下用途是为了保护您的钱不被骗走。您方便简单说一下是买房还是家里用吗？我马上给您办。",
        why: "先接住情绪，再肯定客户，讲清问用途是为了保护客户本人，最后礼貌地问并承诺马上办理。",
      },
      {
        text: "让您不舒服了，真不好意思，也谢谢您耐心听我解释。换作是我也会这么想。我们问用途是因为骗子常让人取现转交，为了防止您遇到这种事才多问一句。您看方便告诉我大概用途吗？说完我就帮您准备现金。",
        why: "先道歉、换位，再解释原因，给出清楚的下一步并征求同意。",
      },
    ],
    badReplies: [
      { text: "这是规定，不说用途就办不了。", why: "冷冰冰地搬出规定，又把路堵死，客户只会更生气。" },
      {
        text: "又不是只问你一个，别人都说了，你怎么这么多事。",
        why: "指责客户，还拿别人比较，冲突必然升级。",
      },
    ],
    traps: [
      "不要暗示客户可能是骗子或洗钱",
      "不要把问用途说成“上面的要求”推卸责任",
      "客户拒绝说明时，请网点负责人到场，不要僵持",
    ],
  },
  {
    id: "transfer-quota-cut",
    title: "手机银行转账限额被下调",
    situation:
      "断卡行动中，客户长期不用的账户非柜面转账额度被调低，客户临时要转一笔钱转不出去，赶来网点质问。",
    customerLine: "谁让你们随便改我的限额的？我现在急着给人打款，耽误了你们负责吗？",
    technique: "three_f",
    incidentCategories: ["complaint_conflict"],
    complaintCauses: ["管理制度、业务规则与流程", "消费者资金安全"],
    goodReplies: [
      {
        text: "您急着打款却转不出去，这种着急我非常理解。不少客户遇到额度调整时也是这样的心情。我现在就帮您核实身份，在柜台把这笔款转出去，再按您的需要申请恢复手机银行额度，您看这样可以吗？",
        why: "感受—同感—发现：先接住着急，再说明别人也有同样感受，最后给出马上能做的办法。",
      },
    ],
    badReplies: [
      { text: "系统就是这样设置的，我也没有办法。", why: "把原因推给系统，还说没办法，客户得不到任何出路。" },
      { text: "谁让你平时不用这个卡的。", why: "责怪客户，等于告诉客户这是他自己的错。" },
    ],
    traps: ["不要承诺额度一定能马上恢复", "不要向客户透露风控模型的细节"],
  },
  {
    id: "demand-manager",
    title: "客户要求见行长",
    situation: "客户对处理结果不满，在大堂大声要求“叫你们行长出来”。",
    customerLine: "你说了不算，把你们行长叫出来！",
    technique: "taiji",
    incidentCategories: ["complaint_conflict"],
    complaintCauses: ["服务态度及服务质量"],
    goodReplies: [
      {
        text: "您希望有能拍板的人来处理，这个想法我理解。谢谢您愿意把问题讲出来，这对我们改进很重要。为了让您不用在大堂等，我先请您到洽谈室坐一下，网点负责人马上过来，您看可以吗？",
        why: "肯定诉求，感谢客户，把客户从大堂引到安静的地方，同时请负责人接手。",
      },
    ],
    badReplies: [
      { text: "行长很忙，不是谁想见就能见的。", why: "拒人于门外，激化情绪。" },
      { text: "跟我说也一样，别吵了。", why: "命令客户不要吵，又不给出路。" },
    ],
    traps: ["不要让客户在大堂长时间等待或围观", "负责人到场前不要对处理结果作新的承诺"],
  },
  {
    id: "filming-in-lobby",
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
      { text: "这里不允许拍照，你再拍我叫保安了。", why: "对抗和威胁只会成为视频里最刺眼的一段。" },
      { text: "你拍吧，随便你发。", why: "赌气回应，把舆情风险推向失控。" },
    ],
    traps: ["不要抢夺手机或遮挡镜头", "注意保护其他客户的隐私", "立即报告网点负责人，按舆情预案处理"],
  },
  {
    id: "wealth-below-benchmark",
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
      { text: "下次买这款肯定能赚回来。", why: "为安抚客户而承诺收益，本身就是违规。" },
    ],
    traps: ["不要为平息情绪承诺补偿或收益", "如销售时确有不当，如实记录并上报，不要私下处理"],
  },
  {
    id: "long-queue",
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
    badReplies: [{ text: "人多就是这样，等着吧。", why: "冷淡回应，没有任何帮助。" }],
    traps: ["对老人、孕妇等特殊客户应优先关注", "不要承诺一个做不到的等待时间"],
  },
  {
    id: "system-outage",
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
    badReplies: [{ text: "系统故障不归我管，你问别人去。", why: "推诿，客户只会更不满。" }],
    traps: ["不要猜测故障原因或恢复时间", "按预案及时向网点负责人和上级报告，做好客户解释和登记"],
  },
  {
    id: "account-restricted",
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
    badReplies: [{ text: "这是上面规定的，我们网点做不了。", why: "冷冰冰地搬规定，又把路堵死。" }],
    traps: ["不要承诺一定能解除", "核实过程要保护客户隐私，不要在大堂大声询问交易细节"],
  },
];

export function scenarioById(id: string): Scenario | undefined {
  return SCENARIOS.find((s) => s.id === id);
}
