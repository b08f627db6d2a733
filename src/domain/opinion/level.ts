import { LEVELS, type Level, type Platform, TOPIC_LABELS, type Topic } from "./vocabulary.ts";

/**
 * The level of a public-opinion event (一般 / 较大 / 重大) from its reach and what it is about, with the reason
 * in words, so the person who may override it sees what the rule weighed. Our rule, not a regulation's:
 * - reach sets the base: 10 万 views or 1,000 shares make it 较大, less is 一般;
 * - a post about a run on the bank is 重大 whatever its reach (seed 000: a rumour emptied an outlet);
 * - each of money safety, injury, a group of customers, the regulator or mainstream media raises the level
 *   by one, up to 重大; a post forwarded by a regulator counts as the regulator being involved.
 */

export interface Reach {
  views: number;
  shares: number;
  comments: number;
  likes: number;
}

export const NO_REACH: Reach = { views: 0, shares: 0, comments: 0, likes: 0 };

export const WIDE_REACH = { views: 100_000, shares: 1_000 } as const;

const RAISING: readonly Topic[] = ["money_safety", "injury", "group", "regulator", "mainstream_media"];

export interface LevelInput {
  reach: Reach;
  topics: readonly Topic[];
  platform: Platform;
}

export interface LevelReason {
  zh: string;
  en: string;
}

export interface LevelDecision {
  level: Level;
  reasons: LevelReason[];
}

const raise = (level: Level, by: number): Level =>
  LEVELS[Math.min(LEVELS.indexOf(level) + by, LEVELS.length - 1)];

export function levelOf({ reach, topics, platform }: LevelInput): LevelDecision {
  const reasons: LevelReason[] = [];
  const wide = reach.views >= WIDE_REACH.views || reach.shares >= WIDE_REACH.shares;
  let level: Level = wide ? "serious" : "general";
  reasons.push(
    wide
      ? {
          zh: `传播面广（阅读 ${reach.views}，转发 ${reach.shares}）`,
          en: `Wide reach (${reach.views} views, ${reach.shares} shares)`,
        }
      : {
          zh: `传播面有限（阅读 ${reach.views}，转发 ${reach.shares}）`,
          en: `Limited reach (${reach.views} views, ${reach.shares} shares)`,
        },
  );
  if (topics.includes("bank_run")) {
    reasons.push({
      zh: `涉及${TOPIC_LABELS.bank_run.zh}`,
      en: `About a ${TOPIC_LABELS.bank_run.en.toLowerCase()}`,
    });
    return { level: "major", reasons };
  }
  const raising = new Set(RAISING.filter((t) => topics.includes(t)));
  if (platform === "regulator") raising.add("regulator");
  for (const topic of RAISING) {
    if (!raising.has(topic)) continue;
    level = raise(level, 1);
    reasons.push({ zh: `涉及${TOPIC_LABELS[topic].zh}`, en: `Involves: ${TOPIC_LABELS[topic].en}` });
  }
  return { level, reasons };
}
