import { categoryKinship } from "./terms.ts";

/** Words too common to say anything about a case. */
export const STOPWORDS = new Set(
  "的 了 是 在 和 与 及 或 也 都 就 还 又 被 把 对 从 向 到 给 让 使 为 以 于 并 而 但 等 着 过 有 没 不 这 那 其 之 个 名 位 次 时 后 前 中 上 下 里 我 你 他 她 它 们 您 客户 网点 银行 我行".split(
    " ",
  ),
);

/** Terms worth searching for: distinct, not stopwords, letters or digits only. */
export function searchTerms(tokens: readonly string[], max = 30): string[] {
  const seen = new Set<string>();
  for (const raw of tokens) {
    for (const part of raw.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
      if (part.length === 0 || STOPWORDS.has(part) || seen.has(part)) continue;
      seen.add(part);
    }
  }
  // Longer words carry more meaning; keep a bounded query however long the text.
  return [...seen].sort((a, b) => b.length - a.length).slice(0, max);
}

export interface Candidate {
  id: number;
  category: string;
  /** The indexed words of the case. */
  words: ReadonlySet<string>;
}

/**
 * How alike a past case is to a new report. Cases are ranked by category first (the same category, then one
 * of the same kind of trouble: a bank run is no lesson for a mis-sold product, whatever words they share),
 * then by the share of the report's terms found in the case. A case of an unrelated category is offered
 * only when most of the report's terms are in it. Computed here rather than by each engine's own ranking,
 * so that both databases offer the same cases in the same order.
 */
export function similarity(terms: readonly string[], candidate: Candidate, category?: string) {
  const matched = terms.filter((t) => candidate.words.has(t));
  const share = terms.length === 0 ? 0 : matched.length / terms.length;
  const kinship = category ? categoryKinship(category, candidate.category) : 0;
  const offered = matched.length > 0 && (!category || kinship > 0 || share >= 0.5);
  const score = Math.round(100 * Math.min(1, share + [0, 0.15, 0.3][kinship]));
  return { score, matched, rank: offered ? kinship * 1000 + Math.round(share * 999) : -1 };
}
