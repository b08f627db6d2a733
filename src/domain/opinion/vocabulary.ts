/**
 * Vocabularies of public-opinion events (舆情事件) and the monitoring feeds that find them (issue #19).
 * The server words statuses, levels and platforms in notices and refusals, so their names live here.
 */

type Label = { zh: string; en: string };

/** Where the post, article or video appeared. */
export const PLATFORMS = [
  "weibo",
  "wechat",
  "douyin",
  "kuaishou",
  "xiaohongshu",
  "toutiao",
  "heimao",
  "news_site",
  "forum",
  "regulator",
  "other",
] as const;
export type Platform = (typeof PLATFORMS)[number];

export const PLATFORM_LABELS: Record<Platform, Label> = {
  weibo: { zh: "微博", en: "Weibo" },
  wechat: { zh: "微信公众号/视频号", en: "WeChat account or channel" },
  douyin: { zh: "抖音", en: "Douyin" },
  kuaishou: { zh: "快手", en: "Kuaishou" },
  xiaohongshu: { zh: "小红书", en: "Xiaohongshu" },
  toutiao: { zh: "今日头条", en: "Toutiao" },
  heimao: { zh: "黑猫投诉", en: "Heimao complaints" },
  news_site: { zh: "新闻网站", en: "News site" },
  forum: { zh: "论坛", en: "Forum" },
  regulator: { zh: "监管转办", en: "Forwarded by a regulator" },
  other: { zh: "其他", en: "Other" },
};

export const SENTIMENTS = ["negative", "neutral", "positive"] as const;
export type Sentiment = (typeof SENTIMENTS)[number];

/**
 * What a post is about. The first six raise the level (see level.ts): they are what turns a grumble into a
 * threat to customers' money, their safety or the bank's standing with the public.
 */
export const TOPICS = [
  "bank_run",
  "money_safety",
  "injury",
  "group",
  "regulator",
  "mainstream_media",
  "service",
  "product",
  "staff_conduct",
  "other",
] as const;
export type Topic = (typeof TOPICS)[number];

export const TOPIC_LABELS: Record<Topic, Label> = {
  bank_run: { zh: "挤兑或挤兑传言", en: "Bank run or rumour of one" },
  money_safety: { zh: "资金安全", en: "Safety of customers' money" },
  injury: { zh: "人员伤亡", en: "Injury" },
  group: { zh: "群体性事件", en: "Group of customers" },
  regulator: { zh: "监管介入", en: "Regulator involved" },
  mainstream_media: { zh: "主流媒体关注", en: "Mainstream media involved" },
  service: { zh: "服务态度与效率", en: "Service" },
  product: { zh: "产品与收益", en: "Products and returns" },
  staff_conduct: { zh: "员工行为", en: "Staff conduct" },
  other: { zh: "其他", en: "Other" },
};

/** 一般 / 较大 / 重大, lowest first. */
export const LEVELS = ["general", "serious", "major"] as const;
export type Level = (typeof LEVELS)[number];

export const LEVEL_LABELS: Record<Level, Label> = {
  general: { zh: "一般", en: "General" },
  serious: { zh: "较大", en: "Serious" },
  major: { zh: "重大", en: "Major" },
};

/**
 * The workflow 发现 → 核实 → 研判 → 处置 → 跟踪 → 复盘. Recording an event is the discovery; its status is the
 * step now open. `closed` follows the review, or a verification that found nothing in it (`unfounded`).
 */
export const STATUSES = ["verification", "assessment", "response", "tracking", "review", "closed"] as const;
export type Status = (typeof STATUSES)[number];

export const STATUS_LABELS: Record<Status, Label> = {
  verification: { zh: "待核实", en: "To verify" },
  assessment: { zh: "研判中", en: "Assessing" },
  response: { zh: "处置中", en: "Responding" },
  tracking: { zh: "跟踪中", en: "Tracking" },
  review: { zh: "待复盘", en: "To review" },
  closed: { zh: "已结束", en: "Closed" },
};

/** A statement (声明/回应口径) is drafted, approved by someone other than its author, then published. */
export const STATEMENT_STATUSES = ["draft", "approved", "published"] as const;
export type StatementStatus = (typeof STATEMENT_STATUSES)[number];

/** What the monitoring watches for; names and addresses of units, product names, and risk words. */
export const WATCH_KINDS = ["name", "address", "product", "risk_word"] as const;
export type WatchKind = (typeof WATCH_KINDS)[number];

export const SOURCE_KINDS = ["rss", "api", "manual"] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export const CANDIDATE_STATUSES = ["open", "opened", "dismissed"] as const;
export type CandidateStatus = (typeof CANDIDATE_STATUSES)[number];
