import { REQUEST_MESSAGES } from "./request-messages.ts";

/**
 * Messages the server sends to people, keyed so that the reply can be in the caller's language.
 * `{name}` placeholders are filled from the error's parameters.
 */
export const MESSAGES = {
  ...REQUEST_MESSAGES,
  "auth.invalid_credentials": { zh: "用户名或密码错误", en: "Wrong username or password" },
  "auth.locked": {
    zh: "连续输错密码次数过多，账户已锁定至 {untilLocal}",
    en: "Too many wrong passwords: the account is locked until {untilLocal}",
  },
  "auth.invalid_credentials_left": {
    zh: "用户名或密码错误。再输错 {left} 次，账户将锁定 {lockMinutes} 分钟",
    en: "Wrong username or password. {left} more wrong attempt(s) will lock the account for {lockMinutes} minutes",
  },
  "auth.rate_limited": {
    zh: "登录失败次数过多，请 {minutes} 分钟后再试",
    en: "Too many failed sign-ins; try again in {minutes} minutes",
  },
  "auth.password_change_required": {
    zh: "管理员重置了您的密码，请先设置新密码",
    en: "An administrator reset your password; choose a new one first",
  },
  "auth.disabled": {
    zh: "账户已停用，请联系系统管理员",
    en: "This account is disabled; ask your administrator",
  },
  "auth.required": { zh: "请先登录", en: "Please sign in" },
  "auth.csrf": {
    zh: "请求缺少有效的防伪令牌，请刷新页面后重试",
    en: "The request has no valid anti-forgery token; reload the page and try again",
  },
  forbidden: { zh: "您没有执行此操作的权限", en: "You are not allowed to do this" },
  not_found: { zh: "记录不存在", en: "No such record" },
  route_not_found: { zh: "接口不存在", en: "No such endpoint" },
  invalid: { zh: "字段 {field} 无效：{detail}", en: "Field {field} is invalid: {detail}" },
  body_too_large: { zh: "请求内容过大", en: "The request body is too large" },
  "text.unstorable": {
    zh: "含有无法保存的字符（空字符或不成对的代理字符）",
    en: "contains characters that cannot be stored (a NUL or an unpaired surrogate)",
  },
  "password.weak": {
    zh: "密码至少 10 位，且须包含小写字母、大写字母、数字、符号中的三类",
    en: "A password needs at least 10 characters from three of: lower case, upper case, digits, symbols",
  },
  "org.parent_kind": {
    zh: "{kind}只能设在{parentKind}之下",
    en: "A unit of kind {kind} must sit directly under a {parentKind}",
  },
  "org.code_taken": { zh: "机构代码 {code} 已被使用", en: "The unit code {code} is already in use" },
  "org.move_into_own_subtree": {
    zh: "不能把机构移到它自己的下级机构之下",
    en: "A unit cannot be moved under one of its own descendants",
  },
  "org.root_exists": { zh: "总行只能有一个", en: "There can be only one head office" },
  "users.username_taken": {
    zh: "用户名 {username} 已被使用",
    en: "The username {username} is already taken",
  },
  "users.role_unit_kind": {
    zh: "角色“{role}”不能设在{kind}",
    en: "The role {role} cannot be attached to a unit of kind {kind}",
  },
  "users.self_disable": { zh: "不能停用自己的账户", en: "You cannot disable your own account" },
  "format.org_code": {
    zh: "须为 2–20 位大写字母、数字、“-”或“_”",
    en: "2–20 capital letters, digits, '-' or '_'",
  },
  "format.staff_phone": {
    zh: "须为 11 位手机号（1 开头）或带区号的固定电话，如 010-6200 0001",
    en: "An 11-digit mobile number starting with 1, or a landline with its area code, e.g. 010-6200 0001",
  },
  "format.username": {
    zh: "须为 3–40 位小写字母、数字、“.”、“_”或“-”，以字母或数字开头",
    en: "3–40 lower-case letters, digits, '.', '_' or '-', starting with a letter or digit",
  },
  "format.phone": {
    zh: "只能包含数字、空格、“+”、“-”和括号",
    en: "digits, spaces, '+', '-' and brackets only",
  },
  "counter_exceptions.self_verify": {
    zh: "您是这条柜面异常的登记人，不能核实自己登记的异常（双人复核），请由网点负责人等其他人员核实",
    en: "You reported this counter exception, so you cannot verify it (maker-checker); another supervisor must",
  },
  "counter_exceptions.not_verifier": {
    zh: "您的角色不能核实本网点的柜面异常，请联系网点负责人或系统管理员授权",
    en: "Your role may not verify counter exceptions at this outlet; ask the outlet head or an administrator",
  },
  "counter_exceptions.wrong_status": {
    zh: "这条柜面异常当前为“{status}”，不能进行此操作，请刷新后查看",
    en: "This counter exception is now “{status}”, which does not allow this step; reload to see it",
  },
  "counter_exceptions.unknown_type": {
    zh: "异常类型“{type}”不存在或已停用",
    en: "The exception type “{type}” does not exist or is disabled",
  },
  "counter_exceptions.amount": {
    zh: "须为不小于 0 的数字金额（元），最多两位小数",
    en: "must be a number of yuan, not negative, with at most two decimals",
  },
  "counter_exceptions.next_due_required": {
    zh: "问题尚未彻底解决时，须设定下次跟进期限",
    en: "While the problem is not fully solved, set the next follow-up due time",
  },
  "counter_exceptions.correct_type_only_when_confirmed": {
    zh: "只有确认为异常时才能更正异常类型",
    en: "The type can be corrected only when the exception is confirmed",
  },
  "counter_exceptions.handler_not_at_outlet": {
    zh: "处理人须为该网点的在职人员",
    en: "The person who handled it must be an active user of the exception's outlet",
  },
  "counter_exceptions.type_taken": {
    zh: "类型代码 {code} 已存在",
    en: "The type code {code} already exists",
  },
  "counter_exceptions.grant_taken": {
    zh: "该角色在此机构已有核实权限",
    en: "This role may already verify at this unit",
  },
  "notify.counter_exception_reported": {
    zh: "{outlet} {reporter} 登记了柜面异常 {ref}（{type}），请及时核实",
    en: "{reporter} at {outlet} reported counter exception {ref} ({type}); please verify it",
  },
  "notify.counter_exception_pattern": {
    zh: "{outlet} 近 30 天内第 {count} 次出现“{type}”（最新 {ref}），请关注是否存在共性问题",
    en: "“{type}” happened {count} times in 30 days at {outlet} (latest {ref}); look for a common cause",
  },
  "notify.counter_exception_verified": {
    zh: "您登记的柜面异常 {ref} 已核实：{outcome}",
    en: "Counter exception {ref} that you reported was verified: {outcome}",
  },
  "notify.counter_exception_follow_up_due": {
    zh: "柜面异常 {ref} 的跟进期限已到，请确认问题是否已彻底解决",
    en: "The follow-up of counter exception {ref} is due; check that the problem is fully solved",
  },
  "format.type_code": {
    zh: "须为 2–40 位小写字母、数字或“_”，以字母开头",
    en: "2–40 lower-case letters, digits or '_', starting with a letter",
  },
  "format.id_number": { zh: "只能包含数字和字母", en: "digits and letters only" },
  "plausibility.in_future": {
    zh: "{field} 不能晚于当前时间（可有几分钟误差）",
    en: "{field} cannot be in the future (a few minutes of clock difference are allowed)",
  },
  "plausibility.too_old": {
    zh: "{field} 不能早于 {days} 天前（超出记录保存期限）",
    en: "{field} cannot be more than {days} days ago (beyond the records' retention)",
  },
  "plausibility.due_in_past": { zh: "{field} 须晚于当前时间", en: "{field} must be in the future" },
  "plausibility.due_too_far": {
    zh: "{field} 不能晚于 {days} 天之后，请检查年份",
    en: "{field} cannot be more than {days} days ahead; check the year",
  },
  "plausibility.no_letter_or_digit": {
    zh: "须包含至少一个文字或数字",
    en: "must contain at least one letter or digit",
  },
  "plausibility.id_format": {
    zh: "证件号码不符合所选证件类型的格式",
    en: "the number does not have the format of the chosen document type",
  },
  "plausibility.id_region": {
    zh: "证件号码前两位不是有效的地区代码",
    en: "the first two digits are not a valid region code",
  },
  "plausibility.id_birth": {
    zh: "证件号码中的出生日期不存在或晚于今天",
    en: "the date of birth in the number does not exist or is after today",
  },
  "plausibility.id_check_digit": {
    zh: "证件号码校验位不正确，请逐位核对",
    en: "the check digit is wrong; compare the number digit by digit",
  },
  "format.account_no": { zh: "只能包含数字和空格", en: "digits and spaces only" },
  "format.complaint_ref": {
    zh: "须为投诉编号，如 CMP-20261123-0001",
    en: "a complaint number such as CMP-20261123-0001",
  },
  nothing_to_change: { zh: "没有要修改的内容", en: "Nothing to change" },
  "incidents.action_role": { zh: "您的角色不能执行这一步", en: "Your role cannot take this step" },
  "incidents.wrong_status": {
    zh: "事件当前状态为“{status}”，不能执行此操作",
    en: "The incident is {status}; this step does not apply",
  },
  "incidents.follow_up_open": {
    zh: "“后续跟踪”步骤还有未完成的任务，完成后才能关闭",
    en: "The follow-up step still has open tasks; finish them before closing",
  },
  "incidents.review_missing": { zh: "关闭前需要先填写复盘", en: "Write the review before closing" },
  "incidents.task_role": {
    zh: "这项任务属于“{role}”，只能由该角色勾选",
    en: "This task belongs to the {role}; only that role can tick it",
  },
  "incidents.closed": { zh: "事件已关闭，不能再修改", en: "The incident is closed and cannot change" },
  "incidents.category_disabled": { zh: "该事件类别已停用", en: "This incident category is switched off" },
  "incidents.report_basics": {
    zh: "上报须写明地点、时间和性质",
    en: "A report must state place, time and nature",
  },
  "incidents.report_final_sent": {
    zh: "终报已发出，不能再上报",
    en: "The final report has been sent; no more reports",
  },
  "incidents.report_initial_sent": {
    zh: "初报已发出，请发续报或终报",
    en: "The initial report was sent; send a follow-up or final report",
  },
  "incidents.report_initial_first": { zh: "请先发出初报", en: "Send the initial report first" },
  "incidents.photo_type": {
    zh: "只能上传 JPEG、PNG 或 WebP 图片",
    en: "Only JPEG, PNG or WebP images can be uploaded",
  },
  "incidents.photo_size": { zh: "图片不能超过 {max} MB", en: "An image may be at most {max} MB" },
  "notify.incident_report_due": {
    zh: "{drill}突发事件 {ref}（{unit}）的初报已超过时限，请立即上报",
    en: "{drill}The initial report for incident {ref} ({unit}) is overdue; send it now",
  },
  "timeline.report": { zh: "{actor} 发出{stage}", en: "{actor} sent the {stage}" },
  "timeline.photo": { zh: "{actor} 上传现场照片 {name}", en: "{actor} added a photo: {name}" },
  "incidents.unit_not_outlet": {
    zh: "突发事件须报告到具体网点",
    en: "An incident must be reported at an outlet",
  },
  "incidents.user_not_in_unit": {
    zh: "该用户不在事件所属机构的处置范围内",
    en: "That user is outside the incident's unit",
  },
  "notify.incident_reported": {
    zh: "{drill}【{severity}】{unit}报告突发事件：{category}——{summary}",
    en: "{drill}[{severity}] {unit} reported an incident: {category} — {summary}",
  },
  "notify.incident_escalated": {
    zh: "{drill}【升级】{unit}的突发事件 {ref}（{category}）超过 {minutes} 分钟无人确认，请立即处理",
    en: "{drill}[Escalated] Incident {ref} ({category}) at {unit} has gone {minutes} minutes unacknowledged; act now",
  },
  "timeline.reported": {
    zh: "{actor} 报告事件，建议级别 {severity}：{reason}",
    en: "{actor} reported it; suggested {severity}: {reason}",
  },
  "timeline.acknowledge": { zh: "{actor} 确认接报", en: "{actor} acknowledged" },
  "timeline.respond": { zh: "{actor} 开始处置", en: "{actor} started the response" },
  "timeline.stabilise": { zh: "{actor} 确认事态已控制", en: "{actor} marked it stabilised" },
  "timeline.resume": { zh: "{actor} 恢复处置（事态反复）", en: "{actor} resumed the response" },
  "timeline.close": { zh: "{actor} 关闭事件", en: "{actor} closed the incident" },
  "timeline.escalated": {
    zh: "超时未确认，已升级至 {unit}",
    en: "Unacknowledged in time; escalated to {unit}",
  },
  "timeline.task_done": { zh: "{actor} 完成任务：{task}", en: "{actor} completed: {task}" },
  "timeline.note": { zh: "{actor}：{text}", en: "{actor}: {text}" },
  "timeline.severity": {
    zh: "{actor} 将级别由 {from} 调整为 {to}，理由：{reason}",
    en: "{actor} changed the level from {from} to {to}: {reason}",
  },
  "timeline.role": { zh: "{actor} 指定 {user} 为{role}", en: "{actor} named {user} as {role}" },
  "timeline.review": { zh: "{actor} 提交复盘", en: "{actor} submitted the review" },
  "incidents.final_report_missing": {
    zh: "{severity}事件关闭前须先发出终报，请在“上报”中发出终报",
    en: "A {severity} incident needs its final report before it can close; send it under Reports",
  },
  "notify.incident_report_sent": {
    zh: "{drill}{unit}发来突发事件 {ref} 的{stage}：{category}（{severity}）",
    en: "{drill}{unit} sent the {stage} for incident {ref}: {category} ({severity})",
  },
  "incidents.task_not_yours": {
    zh: "这项任务属于“{role}”，只有该角色、被交办的人或现场指挥可以完成",
    en: "This task belongs to the {role}; only that role, the person it was handed to or the commander can complete it",
  },
  "incidents.commander_only": {
    zh: "只有网点负责人或现场指挥可以这样做",
    en: "Only the outlet head or the incident commander can do this",
  },
  "incidents.task_already_done": { zh: "这项任务已经完成", en: "This task is already done" },
  "incidents.same_category": { zh: "事件已经是这个类别", en: "The incident is already in this category" },
  "timeline.task_done_for": {
    zh: "{actor} 代{for}完成任务：{task}{note}",
    en: "{actor} completed for {for}: {task}{note}",
  },
  "timeline.task_assigned": {
    zh: "{actor} 将任务交给 {user}：{task}",
    en: "{actor} handed a task to {user}: {task}",
  },
  "timeline.category": {
    zh: "{actor} 将类别由“{from}”改为“{to}”，理由：{reason}；级别 {severity}，新增任务 {added} 项",
    en: "{actor} changed the category from {from} to {to}: {reason}; level {severity}, {added} tasks added",
  },
  "notify.incident_task_assigned": {
    zh: "{drill}突发事件 {ref} 有一项任务交给您：{task}",
    en: "{drill}A task of incident {ref} was handed to you: {task}",
  },
  "timeline.outlet_added": {
    zh: "{actor} 将{unit}纳入本事件",
    en: "{actor} added {unit} to this incident",
  },
  "notify.incident_outlet_added": {
    zh: "{drill}{owner}的突发事件 {ref}（{category}）也涉及您的网点{unit}",
    en: "{drill}Incident {ref} ({category}) reported by {owner} also covers your outlet {unit}",
  },
  "incidents.outlet_not_in_scope": {
    zh: "只能加入您所辖范围内的其他网点",
    en: "Only another outlet within your part of the organisation can be added",
  },
  "incidents.outlet_already_covered": {
    zh: "这个网点已在本事件中",
    en: "This outlet is already part of the incident",
  },
  "notify.incident_daily_update": {
    zh: "{drill}{unit}的突发事件 {ref}（{category}）仍在持续，请发出今天的情况续报",
    en: "{drill}Incident {ref} ({category}) at {unit} is still going on; send today's situation update",
  },
  "drill.prefix": { zh: "【演练】", en: "[DRILL] " },
  "complaints.wrong_status": {
    zh: "投诉当前状态不允许此操作",
    en: "The complaint's status does not allow this",
  },
  "complaints.paused": { zh: "处理时限已暂停，请先结束暂停", en: "The clock is paused; end the pause first" },
  "complaints.already_paused": { zh: "处理时限已在暂停中", en: "The clock is already paused" },
  "complaints.not_paused": { zh: "处理时限未暂停", en: "The clock is not paused" },
  "complaints.extension_pending": {
    zh: "已有待审批的延期申请",
    en: "An extension request is already waiting for approval",
  },
  "complaints.extension_order": {
    zh: "延期须逐级申请：先第一次（至 30 日），再第二次（至 60 日）",
    en: "Extensions go in order: first to 30 days, then a second to 60 days",
  },
  "complaints.extension_decided": {
    zh: "该延期申请已处理",
    en: "This extension request has already been decided",
  },
  "complaints.four_eyes": {
    zh: "不能审批自己提出的延期申请",
    en: "You cannot decide your own extension request",
  },
  "complaints.approver_level_1": {
    zh: "第一次延期须由投诉所属机构或其上级的管理层或消保专员审批",
    en: "A first extension is decided by a manager or consumer-protection officer of the handling unit or above",
  },
  "complaints.approver_level_2": {
    zh: "第二次延期须由上级机构（分行或总行）管理层审批",
    en: "A second extension is decided only by a manager of the upper-level unit (branch or head office)",
  },
  "complaints.recusal": {
    zh: "被投诉人与投诉有直接利害关系，须回避，不能处理此投诉",
    en: "The staff member complained about has a direct interest and cannot handle this complaint",
  },
  "complaints.handler_scope": {
    zh: "处理人须为投诉所属机构或其上级机构的在职人员",
    en: "The handler must be an active user of the handling unit or a unit above it",
  },
  "complaints.category_unknown": {
    zh: "分类“{value}”不存在",
    en: "There is no classification entry “{value}”",
  },
  "complaints.category_ambiguous": {
    zh: "名称“{value}”对应多个分类，请改用分类代码",
    en: "“{value}” names several entries; send the code instead",
  },
  "complaints.review_window": {
    zh: "核查申请须在收到处理决定后 {days} 日内提出（截至 {untilLocal}）",
    en: "Review must be asked for within {days} days of the decision notice (until {untilLocal})",
  },
  "complaints.review_no_notice": {
    zh: "尚未记录处理决定的告知，无法计算核查申请期限",
    en: "No delivery of the decision notice is recorded, so the review window cannot be computed",
  },
  "complaints.review_exists": { zh: "该投诉已有核查案件", en: "This complaint already has a review case" },
  "complaints.review_of_review": {
    zh: "核查案件不能再申请核查",
    en: "A review case cannot itself be reviewed",
  },
  "complaints.no_upper_unit": {
    zh: "总行没有上级机构可受理核查",
    en: "The head office has no upper-level unit to review it",
  },
  "complaints.merge_target": {
    zh: "只能并入同一投诉人、仍在处理中的另一件投诉",
    en: "A complaint merges only into another open complaint by the same complainant",
  },
  "calendar.date": { zh: "须为有效日期（YYYY-MM-DD）", en: "must be a real date (YYYY-MM-DD)" },
  "notify.complaint_assigned": {
    zh: "您被指定处理投诉 {ref}，到期 {dueLocal}",
    en: "You are the handler of complaint {ref}, due {dueLocal}",
  },
  "notify.complaint_warning": {
    zh: "投诉 {ref} 将于 {dueLocal} 到期（还剩 {days} 天），请按时作出处理决定",
    en: "Complaint {ref} is due {dueLocal} ({days} days left); decide it in time",
  },
  "notify.complaint_due_today": {
    zh: "投诉 {ref} 今日到期（{dueLocal}）",
    en: "Complaint {ref} is due today ({dueLocal})",
  },
  "notify.complaint_breached": {
    zh: "【超时】{unit} 的投诉 {ref} 已超过处理时限（{dueLocal}），请督办",
    en: "[Overdue] Complaint {ref} at {unit} missed its deadline ({dueLocal}); follow it up",
  },
  "notify.complaint_extension_requested": {
    zh: "投诉 {ref} 申请第 {level} 次延期，请审批",
    en: "Complaint {ref}: extension {level} awaits your decision",
  },
  "notify.complaint_extension_decided": {
    zh: "投诉 {ref} 的第 {level} 次延期申请已{result}",
    en: "Complaint {ref}: extension {level} was {result}",
  },
  "notify.complaint_review_opened": {
    zh: "投诉 {ref} 的投诉人申请核查，已立案 {reviewRef}",
    en: "The complainant of {ref} asked for review; case {reviewRef} is open",
  },
  internal: { zh: "服务器内部错误，请稍后重试", en: "Internal server error; please try again later" },
  "compliance.pattern_empty": {
    zh: "规则用语去掉空格和标点后不能为空",
    en: "A pattern must contain more than spaces and punctuation",
  },
  "compliance.rule_code_format": {
    zh: "须为小写字母、数字和下划线，用“.”分段，如 mkt.guaranteed_return",
    en: "lower-case letters, digits and underscores in dot-separated parts, e.g. mkt.guaranteed_return",
  },
  "compliance.rule_code_taken": {
    zh: "规则编号 {code} 已存在",
    en: "The rule code {code} is already in use",
  },
  "compliance.disclosure_needs_marketing": {
    zh: "必备披露规则只能用于营销材料",
    en: "A required-disclosure rule applies to marketing material only",
  },
  "materials.self_review": {
    zh: "不能审批自己提交的材料，请由另一位消保专员审批",
    en: "You cannot review a material you submitted; another officer must",
  },
  "materials.not_pending": {
    zh: "该版本不是待审批的最新版本",
    en: "This version is not the latest one waiting for review",
  },
  "materials.has_errors": {
    zh: "自动检查仍发现 {count} 处违规，不能通过，请驳回修改",
    en: "The automatic check still finds {count} errors; reject it for correction instead",
  },
  "materials.comment_required": { zh: "驳回时须写明意见", en: "A rejection needs a comment" },
  "materials.unchanged": {
    zh: "内容与当前版本相同，无需提交新版本",
    en: "Nothing differs from the current version",
  },
  "materials.attachment_type": { zh: "须为 MIME 类型，如 image/png", en: "a MIME type such as image/png" },
  "materials.attachment_base64": { zh: "须为 Base64 编码", en: "must be Base64-encoded" },
  "cases.self_publish": {
    zh: "不能发布自己录入的案例，请由另一位审核人发布",
    en: "You cannot publish a case you wrote; another reviewer must",
  },
  "cases.already_published": { zh: "案例已发布", en: "The case is already published" },
  "cases.source_ref_format": {
    zh: "须为事件或投诉编号，如 INC-20260305-0001",
    en: "an incident or complaint reference such as INC-20260305-0001",
  },
  "cases.source_not_closed": {
    zh: "该事件、投诉或柜面异常尚未结案（或为演练），不能编为案例",
    en: "That record is not closed (or is a drill); it cannot become a case yet",
  },
  "cases.source_taken": { zh: "该记录已编为案例 {ref}", en: "That record is already the case {ref}" },
  "format.date": { zh: "须为 YYYY-MM-DD 格式的日期", en: "a date as YYYY-MM-DD" },
  "improvements.source_not_ready": {
    zh: "事件须先提交复盘、投诉须先结案，才能据此安排改进措施",
    en: "An incident needs its review, a complaint its closing, before improvements are planned from it",
  },
  "improvements.owner_out_of_scope": {
    zh: "负责人须为本机构或下辖机构的在岗人员",
    en: "The owner must be an active member of staff in your unit or below it",
  },
  "improvements.due_past": { zh: "完成期限不能早于今天", en: "The due date cannot be before today" },
  "improvements.already_done": { zh: "该改进措施已完成", en: "This improvement is already done" },
  "notify.improvement_assigned": {
    zh: "您负责一项改进措施（{source}）：{what}，请于 {due} 前完成",
    en: "You own an improvement ({source}): {what}; due {due}",
  },
  "notify.improvement_overdue": {
    zh: "改进措施已过期限仍未完成（{source}）：{what}",
    en: "An improvement is past its due date and not done ({source}): {what}",
  },
  "notify.warning_raised": {
    zh: "{level}：{unit}{rule}，请查看并处置",
    en: "{level} warning at {unit}: {rule}; please look into it",
  },
  "notify.warning_raised_level": {
    zh: "预警升级为{level}：{unit}{rule}",
    en: "Warning at {unit} raised to {level}: {rule}",
  },
  "warnings.wrong_status": {
    zh: "该预警当前为“{status}”，不能执行此操作",
    en: "The warning is {status}; that cannot be done now",
  },
  "warnings.unknown_unit": { zh: "没有编号为 {code} 的机构", en: "No unit has the code {code}" },
  "warnings.bad_token": { zh: "数据源令牌无效或已吊销", en: "The source token is wrong or revoked" },
  "inspections.not_draft": {
    zh: "检查已提交或已作废，不能再修改",
    en: "The inspection has been submitted or cancelled; it can no longer change",
  },
  "inspections.item_unanswered": {
    zh: "还有检查项未填写结果",
    en: "An item has no result yet",
  },
  "inspections.owner_required": {
    zh: "不合格项须指定网点的整改责任人",
    en: "A failed item needs an owner at the outlet to rectify it",
  },
  "inspections.due_required": { zh: "不合格项须设定整改期限", en: "A failed item needs a due date" },
  "inspections.owner_not_at_outlet": {
    zh: "整改责任人须为被检查网点的在职人员",
    en: "The owner must be an active member of the inspected outlet's staff",
  },
  "inspections.due_past": { zh: "整改期限不能早于今天", en: "The due date cannot be before today" },
  "inspections.not_outlet": { zh: "只能检查网点", en: "Only an outlet can be inspected" },
  "inspections.no_items": {
    zh: "检查表没有启用的检查项，请管理员先维护检查表",
    en: "The checklist has no enabled item; an administrator must set it up first",
  },
  "inspections.code_format": {
    zh: "须为小写字母开头的小写字母、数字或下划线，2 至 40 位",
    en: "2 to 40 lower-case letters, digits or underscores, starting with a letter",
  },
  "inspections.code_taken": { zh: "检查项代码 {code} 已存在", en: "The item code {code} already exists" },
  "inspections.too_many_photos": {
    zh: "每项最多 {max} 张照片",
    en: "At most {max} photos per item",
  },
  "inspections.rectification_closed": {
    zh: "整改任务已完成，不能再修改",
    en: "The rectification is closed; it can no longer change",
  },
  "inspections.evidence_note_required": {
    zh: "请说明整改情况",
    en: "Say what was done to rectify it",
  },
  "inspections.evidence_photo_required": {
    zh: "请先上传至少一张整改后的照片",
    en: "Upload at least one photo of the rectified state first",
  },
  "inspections.not_owner": {
    zh: "只有整改责任人、网点负责人或检查方可以处理此整改任务",
    en: "Only the owner, the outlet head or the inspecting unit may work this rectification",
  },
  "notify.rectification_assigned": {
    zh: "{unit}检查（{ref}）发现问题“{item}”，请于 {dueOn} 前完成整改",
    en: "Inspection {ref} at {unit} found “{item}”: rectify it by {dueOn}",
  },
  "notify.rectification_due_tomorrow": {
    zh: "整改任务“{item}”（{ref}）明天到期",
    en: "The rectification “{item}” ({ref}) is due tomorrow",
  },
  "notify.rectification_overdue": {
    zh: "{unit}的整改任务“{item}”（{ref}）已超过期限 {dueOn}，尚未完成",
    en: "The rectification “{item}” ({ref}) at {unit} missed its due date {dueOn}",
  },
  "campaigns.plan_submitted": {
    zh: "计划正在审批中，不能修改",
    en: "The plan is awaiting approval; it cannot change now",
  },
  "campaigns.plan_not_draft": {
    zh: "只有草稿或被退回的计划可以提交",
    en: "Only a draft or returned plan can be submitted",
  },
  "campaigns.plan_empty": {
    zh: "计划中还没有按月安排的活动",
    en: "The plan has no activity planned by month yet",
  },
  "campaigns.plan_not_submitted": { zh: "该计划不在待审批状态", en: "The plan is not awaiting approval" },
  "campaigns.self_approval": {
    zh: "不能审批自己提交的计划，请由另一位审批人审批",
    en: "You cannot decide a plan you submitted; another approver must",
  },
  "campaigns.comment_required": { zh: "退回时须写明意见", en: "A return needs a comment" },
  "campaigns.plan_exists": {
    zh: "本网点 {year} 年的计划已存在",
    en: "The outlet already has a plan for {year}",
  },
  "campaigns.outlet_only": {
    zh: "年度计划和宣教活动由网点登记",
    en: "Plans and activities are recorded by an outlet",
  },
  "campaigns.unknown_campaign": { zh: "没有代码为 {code} 的宣传活动", en: "No campaign has the code {code}" },
  "campaigns.material_not_approved": {
    zh: "宣传材料 {ref} 未通过审查或不属于本网点可用范围",
    en: "Material {ref} is not approved, or not one this outlet may use",
  },
  "campaigns.held_in_future": {
    zh: "活动日期不能晚于今天",
    en: "The activity's date cannot be in the future",
  },
  "self_evaluations.signed_off": {
    zh: "自评已复核签发，不能再修改",
    en: "The self-evaluation is signed off; it can no longer change",
  },
  "self_evaluations.score_above_weight": {
    zh: "得分不能超过该要素的分值 {weight}",
    en: "The score cannot exceed the element's weight of {weight}",
  },
  "self_evaluations.self_sign_off": {
    zh: "不能复核签发自己编制的自评，请由另一位负责人签发",
    en: "You cannot sign off a self-evaluation you prepared; another manager must",
  },
  "self_evaluations.unscored": { zh: "还有评价要素未打分", en: "An element has no score yet" },
  "self_evaluations.unit_kind": {
    zh: "年度自评由分行或总行编制",
    en: "A self-evaluation is prepared by a branch or the head office",
  },
  "self_evaluations.exists": {
    zh: "本机构 {year} 年的自评已存在",
    en: "The unit already has a self-evaluation for {year}",
  },
  "self_evaluations.file_type": {
    zh: "只能上传 JPEG、PNG、WebP 图片或 PDF",
    en: "Only JPEG, PNG or WebP images or PDF files can be uploaded",
  },
  // k2-counter: counter-exception deadlines, closing, legal track, tech alert; links between records
  "notify.counter_exception_verify_due": {
    zh: "柜面异常 {ref} 今天须完成核实，请尽快处理",
    en: "Counter exception {ref} must be verified today",
  },
  "notify.counter_exception_handle_due": {
    zh: "柜面异常 {ref} 今天须完成处理，请尽快采取纠正措施",
    en: "Counter exception {ref} must be handled today; please take the corrective action",
  },
  "notify.counter_exception_verify_overdue": {
    zh: "{outlet} 的柜面异常 {ref} 未按时核实，已报支行督办",
    en: "Counter exception {ref} at {outlet} was not verified in time and has been taken to the sub-branch",
  },
  "notify.counter_exception_handle_overdue": {
    zh: "{outlet} 的柜面异常 {ref} 未按时处理，已报支行督办",
    en: "Counter exception {ref} at {outlet} was not handled in time and has been taken to the sub-branch",
  },
  "notify.counter_exception_system_failure": {
    zh: "{outlet} 登记系统故障 {ref}，请立即联系科技支持报修：{phone}",
    en: "{outlet} reported system failure {ref}; call tech support for a repair now: {phone}",
  },
  "counter_exceptions.closing_required": {
    zh: "办结时须填写根本原因和预防措施",
    en: "Closing needs the root cause and a prevention measure",
  },
  "counter_exceptions.legal_only_dispute": {
    zh: "只有业务纠纷可以登记法律介入",
    en: "Only a business dispute can be marked as gone to law",
  },
  "counter_exceptions.legal_dates": {
    zh: "开庭或结案日期不能早于介入日期",
    en: "A hearing or end date cannot be before the date law became involved",
  },
  "links.unknown_record": {
    zh: "关联的记录不存在或您无权查看",
    en: "The record to link does not exist or is outside what you may open",
  },
  "links.self": { zh: "记录不能关联自身", en: "A record cannot be linked to itself" },
  "links.taken": { zh: "这两条记录已经关联", en: "These two records are already linked" },
  "training.ends_before_start": { zh: "结束时间须晚于开始时间", en: "The end must come after the start" },
  "training.too_long": { zh: "一次培训不超过 {hours} 小时", en: "A session lasts at most {hours} hours" },
  "training.unit_outside": {
    zh: "只能为本机构及下属机构安排",
    en: "Only your own unit or a unit below it",
  },
  "training.trainer_unknown": {
    zh: "主讲人须为本机构及下属机构的在岗人员",
    en: "The trainer must be an active user of your unit or below",
  },
  "training.material_unknown": {
    zh: "引用的资料不存在：{ref}",
    en: "No such material: {ref}",
  },
  "training.sign_in_invalid": {
    zh: "签到码无效，请重新扫描培训现场的二维码",
    en: "This sign-in code is not valid; scan the code shown at the session again",
  },
  "training.sign_in_expired": {
    zh: "签到码已过期，请重新扫描现场最新的二维码",
    en: "This sign-in code has expired; scan the latest code shown at the session",
  },
  "training.sign_in_closed": {
    zh: "不在签到时间内（开始前 15 分钟至结束）",
    en: "Sign-in is open from 15 minutes before the start until the end",
  },
  "training.not_expected": {
    zh: "该培训面向 {unit} 的人员，您不在其中",
    en: "This session is for the staff of {unit}, which you are not part of",
  },
  "training.options_for_choice": {
    zh: "选择题至少需要两个选项",
    en: "A choice question needs at least two options",
  },
  "training.options_for_true_false": {
    zh: "判断题不需要填写选项",
    en: "A true/false question has no options to write",
  },
  "training.correct_out_of_range": {
    zh: "正确答案须为已有选项",
    en: "The right answer must be one of the options",
  },
  "training.correct_one": {
    zh: "单选题和判断题只有一个正确答案",
    en: "This kind of question has exactly one right answer",
  },
  "training.correct_none": { zh: "请标出正确答案", en: "Mark the right answer" },
  "training.question_unknown": {
    zh: "题目不存在或不在您的范围内：{id}",
    en: "No such question within your units: {id}",
  },
  "training.quiz_taken": { zh: "您已提交过该测验", en: "You have already submitted this quiz" },
  "training.quiz_not_for_you": { zh: "该测验未指派给您", en: "This quiz is not assigned to you" },
  "training.quiz_overdue": { zh: "该测验已过截止时间", en: "This quiz is past its due time" },
  "training.answer_unknown_question": {
    zh: "答案中有不属于该测验的题目：{id}",
    en: "The answers name a question not in this quiz: {id}",
  },
  "training.disc_unanswered": { zh: "还有题目未作答", en: "A question is not answered yet" },
  "training.disc_unknown_question": { zh: "没有这道题：{id}", en: "No such question: {id}" },
  "training.disc_not_taken": { zh: "请先完成测评", en: "Take the self-test first" },
  "drills.not_drill": { zh: "只有演练可以评估", en: "Only a drill can be evaluated" },
  "drills.not_finished": {
    zh: "演练尚未控制或关闭，暂不能评估",
    en: "The drill is not stabilised or closed yet; it cannot be evaluated",
  },
  "drills.already_evaluated": { zh: "该演练已评估", en: "This drill has already been evaluated" },
  "drills.participant_unknown": {
    zh: "参演人员须为该机构的在岗人员：{id}",
    en: "Participants must be active staff of the unit: {id}",
  },
  "assessment.month_format": { zh: "须为 YYYY-MM 格式的月份", en: "a month as YYYY-MM" },
  "assessment.weights_zero": { zh: "至少一项权重须大于 0", en: "At least one weight must be above 0" },
  "accountability.subject_unknown": {
    zh: "当事人须为您管辖范围内的人员",
    en: "The person must be one of the staff below you",
  },
  "accountability.source_ref_format": {
    zh: "须为事件或投诉编号，如 INC-20260305-0001",
    en: "an incident or complaint reference such as INC-20260305-0001",
  },
  "accountability.measure_kind": {
    zh: "该措施与奖惩类型不符",
    en: "This measure does not belong to that kind of record",
  },
  "accountability.self": {
    zh: "不能为本人记录奖惩",
    en: "You cannot record a reward or sanction for yourself",
  },
  "accountability.source_unknown": {
    zh: "关联的事件、投诉不存在或不在您的范围内：{ref}",
    en: "No such incident or complaint within your units: {ref}",
  },
  "opinion.wrong_status": {
    zh: "舆情事件当前为“{status}”，不能进行这一步",
    en: "The event is at “{status}”; this step is not open",
  },
  "opinion.closed": {
    zh: "舆情事件已结束，不能再登记",
    en: "The event is closed; nothing more can be recorded",
  },
  "opinion.level_reason_required": {
    zh: "调整等级须说明理由",
    en: "Say why you change the level",
  },
  "opinion.review_required": { zh: "结束前须填写复盘总结", en: "Write the review before closing" },
  "opinion.reason_required": { zh: "核实为不实须说明理由", en: "Say why the post is unfounded" },
  "opinion.already_reported": { zh: "已报告分行", en: "Already reported to the branch" },
  "opinion.statement_frozen": {
    zh: "该版本口径已发布，不能修改；请起草新版本",
    en: "This version is published and frozen; draft a new version",
  },
  "opinion.statement_not_draft": { zh: "只有草稿可以审批", en: "Only a draft can be approved" },
  "opinion.statement_self_approve": {
    zh: "不能审批自己起草的口径，请由另一位负责人审批",
    en: "You cannot approve a statement you drafted; someone else must",
  },
  "opinion.statement_approver_level": {
    zh: "口径须由事件所属支行或分行的管理层审批，网点人员不能审批",
    en: "A statement is approved by the management of the sub-branch or branch over the event, not at an outlet",
  },
  "opinion.statement_not_approved": {
    zh: "口径须先经审批才能发布",
    en: "A statement must be approved before it is published",
  },
  "opinion.no_spokesperson": {
    zh: "请先指定本事件的新闻发言人",
    en: "Designate the event's spokesperson first",
  },
  "opinion.not_spokesperson": {
    zh: "只有指定的新闻发言人可以对外回应媒体",
    en: "Only the designated spokesperson speaks to the media",
  },
  "opinion.spokesperson_outside": {
    zh: "发言人须为本机构范围内的在职用户",
    en: "The spokesperson must be an active user within your part of the bank",
  },
  "opinion.link_format": {
    zh: "须为投诉、突发事件或柜面异常编号，如 CMP-20261205-0001",
    en: "a complaint, incident or counter-exception reference such as CMP-20261205-0001",
  },
  "opinion.link_unknown": {
    zh: "您的范围内没有编号为 {ref} 的记录",
    en: "No record {ref} within your scope",
  },
  "opinion.unit_outside": { zh: "机构不在您的管辖范围内", en: "That unit is outside your scope" },
  "opinion.token_invalid": {
    zh: "推送令牌无效或已停用",
    en: "The ingest token is wrong or revoked",
  },
  "opinion.url_required": { zh: "RSS/Atom 来源须填写地址", en: "An RSS/Atom source needs its address" },
  "opinion.source_revoked": { zh: "来源已停用", en: "The source is already revoked" },
  "opinion.candidate_decided": {
    zh: "该线索已处理",
    en: "This candidate has already been decided",
  },
  "opinion.rule_scope": {
    zh: "全行监测词只能由系统管理员维护",
    en: "Only an administrator keeps the bank-wide watch rules",
  },
  "opinion.screenshot_type": {
    zh: "截图只能是 JPEG、PNG 或 WebP 图片",
    en: "A screenshot must be a JPEG, PNG or WebP image",
  },
  "opinion.screenshot_size": { zh: "截图不能超过 {max} MB", en: "A screenshot may be at most {max} MB" },
  "notify.opinion_created": {
    zh: "{drill}【{level}】{unit}登记舆情事件 {ref}：{summary}",
    en: "{drill}[{level}] {unit} recorded public-opinion event {ref}: {summary}",
  },
  "notify.opinion_candidate": {
    zh: "监测发现涉及{unit}的舆情线索：{title}（{words}），请研判",
    en: "Monitoring found a mention of {unit}: {title} ({words}); please decide on it",
  },
  "notify.opinion_verify_overdue": {
    zh: "{drill}舆情事件 {ref}（{unit}）已超过核实时限，请立即核实",
    en: "{drill}Public-opinion event {ref} ({unit}) is past its verification deadline; verify it now",
  },
  "notify.opinion_report_overdue": {
    zh: "{drill}舆情事件 {ref}（{unit}）已超过报告分行时限，请立即报告",
    en: "{drill}Public-opinion event {ref} ({unit}) is past its deadline for the report to the branch",
  },
  "notify.opinion_statement_draft": {
    zh: "舆情事件 {ref} 的回应口径（第 {version} 版）待您审批",
    en: "Statement version {version} of public-opinion event {ref} awaits your approval",
  },
  "notify.opinion_feed_failing": {
    zh: "监测来源“{name}”连续 {failures} 次抓取失败：{error}",
    en: "Monitoring source “{name}” failed {failures} times in a row: {error}",
  },
  "notify.key_required": {
    zh: "保存渠道密钥须先设置加密密钥 PERSONAL_DATA_KEY",
    en: "Channel secrets are stored encrypted: set PERSONAL_DATA_KEY first",
  },
  "notify.config_invalid": {
    zh: "渠道配置有误：{detail}",
    en: "The channel configuration is wrong: {detail}",
  },
  "notify.not_dead": { zh: "只有发送失败的通知可以重发", en: "Only a failed delivery can be sent again" },
  "notify.address_required": {
    zh: "短信和邮件测试须填写接收号码或地址",
    en: "A test SMS or e-mail needs a number or address to go to",
  },
  "roster.time_format": { zh: "须为 HH:MM 格式的时间", en: "a time as HH:MM" },
  "roster.date_required": { zh: "调班须指定日期", en: "A swap needs its date" },
  "roster.user_outside": {
    zh: "值班人员须属于本机构或其下级机构",
    en: "The person on duty must belong to the unit or a unit below it",
  },
  "knowhow.not_draft": {
    zh: "该版本已发布或已被替代，请在最新版本基础上新建草稿",
    en: "This version is no longer a draft; start a new draft from the current version",
  },
  "knowhow.own_draft": {
    zh: "四眼原则：草稿须由作者以外的人发布",
    en: "Four eyes: a draft must be published by someone other than its author",
  },
  "timeline.answers": {
    zh: "{actor} 更新现场情况：{answers}；级别 {severity}，新增任务 {added} 项",
    en: "{actor} updated the quick answers: {answers}; level {severity}, {added} tasks added",
  },
  "knowhow.improvement_area": {
    zh: "只能关联“{area}”类的整改措施",
    en: "Only improvements about the {area} can be linked here",
  },
  // The tasks of the five moves on a public-opinion event
  "opinion.task_done": { zh: "该项已完成", en: "This task is already done" },
  "opinion.task_role": { zh: "该项由其他岗位负责", en: "This task belongs to another role" },
  "training.file_type": {
    zh: "只能上传图片（JPEG、PNG、WebP）、PDF 或 Word、Excel、PowerPoint 文件（.docx、.xlsx、.pptx）",
    en: "Only images (JPEG, PNG, WebP), PDF or Word, Excel and PowerPoint files (.docx, .xlsx, .pptx) can be uploaded",
  },
} as const satisfies Record<string, { zh: string; en: string }>;

export type MessageKey = keyof typeof MESSAGES;
export type Locale = "zh" | "en";

export function formatMessage(key: MessageKey, locale: Locale, params: Record<string, string> = {}): string {
  return MESSAGES[key][locale].replace(/\{(\w+)\}/g, (_, name: string) => params[name] ?? `{${name}}`);
}

/** A message parameter: plain text, or a {zh, en} pair for what differs by language (a category name, say). */
export type MessageParam = string | Record<Locale, string>;

export function localizeParams(params: Record<string, MessageParam>, locale: Locale): Record<string, string> {
  return Object.fromEntries(
    Object.entries(params).map(([k, v]) => [k, typeof v === "string" ? v : v[locale]]),
  );
}

export function isMessageKey(value: string): value is MessageKey {
  return Object.hasOwn(MESSAGES, value);
}
