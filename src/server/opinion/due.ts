import type { Transaction } from "kysely";
import { addMinutes, type OpinionPolicy } from "../../domain/opinion/deadlines.ts";
import type { Level } from "../../domain/opinion/vocabulary.ts";
import type { Database } from "../db/schema.ts";
import { cancelDue, scheduleDue } from "../scheduler/scheduler.ts";

/** The scheduler kinds of an event's two deadlines. */
export const VERIFY_DUE = "opinion.verify_due";
export const REPORT_DUE = "opinion.report_due";

export function deadlinesOf(createdAt: Date, level: Level, policy: OpinionPolicy) {
  return {
    verifyDueAt: addMinutes(createdAt, policy.verifyMinutes[level]).toISOString(),
    reportDueAt: addMinutes(createdAt, policy.reportMinutes[level]).toISOString(),
  };
}

/**
 * Puts the deadlines still pending on the schedule in place of earlier ones: at creation, and again when
 * the level changes (a deadline already past then fires at the next tick).
 */
export async function scheduleDeadlines(
  trx: Transaction<Database>,
  eventId: number,
  due: { verifyDueAt: string; reportDueAt: string },
  pending: { verify: boolean; report: boolean },
) {
  await cancelDue(trx, VERIFY_DUE, eventId);
  await cancelDue(trx, REPORT_DUE, eventId);
  if (pending.verify) await scheduleDue(trx, VERIFY_DUE, eventId, due.verifyDueAt);
  if (pending.report) await scheduleDue(trx, REPORT_DUE, eventId, due.reportDueAt);
}
