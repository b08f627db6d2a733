import type { Role } from "./roles.ts";

/**
 * Every action a user can be allowed, grouped by the record family it touches. The server refuses what this
 * table does not allow; the web app reads the same table to hide what the user may not do.
 */
export const ACTIONS = [
  "org.read",
  "org.manage",
  "users.read",
  "users.manage",
  "audit.read",
  // 突发事件 service emergencies; who may move an incident through its statuses is in incidents/lifecycle.ts.
  "incidents.read",
  "incidents.report",
  "incidents.work",
  "incidents.command",
  "incidents.configure",
  // 柜面异常 counter exceptions; who may verify is also data (verifier grants), see counter-exceptions/.
  "counter_exceptions.read",
  "counter_exceptions.report",
  "counter_exceptions.verify",
  "counter_exceptions.handle",
  "counter_exceptions.reveal_customer",
  "counter_exceptions.configure",
  // 客诉 complaints: the two approval levels of an extension are separate actions (see complaints/extensions.ts).
  "complaints.read",
  "complaints.register",
  "complaints.handle",
  "complaints.extend_request",
  "complaints.extend_approve_first",
  "complaints.extend_approve_second",
  "complaints.view_personal_data",
  "complaints.stats",
  "complaints.configure",
  // The business calendar (public holidays, make-up working days) that working-day deadlines count on.
  "calendar.read",
  "calendar.manage",
  // 消保审查 compliance review, 话术库 scripts, 案例库 cases
  "compliance.check",
  "rules.manage",
  "materials.submit",
  "materials.review",
  "scripts.read",
  "cases.read",
  "cases.manage",
  // 话术练习: seeing the practice attempts of the staff below one (one's own are always visible).
  "scripts.coach",
  // 预警 early warnings and the 值守看板 watch board: read, acknowledge and lift, tune the rules.
  "warnings.read",
  "warnings.handle",
  "warnings.configure",
] as const;
export type Action = (typeof ACTIONS)[number];

const EVERYONE: readonly Action[] = [
  "org.read",
  "users.read",
  "incidents.read",
  "compliance.check",
  "scripts.read",
  "cases.read",
];
/** Everyone working at an outlet reports incidents and works their tasks; heads and managers command. */
const INCIDENT_STAFF: readonly Action[] = ["incidents.report", "incidents.work"];
const INCIDENT_COMMAND: readonly Action[] = [...INCIDENT_STAFF, "incidents.command"];

/** 客诉: outlet staff register; heads, officers and managers handle; approvals follow the extension level. */
const COMPLAINT_HANDLING: readonly Action[] = [
  "complaints.read",
  "complaints.register",
  "complaints.handle",
  "complaints.extend_request",
  "complaints.view_personal_data",
  "complaints.stats",
];
const COMPLAINT_GRANTS: Record<Role, readonly Action[]> = {
  administrator: [
    "calendar.read",
    "calendar.manage",
    "complaints.read",
    "complaints.stats",
    "complaints.configure",
  ],
  auditor: ["calendar.read", "complaints.read", "complaints.stats"],
  cp_officer: ["calendar.read", ...COMPLAINT_HANDLING, "complaints.extend_approve_first"],
  manager: [
    "calendar.read",
    ...COMPLAINT_HANDLING,
    "complaints.extend_approve_first",
    "complaints.extend_approve_second",
  ],
  outlet_head: ["calendar.read", ...COMPLAINT_HANDLING],
  lobby_manager: ["calendar.read", "complaints.read", "complaints.register"],
  teller: ["calendar.read", "complaints.read", "complaints.register"],
  wealth_manager: ["calendar.read", "complaints.read", "complaints.register"],
  security_guard: ["calendar.read"],
};

/** 预警: those who answer for a unit acknowledge and lift its warnings; auditors read them. */
const WARNING_GRANTS: Record<Role, readonly Action[]> = {
  administrator: ["warnings.read", "warnings.configure"],
  auditor: ["warnings.read"],
  cp_officer: ["warnings.read", "warnings.handle"],
  manager: ["warnings.read", "warnings.handle"],
  outlet_head: ["warnings.read", "warnings.handle"],
  lobby_manager: [],
  teller: [],
  wealth_manager: [],
  security_guard: [],
};

export const PERMISSIONS: Record<Role, readonly Action[]> = {
  administrator: [
    ...EVERYONE,
    "incidents.configure",
    ...COMPLAINT_GRANTS.administrator,
    "org.manage",
    "users.manage",
    "audit.read",
    "counter_exceptions.read",
    "counter_exceptions.configure",
    "rules.manage",
    "scripts.coach",
    ...WARNING_GRANTS.administrator,
  ],
  auditor: [
    ...EVERYONE,
    ...COMPLAINT_GRANTS.auditor,
    "audit.read",
    "counter_exceptions.read",
    "scripts.coach",
    ...WARNING_GRANTS.auditor,
  ],
  cp_officer: [
    ...EVERYONE,
    ...COMPLAINT_GRANTS.cp_officer,
    "counter_exceptions.read",
    "counter_exceptions.reveal_customer",
    "materials.submit",
    "materials.review",
    "cases.manage",
    "scripts.coach",
    ...WARNING_GRANTS.cp_officer,
  ],
  manager: [
    ...EVERYONE,
    ...COMPLAINT_GRANTS.manager,
    ...INCIDENT_COMMAND,
    "counter_exceptions.read",
    "counter_exceptions.reveal_customer",
    "materials.submit",
    "materials.review",
    "cases.manage",
    "scripts.coach",
    ...WARNING_GRANTS.manager,
  ],
  outlet_head: [
    ...EVERYONE,
    ...COMPLAINT_GRANTS.outlet_head,
    ...INCIDENT_COMMAND,
    "counter_exceptions.read",
    "counter_exceptions.report",
    "counter_exceptions.verify",
    "counter_exceptions.handle",
    "counter_exceptions.reveal_customer",
    "materials.submit",
    "scripts.coach",
    ...WARNING_GRANTS.outlet_head,
  ],
  lobby_manager: [
    ...EVERYONE,
    ...COMPLAINT_GRANTS.lobby_manager,
    ...INCIDENT_STAFF,
    "counter_exceptions.read",
    "counter_exceptions.report",
    "counter_exceptions.handle",
    "materials.submit",
    ...WARNING_GRANTS.lobby_manager,
  ],
  teller: [
    ...EVERYONE,
    ...COMPLAINT_GRANTS.teller,
    ...INCIDENT_STAFF,
    "counter_exceptions.read",
    "counter_exceptions.report",
    "counter_exceptions.handle",
    ...WARNING_GRANTS.teller,
  ],
  wealth_manager: [
    ...EVERYONE,
    ...COMPLAINT_GRANTS.wealth_manager,
    ...INCIDENT_STAFF,
    "counter_exceptions.read",
    "counter_exceptions.report",
    "materials.submit",
    ...WARNING_GRANTS.wealth_manager,
  ],
  security_guard: [
    ...EVERYONE,
    ...COMPLAINT_GRANTS.security_guard,
    ...INCIDENT_STAFF,
    ...WARNING_GRANTS.security_guard,
  ],
};

export function can(role: Role, action: Action): boolean {
  return PERMISSIONS[role].includes(action);
}
