import { accountabilityZh } from "../accountability/i18n.ts";
import { assessmentZh } from "../assessment/i18n.ts";
import { auditZh } from "../audit/i18n.ts";
import { calendarZh } from "../calendar/i18n.ts";
import { campaignsZh } from "../campaigns/i18n.ts";
import { casesZh } from "../cases/i18n.ts";
import { complaintsZh } from "../complaints/i18n.ts";
import { complianceZh } from "../compliance/i18n.ts";
import { counterExceptionsZh } from "../counter-exceptions/i18n.ts";
import { improvementsZh } from "../improvements/i18n.ts";
import { incidentsZh } from "../incidents/i18n.ts";
import { inspectionsZh } from "../inspections/i18n.ts";
import { knowhowZh } from "../knowhow/i18n.ts";
import { linksZh } from "../links/i18n.ts";
import { outboxZh } from "../notifications/outbox/i18n.ts";
import { opinionZh } from "../opinion/i18n.ts";
import { rosterZh } from "../roster/i18n.ts";
import { scriptsZh } from "../scripts/i18n.ts";
import { selfEvaluationsZh } from "../self-evaluations/i18n.ts";
import { trainingZh } from "../training/i18n.ts";
import { warningsZh } from "../warnings/i18n.ts";
import { watchZh } from "../watch/i18n.ts";

/**
 * Every text the web app shows, in Chinese, the product's first language. `en.ts` must have the same keys;
 * `{name}` placeholders are filled by `t(key, params)`. Role, org-kind and server messages come from the
 * domain and the server, not from here.
 */
export const zh = {
  "app.name": "网点应急与客诉管理平台",
  "app.shortName": "Bulwark",
  "app.tagline": "网点服务突发事件、柜面异常、客户投诉与消费者权益保护的一体化处置平台",
  "app.license": "Bulwark · 开源软件 · Apache-2.0",
  "lang.switch": "语言",
  "lang.zh": "中文",
  "lang.en": "English",

  "common.loading": "加载中…",
  "common.save": "保存",
  "common.cancel": "取消",
  "common.confirm": "确定",
  "common.idType": "证件类型",
  "common.edit": "编辑",
  "common.actions": "操作",
  "common.colon": "：",
  "common.search": "查询",
  "common.reset": "重置",
  "common.loadMore": "加载更多",
  "common.allLoaded": "已全部加载，共 {count} 条",
  "common.retry": "重试",
  "common.none": "—",
  "common.saved": "已保存",
  "common.loadFailed": "数据加载失败",

  "error.network": "无法连接服务器，请检查网络后重试",
  "error.http": "服务器返回错误（HTTP {status}），请稍后重试",
  "error.forbiddenTitle": "无权访问",
  "error.forbiddenText": "您的角色没有查看此页面的权限。如确需使用，请联系系统管理员。",
  "error.notFoundTitle": "页面不存在",
  "error.notFoundText": "您访问的地址不存在，请从左侧菜单进入。",
  "error.backHome": "返回首页",
  "error.pageTitle": "页面加载失败",
  "error.pageText": "系统可能刚刚完成升级，请刷新页面后重试。",
  "error.reload": "刷新页面",

  "login.title": "登录",
  "login.subtitle": "请使用行内分配的账号登录",
  "login.username": "用户名",
  "login.password": "密码",
  "login.usernameRequired": "请输入用户名",
  "login.passwordRequired": "请输入密码",
  "login.submit": "登录",
  "login.expired": "会话因长时间无操作已失效，请重新登录",
  "login.help": "忘记密码或账户被锁定，请联系本机构的系统管理员重置。",

  "nav.home": "首页",
  "nav.org": "机构管理",
  "nav.users": "用户管理",
  "nav.audit": "审计日志",
  "nav.openMenu": "打开菜单",

  "user.changePassword": "修改密码",
  "user.logout": "退出登录",

  "password.current": "当前密码",
  "password.new": "新密码",
  "password.confirm": "确认新密码",
  "password.policy": "至少 {min} 位，且包含小写字母、大写字母、数字、符号中的至少三类",
  "password.weak": "密码强度不足，请按下方要求设置",
  "password.mismatch": "两次输入的新密码不一致",
  "password.required": "请输入密码",
  "password.changed": "密码已修改，其他设备上的登录已失效",
  "password.mustChange": "管理员重置了您的密码。请先设置一个只有您知道的新密码，再继续使用。",
  "password.changeTitle": "修改密码",

  "home.greeting.default": "您好，{name}",
  "home.greeting.morning": "早上好，{name}",
  "home.greeting.afternoon": "下午好，{name}",
  "home.greeting.evening": "晚上好，{name}",
  "home.role": "角色",
  "home.unit": "所属机构",
  "home.username": "用户名",
  "home.dutyPhone": "机构值班电话",
  "home.dutyTitle": "您在平台中的职责",
  "home.shortcutsTitle": "常用入口",
  "home.available": "左侧菜单和下方入口只列出您的角色可以使用的功能。",
  "home.sessionTitle": "登录与会话安全",
  "home.sessionExpires": "若无任何操作，本次登录将于 {time} 自动失效，每次操作都会顺延。",
  "home.sessionAdvice": "离开工位时请主动退出登录；连续输错密码 {max} 次，账户将被锁定 {minutes} 分钟。",
  "home.shortcut.orgView": "查看机构树",
  "home.shortcut.orgViewText": "查看本机构及下级机构、值班电话",
  "home.shortcut.orgManage": "管理机构",
  "home.shortcut.orgManageText": "新增下级机构、修改名称与值班电话、调整隶属关系",
  "home.shortcut.usersView": "查看同事",
  "home.shortcut.usersViewText": "查看本机构及下级机构的人员与角色",
  "home.shortcut.usersManage": "管理用户",
  "home.shortcut.usersManageText": "开立账户、分配角色、停用账户、重置密码",
  "home.shortcut.audit": "查看审计日志",
  "home.shortcut.auditText": "追溯登录、账户与机构的每一次变更",
  "home.shortcut.incidents": "突发事件看板",
  "home.shortcut.incidentsText": "处置中的突发事件，按级别和超时排序",
  "home.shortcut.counterException": "登记柜面异常",
  "home.shortcut.counterExceptionText": "一分钟内登记，主管即时收到核实提醒",
  "home.shortcut.complaint": "登记客户投诉",
  "home.shortcut.complaintText": "登记后自动计算 15 日处理时限",
  "home.shortcut.compliance": "消保合规检查",
  "home.shortcut.complianceText": "对外宣传和服务话术发出前先检查",
  "home.shortcut.scripts": "话术库与练习",
  "home.shortcut.scriptsText": "常见场景怎么说，练一练再上岗",
  "home.shortcut.password": "修改密码",
  "home.shortcut.passwordText": "定期更换密码，保护您的账户",

  "duty.administrator":
    "负责平台的基础配置：维护总行至网点的机构树，为员工开立账户并分配角色，处理账户锁定与密码重置。",
  "duty.auditor": "以只读方式查看所辖机构的全部记录，通过审计日志核查每一次登录、账户与机构变更。",
  "duty.cp_officer": "牵头处理辖内客户投诉，审查营销宣传材料与服务话术，汇总并报送消保统计。",
  "duty.manager": "接收辖内网点上报与升级的事件，审批处理时限延期，掌握辖内网点的整体情况。",
  "duty.outlet_head": "网点事件的现场指挥：决定处置方案、核实柜面异常、必要时向支行升级上报。",
  "duty.lobby_manager": "大堂的第一响应人：分流引导、安抚客户、第一时间上报，必要时将客户引导至安静区域。",
  "duty.teller": "在柜面发现异常或突发情况时及时上报；本人上报的柜面异常须由他人核实。",
  "duty.wealth_manager": "参与涉及理财产品收益、销售适当性等问题的客户投诉处理。",
  "duty.security_guard": "在突发事件中负责人员安全与现场秩序，配合网点负责人处置。",

  "kind.label": "机构类型",

  "org.title": "机构管理",
  "org.subtitle": "总行 → 分行 → 支行 → 网点",
  "org.name": "机构名称",
  "org.code": "机构代码",
  "org.kind": "类型",
  "org.dutyPhone": "值班电话",
  "org.parent": "上级机构",
  "org.addChild": "新增{kind}",
  "org.move": "调整隶属",
  "org.createTitle": "在“{parent}”下新增{kind}",
  "org.editTitle": "编辑机构：{name}",
  "org.moveTitle": "调整隶属：{name}",
  "org.moveHint": "只能移到{kind}之下；下级机构与人员随之移动。",
  "org.codeHint": "2–20 位大写字母、数字、“-”或“_”，创建后不可修改",
  "org.nameRequired": "请输入机构名称",
  "org.codeRequired": "请输入机构代码",
  "org.parentRequired": "请选择上级机构",
  "org.created": "机构已创建",
  "org.moved": "隶属关系已调整",
  "org.empty": "暂无机构数据",
  "org.readOnly": "您可以查看机构树；如需调整，请联系系统管理员。",

  "users.title": "用户管理",
  "users.subtitle": "本机构及下级机构的人员",
  "users.username": "用户名",
  "users.displayName": "姓名",
  "users.mobilePhone": "手机号码",
  "users.mobilePhoneHelp": "突发事件室的“呼叫”按钮拨打此号码；也可填带区号的座机",
  "users.role": "角色",
  "users.unit": "所属机构",
  "users.status": "状态",
  "users.createdAt": "创建时间",
  "users.searchPlaceholder": "搜索用户名或姓名",
  "users.allRoles": "全部角色",
  "users.allUnits": "全部机构",
  "users.status.active": "正常",
  "users.status.disabled": "已停用",
  "users.status.locked": "已锁定至 {time}",
  "users.create": "新增用户",
  "users.createTitle": "新增用户",
  "users.editTitle": "编辑用户：{name}",
  "users.initialPassword": "初始密码",
  "users.usernameHint": "3–40 位小写字母、数字、“.”、“_”或“-”，创建后不可修改",
  "users.unitHint": "该角色只能设在：{kinds}",
  "users.usernameRequired": "请输入用户名",
  "users.displayNameRequired": "请输入姓名",
  "users.roleRequired": "请选择角色",
  "users.unitRequired": "请选择所属机构",
  "users.created": "用户 {username} 已创建",
  "users.disable": "停用",
  "users.enable": "启用",
  "users.disableConfirm": "停用 {name} 的账户？停用后其所有登录立即失效。",
  "users.enableConfirm": "启用 {name} 的账户？",
  "users.disabled": "账户已停用",
  "users.enabled": "账户已启用",
  "users.resetPassword": "重置密码",
  "users.resetTitle": "重置密码：{name}",
  "users.resetHint": "重置后该用户的所有登录失效，锁定同时解除。请通过安全渠道告知新密码。",
  "users.resetDone": "密码已重置",
  "users.empty": "没有符合条件的用户",
  "users.emptyHint": "请调整搜索词或筛选条件",

  ...auditZh,
  ...counterExceptionsZh,
  ...incidentsZh,
  ...complaintsZh,
  ...calendarZh,
  ...complianceZh,
  ...scriptsZh,
  ...casesZh,
  ...improvementsZh,
  ...warningsZh,
  ...watchZh,
  ...inspectionsZh,
  ...campaignsZh,
  ...selfEvaluationsZh,
  ...linksZh,
  ...trainingZh,
  ...assessmentZh,
  ...accountabilityZh,
  ...opinionZh,
  ...outboxZh,
  ...rosterZh,
  ...knowhowZh,
} as const;

export type MessageKey = keyof typeof zh;
export type Dictionary = Record<MessageKey, string>;
