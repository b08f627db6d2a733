import type { Locale } from "../common/messages.ts";

type Label = { zh: string; en: string };

/**
 * Every action the server writes to the audit log, in words. The audit trail and the records' history panels
 * show these instead of the codes; `AuditAction` makes the server name only these.
 */
export const ACTION_LABELS = {
  "auth.login": { zh: "登录", en: "Signed in" },
  "auth.login_failed": { zh: "登录失败", en: "Sign-in failed" },
  "auth.locked": { zh: "账户锁定", en: "Account locked" },
  "auth.logout": { zh: "退出登录", en: "Signed out" },
  "auth.password_changed": { zh: "修改密码", en: "Password changed" },
  "users.create": { zh: "新建用户", en: "User created" },
  "users.update": { zh: "修改用户", en: "User changed" },
  "users.disable": { zh: "停用用户", en: "User disabled" },
  "users.enable": { zh: "启用用户", en: "User enabled" },
  "users.reset_password": { zh: "重置密码", en: "Password reset" },
  "org.create": { zh: "新建机构", en: "Unit created" },
  "org.update": { zh: "修改机构", en: "Unit changed" },
  "org.move": { zh: "调整机构隶属", en: "Unit moved" },
  "system.seed_demo": { zh: "初始化演示数据", en: "Demo data loaded" },
  "retention.erase": { zh: "到期删除个人信息", en: "Personal data erased after retention" },
  "system.seed_demo_records": { zh: "生成演示业务记录", en: "Demo records loaded" },
  "system.seed_bench": { zh: "批量生成样例数据", en: "Sample data generated" },
  "system.audit_chains_split": { zh: "审计链按分行拆分", en: "Audit chains split by branch" },
  "calendar.set_day": { zh: "设置节假日/调休", en: "Calendar day set" },
  "calendar.clear_day": { zh: "清除节假日/调休", en: "Calendar day cleared" },
  "complaints.register": { zh: "登记投诉", en: "Complaint registered" },
  "complaints.assign": { zh: "指定处理人", en: "Handler assigned" },
  "complaints.pause": { zh: "中止计时", en: "Clock paused" },
  "complaints.resume": { zh: "恢复计时", en: "Clock resumed" },
  "complaints.restart": { zh: "重新起算时限", en: "Clock restarted" },
  "complaints.extension_request": { zh: "申请延期", en: "Extension requested" },
  "complaints.extension_approve": { zh: "批准延期", en: "Extension approved" },
  "complaints.extension_reject": { zh: "驳回延期", en: "Extension refused" },
  "complaints.decide": { zh: "办理决定", en: "Decision made" },
  "complaints.notice": { zh: "记录告知", en: "Notice recorded" },
  "complaints.close": { zh: "结案", en: "Complaint closed" },
  "complaints.withdraw": { zh: "撤回投诉", en: "Complaint withdrawn" },
  "complaints.merge": { zh: "合并为重复投诉", en: "Merged as a repeat" },
  "complaints.review_request": { zh: "申请核查", en: "Review requested" },
  "complaints.breach": { zh: "超过处理时限", en: "Deadline missed" },
  "complaints.view_personal_data": { zh: "查看投诉人完整信息", en: "Complainant's data viewed" },
  "complaints.export": { zh: "导出投诉统计", en: "Complaints exported" },
  "complaints.category_set": { zh: "维护投诉分类", en: "Complaint category changed" },
  "counter_exceptions.report": { zh: "登记柜面异常", en: "Counter exception reported" },
  "counter_exceptions.verify": { zh: "核实异常", en: "Exception verified" },
  "counter_exceptions.handle": { zh: "处理异常", en: "Exception handled" },
  "counter_exceptions.follow_up": { zh: "跟进记录", en: "Follow-up recorded" },
  "counter_exceptions.close": { zh: "跟进完毕并关闭", en: "Followed up and closed" },
  "counter_exceptions.link_complaint": { zh: "关联投诉", en: "Complaint linked" },
  "counter_exceptions.reveal_customer": { zh: "查看客户完整信息", en: "Customer's data viewed" },
  "counter_exceptions.export": { zh: "导出柜面异常登记", en: "Counter exceptions exported" },
  "counter_exceptions.type_create": { zh: "新增异常类型", en: "Exception type added" },
  "counter_exceptions.type_update": { zh: "修改异常类型", en: "Exception type changed" },
  "counter_exceptions.grant_verifier": { zh: "授权核实人", en: "Verifier authorised" },
  "counter_exceptions.revoke_verifier": { zh: "撤销核实授权", en: "Verifier authorisation revoked" },
  "incidents.report": { zh: "上报事件", en: "Incident reported" },
  "incidents.acknowledge": { zh: "确认接报", en: "Incident acknowledged" },
  "incidents.respond": { zh: "开始处置", en: "Response started" },
  "incidents.stabilise": { zh: "事态已控制", en: "Incident stabilised" },
  "incidents.resume": { zh: "恢复处置", en: "Response resumed" },
  "incidents.close": { zh: "关闭事件", en: "Incident closed" },
  "incidents.escalate": { zh: "超时自动升级", en: "Escalated on time-out" },
  "incidents.task_done": { zh: "完成处置任务", en: "Task completed" },
  "incidents.severity_change": { zh: "调整事件等级", en: "Severity changed" },
  "incidents.category_change": { zh: "更改事件类别", en: "Category changed" },
  "incidents.task_hand_over": { zh: "转交处置任务", en: "Task handed over" },
  "incidents.outlet_add": { zh: "增加涉及网点", en: "Outlet added to incident" },
  "incidents.note": { zh: "记录现场情况", en: "Note added" },
  "incidents.role_assign": { zh: "指定处置角色", en: "Role assigned" },
  "incidents.review": { zh: "提交复盘", en: "Review submitted" },
  "incidents.photo_add": { zh: "上传现场照片", en: "Photo added" },
  "incidents.report_sent": { zh: "发出事件报告", en: "Incident report sent" },
  "incidents.policy_update": { zh: "修改升级策略", en: "Escalation policy changed" },
  "cases.create": { zh: "新建案例", en: "Case created" },
  "cases.update": { zh: "修改案例", en: "Case changed" },
  "cases.publish": { zh: "发布案例", en: "Case published" },
  "materials.submit": { zh: "提交宣传材料", en: "Material submitted" },
  "materials.new_version": { zh: "提交材料新版本", en: "New version submitted" },
  "materials.approve": { zh: "审批通过材料", en: "Material approved" },
  "materials.reject": { zh: "驳回材料", en: "Material rejected" },
  "compliance.rule_create": { zh: "新增审查规则", en: "Rule added" },
  "compliance.rule_update": { zh: "修改审查规则", en: "Rule changed" },
  "compliance.rule_disable": { zh: "停用审查规则", en: "Rule disabled" },
  "compliance.rule_enable": { zh: "启用审查规则", en: "Rule enabled" },
  "scripts.practise": { zh: "话术练习", en: "Practice reply scored" },
  "improvements.create": { zh: "安排改进措施", en: "Improvement planned" },
  "improvements.complete": { zh: "完成改进措施", en: "Improvement done" },
  "warnings.raise": { zh: "发出预警", en: "Warning raised" },
  "warnings.raise_level": { zh: "预警升级", en: "Warning level raised" },
  "warnings.acknowledge": { zh: "确认预警", en: "Warning acknowledged" },
  "warnings.lift": { zh: "解除预警", en: "Warning lifted" },
  "warnings.rule_update": { zh: "修改预警规则", en: "Warning rule changed" },
  "warnings.source_create": { zh: "新增预警数据源", en: "Signal source added" },
  "warnings.source_revoke": { zh: "吊销预警数据源", en: "Signal source revoked" },
} as const satisfies Record<string, Label>;

/** Every code the server may write: `appendAudit` takes only these, so a code without words does not compile. */
export type AuditAction = keyof typeof ACTION_LABELS;

/** The verbs of one family: `VerbOf<"complaints">` is "register" | "assign" | … */
export type VerbOf<P extends string> = {
  [A in AuditAction]: A extends `${P}.${infer V}` ? V : never;
}[AuditAction];

/** The families the audit trail filters by: every action starting with the family's prefix. */
export const ACTION_FAMILY_LABELS = {
  "auth.": { zh: "登录与认证", en: "Sign-in" },
  "users.": { zh: "用户账户", en: "User accounts" },
  "org.": { zh: "机构", en: "Units" },
  "complaints.": { zh: "客户投诉", en: "Complaints" },
  "counter_exceptions.": { zh: "柜面异常", en: "Counter exceptions" },
  "incidents.": { zh: "突发事件", en: "Incidents" },
  "cases.": { zh: "案例库", en: "Case library" },
  "materials.": { zh: "宣传材料审查", en: "Marketing materials" },
  "compliance.": { zh: "消保审查规则", en: "Compliance rules" },
  "calendar.": { zh: "工作日历", en: "Calendar" },
  "retention.": { zh: "个人信息保存期限", en: "Data retention" },
  "system.": { zh: "系统", en: "System" },
  "scripts.": { zh: "话术练习", en: "Script practice" },
  "improvements.": { zh: "改进措施", en: "Improvements" },
  "warnings.": { zh: "预警", en: "Early warnings" },
} as const satisfies Record<string, Label>;

/** The kinds of record an entry is about. */
export const ENTITY_TYPE_LABELS = {
  complaint: { zh: "投诉", en: "Complaint" },
  counter_exception: { zh: "柜面异常", en: "Counter exception" },
  incident: { zh: "突发事件", en: "Incident" },
  case: { zh: "案例", en: "Case" },
  marketing_material: { zh: "宣传材料", en: "Marketing material" },
  compliance_rule: { zh: "审查规则", en: "Compliance rule" },
  user: { zh: "用户", en: "User" },
  org_unit: { zh: "机构", en: "Unit" },
  complaint_category: { zh: "投诉分类", en: "Complaint category" },
  counter_exception_type: { zh: "异常类型", en: "Exception type" },
  counter_exception_verifier_grant: { zh: "核实授权", en: "Verifier authorisation" },
  calendar_day: { zh: "日历", en: "Calendar day" },
  setting: { zh: "设置", en: "Setting" },
  system: { zh: "系统", en: "System" },
  improvement_action: { zh: "改进措施", en: "Improvement" },
  warning: { zh: "预警", en: "Warning" },
  warning_source: { zh: "预警数据源", en: "Signal source" },
} as const satisfies Record<string, Label>;

export type EntityType = keyof typeof ENTITY_TYPE_LABELS;

const labelOf = (labels: Record<string, Label>, code: string, locale: Locale): string | null =>
  Object.hasOwn(labels, code) ? labels[code][locale] : null;

/** The action in words, or null for a code the vocabulary does not know (then the code is shown). */
export const actionLabel = (action: string, locale: Locale) => labelOf(ACTION_LABELS, action, locale);

export const entityTypeLabel = (entityType: string, locale: Locale) =>
  labelOf(ENTITY_TYPE_LABELS, entityType, locale);
