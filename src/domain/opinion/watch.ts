import { type Automaton, buildAutomaton, scan } from "../compliance/automaton.ts";
import { foldPhrase, foldText } from "../compliance/normalise.ts";
import type { Topic, WatchKind } from "./vocabulary.ts";

/**
 * Watch rules matched against what the monitoring brings in, with the compliance matcher's folding (full
 * width, traditional characters, spacing and punctuation), so "擠 兌" and "挤兑" are the same word.
 *
 * A mention is about us when it names the bank, a unit, its address or a product; risk words alone (挤兑
 * anywhere in the country) are not ours to handle. The risk words found go with the candidate and name it.
 */
export interface WatchRule {
  id: number;
  kind: WatchKind;
  phrase: string;
  orgUnitId: number;
  /** The unit's path, so the most specific unit named can own the candidate. */
  orgPath: string;
}

export interface WatchList {
  rules: readonly WatchRule[];
  automaton: Automaton;
}

export function compileWatchList(rules: readonly WatchRule[]): WatchList {
  const folded = rules.map((r) => foldPhrase(r.phrase));
  return { rules, automaton: buildAutomaton(folded) };
}

export interface WatchMatch {
  /** The unit the mention is most specifically about (the deepest unit named), or null when none. */
  unit: { id: number; path: string } | null;
  entities: string[];
  riskWords: string[];
}

export function matchMention(list: WatchList, text: string): WatchMatch {
  const folded = foldText(text);
  const hit = new Set<number>();
  scan(list.automaton, folded.codes, folded.length, (pattern) => hit.add(pattern));
  const rules = [...hit].sort((a, b) => a - b).map((i) => list.rules[i]);
  const entities = rules.filter((r) => r.kind !== "risk_word");
  let unit: WatchMatch["unit"] = null;
  for (const r of entities) {
    if (!unit || r.orgPath.length > unit.path.length) unit = { id: r.orgUnitId, path: r.orgPath };
  }
  return {
    unit,
    entities: [...new Set(entities.map((r) => r.phrase))],
    riskWords: [...new Set(rules.filter((r) => r.kind === "risk_word").map((r) => r.phrase))],
  };
}

/**
 * Mentions of one unit on one local day are one candidate when they point at the same post (see
 * post-links.ts) or, failing that, share the risk words they raise (the same story told on several sites),
 * so the officer decides once. Without a risk word they group as "named".
 */
export function topicKey(match: WatchMatch): string {
  return match.riskWords.length ? [...match.riskWords].sort().join("|") : "named";
}

/**
 * What the risk words the bank starts with say a post is about, so that an event opened from a candidate
 * starts at the level its words call for: a rumoured run is 重大 at once, not 一般 until someone ticks the
 * topic. Words added later name no topic; the officer sets topics by hand when opening.
 */
const RISK_WORD_TOPICS: Record<string, Topic> = {
  挤兑: "bank_run",
  取不出钱: "money_safety",
  跑路: "money_safety",
  倒闭: "money_safety",
  卷款: "money_safety",
  爆雷: "money_safety",
  暴力催收: "staff_conduct",
};

export function topicsOfRiskWords(words: readonly string[]): Topic[] {
  const topics = words.map((w) => RISK_WORD_TOPICS[foldPhrase(w)]).filter((t) => t !== undefined);
  return [...new Set(topics)];
}

/** A failing feed is polled again later each time, up to a day apart. */
export function backoffMinutes(intervalMinutes: number, failures: number): number {
  return Math.min(intervalMinutes * 2 ** Math.min(failures, 10), 24 * 60);
}
