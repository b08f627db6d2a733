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
    zh: "该事件或投诉尚未结案（或为演练），不能编为案例",
    en: "That incident or complaint is not closed (or is a drill); it cannot become a case yet",
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
