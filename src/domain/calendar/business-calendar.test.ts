import { describe, expect, it } from "vitest";
import { addWorkingDays, businessCalendar, nextWorkingDay, WEEKENDS_ONLY } from "./business-calendar.ts";
import { addDays, endOfLocalDay, isLocalDate, localDateOf, startOfLocalDay } from "./dates.ts";

describe("business calendar", () => {
  const cal = businessCalendar([
    { date: "2026-10-01", kind: "holiday" },
    { date: "2026-10-02", kind: "holiday" },
    { date: "2026-10-10", kind: "workday" },
  ]);

  it("weekends rest, holidays rest, make-up days work", () => {
    expect(cal.isWorkingDay("2026-09-30")).toBe(true);
    expect(cal.isWorkingDay("2026-10-01")).toBe(false);
    expect(cal.isWorkingDay("2026-10-03")).toBe(false);
    expect(cal.isWorkingDay("2026-10-10")).toBe(true);
  });

  it("the next working day skips a holiday that runs into a weekend", () => {
    expect(nextWorkingDay(cal, "2026-10-01")).toBe("2026-10-05");
    expect(nextWorkingDay(WEEKENDS_ONLY, "2026-10-01")).toBe("2026-10-01");
  });

  it("counts working days after a date, not the date itself", () => {
    expect(addWorkingDays(cal, "2026-09-30", 1)).toBe("2026-10-05");
    expect(addWorkingDays(cal, "2026-10-08", 2)).toBe("2026-10-10");
  });
});

describe("local dates", () => {
  it("validates real calendar dates only", () => {
    expect(isLocalDate("2028-02-29")).toBe(true);
    expect(isLocalDate("2026-02-29")).toBe(false);
    expect(isLocalDate("2026-2-1")).toBe(false);
  });

  it("adds days over month and year ends", () => {
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
  });

  it("a Shanghai day runs from 16:00 UTC the evening before", () => {
    expect(startOfLocalDay("2026-03-02", "Asia/Shanghai").toISOString()).toBe("2026-03-01T16:00:00.000Z");
    expect(endOfLocalDay("2026-03-02", "Asia/Shanghai").toISOString()).toBe("2026-03-02T15:59:59.999Z");
    expect(localDateOf("2026-03-01T15:59:59.999Z", "Asia/Shanghai")).toBe("2026-03-01");
    expect(localDateOf("2026-03-01T16:00:00.000Z", "Asia/Shanghai")).toBe("2026-03-02");
  });

  it("a zone with daylight saving still finds its local midnight", () => {
    expect(startOfLocalDay("2026-03-29", "Europe/Berlin").toISOString()).toBe("2026-03-28T23:00:00.000Z");
    expect(startOfLocalDay("2026-03-30", "Europe/Berlin").toISOString()).toBe("2026-03-29T22:00:00.000Z");
  });
});
