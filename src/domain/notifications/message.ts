import { SEVERITY_LABELS, type Severity } from "../incidents/severity.ts";
import type { NoticeKind } from "./vocabulary.ts";

/**
 * A notice as it leaves the app, described by what it is about rather than by its in-app text: that text
 * may quote a summary typed at the counter, and a message to a chat group or a phone must never carry a
 * customer's personal data. So only the reference, the unit, the kind of event and the level go out.
 */
export interface OutboundNotice {
  kind: NoticeKind;
  /** The unit the record belongs to; its robots post the notice. */
  orgUnitId: number;
  unitName: string;
  ref: string;
  /** What happened in a few words of the vocabulary: a category name, never free text. */
  subject: string;
  level?: Severity;
  drill: boolean;
  /** The page in the web app, e.g. /incidents/42. */
  link: string;
  /** Further units whose robots and duty person get it: an escalation's target, say. */
  alsoUnitIds?: number[];
}

/** The text every channel renders in its own format: Chinese, short, with a link back. */
export interface OutboundMessage {
  title: string;
  lines: string[];
  url: string;
}

const TITLES: Record<NoticeKind, string> = {
  incident_major: "突发事件",
  incident_minor: "突发事件",
  escalation: "突发事件未确认，已升级",
  complaint_warning: "投诉临近办理时限",
  complaint_breach: "投诉已超过办理时限",
  counter_exception: "柜面异常",
};

export function composeMessage(n: OutboundNotice, publicUrl: string): OutboundMessage {
  const level = n.level ? SEVERITY_LABELS[n.level].zh : null;
  const title = `${n.drill ? "【演练】" : ""}${level && n.kind.startsWith("incident") ? `${level}` : ""}${TITLES[n.kind]}`;
  const lines = [`编号：${n.ref}`, `机构：${n.unitName}`, `事项：${n.subject}`];
  if (level) lines.push(`等级：${level}`);
  return { title, lines, url: new URL(n.link, publicUrl).toString() };
}

/** One line for an SMS: the gateway bills by length, so no labels. */
export const smsText = (m: OutboundMessage) =>
  `${m.title} ${m.lines.map((l) => l.slice(l.indexOf("：") + 1)).join(" ")} 详情 ${m.url}`;

export const plainText = (m: OutboundMessage) => [m.title, ...m.lines, `详情：${m.url}`].join("\n");
