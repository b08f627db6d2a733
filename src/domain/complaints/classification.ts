/**
 * The three axes of JR/T 0169-2018 (金融消费者投诉统计分类及编码): channel, business category, cause. The
 * entries below come from a bank's UI and a partial outline, not from the standard itself, so they are only
 * the default data of an editable table; "其他" is coded 99 as the standard does.
 */
export const AXES = ["channel", "business_category", "cause"] as const;
export type Axis = (typeof AXES)[number];

export interface CategoryEntry {
  axis: Axis;
  code: string;
  label: string;
  /** Code of the entry one level up, null at the top. */
  parentCode: string | null;
}

const top = (axis: Axis, code: string, label: string): CategoryEntry => ({
  axis,
  code,
  label,
  parentCode: null,
});
const child = (axis: Axis, parentCode: string, code: string, label: string): CategoryEntry => ({
  axis,
  code,
  label,
  parentCode,
});

const CHANNELS: CategoryEntry[] = [
  top("channel", "01", "前台业务渠道"),
  child("channel", "01", "0101", "营业现场"),
  child("channel", "01", "0102", "自助机具"),
  child("channel", "01", "0103", "电子渠道"),
  ...["网上银行", "电话银行", "移动客户端", "网络公众平台", "短信"].map((label, i) =>
    child("channel", "0103", `01030${i + 1}`, label),
  ),
  child("channel", "0103", "010399", "其他电子渠道"),
  child("channel", "01", "0104", "第三方渠道"),
  child("channel", "01", "0199", "其他前台渠道"),
  top("channel", "02", "中、后台业务渠道"),
];

const BUSINESS_CATEGORIES = [
  "人民币储蓄",
  "贷款",
  "银行卡",
  "支付结算",
  "人民币管理",
  "个人金融信息",
  "外汇",
  "国库",
  "贵金属",
  "自营理财",
  "银行代理业务",
  "其他中间业务",
  "债务催收",
].map((label, i) => top("business_category", String(i + 1).padStart(2, "0"), label));

const CAUSES = [
  "服务态度及服务质量",
  "服务设施、设备、业务系统",
  "管理制度、业务规则与流程",
  "营销方式和手段",
  "信息披露",
  "自主选择权",
  "定价收费",
  "产品收益",
  "合同条款",
  "消费者资金安全",
  "消费者信息安全",
  "债务催收方式和手段",
].map((label, i) => top("cause", String(i + 1).padStart(2, "0"), label));

export const DEFAULT_CATEGORIES: readonly CategoryEntry[] = [
  ...CHANNELS,
  ...BUSINESS_CATEGORIES,
  top("business_category", "99", "其他"),
  ...CAUSES,
  top("cause", "99", "其他"),
];

/**
 * The entry a caller means by `value`: its code, or its Chinese label. A label used twice on one axis is
 * ambiguous and answers "ambiguous" so that the caller sends the code instead.
 */
export function resolveCategory(
  entries: readonly CategoryEntry[],
  axis: Axis,
  value: string,
): CategoryEntry | "unknown" | "ambiguous" {
  const onAxis = entries.filter((e) => e.axis === axis);
  const byCode = onAxis.find((e) => e.code === value);
  if (byCode) return byCode;
  const byLabel = onAxis.filter((e) => e.label === value.trim());
  if (byLabel.length > 1) return "ambiguous";
  return byLabel[0] ?? "unknown";
}

/** Labels from the top of the tree down to the entry: "前台业务渠道 / 电子渠道 / 网上银行". */
export function categoryPath(entries: readonly CategoryEntry[], axis: Axis, code: string): string[] {
  const path: string[] = [];
  let current = entries.find((e) => e.axis === axis && e.code === code);
  while (current && path.length < 10) {
    path.unshift(current.label);
    const parent: string | null = current.parentCode;
    current = parent ? entries.find((e) => e.axis === axis && e.code === parent) : undefined;
  }
  return path;
}
