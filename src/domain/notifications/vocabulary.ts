import type { Severity } from "../incidents/severity.ts";

/** Where a notice can go besides the in-app inbox. */
export const CHANNEL_KINDS = ["wecom", "dingtalk", "feishu", "sms", "email"] as const;
export type ChannelKind = (typeof CHANNEL_KINDS)[number];

/** Group robots post to a unit's chat group; SMS and e-mail reach one person each. */
export const ROBOT_KINDS: readonly ChannelKind[] = ["wecom", "dingtalk", "feishu"];
export const isRobot = (kind: ChannelKind) => ROBOT_KINDS.includes(kind);

export const CHANNEL_LABELS: Record<ChannelKind, { zh: string; en: string }> = {
  wecom: { zh: "企业微信群机器人", en: "WeCom group robot" },
  dingtalk: { zh: "钉钉自定义机器人", en: "DingTalk custom robot" },
  feishu: { zh: "飞书自定义机器人", en: "Feishu custom bot" },
  sms: { zh: "短信网关", en: "SMS gateway" },
  email: { zh: "电子邮件", en: "E-mail" },
};

/**
 * The documented sending limits: WeCom and DingTalk robots take 20 messages a minute each (more mutes the
 * robot for ten minutes), a Feishu bot 100. Gateways and SMTP servers are the bank's own, so theirs is a
 * setting.
 */
export const DEFAULT_RATE_PER_MINUTE: Record<ChannelKind, number> = {
  wecom: 20,
  dingtalk: 20,
  feishu: 100,
  sms: 600,
  email: 600,
};

/** The kinds of notice a unit's robot or a person can choose to receive outside the app. */
export const NOTICE_KINDS = [
  "incident_major",
  "incident_minor",
  "escalation",
  "complaint_warning",
  "complaint_breach",
  "counter_exception",
] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

export const NOTICE_KIND_LABELS: Record<NoticeKind, { zh: string; en: string }> = {
  incident_major: { zh: "Ⅰ–Ⅱ级突发事件", en: "Level Ⅰ–Ⅱ incidents" },
  incident_minor: { zh: "Ⅲ级突发事件", en: "Level Ⅲ incidents" },
  escalation: { zh: "超时升级", en: "Escalations" },
  complaint_warning: { zh: "投诉时限预警", en: "Complaint deadline warnings" },
  complaint_breach: { zh: "投诉超时", en: "Complaint deadlines missed" },
  counter_exception: { zh: "柜面异常", en: "Counter exceptions" },
};

/** The notice kind of an incident report by its level. */
export const incidentKind = (severity: Severity): NoticeKind =>
  severity === "III" ? "incident_minor" : "incident_major";

/** A new installation that configures one robot per outlet gets its incidents and escalations there. */
export const DEFAULT_ROBOT_KINDS: readonly NoticeKind[] = ["incident_major", "incident_minor", "escalation"];
/** SMS costs money and wakes people: by default only what cannot wait. */
export const DEFAULT_SMS_KINDS: readonly NoticeKind[] = ["incident_major", "escalation"];
export const DEFAULT_EMAIL_KINDS: readonly NoticeKind[] = NOTICE_KINDS;

/** Level Ⅰ–Ⅱ incidents and escalations go out at once, quiet hours or not, and to the duty person. */
export const isUrgent = (kind: NoticeKind) => kind === "incident_major" || kind === "escalation";

export const DELIVERY_STATUSES = ["pending", "sending", "sent", "dead"] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];
