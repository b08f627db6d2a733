import { WEEKENDS_ONLY } from "../../domain/calendar/business-calendar.ts";
import { DEFAULT_CLOCK_SETTINGS, decisionClock } from "../../domain/complaints/deadline.ts";

/** A complaint as the register form sends it; tests override what they are about. */
export const complaintBody = (over: Record<string, unknown> = {}) => ({
  channel: "营业现场",
  receivedAt: new Date().toISOString(),
  summary: "理财产品到期收益低于宣传",
  request: "要求赔偿收益差额",
  complainant: { name: "张三丰", phone: "13812345678", idNumber: "110101199001011234" },
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
