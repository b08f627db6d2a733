import { describe, expect, it } from "vitest";
import { businessCalendar } from "../calendar/business-calendar.ts";
import { minutesUntilQuietEnds } from "../notifications/quiet.ts";
import { onDuty, type Shift } from "./duty.ts";

// 2026-10-01 (Thursday) is a public holiday; 2026-10-10 (Saturday) a make-up working day.
const calendar = businessCalendar([
  { date: "2026-10-01", kind: "holiday" },
  { date: "2026-10-10", kind: "workday" },
]);
const at = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));
const roster: Shift[] = [
  { userId: 1, dayKind: "workday", date: null, start: "08:00", end: "18:00" },
  { userId: 2, dayKind: "workday", date: null, start: "18:00", end: "08:00" },
  { userId: 3, dayKind: "holiday", date: null, start: "00:00", end: "00:00" },
  { userId: 4, dayKind: "date", date: "2026-10-12", start: "18:00", end: "08:00" },
];

describe("who is on duty", () => {
  it("follows working days and days off as the business calendar has them, 调休 included", () => {
    expect(onDuty(roster, calendar, "2026-09-30", at("10:00"))).toBe(1);
    expect(onDuty(roster, calendar, "2026-10-01", at("10:00"))).toBe(3);
    expect(onDuty(roster, calendar, "2026-10-10", at("10:00"))).toBe(1);
    expect(onDuty(roster, calendar, "2026-10-11", at("10:00"))).toBe(3);
  });

  it("carries a night shift past midnight into the next day, even when that day is a holiday", () => {
    expect(onDuty(roster, calendar, "2026-09-30", at("23:00"))).toBe(2);
    // The holiday's all-day shift is found first, the night shift from 30 September only after it.
    expect(onDuty(roster, calendar, "2026-10-01", at("03:00"))).toBe(3);
    expect(onDuty(roster, calendar, "2026-10-09", at("07:59"))).toBe(2);
  });

  it("lets a swap on one date take over the shift it overlaps, and only that", () => {
    expect(onDuty(roster, calendar, "2026-10-12", at("20:00"))).toBe(4);
    expect(onDuty(roster, calendar, "2026-10-13", at("06:00"))).toBe(4);
    expect(onDuty(roster, calendar, "2026-10-12", at("12:00"))).toBe(1);
    expect(onDuty([], calendar, "2026-10-12", at("12:00"))).toBeNull();
  });
});

describe("quiet hours", () => {
  it("hold until they end, across midnight, and not outside them", () => {
    expect(minutesUntilQuietEnds("22:00", "07:00", at("23:00"))).toBe(480);
    expect(minutesUntilQuietEnds("22:00", "07:00", at("06:30"))).toBe(30);
    expect(minutesUntilQuietEnds("22:00", "07:00", at("07:00"))).toBe(0);
    expect(minutesUntilQuietEnds("12:00", "13:30", at("12:15"))).toBe(75);
    expect(minutesUntilQuietEnds(null, null, at("23:00"))).toBe(0);
  });
});
