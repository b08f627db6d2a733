/** Texts of the register's settings page (types and verifier grants); spread into i18n.ts. */
export const cexSettingsZh = {
  "nav.cexSettings": "柜面异常设置",
  "cex.settings.title": "柜面异常设置",
  "cex.settings.subtitle": "异常类型与核实权限；每项修改记入审计日志",
  "cex.types.title": "异常类型",
  "cex.types.hint": "改名不影响已登记的异常；停用的类型不能用于新登记，已登记的记录仍显示原类型。",
  "cex.types.code": "编码",
  "cex.types.labelZh": "中文名称",
  "cex.types.labelEn": "英文名称",
  "cex.types.enabled": "启用",
  "cex.types.add": "新增类型",
  "cex.types.rename": "改名",
  "cex.types.renameTitle": "修改类型名称：{code}",
  "cex.types.codeFormat": "编码以小写字母开头，只含小写字母、数字和下划线（2–40 位）",
  "cex.grants.title": "核实权限授权",
  "cex.grants.hint":
    "网点负责人始终可以核实本网点的异常。在此可授权其他角色在某机构及其下属网点核实异常（如无当班负责人的网点授权大堂经理）。登记人本人始终不能核实自己登记的异常。",
  "cex.grants.role": "角色",
  "cex.grants.unit": "机构（含下属网点）",
  "cex.grants.add": "授权",
  "cex.grants.revoke": "撤销",
  "cex.grants.revokeConfirm": "撤销 {unit} 的“{role}”核实权限？",
  "cex.grants.empty": "尚无授权：只有网点负责人可以核实",
  "cex.grants.grantedAt": "授权时间",
};

export const cexSettingsEn: Record<keyof typeof cexSettingsZh, string> = {
  "nav.cexSettings": "Counter-exception settings",
  "cex.settings.title": "Counter-exception settings",
  "cex.settings.subtitle": "Exception types and who may verify; every change is audited",
  "cex.types.title": "Exception types",
  "cex.types.hint":
    "Renaming keeps registered exceptions as they are; a disabled type cannot be chosen for new ones, old records still show it.",
  "cex.types.code": "Code",
  "cex.types.labelZh": "Chinese name",
  "cex.types.labelEn": "English name",
  "cex.types.enabled": "Enabled",
  "cex.types.add": "Add a type",
  "cex.types.rename": "Rename",
  "cex.types.renameTitle": "Rename type {code}",
  "cex.types.codeFormat":
    "A code starts with a lower-case letter and has only lower-case letters, digits and underscores (2–40)",
  "cex.grants.title": "Verifier grants",
  "cex.grants.hint":
    "The outlet head can always verify at the outlet. Here other roles may be allowed to verify at a unit and the outlets below it (say the lobby manager of an outlet without a duty head). Nobody ever verifies an exception they reported.",
  "cex.grants.role": "Role",
  "cex.grants.unit": "Unit (and outlets below)",
  "cex.grants.add": "Grant",
  "cex.grants.revoke": "Revoke",
  "cex.grants.revokeConfirm": "Revoke verification by {role} at {unit}?",
  "cex.grants.empty": "No grants: only outlet heads verify",
  "cex.grants.grantedAt": "Granted",
};
