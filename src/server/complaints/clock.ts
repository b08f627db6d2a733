import type { Transaction } from "kysely";
import type { BusinessCalendar } from "../../domain/calendar/business-calendar.ts";
import {
  type Clock,
  type ClockSettings,
  computeClock,
  DECISION_DAYS,
  type ExtensionLevel,
  REVIEW_DECISION_DAYS,
  warningSchedule,
} from "../../domain/complaints/deadline.ts";
import { loadCalendar } from "../calendar/store.ts";
import type { Config } from "../config.ts";
import type { Database } from "../db/schema.ts";
import { replaceDue } from "../scheduler/scheduler.ts";

/** Scheduler kinds: a warning 3 days before, one on the due day, and the breach right after the due day. */
export const DUE_KINDS = {
  before: "complaint.warning_before",
  due_day: "complaint.warning_due_day",
  breach: "complaint.breach",
} as const;

export function clockSettings(config: Config): ClockSettings {
  return {
    timeZone: config.timeZone,
    excludeStartDay: config.complaintExcludeStartDay,
    shiftOffHolidays: config.complaintShiftOffHolidays,
  };
}

interface ClockRow {
  kind: "complaint" | "review";
  status: string;
  clock_started_at: string;
  extension_level: number;
  ended_at: string | null;
  decided_at: string | null;
}

/** The clock of a complaint from its row and pauses; a review case has its own fixed 30 days (§20). */
export function clockOf(
  row: ClockRow,
  pauses: readonly { started_at: string; ended_at: string | null }[],
  calendar: BusinessCalendar,
  settings: ClockSettings,
): Clock {
  const days =
    row.kind === "review" ? REVIEW_DECISION_DAYS : DECISION_DAYS[row.extension_level as ExtensionLevel];
  const stoppedAt = row.status === "open" ? null : (row.decided_at ?? row.ended_at ?? row.clock_started_at);
  return computeClock(
    {
      startedAt: row.clock_started_at,
      days,
      pauses: pauses.map((p) => ({ startedAt: p.started_at, endedAt: p.ended_at })),
      stoppedAt,
    },
    calendar,
    settings,
  );
}

/**
 * Recomputes a complaint's deadline after any clock event (pause, resume, extension, restart, decision)
 * and puts its warnings and breach on the scheduler again; a paused or stopped clock has none.
 */
export async function refreshClock(
  trx: Transaction<Database>,
  config: Config,
  complaintId: number,
  now: Date,
): Promise<Clock> {
  const row = await trx
    .selectFrom("complaints")
    .selectAll()
    .where("id", "=", complaintId)
    .executeTakeFirstOrThrow();
  const pauses = await trx
    .selectFrom("complaint_pauses")
    .select(["started_at", "ended_at"])
    .where("complaint_id", "=", complaintId)
    .execute();
  const clock = clockOf(row, pauses, await loadCalendar(trx), clockSettings(config));
  // A stopped clock keeps its last deadline: statistics compare it with the time of decision.
  if (clock.state !== "stopped") {
    const dueAt = clock.state === "running" ? clock.dueAt : null;
    await trx
      .updateTable("complaints")
      .set({ decision_due_at: dueAt, updated_at: now.toISOString() })
      .where("id", "=", complaintId)
      .execute();
  }
  await scheduleClock(trx, complaintId, clock, row.breached_at, now, config.timeZone);
  return clock;
}

/** A complaint's warnings and breach: none for a paused or stopped clock, nor once it has been flagged as breached. */
export function dueItemsOf(clock: Clock, breachedAt: string | null, now: Date, timeZone: string) {
  const items: { kind: string; dueAt: string }[] = [];
  if (clock.state === "running" && !breachedAt) {
    const schedule = warningSchedule(clock.dueDate, clock.dueAt, now, timeZone);
    for (const w of schedule.warnings) items.push({ kind: DUE_KINDS[w.kind], dueAt: w.at });
    items.push({ kind: DUE_KINDS.breach, dueAt: schedule.breachAt });
  }
  return items;
}

/** Puts a complaint's warnings and breach on the scheduler in place of its pending ones. */
export async function scheduleClock(
  trx: Transaction<Database>,
  complaintId: number,
  clock: Clock,
  breachedAt: string | null,
  now: Date,
  timeZone: string,
) {
  await replaceDue(trx, complaintId, Object.values(DUE_KINDS), dueItemsOf(clock, breachedAt, now, timeZone));
}
