import { describe, expect, it } from "vitest";
import { DEFAULT_CATEGORIES } from "./classification.ts";
import { complaintStats, type StatsRow } from "./stats.ts";

const row = (over: Partial<StatsRow>): StatsRow => ({
  channelCode: "0101",
  businessCategoryCode: "10",
  causeCode: "04",
  orgUnitName: "人民路网点",
  grade: "ordinary",
  receivedAt: "2026-03-02T02:00:00.000Z",
  decidedAt: null,
  decisionDueAt: "2026-03-17T15:59:59.999Z",
  breachedAt: null,
  status: "open",
  complainantKey: "np:a|1",
  ...over,
});

describe("complaint statistics", () => {
  const now = new Date("2026-03-20T00:00:00Z");
  const rows = [
    row({ decidedAt: "2026-03-12T02:00:00.000Z", status: "decided" }),
    row({
      decidedAt: "2026-03-18T02:00:00.000Z",
      status: "decided",
      breachedAt: "2026-03-17T16:00:00.000Z",
      complainantKey: "np:b|2",
    }),
    row({ channelCode: "010301", complainantKey: "np:b|2", receivedAt: "2026-02-28T15:30:00.000Z" }),
  ];
  const s = complaintStats(rows, DEFAULT_CATEGORIES, now, "Asia/Shanghai");

  it("counts decided, on-time and breached complaints", () => {
    expect(s).toMatchObject({
      total: 3,
      open: 1,
      decided: 2,
      onTimeRate: 50,
      breached: 2,
      repeatComplainants: 1,
    });
    expect(s.averageHandlingDays).toBe(13);
  });

  it("groups by the classification axes with their label paths", () => {
    expect(s.byChannel[0]).toMatchObject({
      key: "0101",
      label: "前台业务渠道 / 营业现场",
      count: 2,
      onTime: 1,
    });
    expect(s.byChannel[1]).toMatchObject({ key: "010301", label: "前台业务渠道 / 电子渠道 / 网上银行" });
  });

  it("puts a complaint in the month of its local receipt day (23:30 on 28 February is February)", () => {
    expect(s.byMonth.map((b) => [b.key, b.count])).toEqual([
      ["2026-02", 1],
      ["2026-03", 2],
    ]);
  });
});
