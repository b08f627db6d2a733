import { DEFAULT_CATEGORIES } from "../complaints/classification.ts";
import { CATEGORIES } from "../incidents/categories.ts";
import { SCENARIOS } from "../scripts/scenarios.ts";
import { OPINION_CASE_CATEGORY } from "./vocabulary.ts";

/**
 * Words staff and customers use for the same thing. The first of each group is the one a case is indexed
 * and searched under, so a search for 挤提 finds a case that says 挤兑, on both engines alike.
 */
export const SYNONYMS: readonly (readonly string[])[] = [
  ["挤兑", "挤提", "集中取款", "集中提款", "挤兑潮"],
  ["客流", "排队", "人多", "排长队", "长队", "客流激增", "客流骤增", "人满为患"],
  ["谣言", "不实消息", "不实信息", "传言", "谣传", "网络谣言"],
  ["系统故障", "系统中断", "系统宕机", "宕机", "系统瘫痪"],
  ["叫号机", "排队机", "取号机"],
  ["误导销售", "夸大宣传", "虚假宣传", "销售误导"],
  ["拍摄", "录像", "摄像", "直播"],
  ["舆情", "曝光"],
  ["晕倒", "昏倒", "晕厥", "突发疾病"],
  ["争执", "争吵", "吵架", "冲突"],
  ["投诉", "客诉"],
];

/** Banking words jieba's general dictionary cuts apart; kept whole so that they index and match as one. */
const BANKING_TERMS = [
  "业绩比较基准",
  "存款保险",
  "大额取现",
  "大额存单",
  "双录",
  "风险测评",
  "非柜面交易",
  "手机银行",
  "转账限额",
  "代销",
  "保本保收益",
  "结构性存款",
  "现金供应",
  "弹性排班",
];

const CANONICAL = new Map(
  SYNONYMS.flatMap((group) => group.map((word): [string, string] => [word, group[0]])),
);

/** The word a term is indexed and searched under: the first of its synonym group, or the term itself. */
export function canonicalTerm(term: string): string {
  return CANONICAL.get(term) ?? term;
}

/** Pieces of a label worth keeping whole: 服务态度及服务质量 → 服务态度, 服务质量. */
const pieces = (label: string) =>
  label.split(/[、，,（）()及和与或的被]/u).filter((p) => p.length >= 2 && p.length <= 8);

/**
 * The user dictionary for the segmenter, from our own vocabularies: synonyms, banking terms, incident
 * categories, complaint causes and the script scenarios' titles.
 */
export function domainWords(): string[] {
  const words = new Set<string>([...SYNONYMS.flat(), ...BANKING_TERMS]);
  for (const c of Object.values(CATEGORIES)) for (const p of pieces(c.label.zh)) words.add(p);
  for (const c of DEFAULT_CATEGORIES) if (c.axis === "cause") for (const p of pieces(c.label)) words.add(p);
  for (const s of SCENARIOS) for (const p of pieces(s.title)) words.add(p);
  return [...words];
}

/**
 * Kinds of trouble: incident categories and complaint causes (JR/T 0169 codes) that tell the same story, so
 * that similar cases are offered by what happened before by the words used.
 */
const TOPICS: Record<string, readonly string[]> = {
  crowd: ["crowd_surge", "queue_machine_failure", "group_visit"],
  systems: ["system_failure", "02"],
  conduct: ["complaint_conflict", "staff_safety", "01"],
  selling: ["04", "05", "06", "08", "09"],
  fees: ["07"],
  security: ["10", "11"],
  process: ["03", "12"],
  media: ["media_interview", OPINION_CASE_CATEGORY],
  health: ["customer_illness_injury", "disaster_epidemic"],
};
const TOPIC_OF = new Map(
  Object.entries(TOPICS).flatMap(([topic, codes]) => codes.map((c): [string, string] => [c, topic])),
);

/** A category's kind of trouble; a bank's own sub-cause (0801) is of its parent cause's kind. */
const topicOf = (code: string) => TOPIC_OF.get(code) ?? TOPIC_OF.get(code.slice(0, 2));

/** 2 for the same category, 1 for a category of the same kind of trouble, 0 otherwise. */
export function categoryKinship(a: string, b: string): 0 | 1 | 2 {
  if (a === b) return 2;
  const topic = topicOf(a);
  return topic !== undefined && topic === topicOf(b) ? 1 : 0;
}
