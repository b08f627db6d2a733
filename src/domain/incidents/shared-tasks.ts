import { task } from "./task-template.ts";

/*
 * Tasks that more than one category needs and that a quick answer adds to any category. A category and an
 * answer that both bring a group bring the same keys, so the playbook holds each task once.
 */

/** Someone hurt or unwell: life first, before anything about money or order. */
export const FIRST_AID = [
  task(
    "illness.first_aid",
    "gather",
    "lobby_manager",
    "查看伤者的意识和呼吸，立即拨打 120；不要随意搬动伤者",
    "Check the person's consciousness and breathing, call 120 at once; do not move them",
  ),
  task(
    "hurt.kit",
    "respond",
    "teller",
    "取来急救箱和 AED（自动体外除颤器），交给现场施救的同事",
    "Fetch the first-aid kit and the AED (defibrillator) for the colleague helping the person",
  ),
  task(
    "hurt.meet",
    "respond",
    "security_guard",
    "派一人到门口迎接救护车，为急救人员留出通道并引导进入",
    "Send someone to the door to meet the ambulance, keep a path clear and guide the paramedics in",
  ),
  task(
    "illness.clear",
    "calm",
    "security_guard",
    "请围观客户后退，给伤者留出空间，保护其隐私",
    "Ask onlookers to step back, give the person room and keep their privacy",
  ),
  task(
    "hurt.witness",
    "follow_up",
    "lobby_manager",
    "记录事情经过、时间和在场证人，保存监控录像",
    "Write down what happened, when and who saw it; keep the CCTV footage",
  ),
];

/** A person who cannot respond needs more than first aid on the floor. */
export const UNCONSCIOUS = [
  task(
    "unconscious.cpr",
    "gather",
    "lobby_manager",
    "叫不醒且没有正常呼吸时，按 120 调度员的指导做心肺复苏并使用 AED",
    "If they cannot be woken and are not breathing normally, start CPR and use the AED as the 120 dispatcher guides",
  ),
];

/** A weapon or a hostage: raise the alarm, people out of harm's way, nothing risked for cash. */
export const THREAT = [
  task(
    "safety.alarm",
    "gather",
    "teller",
    "按下柜台报警按钮，保持冷静，不与对方争执",
    "Press the counter alarm, stay calm, do not argue with the person",
  ),
  task(
    "safety.police",
    "respond",
    "security_guard",
    "立即拨打 110，保护员工和客户撤离到安全区域",
    "Call 110 at once; protect staff and customers and move them to a safe place",
  ),
  task(
    "safety.no_risk",
    "respond",
    "outlet_head",
    "不为保护现金冒险，一切听从警方安排",
    "Take no risk for cash; follow the police's instructions in everything",
  ),
  task(
    "safety.scene",
    "follow_up",
    "security_guard",
    "保护现场和监控录像，等待警方勘查，不让无关人员进入",
    "Keep the scene and CCTV untouched for the police; let nobody else in",
  ),
];

/** Filming, live streaming or journalists: one voice for the bank, nobody's phone taken. */
export const MEDIA = [
  task(
    "media.platform",
    "gather",
    "lobby_manager",
    "记下拍摄或直播的平台、账号名称和开始时间",
    "Note the platform and account name of the filming or live stream, and when it started",
  ),
  task(
    "media.identify",
    "calm",
    "lobby_manager",
    "礼貌对待拍摄者，不阻拦、不抢夺手机或设备",
    "Be courteous to whoever is filming; never block them or take a phone or camera",
  ),
  task(
    "media.privacy",
    "respond",
    "security_guard",
    "请其他客户避开镜头，遮挡屏幕和单据，保护客户隐私",
    "Help other customers keep out of shot; cover screens and slips to protect their privacy",
  ),
  task(
    "media.cp_officer",
    "respond",
    "outlet_head",
    "告知支行消保专员，并报告支行和分行宣传部门",
    "Tell the sub-branch's consumer-protection officer; report to the sub-branch and the branch press office",
  ),
  task(
    "media.spokesperson",
    "respond",
    "outlet_head",
    "通过分行宣传部门准备统一口径，由指定人员回应，不临场发挥",
    "Prepare a holding statement through the branch press office; only the named person answers, nothing improvised",
  ),
  task(
    "media.watch",
    "follow_up",
    "outlet_head",
    "事后关注网上相关内容，发现不实信息及时报告分行",
    "Afterwards watch for posts about it online and report anything untrue to the branch",
  ),
];

/** More than twenty people gathering: order, representatives, service for everyone else. */
export const CROWD = [
  task(
    "crowd.lines",
    "respond",
    "security_guard",
    "设置排队通道，保持出入口和消防通道畅通",
    "Set up queue lines; keep the entrances and fire exits clear",
  ),
  task(
    "crowd.reps",
    "calm",
    "lobby_manager",
    "请聚集人员推选代表，引导到会议室当面沟通",
    "Ask the people gathering to choose representatives and take them to a meeting room",
  ),
  task(
    "crowd.police_standby",
    "respond",
    "outlet_head",
    "通知辖区派出所做好准备，情绪失控或有冲击时请求出警",
    "Ask the local police station to stand by; call them out if tempers break or anyone forces their way",
  ),
];

/** Crowds and runs feed on rumour: one official message. */
export const RUMOURS = task(
  "crowd.rumour",
  "calm",
  "lobby_manager",
  "向客户说明存款受存款保险保障，只转述分行发布的正式信息",
  "Tell customers deposits are covered by deposit insurance; repeat only what the branch has announced",
);

/** Signs of a run on the bank: every withdrawal served, one official message. */
export const BANK_RUN = [
  task(
    "run.cash",
    "respond",
    "outlet_head",
    "立即报告支行调拨现金，保证每一笔取款都能正常办理",
    "Report to the sub-branch for cash at once so every withdrawal can be paid",
  ),
  task(
    "run.serve",
    "respond",
    "teller",
    "正常、快速地办理每一笔取款，不拖延、不劝阻",
    "Pay every withdrawal normally and promptly; never slow it down or talk customers out of it",
  ),
  RUMOURS,
];

/** Several outlets hit at once: one picture across the sub-branch. */
export const MULTI_OUTLET = [
  task(
    "multi.coordinate",
    "gather",
    "outlet_head",
    "与支行确认受影响的网点和仍正常营业的网点",
    "Confirm with the sub-branch which outlets are affected and which are still open",
  ),
  task(
    "multi.redirect",
    "calm",
    "lobby_manager",
    "告诉客户附近仍在营业的网点和线上办理方式",
    "Tell customers which nearby outlets are open and what they can do online",
  ),
];

/** An outage expected to last: tell people, and keep urgent needs met. */
export const LONG_OUTAGE = [
  task(
    "outage.notice",
    "calm",
    "lobby_manager",
    "在门口和大厅张贴告示，写明预计恢复时间和其他办理渠道",
    "Put up a notice at the door and in the lobby with the expected recovery time and other ways to bank",
  ),
  task(
    "outage.urgent",
    "respond",
    "outlet_head",
    "按应急流程优先处理客户的急需业务（如老人领取养老金），必要时登记后回访",
    "Handle urgent needs first under the contingency procedure (e.g. an elderly customer's pension); log and call back the rest",
  ),
];

/** Someone agitated or arguing: out of the public eye, heard out first. */
export const AGITATED = [
  task(
    "conflict.separate",
    "calm",
    "lobby_manager",
    "请情绪激动的客户到洽谈室单独沟通，不在大厅当众争辩",
    "Take the upset customer to a private room; never argue in front of others",
  ),
];
