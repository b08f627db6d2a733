import type { CategoryCode } from "./categories.ts";

type Text = { zh: string; en: string };

/** One-tap starts for the report's one line, per category, so a stressed reporter types little or nothing. */
export const REPORT_PHRASES: Record<CategoryCode, Text[]> = {
  crowd_surge: [
    { zh: "排队客户突然增多，大厅拥挤", en: "The queue suddenly grew; the lobby is crowded" },
    { zh: "大量客户集中要求取款", en: "Many customers asking to withdraw at once" },
  ],
  system_failure: [
    { zh: "柜面系统无法登录，业务停办", en: "Counter system down; business stopped" },
    { zh: "自助设备全部故障", en: "All self-service machines down" },
  ],
  queue_machine_failure: [
    { zh: "叫号机黑屏，无法取号", en: "Queue machine blank; no tickets" },
    { zh: "叫号顺序混乱，客户争执", en: "Numbers called out of order; customers arguing" },
  ],
  complaint_conflict: [
    { zh: "客户在大厅大声争吵", en: "A customer shouting in the lobby" },
    { zh: "客户与员工发生推搡", en: "A customer pushing a member of staff" },
    { zh: "客户情绪激动，要求见负责人", en: "An upset customer demanding the manager" },
  ],
  counter_protest: [
    {
      zh: "客户反复小额取款，占用柜台",
      en: "A customer making repeated small withdrawals, tying up a counter",
    },
    {
      zh: "客户因账户限额不满，拒绝离开柜台",
      en: "A customer upset about an account limit refuses to leave the counter",
    },
  ],
  diversion_dispute: [
    { zh: "客户不愿到自助设备办理，与员工争执", en: "A customer refuses the machine and argues with staff" },
    { zh: "老人被引导到其他窗口后不满", en: "An elderly customer upset at being sent to another counter" },
  ],
  customer_illness_injury: [
    { zh: "客户在大厅晕倒", en: "A customer collapsed in the lobby" },
    { zh: "客户摔倒受伤", en: "A customer fell and is hurt" },
    { zh: "客户突发胸痛、呼吸困难", en: "A customer has chest pain and trouble breathing" },
  ],
  group_visit: [
    { zh: "多人聚集大厅，占用座位不离开", en: "A group occupying the lobby seats and not leaving" },
    { zh: "群体拉横幅讨说法", en: "A group with a banner demanding answers" },
  ],
  media_interview: [
    { zh: "有人在大厅拍摄或直播", en: "Someone filming or live streaming in the lobby" },
    { zh: "记者到网点要求采访", en: "A journalist asking for an interview" },
  ],
  media_complaint: [{ zh: "记者陪同客户到网点投诉", en: "A journalist came in with a complaining customer" }],
  staff_safety: [
    { zh: "有人持刀威胁员工", en: "Someone threatening staff with a knife" },
    { zh: "有人抢劫柜台", en: "A robbery at the counter" },
    { zh: "员工被客户殴打", en: "A member of staff was hit by a customer" },
  ],
  disaster_epidemic: [
    { zh: "暴雨积水进入网点", en: "Flood water entering the outlet" },
    { zh: "员工出现传染病症状", en: "A member of staff has symptoms of an infectious disease" },
    { zh: "停电，网点无法营业", en: "Power cut; the outlet cannot open" },
  ],
};

/** Typing these words in the one line turns the drill switch on. */
export const DRILL_WORDS = ["这是演练", "this is a drill"];
