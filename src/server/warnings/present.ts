import type { Role } from "../../domain/auth/roles.ts";
import { allowedActions } from "../../domain/warnings/policy.ts";
import type { Warning } from "../../domain/warnings/schema.ts";
import { INCIDENT_CATEGORY_OF } from "../../domain/warnings/vocabulary.ts";
import type { WarningRow } from "./store.ts";

export function presentWarning(row: WarningRow, role: Role): Warning {
  return {
    id: row.id,
    rule: row.rule,
    level: row.level,
    status: row.status,
    orgUnit: { id: row.org_unit_id, code: row.org_code, name: row.org_name },
    facts: JSON.parse(row.facts_json),
    openedAt: row.opened_at,
    lastSeenAt: row.last_seen_at,
    endedAt: row.ended_at,
    acknowledgedBy: row.ack_name,
    acknowledgedAt: row.acknowledged_at,
    liftedBy: row.lifter_name,
    liftedAt: row.lifted_at,
    liftReason: row.lift_reason,
    incidentCategory: INCIDENT_CATEGORY_OF[row.rule],
    allowedActions: allowedActions(role, row.status),
  };
}
