import { describe, expect, it } from "vitest";
import { businessCalendar, WEEKENDS_ONLY } from "../calendar/business-calendar.ts";
import {
  type ClockPause,
  type ClockSettings,
  DEFAULT_CLOCK_SETTINGS,
  daysLeft,
  decisionClock,
  type ExtensionLevel,
  forwardingDueAt,
  naturalDeadline,
  warningSchedule,
} from "./deadline.ts";

const noShift: ClockSettings = { ...DEFAULT_CLOCK_SETTINGS, shiftOffHolidays: false };
const countStartDay: ClockSettings = { ...DEFAULT_CLOCK_SETTINGS, excludeStartDay: false };
/** Shanghai local time written as the instant it is: "2026-03-02 10:00" → 02:00Z. */
const sh = (local: string) => new Date(`${local.replace(" ", "T")}:00+08:00`).toISOString();
const mayDay = businessCalendar(
  [1, 2, 3, 4, 5].map((d) => ({ date: `2026-05-0${d}`, kind: "holiday" as const })),
);

interface Row {
  name: string;
  receivedAt: string;
  level?: ExtensionLevel;
  pauses?: ClockPause[];
  settings?: ClockSettings;
  calendar?: ReturnType<typeof businessCalendar>;
  dueDate: string;
}

const ROWS: Row[] = [
  {
    name: "15 natural days, the day of receipt not counted",
    receivedAt: sh("2026-03-02 10:00"),
    dueDate: "2026-03-17",
  },
  {
    name: "counting the day of receipt when the setting says so",
    receivedAt: sh("2026-03-02 10:00"),
    settings: countStartDay,
    dueDate: "2026-03-16",
  },
  {
    name: "00:30 in Shanghai is already the next local day",
    receivedAt: "2026-03-01T16:30:00.000Z",
    dueDate: "2026-03-17",
  },
  {
    name: "23:30 in Shanghai is still the same local day",
    receivedAt: "2026-03-01T15:30:00.000Z",
    dueDate: "2026-03-16",
  },
  {
    name: "in UTC the same instant belongs to the earlier day",
    receivedAt: "2026-03-01T16:30:00.000Z",
    settings: { ...DEFAULT_CLOCK_SETTINGS, timeZone: "UTC" },
    dueDate: "2026-03-16",
  },
  {
    name: "a deadline on a Saturday moves to Monday",
    receivedAt: sh("2026-03-06 09:00"),
    dueDate: "2026-03-23",
  },
  {
    name: "without the holiday shift it stays on the Saturday",
    receivedAt: sh("2026-03-06 09:00"),
    settings: noShift,
    dueDate: "2026-03-21",
  },
  {
    name: "a make-up working day (调休) holds the deadline on its Saturday",
    receivedAt: sh("2026-03-06 09:00"),
    calendar: businessCalendar([{ date: "2026-03-21", kind: "workday" }]),
    dueDate: "2026-03-21",
  },
  {
    name: "a public holiday after the weekend pushes it further",
    receivedAt: sh("2026-03-06 09:00"),
    calendar: businessCalendar([{ date: "2026-03-23", kind: "holiday" }]),
    dueDate: "2026-03-24",
  },
  {
    name: "across a month end (31 January)",
    receivedAt: sh("2026-01-31 11:00"),
    settings: noShift,
    dueDate: "2026-02-15",
  },
  {
    name: "into 1 March in a common year",
    receivedAt: sh("2026-02-14 11:00"),
    settings: noShift,
    dueDate: "2026-03-01",
  },
  { name: "onto 29 February in a leap year", receivedAt: sh("2028-02-14 11:00"), dueDate: "2028-02-29" },
  { name: "across the year end", receivedAt: sh("2026-12-20 15:00"), dueDate: "2027-01-04" },
  {
    name: "a first extension makes it 30 days",
    receivedAt: sh("2026-03-02 10:00"),
    level: 1,
    dueDate: "2026-04-01",
  },
  {
    name: "a second extension makes it 60 days",
    receivedAt: sh("2026-03-02 10:00"),
    level: 2,
    dueDate: "2026-05-01",
  },
  {
    name: "60 days ending on Labour Day move past the holiday",
    receivedAt: sh("2026-03-02 10:00"),
    level: 2,
    calendar: mayDay,
    dueDate: "2026-05-06",
  },
  {
    name: "an appraisal from the 5th to the 8th adds three days",
    receivedAt: sh("2026-03-02 10:00"),
    pauses: [{ startedAt: sh("2026-03-05 10:00"), endedAt: sh("2026-03-08 15:00") }],
    dueDate: "2026-03-20",
  },
  {
    name: "overlapping appraisal and mediation count each day once",
    receivedAt: sh("2026-03-02 10:00"),
    pauses: [
      { startedAt: sh("2026-03-05 10:00"), endedAt: sh("2026-03-08 15:00") },
      { startedAt: sh("2026-03-07 10:00"), endedAt: sh("2026-03-10 09:00") },
    ],
    settings: noShift,
    dueDate: "2026-03-22",
  },
  {
    name: "a pause that ends on the day it began adds nothing",
    receivedAt: sh("2026-03-02 10:00"),
    pauses: [{ startedAt: sh("2026-03-05 10:00"), endedAt: sh("2026-03-05 16:00") }],
    dueDate: "2026-03-17",
  },
  {
    name: "a restart on new facts counts from the restart and forgets earlier pauses",
    receivedAt: sh("2026-03-10 14:00"),
    pauses: [{ startedAt: sh("2026-03-05 10:00"), endedAt: sh("2026-03-08 15:00") }],
    dueDate: "2026-03-25",
  },
  {
    name: "pauses and an extension add up",
    receivedAt: sh("2026-03-02 10:00"),
    level: 1,
    pauses: [{ startedAt: sh("2026-03-05 10:00"), endedAt: sh("2026-03-08 15:00") }],
    dueDate: "2026-04-06",
  },
];

describe("decision clock", () => {
  it.each(ROWS)("$name → $dueDate", (row) => {
    const clock = decisionClock(
      { startedAt: row.receivedAt, extensionLevel: row.level ?? 0, pauses: row.pauses ?? [] },
      row.calendar ?? WEEKENDS_ONLY,
      row.settings ?? DEFAULT_CLOCK_SETTINGS,
    );
    expect(clock.state).toBe("running");
    if (clock.state === "running") expect(clock.dueDate).toBe(row.dueDate);
  });

  it("the deadline is the last millisecond of the due day in Shanghai", () => {
    const clock = decisionClock(
      { startedAt: sh("2026-03-02 10:00"), extensionLevel: 0, pauses: [] },
      WEEKENDS_ONLY,
      DEFAULT_CLOCK_SETTINGS,
    );
    expect(clock).toMatchObject({ state: "running", dueAt: "2026-03-17T15:59:59.999Z" });
  });

  it("a pause still running has no deadline, only the days left", () => {
    const clock = decisionClock(
      {
        startedAt: sh("2026-03-02 10:00"),
        extensionLevel: 0,
        pauses: [{ startedAt: sh("2026-03-05 10:00"), endedAt: null }],
      },
      WEEKENDS_ONLY,
      DEFAULT_CLOCK_SETTINGS,
    );
    expect(clock).toEqual({ state: "paused", remainingDays: 13, pausedSince: sh("2026-03-05 10:00") });
  });

  it("a withdrawal stops the clock", () => {
    const at = sh("2026-03-04 10:00");
    const clock = decisionClock(
      { startedAt: sh("2026-03-02 10:00"), extensionLevel: 0, pauses: [], stoppedAt: at },
      WEEKENDS_ONLY,
      DEFAULT_CLOCK_SETTINGS,
    );
    expect(clock).toEqual({ state: "stopped", stoppedAt: at });
  });
});

describe("forwarding within 7 working days", () => {
  it.each([
    {
      name: "Monday receipt → Wednesday of the next week",
      receivedAt: sh("2026-03-02 10:00"),
      due: "2026-03-11",
    },
    {
      name: "a public holiday in the week adds a day",
      receivedAt: sh("2026-03-02 10:00"),
      calendar: businessCalendar([{ date: "2026-03-04", kind: "holiday" }]),
      due: "2026-03-12",
    },
    {
      name: "a make-up Saturday counts as a working day",
      receivedAt: sh("2026-03-02 10:00"),
      calendar: businessCalendar([{ date: "2026-03-07", kind: "workday" }]),
      due: "2026-03-10",
    },
    {
      name: "counting the day of receipt when the setting says so",
      receivedAt: sh("2026-03-02 10:00"),
      settings: countStartDay,
      due: "2026-03-10",
    },
    {
      name: "Thursday 23:30 local counts from Thursday",
      receivedAt: "2026-03-05T15:30:00.000Z",
      due: "2026-03-16",
    },
    {
      name: "Thursday 16:30 UTC is Friday 00:30 local",
      receivedAt: "2026-03-05T16:30:00.000Z",
      due: "2026-03-17",
    },
  ])("$name", ({ receivedAt, calendar, settings, due }) => {
    const s = settings ?? DEFAULT_CLOCK_SETTINGS;
    const dueAt = forwardingDueAt(receivedAt, calendar ?? WEEKENDS_ONLY, s);
    expect(new Date(Date.parse(dueAt) + 8 * 3_600_000).toISOString().slice(0, 10)).toBe(due);
  });
});

describe("review (核查) and warnings", () => {
  it("the 30-day review window ending on a Sunday ends on Monday", () => {
    expect(naturalDeadline(sh("2026-03-20 10:00"), 30, WEEKENDS_ONLY, DEFAULT_CLOCK_SETTINGS)).toBe(
      "2026-04-20T15:59:59.999Z",
    );
  });

  it("warns at 09:00 three days before and on the due day, and breaches right after the due day", () => {
    const s = warningSchedule(
      "2026-03-17",
      "2026-03-17T15:59:59.999Z",
      new Date(sh("2026-03-02 10:00")),
      "Asia/Shanghai",
    );
    expect(s).toEqual({
      warnings: [
        { kind: "before", at: "2026-03-14T01:00:00.000Z" },
        { kind: "due_day", at: "2026-03-17T01:00:00.000Z" },
      ],
      breachAt: "2026-03-17T16:00:00.000Z",
    });
  });

  it("a warning whose time has passed is not scheduled again", () => {
    const s = warningSchedule(
      "2026-03-17",
      "2026-03-17T15:59:59.999Z",
      new Date(sh("2026-03-15 10:00")),
      "Asia/Shanghai",
    );
    expect(s.warnings.map((w) => w.kind)).toEqual(["due_day"]);
  });

  it("counts the local days left, zero on the day and negative after", () => {
    const due = "2026-03-17T15:59:59.999Z";
    expect(daysLeft(due, new Date(sh("2026-03-15 23:59")), "Asia/Shanghai")).toBe(2);
    expect(daysLeft(due, new Date(sh("2026-03-17 00:01")), "Asia/Shanghai")).toBe(0);
    expect(daysLeft(due, new Date(sh("2026-03-18 00:00")), "Asia/Shanghai")).toBe(-1);
  });
});
