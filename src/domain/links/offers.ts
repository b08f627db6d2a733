import { can } from "../auth/permissions.ts";
import type { Role } from "../auth/roles.ts";
import { GROUP_EMERGENCY_THRESHOLD } from "../complaints/vocabulary.ts";
import type { Offer } from "./schema.ts";
import type { RecordKind } from "./vocabulary.ts";

/** What the offers need to know of a record, whatever its family. */
export type RecordFacts =
  | { kind: "incident"; category: string; drill: boolean }
  | { kind: "complaint"; inPerson: boolean; groupSize: number | null }
  | { kind: "counter_exception"; type: string; status: string }
  | { kind: "opinion_event" };

/** Incidents that are a customer's grievance at heart: the complaint behind them runs on its own clock. */
const COMPLAINT_INCIDENTS = new Set(["complaint_conflict", "group_visit"]);

/**
 * The record that should follow this one and is not linked yet: the complaint behind an on-site conflict or
 * a group visit (registered on the regulator's clock), the emergency of a large complaint in person, the
 * complaint of a counter complaint, the emergency of a counter system failure. Offered only to a role that
 * may open the new record.
 */
export function offersFor(facts: RecordFacts, linkedKinds: readonly RecordKind[], role: Role): Offer[] {
  // The new record is linked from this one, which takes the right to link from it.
  if (!mayLinkFrom(role, facts.kind)) return [];
  const complaint = can(role, "complaints.register") && !linkedKinds.includes("complaint");
  const incident = can(role, "incidents.report") && !linkedKinds.includes("incident");
  switch (facts.kind) {
    case "incident":
      return complaint && !facts.drill && COMPLAINT_INCIDENTS.has(facts.category)
        ? [{ action: "register_complaint" }]
        : [];
    case "complaint":
      return incident && facts.inPerson && (facts.groupSize ?? 0) >= GROUP_EMERGENCY_THRESHOLD
        ? [{ action: "open_incident", category: "group_visit" }]
        : [];
    case "counter_exception":
      if (facts.status === "rejected") return [];
      if (facts.type === "counter_complaint" && complaint) return [{ action: "register_complaint" }];
      if (facts.type === "system_failure" && incident)
        return [{ action: "open_incident", category: "system_failure" }];
      return [];
    case "opinion_event":
      return [];
  }
}

/** Who may link from a record: whoever may open a new record of its family. */
export function mayLinkFrom(role: Role, kind: RecordKind): boolean {
  if (kind === "incident") return can(role, "incidents.report");
  if (kind === "complaint") return can(role, "complaints.register");
  if (kind === "opinion_event") return can(role, "opinion.report");
  return can(role, "counter_exceptions.handle");
}

/** Who may see a family's records at all; the org-tree scope comes on top. */
export function mayRead(role: Role, kind: RecordKind): boolean {
  if (kind === "incident") return can(role, "incidents.read");
  if (kind === "complaint") return can(role, "complaints.read");
  if (kind === "opinion_event") return can(role, "opinion.read");
  return can(role, "counter_exceptions.read");
}
