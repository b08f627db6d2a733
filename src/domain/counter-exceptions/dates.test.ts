import { expect, it } from "vitest";
import { startOfLocalDay } from "../calendar/dates.ts";
import { localDayRange } from "./dates.ts";

it("a local day in Shanghai starts at 16:00 UTC the day before", () => {
  expect(startOfLocalDay("2026-11-23", "Asia/Shanghai").toISOString()).toBe("2026-11-22T16:00:00.000Z");
});

it("a date range covers the whole of its last day, across a month end", () => {
  expect(localDayRange("2026-11-01", "2026-11-30", "Asia/Shanghai")).toEqual({
    from: "2026-10-31T16:00:00.000Z",
    to: "2026-11-30T16:00:00.000Z",
  });
});
