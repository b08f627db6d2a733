import { WEEKENDS_ONLY } from "../../domain/calendar/business-calendar.ts";
import { DEFAULT_CLOCK_SETTINGS, decisionClock } from "../../domain/complaints/deadline.ts";
import type { StatsRow } from "../../domain/complaints/stats.ts";
import type { ComplaintTable } from "./tables.ts";

/** A complaint as the register form sends it; tests override what they are about. */
export const complaintBody = (over: Record<string, unknown> = {}) => ({
  channel: "营业现场",
  receivedAt: new Date().toISOString(),
  summary: "理财产品到期收益低于宣传",
  request: "要求赔偿收益差额",
  complainant: { name: "张三丰", phone: "13812345678", idNumber: "110101199001061234" },
  businessCategory: "自营理财",
  cause: "营销方式和手段",
  ...over,
});

/** The deadline the domain computes for a receipt, on a calendar without holidays. */
export const dueFor = (receivedAt: string, level: 0 | 1 | 2) => {
  const clock = decisionClock(
    { startedAt: receivedAt, extensionLevel: level, pauses: [] },
    WEEKENDS_ONLY,
    DEFAULT_CLOCK_SETTINGS,
  );
  return clock.state === "running" ? clock.dueAt : null;
};

const iso = (at: string | null) => at && new Date(at).toISOString();

/** A stored complaint with its unit's name, as the domain's complaintStats reads it. */
export const statsRowOf = (
  r: Pick<
    ComplaintTable,
    | "channel_code"
    | "business_category_code"
    | "cause_code"
    | "grade"
    | "received_at"
    | "decided_at"
    | "decision_due_at"
    | "breached_at"
    | "status"
    | "complainant_key"
  > & { org_name: string },
): StatsRow => ({
  channelCode: r.channel_code,
  businessCategoryCode: r.business_category_code,
  causeCode: r.cause_code,
  orgUnitName: r.org_name,
  grade: r.grade,
  receivedAt: new Date(r.received_at).toISOString(),
  decidedAt: iso(r.decided_at),
  decisionDueAt: iso(r.decision_due_at),
  breachedAt: iso(r.breached_at),
  status: r.status,
  complainantKey: r.complainant_key,
});
