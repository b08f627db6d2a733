import type { CategoryCode } from "./categories.ts";

type Text = { zh: string; en: string };

/** What to say to calm customers, per category: empathy first, say why, offer a way forward (DOMAIN.md §6). */
export const CALMING: Record<CategoryCode, Text[]> = {
  crowd_surge: [
    {
      zh: "“让您久等了，我们已经加开窗口，大约二十分钟能轮到您。”",
      en: '"Sorry to keep you waiting. We\'ve opened more counters; it should be your turn in about twenty minutes."',
    },
    {
      zh: "“您的存款受存款保险保障，资金是安全的，您可以放心。”",
      en: '"Your deposits are covered by deposit insurance; your money is safe."',
    },
  ],
  system_failure: [
    {
      zh: "“耽误您的时间真不好意思，系统正在抢修，预计半小时恢复。”",
      en: '"I\'m sorry for the delay. The system is being fixed and should be back in about half an hour."',
    },
    {
      zh: "“如果您赶时间，我帮您预约一个时段，或者带您到自助设备先办。”",
      en: '"If you\'re in a hurry, I can book you a slot, or help you at the self-service machine now."',
    },
  ],
  queue_machine_failure: [
    {
      zh: "“叫号机暂时出了故障，我按到达顺序给您登记，不会让您错过。”",
      en: "\"The ticket machine is down; I'll put you on the list in order of arrival so you won't lose your place.\"",
    },
  ],
  complaint_conflict: [
    {
      zh: "“我理解您现在很着急，换成我也会不高兴。我们到里面坐下，您慢慢说。”",
      en: "\"I can see you're upset, and I would be too. Let's sit down inside and you can tell me everything.\"",
    },
    {
      zh: "“这件事我来负责跟进，今天先把能办的办好，其余的我给您一个明确的时间。”",
      en: "\"I'll take this on myself: what can be done today we'll do, and for the rest I'll give you a clear date.\"",
    },
  ],
  counter_protest: [
    {
      zh: "“您对额度的事不满意，我能理解。我是这里的负责人，我们坐下来，我把原因和恢复的办法跟您讲清楚。”",
      en: "\"I understand you're unhappy about the limit. I run this outlet; let's sit down and I'll explain why, and how it can be restored.\"",
    },
    {
      zh: "“您要办的业务我们照常为您办理，同时请让我帮您把额度的问题一起解决。”",
      en: '"We\'ll carry on with your transaction as normal, and meanwhile let me help you sort out the limit too."',
    },
  ],
  diversion_dispute: [
    {
      zh: "“不好意思让您多走了一趟。我陪您到自助设备上办，一步一步来，很快就好。”",
      en: "\"Sorry for sending you back and forth. I'll go with you to the machine and we'll do it step by step; it's quick.\"",
    },
    {
      zh: "“如果您更习惯在柜台办理，我马上为您安排一个窗口。”",
      en: "\"If you'd rather use a counter, I'll arrange one for you right away.\"",
    },
  ],
  customer_illness_injury: [
    {
      zh: "“您别动，先坐着休息，救护车已经在路上了。”",
      en: '"Please don\'t move; rest here. The ambulance is on its way."',
    },
    {
      zh: "“我们已经联系您的家人，我会一直陪着您。”",
      en: "\"We've called your family, and I'll stay with you.\"",
    },
  ],
  group_visit: [
    {
      zh: "“各位的诉求我们很重视，请推选几位代表到会议室，行长当面和大家沟通。”",
      en: '"We take your concerns seriously. Please choose a few representatives; the manager will meet them in person."',
    },
  ],
  media_interview: [
    {
      zh: "“感谢您的关注，我们有专门的同事负责回应，我马上帮您联系。”",
      en: '"Thank you for your interest. A colleague handles press questions; I\'ll put you in touch right away."',
    },
    {
      zh: "“您拍摄也是为了把事情解决，我们先一起把您的问题处理好。”",
      en: "\"You're filming because you want this solved; let's solve your problem together first.\"",
    },
  ],
  media_complaint: [
    {
      zh: "“您的问题我们已经登记，我现在就陪您一起处理，会给您明确的答复时间。”",
      en: '"Your complaint is registered. I\'ll work on it with you now and give you a clear date for our answer."',
    },
    {
      zh: "对记者：“欢迎您，我们有专门的同事接待您，请到这边休息室稍坐。”",
      en: 'To the journalist: "Welcome. A colleague will speak with you; please take a seat in the meeting room."',
    },
  ],
  staff_safety: [
    {
      zh: "“您先别激动，有什么要求慢慢说，我们都在听。”（稳住对方，不对抗）",
      en: "\"Please stay calm; tell us what you need, we're listening.\" (steady them; don't confront)",
    },
    {
      zh: "对其他客户：“请大家跟着保安从这边出口离开，注意脚下。”",
      en: 'To other customers: "Please follow the guard out this way; mind your step."',
    },
  ],
  disaster_epidemic: [
    {
      zh: "“为了大家的安全，网点今天调整营业时间，附近网点和手机银行都能办理。”",
      en: '"For everyone\'s safety our hours have changed today; nearby outlets and mobile banking can help you."',
    },
  ],
};

/** The phone numbers a category calls for, in the order to show them: the most urgent on top. */
export const CONTACT_KINDS = [
  "police",
  "ambulance",
  "fire",
  "tech_support",
  "sub_branch_duty",
  "branch_office",
  "outlet_head",
] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];

export const CONTACT_LABELS: Record<ContactKind, Text> = {
  police: { zh: "报警", en: "Police" },
  ambulance: { zh: "急救", en: "Ambulance" },
  fire: { zh: "火警", en: "Fire" },
  tech_support: { zh: "科技支持热线", en: "Tech support line" },
  sub_branch_duty: { zh: "支行值班电话", en: "Sub-branch duty phone" },
  branch_office: { zh: "分行办公室（宣传）", en: "Branch office (press)" },
  outlet_head: { zh: "网点负责人手机", en: "Outlet head's mobile" },
};

/** Public emergency numbers; the others come from the org tree's configuration. */
export const PUBLIC_NUMBERS: Partial<Record<ContactKind, string>> = {
  police: "110",
  ambulance: "120",
  fire: "119",
};

export const CATEGORY_CONTACTS: Record<CategoryCode, ContactKind[]> = {
  customer_illness_injury: ["ambulance", "sub_branch_duty"],
  staff_safety: ["police", "ambulance", "sub_branch_duty"],
  complaint_conflict: ["police", "sub_branch_duty"],
  counter_protest: ["sub_branch_duty", "police"],
  diversion_dispute: ["sub_branch_duty"],
  media_complaint: ["branch_office", "sub_branch_duty"],
  crowd_surge: ["sub_branch_duty", "police"],
  system_failure: ["tech_support", "sub_branch_duty"],
  queue_machine_failure: ["tech_support", "sub_branch_duty"],
  group_visit: ["police", "sub_branch_duty"],
  media_interview: ["branch_office", "sub_branch_duty"],
  disaster_epidemic: ["fire", "ambulance", "sub_branch_duty"],
};
