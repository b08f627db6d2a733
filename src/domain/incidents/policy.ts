import { z } from "zod";
import { can } from "../auth/permissions.ts";
import type { Role } from "../auth/roles.ts";
import { lead, refuse, type Transition } from "../common/transition.ts";
import { CATEGORY_CODES, type CategoryCode } from "./categories.ts";
import { type Status, TRANSITION_ACTIONS, type TransitionAction, transition } from "./lifecycle.ts";
import { DEFAULT_SEVERITY_RULES, SEVERITIES, type Severity, type SeverityRule } from "./severity.ts";

/** What an administrator may set for incidents; everything has a default. */
export interface IncidentPolicy {
  /** Minutes the outlet head has to acknowledge a report, by level. */
  ackMinutes: Record<Severity, number>;
  /**
   * Minutes to send the initial upward report (初报), by level. Defaults after the provincial rules under
   * 《银行业保险业突发事件信息报告办法》 (COMPLAINT_RULES.md §4): Ⅰ 30 minutes, Ⅱ 1 hour, Ⅲ 2 hours.
   */
  initialReportMinutes: Record<Severity, number>;
  /** The level each category starts at before the quick answers raise it. */
  baseSeverity: Record<CategoryCode, Severity>;
  /** Categories not offered on the report page. */
  disabledCategories: CategoryCode[];
}

export const DEFAULT_POLICY: IncidentPolicy = {
  ackMinutes: { I: 5, II: 10, III: 15 },
  initialReportMinutes: { I: 30, II: 60, III: 120 },
  baseSeverity: Object.fromEntries(CATEGORY_CODES.map((c) => [c, DEFAULT_SEVERITY_RULES[c].base])) as Record<
    CategoryCode,
    Severity
  >,
  disabledCategories: [],
};

const minutes = z
  .number()
  .int()
  .min(1)
  .max(24 * 60);
const byLevel = z.object({ I: minutes, II: minutes, III: minutes });

export const policyBody = z.object({
  ackMinutes: byLevel,
  initialReportMinutes: byLevel,
  baseSeverity: z.record(z.enum(CATEGORY_CODES), z.enum(SEVERITIES)),
  disabledCategories: z.array(z.enum(CATEGORY_CODES)).max(CATEGORY_CODES.length - 1),
});

/** The severity rules with the administrator's base levels in place of the defaults. */
export function severityRules(policy: IncidentPolicy): Record<CategoryCode, SeverityRule> {
  return Object.fromEntries(
    CATEGORY_CODES.map((c) => {
      const rule = DEFAULT_SEVERITY_RULES[c];
      if (policy.baseSeverity[c] === rule.base) return [c, rule];
      const reason = { zh: "按本行配置的事件级别", en: "The level this bank has set for the category" };
      return [c, { ...rule, base: policy.baseSeverity[c], baseReason: reason }];
    }),
  ) as Record<CategoryCode, SeverityRule>;
}

/*
 * What a user may do to an incident in its state: the permission table and the lifecycle together. The
 * server's commands and the room the browser shows both ask these, so a button never offers what the
 * server refuses.
 */

export interface IncidentState {
  status: Status;
  /** Every task of the follow-up step is ticked. */
  followUpDone: boolean;
  /** The review (复盘) has been written. */
  reviewed: boolean;
}

/** Whether this role may take the lifecycle step now, and where it leads; nothing follows closing. */
export function decideStep(role: Role, state: IncidentState, action: TransitionAction): Transition<Status> {
  if (state.status === "closed") return refuse(409, "incidents.closed");
  return transition(action, { ...state, role });
}

/** The lifecycle steps the room offers this role now. */
export function allowedSteps(role: Role, state: IncidentState): TransitionAction[] {
  return TRANSITION_ACTIONS.filter((action) => decideStep(role, state, action).ok);
}

/** Any other change (notes, photos, tasks, roles, level, review, reports) is refused once it is closed. */
export function decideChange(status: Status): Transition<Status> {
  return status === "closed" ? refuse(409, "incidents.closed") : lead(status);
}

/**
 * What the room lets this role do besides the offered steps: work the incident, command it, and close it once
 * the review and the follow-up tasks are done (the room then offers the review form first).
 */
/** The outlet head and management above command; so does whoever holds the incident's commander role. */
export const mayCommand = (role: Role, holdsCommander: boolean) =>
  holdsCommander || can(role, "incidents.command");

export function roomPermissions(role: Role, status: Status, holdsCommander = false) {
  const open = decideChange(status).ok;
  const ready = { status, followUpDone: true, reviewed: true };
  return {
    work: open && can(role, "incidents.work"),
    command: open && mayCommand(role, holdsCommander),
    close: decideStep(role, ready, "close").ok,
  };
}

/**
 * Who may give an incident role to a user: anyone working the incident may take a free role themselves;
 * handing it to someone else takes its current holder or a commander.
 */
export function mayAssignRole(role: Role, who: { selfTake: boolean; holdsIt: boolean }): boolean {
  return who.selfTake || who.holdsIt || can(role, "incidents.command");
}
