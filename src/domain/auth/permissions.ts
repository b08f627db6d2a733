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
  // 消保管理 (issue 21): 网点检查 outlet inspections and their rectifications.
  "inspections.read",
  "inspections.conduct",
  "inspections.rectify",
  "inspections.configure",
  // 宣传教育 consumer-education plans and activities.
  "campaigns.read",
  "campaigns.plan",
  "campaigns.record",
  "campaigns.approve",
  // 监管评价自评 the annual self-evaluation against the regulator's consumer-protection rating.
  "self_evaluations.read",
  "self_evaluations.prepare",
  "self_evaluations.sign_off",
  "self_evaluations.configure",
  // 培训与考核 training, quizzes and the outlets' scorecard; 奖惩 rewards and accountability.
  "training.read",
  "training.manage",
  "training.records",
  "drills.evaluate",
  "assessment.read",
  "assessment.configure",
  "accountability.decide",
  // 舆情 public opinion: events and their registers; statements need a second person's approval.
  "opinion.read",
  "opinion.report",
  "opinion.handle",
  "opinion.approve",
  "opinion.watch_rules",
  "opinion.configure",
  // Robots, SMS gateway and SMTP of the outbox, and its deliveries; the duty roster (值班表) of a unit.
  "notify.manage",
  "roster.manage",
  // 知识版本 know-how as data: drafting a new version, and publishing someone else's draft (four eyes).
  "knowhow.edit",
  "knowhow.publish",
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

/** 网点检查: the sub-branch inspects its outlets, the outlet's staff rectify, an administrator keeps the checklist. */
/** 宣传教育: the outlet head plans the year, staff record activities, the sub-branch approves the plan. */
const OUTLET_RECTIFY: readonly Action[] = ["inspections.read", "inspections.rectify"];
const OUTLET_EDUCATION: readonly Action[] = ["campaigns.read", "campaigns.record"];
const SUB_BRANCH_CP: readonly Action[] = [
  "inspections.read",
  "inspections.conduct",
  "inspections.rectify",
  "campaigns.read",
  "campaigns.approve",
];
/** 监管评价自评: officers and managers prepare it, a manager signs it off, an administrator keeps the sheet. */
const SELF_EVALUATION: readonly Action[] = ["self_evaluations.read", "self_evaluations.prepare"];
const CP_MANAGEMENT_GRANTS: Record<Role, readonly Action[]> = {
  administrator: [
    "inspections.read",
    "inspections.configure",
    "campaigns.read",
    "self_evaluations.read",
    "self_evaluations.configure",
  ],
  auditor: ["inspections.read", "campaigns.read", "self_evaluations.read"],
  cp_officer: [...SUB_BRANCH_CP, ...SELF_EVALUATION],
  manager: [...SUB_BRANCH_CP, ...SELF_EVALUATION, "self_evaluations.sign_off"],
  outlet_head: [...OUTLET_RECTIFY, ...OUTLET_EDUCATION, "campaigns.plan"],
  lobby_manager: [...OUTLET_RECTIFY, ...OUTLET_EDUCATION],
  teller: [...OUTLET_RECTIFY, ...OUTLET_EDUCATION],
  wealth_manager: [...OUTLET_RECTIFY, ...OUTLET_EDUCATION],
  security_guard: OUTLET_RECTIFY,
};

/**
 * 培训与考核: everyone signs in to sessions and takes quizzes; officers, managers and outlet heads run them and
 * read the records of the people below them; an administrator sets the scorecard's weights.
 */
const TRAINING_GRANTS: Record<Role, readonly Action[]> = {
  administrator: ["training.read", "assessment.read", "assessment.configure"],
  auditor: ["training.read", "assessment.read"],
  cp_officer: ["training.read", "training.manage", "training.records", "drills.evaluate", "assessment.read"],
  manager: [
    "training.read",
    "training.manage",
    "training.records",
    "drills.evaluate",
    "assessment.read",
    "accountability.decide",
  ],
  outlet_head: [
    "training.read",
    "training.manage",
    "training.records",
    "drills.evaluate",
    "assessment.read",
    "accountability.decide",
  ],
  lobby_manager: ["training.read"],
  teller: ["training.read"],
  wealth_manager: ["training.read"],
  security_guard: ["training.read"],
};
/**
 * 舆情: officers and managers work events and keep their branch's watch rules; management approves the
 * statements (see opinion/policy.ts); administrators run the feeds.
 */
const OPINION_WORK: readonly Action[] = ["opinion.read", "opinion.report", "opinion.handle"];
const OPINION_GRANTS = {
  administrator: ["opinion.read", "opinion.watch_rules", "opinion.configure"],
  auditor: ["opinion.read"],
  cp_officer: [...OPINION_WORK, "opinion.watch_rules"],
  manager: [...OPINION_WORK, "opinion.approve", "opinion.watch_rules"],
  outlet_head: OPINION_WORK,
  lobby_manager: ["opinion.read", "opinion.report"],
} satisfies Partial<Record<Role, readonly Action[]>>;

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
    ...CP_MANAGEMENT_GRANTS.administrator,
    ...TRAINING_GRANTS.administrator,
    ...OPINION_GRANTS.administrator,
    "notify.manage",
    "roster.manage",
    "knowhow.edit",
    "knowhow.publish",
  ],
  auditor: [
    ...EVERYONE,
    ...COMPLAINT_GRANTS.auditor,
    "audit.read",
    "counter_exceptions.read",
    "scripts.coach",
    ...WARNING_GRANTS.auditor,
    ...CP_MANAGEMENT_GRANTS.auditor,
    ...TRAINING_GRANTS.auditor,
    ...OPINION_GRANTS.auditor,
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
    ...CP_MANAGEMENT_GRANTS.cp_officer,
    ...TRAINING_GRANTS.cp_officer,
    ...OPINION_GRANTS.cp_officer,
    "knowhow.edit",
    "knowhow.publish",
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
    ...CP_MANAGEMENT_GRANTS.manager,
    ...TRAINING_GRANTS.manager,
    ...OPINION_GRANTS.manager,
    "roster.manage",
    "knowhow.publish",
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
    ...CP_MANAGEMENT_GRANTS.outlet_head,
    ...TRAINING_GRANTS.outlet_head,
    ...OPINION_GRANTS.outlet_head,
    "roster.manage",
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
    ...CP_MANAGEMENT_GRANTS.lobby_manager,
    ...TRAINING_GRANTS.lobby_manager,
    ...OPINION_GRANTS.lobby_manager,
  ],
  teller: [
    ...EVERYONE,
    ...COMPLAINT_GRANTS.teller,
    ...INCIDENT_STAFF,
    "counter_exceptions.read",
    "counter_exceptions.report",
    "counter_exceptions.handle",
    ...WARNING_GRANTS.teller,
    ...CP_MANAGEMENT_GRANTS.teller,
    ...TRAINING_GRANTS.teller,
  ],
  wealth_manager: [
    ...EVERYONE,
    ...COMPLAINT_GRANTS.wealth_manager,
    ...INCIDENT_STAFF,
    "counter_exceptions.read",
    "counter_exceptions.report",
    "materials.submit",
    ...WARNING_GRANTS.wealth_manager,
    ...CP_MANAGEMENT_GRANTS.wealth_manager,
    ...TRAINING_GRANTS.wealth_manager,
  ],
  security_guard: [
    ...EVERYONE,
    ...COMPLAINT_GRANTS.security_guard,
    ...INCIDENT_STAFF,
    ...WARNING_GRANTS.security_guard,
    ...CP_MANAGEMENT_GRANTS.security_guard,
    ...TRAINING_GRANTS.security_guard,
  ],
};

export function can(role: Role, action: Action): boolean {
  return PERMISSIONS[role].includes(action);
}
